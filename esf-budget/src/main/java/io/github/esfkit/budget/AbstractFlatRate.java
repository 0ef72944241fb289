package io.github.esfkit.budget;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A flat rate in force for a budget: an option and the rate applied, by default the option's maximum. A
 * rate above the cap or below zero is reported by the validator, not rejected here. Immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractFlatRate {

  /** The option. */
  public abstract FlatRateType type();

  /** The rate applied, in percent; defaults to the option's maximum. */
  @Value.Default
  public BigDecimal ratePercent() {
    return type().maxPercent();
  }

  /** The option at its maximum rate. */
  public static FlatRate of(FlatRateType type) {
    return FlatRate.builder().type(type).build();
  }

  /** The option at a given rate in percent. */
  public static FlatRate of(FlatRateType type, BigDecimal ratePercent) {
    return FlatRate.builder().type(type).ratePercent(ratePercent).build();
  }

  /** The 2014–2020 form's rule: indirect costs 15 % of each phase's staff costs. */
  public static FlatRate formIndirectCosts() {
    return of(FlatRateType.INDIRECT_15_OF_STAFF);
  }

  /** The flat-rate amount on a base, rounded under the policy: {@code policy(base × rate / 100)}. */
  public BigDecimal apply(BigDecimal base, RoundingPolicy policy) {
    return policy.apply(base.multiply(ratePercent()).movePointLeft(2));
  }
}
