package io.github.esfkit.budget;

import io.github.esfkit.core.validation.Severity;

/**
 * The rules {@link BudgetValidator} checks (budgetregler), each with a stable id and a severity. The ids
 * are part of the public contract and never change meaning.
 */
enum BudgetRule {
  /** No budget was given. */
  MISSING("BUDGET-MISSING", Severity.ERROR),
  /** An amount is in another currency than SEK. */
  CURRENCY_NOT_SEK("BUDGET-CURRENCY-NOT-SEK", Severity.ERROR),
  /**
   * A number outside what a budget can hold (15 integer digits, i.e. below 10^15 kronor, and 20 decimals):
   * the value is not computed with, and totals, shares and the requirement are not checked.
   */
  NUMBER_OUT_OF_RANGE("BUDGET-NUMBER-OUT-OF-RANGE", Severity.ERROR),
  /** An amount, unit count or unit price is negative (revenue is entered positive). */
  NEGATIVE_AMOUNT("BUDGET-NEGATIVE-AMOUNT", Severity.ERROR),
  /** An amount has öre although the form holds whole kronor. */
  FRACTIONAL_KRONOR("BUDGET-FRACTIONAL-KRONOR", Severity.WARNING),
  /** A cost category that the section does not have (e.g. Ungas mobilitet among ERDF-type costs). */
  CATEGORY_NOT_IN_SECTION("BUDGET-CATEGORY-NOT-IN-SECTION", Severity.ERROR),
  /** A co-financing sub-line that its category does not have. */
  CO_FINANCING_SUB_LINE("BUDGET-COFINANCING-SUBLINE", Severity.ERROR),
  /** An in-kind contribution from the project owner: the owner's own contribution is cash. */
  OWNER_IN_KIND("BUDGET-OWNER-IN-KIND", Severity.ERROR),
  /** "Från projektägaren" from someone else, or "tillförda projektet" from the owner. */
  OWNER_CASH_CATEGORY("BUDGET-OWNER-CASH-CATEGORY", Severity.WARNING),
  /** Flat rates that may not be combined (two indirect-cost options, 40 % with any other, one twice). */
  FLAT_RATE_COMBINATION("BUDGET-FLAT-RATE-COMBINATION", Severity.ERROR),
  /** A flat rate above its cap or below zero. */
  FLAT_RATE_ABOVE_CAP("BUDGET-FLAT-RATE-ABOVE-CAP", Severity.ERROR),
  /** A declared cost that a flat rate in force already pays for. */
  FLAT_RATE_COVERED_COST("BUDGET-FLAT-RATE-COVERED-COST", Severity.ERROR),
  /** Declared indirect costs of a phase that do not match the flat rate. */
  INDIRECT_COSTS_FLAT_RATE("BUDGET-INDIRECT-COSTS-FLAT-RATE", Severity.ERROR),
  /** Indirect costs declared although no flat rate for indirect costs is in force. */
  INDIRECT_COSTS_WITHOUT_FLAT_RATE("BUDGET-INDIRECT-COSTS-WITHOUT-FLAT-RATE", Severity.WARNING),
  /** A printed total that does not add up. */
  TOTAL_MISMATCH("BUDGET-TOTAL-MISMATCH", Severity.ERROR),
  /** A printed percentage that differs from the recomputed one (two decimals). */
  SHARE_MISMATCH("BUDGET-SHARE-MISMATCH", Severity.ERROR),
  /** A printed value given for a row of the other kind (percent for an amount row or vice versa). */
  PRINTED_ROW_KIND("BUDGET-PRINTED-ROW-KIND", Severity.WARNING),
  /**
   * The owner's contribution counted twice: the same amount from the owner both under "från projektägaren"
   * and under "tillförda projektet". The owner listed among the co-financiers is valid in itself.
   */
  OWNER_DOUBLE_COUNTED("BUDGET-OWNER-DOUBLE-COUNTED", Severity.ERROR),
  /** A flat rate that the programme period's regulation does not have (7 % of direct costs in 2014–2020). */
  FLAT_RATE_PERIOD("BUDGET-FLAT-RATE-PERIOD", Severity.ERROR),
  /** The 25 % indirect-cost rate without the calculation that justifies it (Reg. 2021/1060 Art. 54(c)). */
  FLAT_RATE_JUSTIFICATION("BUDGET-FLAT-RATE-JUSTIFICATION", Severity.ERROR),
  /** A flat rate that the call does not allow. */
  FLAT_RATE_NOT_IN_CALL("BUDGET-FLAT-RATE-NOT-IN-CALL", Severity.ERROR),
  /** A budget whose programme period is not the call's. */
  PERIOD_NOT_CALL("BUDGET-PERIOD-NOT-CALL", Severity.ERROR),
  /** A cost line among ERDF-type costs in an ESF+ budget, whose layout has no such section. */
  ERDF_IN_ESF_PLUS("BUDGET-ERDF-IN-ESF-PLUS", Severity.ERROR),
  /** Co-financing below the call's requirement, compared exactly. */
  CO_FINANCING_BELOW_REQUIREMENT("BUDGET-COFINANCING-BELOW-REQUIREMENT", Severity.ERROR);

  private final String id;
  private final Severity severity;

  BudgetRule(String id, Severity severity) {
    this.id = id;
    this.severity = severity;
  }

  /** The stable rule id. */
  public String id() {
    return id;
  }

  /** The severity of a violation. */
  public Severity severity() {
    return severity;
  }
}
