package io.github.esfkit.indicators.common;

import io.github.esfkit.core.EsfStyle;
import org.immutables.value.Value;

/** How many participants have a field known, and why it is unknown for the others. Immutable. */
@Value.Immutable
@EsfStyle
abstract class AbstractFieldCompleteness {

  @Value.Parameter
  public abstract RecordField field();

  @Value.Parameter
  public abstract long known();

  @Value.Parameter
  public abstract long notCollected();

  @Value.Parameter
  public abstract long refused();

  @Value.Parameter
  public abstract long dontKnow();

  /** All unknown answers. */
  public long unknown() {
    return notCollected() + refused() + dontKnow();
  }

  /** Known plus unknown: the participants. */
  public long total() {
    return known() + unknown();
  }
}
