package io.github.esfkit.core.participant;

import io.github.esfkit.core.internal.EsfStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether a participant received income support (försörjningsstöd) at a point relative to entry or exit,
 * as social services reported it: the follow-up behind targets such as "Minskat försörjningsstöd".
 * Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractIncomeSupportObservation {

  /** Measured before entry or after exit. */
  public abstract FollowUpAnchor anchor();

  /** Whole months from the anchor (0 = at entry or exit). */
  public abstract int months();

  /** Whether support was received; unknown when not delivered. */
  public abstract Answer<Boolean> receivesSupport();

  /** Monthly amount in whole kronor, when known. */
  public abstract Optional<Long> monthlyAmountSek();

  /** True for an amount given as "ca" (approximately). */
  @Value.Default
  public boolean approximate() {
    return false;
  }

  /** The reported cause of a change, e.g. "arbete", "flytt", "bostadsbidrag". */
  public abstract Optional<String> cause();

  /** True when the change has a clear link to the labour market (tydlig koppling till arbetsmarknaden). */
  @Value.Default
  public boolean labourMarketRelated() {
    return true;
  }

  @Value.Check
  void check() {
    if (months() < 0 || months() > 120) {
      throw new IllegalArgumentException("months must be within 0..120: " + months());
    }
    if (monthlyAmountSek().isPresent() && monthlyAmountSek().get() < 0) {
      throw new IllegalArgumentException("monthly amount must not be negative: " + monthlyAmountSek().get());
    }
    if (monthlyAmountSek().isPresent() && monthlyAmountSek().get() > 0 && receivesSupport().is(false)) {
      throw new IllegalArgumentException("a positive amount contradicts 'receives no support'");
    }
  }
}
