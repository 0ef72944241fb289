package io.github.esfkit.budget;

import java.math.BigDecimal;
import java.util.Map;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * Totals as printed on a form (angivna summor), to be checked against the recomputed figures: amounts of
 * overview rows 1–14, section totals, and displayed percentages of rows 15–16. All optional. Immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractPrintedTotals {

  /** Printed amounts of Budgetöversikt rows 1–14. */
  public abstract Map<OverviewRow, Money> amounts();

  /** Printed section totals, e.g. 2 139 520 kr for the analysis phase of All In. */
  public abstract Map<CostSection, Money> sectionTotals();

  /** Printed percentages of rows 15–16 (two decimals), e.g. 46.98. */
  public abstract Map<OverviewRow, BigDecimal> percents();
}
