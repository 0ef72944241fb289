package io.github.esfkit.budget;

/** The base a flat rate is computed on, within one phase section (budget.md §6.1). */
public enum FlatRateBase {
  /** Direct staff costs (Personal), not reduced by revenue, without in-kind staff. */
  STAFF_COSTS,
  /** Direct costs: staff plus other direct costs (no indirect costs, no revenue). */
  DIRECT_COSTS,
  /** Direct costs other than staff costs. */
  OTHER_DIRECT_COSTS
}
