package io.github.esfkit.budget;

import io.github.esfkit.core.Language;
import java.math.BigDecimal;

/**
 * A flat-rate option (schablon) as a typed rule: what it computes, on which base, its maximum rate (cap),
 * its legal basis and its place in the order of computation (staff first, then indirect or other costs,
 * then totals; a flat rate is never part of its own base). Applied per phase section, rounded under the
 * budget's {@link RoundingPolicy}.
 *
 * <p>Combination rules (budget.md §6.1, mirroring Jems; to verify for ESF+ in Sweden): at most one
 * option covering indirect costs; {@link #OTHER_COSTS_40_OF_STAFF} excludes every other flat rate; no
 * option twice.
 */
public enum FlatRateType {
  /**
   * Indirect costs, 15 % of the phase's direct staff costs: the 2014–2020 form's rule (B1). Reg.
   * 1303/2013 Art. 68(1)(b); Reg. 2021/1060 Art. 54(b).
   */
  INDIRECT_15_OF_STAFF(
      Base.STAFF_COSTS,
      CostCategory.INDIRECT_COSTS,
      "15",
      "Reg. 1303/2013 art. 68.1 b; Reg. 2021/1060 art. 54 b",
      2,
      "Indirekta kostnader, 15 % av personalkostnaderna",
      "Indirect costs, 15 % of staff costs"),
  /** Indirect costs, up to 7 % of eligible direct costs. Reg. 2021/1060 Art. 54(a). */
  INDIRECT_7_OF_DIRECT(
      Base.DIRECT_COSTS,
      CostCategory.INDIRECT_COSTS,
      "7",
      "Reg. 2021/1060 art. 54 a",
      2,
      "Indirekta kostnader, 7 % av direkta kostnader",
      "Indirect costs, 7 % of direct costs"),
  /**
   * All remaining costs, 40 % of direct staff costs; participant salaries and allowances stay outside
   * ({@link CostCategory#PARTICIPANT_COSTS}). Reg. 2021/1060 Art. 56; 2014–2020 Art. 68b (to verify).
   */
  OTHER_COSTS_40_OF_STAFF(
      Base.STAFF_COSTS,
      CostCategory.OTHER_COSTS,
      "40",
      "Reg. 2021/1060 art. 56; Reg. 1303/2013 art. 68b",
      2,
      "Övriga kostnader, 40 % av personalkostnaderna",
      "Other costs, 40 % of staff costs"),
  /** Direct staff costs, up to 20 % of direct costs other than staff. Reg. 2021/1060 Art. 55(1). */
  STAFF_20_OF_OTHER_DIRECT(
      Base.OTHER_DIRECT_COSTS,
      CostCategory.STAFF,
      "20",
      "Reg. 2021/1060 art. 55.1; Reg. 1303/2013 art. 68a.1",
      1,
      "Personalkostnader, 20 % av övriga direkta kostnader",
      "Staff costs, 20 % of other direct costs");

  /** The base a flat rate is computed on, within one phase section. */
  public enum Base {
    /** Direct staff costs (Personal), not reduced by revenue, without in-kind staff. */
    STAFF_COSTS,
    /** Direct costs: staff plus other direct costs (no indirect costs, no revenue). */
    DIRECT_COSTS,
    /** Direct costs other than staff costs. */
    OTHER_DIRECT_COSTS
  }

  private final Base base;
  private final CostCategory target;
  private final BigDecimal maxPercent;
  private final String legalBasis;
  private final int order;
  private final String sv;
  private final String en;

  FlatRateType(
      Base base, CostCategory target, String maxPercent, String legalBasis, int order, String sv, String en) {
    this.base = base;
    this.target = target;
    this.maxPercent = new BigDecimal(maxPercent);
    this.legalBasis = legalBasis;
    this.order = order;
    this.sv = sv;
    this.en = en;
  }

  /** The base. */
  public Base base() {
    return base;
  }

  /** The cost category the result goes to. */
  public CostCategory target() {
    return target;
  }

  /** The maximum rate in percent (the cap). */
  public BigDecimal maxPercent() {
    return maxPercent;
  }

  /** The legal basis. */
  public String legalBasis() {
    return legalBasis;
  }

  /** Order of computation: 1 (staff) before 2 (indirect and other costs). */
  public int order() {
    return order;
  }

  /** True when the option pays indirect costs (the 40 % option covers them too). */
  public boolean coversIndirectCosts() {
    return target == CostCategory.INDIRECT_COSTS || target == CostCategory.OTHER_COSTS;
  }

  /**
   * True when a declared line of this category duplicates what the option already pays: the target itself,
   * and for the 40 % option every other cost except staff and participant costs.
   */
  public boolean covers(CostCategory category) {
    if (category == target) {
      return true;
    }
    if (this == OTHER_COSTS_40_OF_STAFF) {
      return category != CostCategory.STAFF
          && category != CostCategory.PARTICIPANT_COSTS
          && category != CostCategory.REVENUE;
    }
    return false;
  }

  /** A short description in Swedish or English. */
  public String label(Language language) {
    return language.pick(sv, en);
  }
}
