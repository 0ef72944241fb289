package io.github.esfkit.indicators.common;

import io.github.esfkit.core.internal.EsfStyle;
import java.math.BigInteger;
import org.immutables.value.Value;

/** How many participants have a field known, and why it is unknown for the others. Immutable. */
@Value.Immutable
@EsfStyle
abstract class AbstractFieldCompleteness {

  /** The characteristic. */
  @Value.Parameter
  public abstract RecordField field();

  /** Participants for whom it is known. */
  @Value.Parameter
  public abstract long known();

  /** Participants for whom it was not collected. */
  @Value.Parameter
  public abstract long notCollected();

  /** Participants who declined to answer. */
  @Value.Parameter
  public abstract long refused();

  /** Participants who did not know. */
  @Value.Parameter
  public abstract long dontKnow();

  /** All unknown answers. */
  public long unknown() {
    return notCollected() + refused() + dontKnow();
  }

  /** Participants who were asked: known, refused or don't know (all but not collected). */
  public long collected() {
    return known() + refused() + dontKnow();
  }

  /**
   * True when the field was collected for at least {@link CommonIndicatorResult#COLLECTED_THRESHOLD_PERCENT}
   * per cent of the participants (exactly: {@code collected × 100 ≥ threshold × total}); true when there are
   * no participants.
   */
  public boolean isCollected() {
    return BigInteger.valueOf(collected()).multiply(BigInteger.valueOf(100)).compareTo(
        BigInteger.valueOf(total()).multiply(BigInteger.valueOf(CommonIndicatorResult.COLLECTED_THRESHOLD_PERCENT))) >= 0;
  }

  /** Known plus unknown: the participants. */
  public long total() {
    return known() + unknown();
  }
}
