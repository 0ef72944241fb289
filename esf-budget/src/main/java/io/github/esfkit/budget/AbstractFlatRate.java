package io.github.esfkit.budget;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.programme.FlatRateOption;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A flat rate in force for a budget (schablon): an {@link FlatRateOption} of core's vocabulary and the
 * rate applied, by default the option's maximum, with the justification the 25 % option needs. Knows
 * what the option computes: the categories of its base ({@link #isInBase}), the cost category it pays ({@link #target()}) and its
 * place in the order of computation (staff first, then indirect or other costs; a flat rate is never part
 * of its own base). A rate above the cap, below zero or without a required justification is reported by
 * the validator, not rejected here.
 *
 * <p>Combination rules (budget.md §6.1, mirroring Jems): at most one option covering indirect costs; the
 * 40 % option excludes every other flat rate; no option twice. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractFlatRate {

  /** The option. */
  public abstract FlatRateOption option();

  /** The rate applied, in percent; defaults to the option's maximum. */
  @Value.Default
  public BigDecimal ratePercent() {
    return option().maxPercent();
  }

  /** The calculation that justifies the rate (required by {@link FlatRateOption#INDIRECT_25_OF_DIRECT}). */
  public abstract Optional<String> justification();

  /** The option at its maximum rate. */
  public static FlatRate of(FlatRateOption option) {
    return FlatRate.builder().option(option).build();
  }

  /** The option at a given rate in percent. */
  public static FlatRate ofPercent(FlatRateOption option, BigDecimal ratePercent) {
    return FlatRate.builder().option(option).ratePercent(ratePercent).build();
  }

  /** The 2014–2020 form's rule: indirect costs 15 % of each phase's staff costs. */
  public static FlatRate formIndirectCosts() {
    return of(FlatRateOption.INDIRECT_15_OF_STAFF);
  }

  /**
   * True when amounts of this category make up the base the rate applies to, within one phase section: staff costs
   * (Personal) for the 15 % and 40 % options, staff and other direct costs for the 7 % and 25 % options, other direct
   * costs for the staff 20 % option. Never revenue, indirect costs or in-kind contributions (budget.md §6.1).
   */
  public boolean isInBase(CostCategory category) {
    switch (option()) {
      case INDIRECT_7_OF_DIRECT:
      case INDIRECT_25_OF_DIRECT:
        return category == CostCategory.STAFF || category.isOtherDirectCost();
      case STAFF_20_OF_OTHER_DIRECT:
        return category.isOtherDirectCost();
      default:
        return category == CostCategory.STAFF;
    }
  }

  /** The cost category the result goes to. */
  public CostCategory target() {
    switch (option()) {
      case OTHER_COSTS_40_OF_STAFF:
        return CostCategory.OTHER_COSTS;
      case STAFF_20_OF_OTHER_DIRECT:
        return CostCategory.STAFF;
      default:
        return CostCategory.INDIRECT_COSTS;
    }
  }

  /** Order of computation: 1 (staff) before 2 (indirect and other costs). */
  public int order() {
    return option() == FlatRateOption.STAFF_20_OF_OTHER_DIRECT ? 1 : 2;
  }

  /** True when the option pays indirect costs (the 40 % option covers them too). */
  public boolean coversIndirectCosts() {
    return target() == CostCategory.INDIRECT_COSTS || target() == CostCategory.OTHER_COSTS;
  }

  /**
   * True when a declared line of this category duplicates what the option already pays: the target itself,
   * and for the 40 % option every other cost except staff and participant costs.
   */
  public boolean covers(CostCategory category) {
    if (category == target()) {
      return true;
    }
    if (option() == FlatRateOption.OTHER_COSTS_40_OF_STAFF) {
      return category != CostCategory.STAFF
          && category != CostCategory.PARTICIPANT_COSTS
          && category != CostCategory.REVENUE
          && category != CostCategory.UNIT_COSTS
          && category != CostCategory.LUMP_SUMS;
    }
    return false;
  }

  /** The option's description in Swedish or English. */
  public String label(Language language) {
    return option().label(language);
  }

  /** The flat-rate amount on a base, rounded under the policy: {@code policy(base × rate / 100)}. */
  public BigDecimal apply(BigDecimal base, RoundingPolicy policy) {
    return policy.apply(base.multiply(ratePercent()).movePointLeft(2));
  }
}
