package io.github.esfkit.budget.claim;

import io.github.esfkit.budget.CoFinancingCategory;
import io.github.esfkit.budget.CostCategory;
import io.github.esfkit.budget.CostSection;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.Share;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One line of a payment claim (rad i ansökan om utbetalning): a cost category of a section or a
 * co-financing category, with its budget, the actual amount of the claim period and to date, what remains
 * and the share of the budget used (exact). Amounts are kronor as exact decimals; revenue is positive.
 * Immutable and thread-safe.
 */
public final class ClaimLine {

  private final String id;
  private final Optional<CostSection> section;
  private final Optional<CostCategory> costCategory;
  private final Optional<CoFinancingCategory> coFinancing;
  private final BigDecimal budget;
  private final BigDecimal thisPeriod;
  private final BigDecimal toDate;

  private ClaimLine(String id, Optional<CostSection> section, Optional<CostCategory> costCategory,
      Optional<CoFinancingCategory> coFinancing, BigDecimal budget, BigDecimal thisPeriod, BigDecimal toDate) {
    this.id = id;
    this.section = section;
    this.costCategory = costCategory;
    this.coFinancing = coFinancing;
    this.budget = budget;
    this.thisPeriod = thisPeriod;
    this.toDate = toDate;
  }

  static ClaimLine cost(CostSection section, CostCategory category, BigDecimal budget, BigDecimal thisPeriod,
      BigDecimal toDate) {
    return new ClaimLine(costId(section, category), Optional.of(section), Optional.of(category), Optional.empty(),
        budget, thisPeriod, toDate);
  }

  static ClaimLine coFinancing(CoFinancingCategory category, BigDecimal budget, BigDecimal thisPeriod,
      BigDecimal toDate) {
    return new ClaimLine(category.name(), Optional.empty(), Optional.empty(), Optional.of(category), budget,
        thisPeriod, toDate);
  }

  /** The id of a cost line, e.g. {@code IMPLEMENTATION/STAFF}. */
  public static String costId(CostSection section, CostCategory category) {
    return section.name() + "/" + category.name();
  }

  /** {@code SECTION/CATEGORY} for a cost, the category's code for co-financing. */
  public String id() {
    return id;
  }

  /** The section of a cost line. */
  public Optional<CostSection> section() {
    return section;
  }

  /** The cost category of a cost line. */
  public Optional<CostCategory> costCategory() {
    return costCategory;
  }

  /** The category of a co-financing line. */
  public Optional<CoFinancingCategory> coFinancing() {
    return coFinancing;
  }

  /** True for a co-financing line. */
  public boolean isCoFinancing() {
    return coFinancing.isPresent();
  }

  /** The approved budget. */
  public BigDecimal budget() {
    return budget;
  }

  /** The actual amount dated in the claim period. */
  public BigDecimal thisPeriod() {
    return thisPeriod;
  }

  /** The actual amount to the end of the claim period. */
  public BigDecimal toDate() {
    return toDate;
  }

  /** Budget minus actual to date (negative when over budget). */
  public BigDecimal remaining() {
    return budget.subtract(toDate);
  }

  /** Actual to date as a share of the budget, exact. */
  public Share shareUsed() {
    return Share.of(toDate, budget);
  }

  /** True when the actual to date exceeds the budget. */
  public boolean isOverBudget() {
    return toDate.compareTo(budget) > 0;
  }

  /** "Genomförandefas: Personal" or "Offentligt bidrag i annat än pengar". */
  public String label(Language l) {
    if (coFinancing.isPresent()) {
      return coFinancing.get().label(l);
    }
    return section.get().label(l) + ": " + costCategory.get().label(l);
  }

  @Override
  public String toString() {
    return id + " budget " + budget.toPlainString() + ", period " + thisPeriod.toPlainString() + ", to date "
        + toDate.toPlainString();
  }
}
