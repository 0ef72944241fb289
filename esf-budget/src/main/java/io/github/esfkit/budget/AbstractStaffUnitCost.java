package io.github.esfkit.budget;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.esfkit.budget.internal.AmountFormat;
import io.github.esfkit.core.Language;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * A staff unit cost (enhetskostnad för personal): a fixed amount per month for a function in the project,
 * e.g. "Projektledare större projekt", optionally from the table of a start year. Unit costs include
 * holiday pay and payroll overheads. The tables themselves are not in the sources: callers supply them as
 * data. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractStaffUnitCost {

  /** The function (funktion), e.g. "Projektledare/delprojektledare". */
  @Value.Parameter
  public abstract String function();

  /** The amount per full-time month. */
  @Value.Parameter
  public abstract Money perMonth();

  /** The start year of the table the unit cost comes from, if known. */
  public abstract Optional<Integer> tableYear();

  /** A staff budget line: {@code months} (full-time equivalents × months) × the unit cost. */
  public BudgetLine line(CostSection section, BigDecimal months) {
    return BudgetLine.ofUnits(
        section, CostCategory.STAFF, function() + ", " + AmountFormat.number(months, Math.max(0, months.stripTrailingZeros().scale()), Language.SV) + " mån", months, perMonth());
  }

  @Value.Check
  void check() {
    checkArgument(!function().isBlank(), "unit cost function must not be blank");
    checkArgument(perMonth().isPositiveOrZero(), "unit cost of %s must not be negative: %s",
        io.github.esfkit.core.Redaction.scrub(function()), perMonth());
  }
}
