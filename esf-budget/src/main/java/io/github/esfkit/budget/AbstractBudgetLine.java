package io.github.esfkit.budget;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.esfkit.budget.internal.AmountFormat;
import io.github.esfkit.core.Language;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * One budget line (budgetrad) under a cost category of a section: a description and either an amount or
 * units × unit price (e.g. 24 months × a staff unit cost). The total is exact (no rounding); whole kronor
 * are expected and the validator warns otherwise. Negative amounts and other currencies are accepted here
 * and reported by the validator. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractBudgetLine {

  /**
   * The hours of a full-time year that annual staff costs are divided by: 1 720, the EU default (Reg. 2021/1060
   * Art. 55(2)) and Tillväxtverket's rule.
   */
  public static final BigDecimal ANNUAL_HOURS = BigDecimal.valueOf(1720);

  /** The section (phase or ERDF-type costs). */
  public abstract CostSection section();

  /** The cost category. */
  public abstract CostCategory category();

  /** Free text describing the line. */
  @Value.Default
  public String description() {
    return "";
  }

  /** The amount, when the line is given as an amount. */
  public abstract Optional<Money> amount();

  /** The number of units, when the line is given as units × unit price. */
  public abstract Optional<BigDecimal> units();

  /** The price per unit, when the line is given as units × unit price. */
  public abstract Optional<Money> unitPrice();

  /** The line's total: the amount, or units × unit price computed exactly. */
  public Money total() {
    if (amount().isPresent()) {
      return amount().get();
    }
    Money price = unitPrice().orElseThrow();
    return Money.of(units().orElseThrow().multiply(Amounts.number(price)), price.getCurrency());
  }

  @Value.Check
  void check() {
    boolean byAmount = amount().isPresent();
    boolean byUnits = units().isPresent() || unitPrice().isPresent();
    checkArgument(
        byAmount != byUnits,
        "budget line '%s' needs either an amount or units and a unit price, not both or neither",
        description());
    checkArgument(
        byAmount || (units().isPresent() && unitPrice().isPresent()),
        "budget line '%s' given by units needs both units and a unit price",
        description());
  }

  /** A line given by its amount. */
  public static BudgetLine of(CostSection section, CostCategory category, String description, Money amount) {
    return BudgetLine.builder()
        .section(section)
        .category(category)
        .description(description)
        .amount(amount)
        .build();
  }

  /** A line without description, given by its amount. */
  public static BudgetLine of(CostSection section, CostCategory category, Money amount) {
    return of(section, category, "", amount);
  }

  /** A line given as units × unit price. */
  public static BudgetLine ofUnits(
      CostSection section, CostCategory category, String description, BigDecimal units, Money unitPrice) {
    return BudgetLine.builder()
        .section(section)
        .category(category)
        .description(description)
        .units(units)
        .unitPrice(unitPrice)
        .build();
  }

  /**
   * A staff line (Personal) of a staff unit cost (enhetskostnad för personal): full-time months × a fixed amount per
   * month for a function, e.g. "Projektledare större projekt, 24 mån". The unit cost includes holiday pay and
   * payroll overheads; the tables themselves are the caller's data.
   *
   * @throws IllegalArgumentException if the function is blank or the amount per month is negative
   */
  public static BudgetLine ofStaffMonths(CostSection section, String function, BigDecimal months, Money perMonth) {
    checkArgument(!function.isBlank(), "unit cost function must not be blank");
    checkArgument(perMonth.isPositiveOrZero(), "unit cost of %s must not be negative: %s",
        io.github.esfkit.core.Redaction.scrub(function), perMonth);
    return ofUnits(section, CostCategory.STAFF, function + ", " + shown(months) + " mån", months, perMonth);
  }

  /**
   * A staff line (Personal) at the hourly rate of the simplified cost options (timpris): hours × the latest
   * documented annual gross employment costs ÷ (1 720 hours × the employment's share of full time), the rate
   * rounded once under {@link RoundingPolicy#HOURLY_RATE} (Reg. 2021/1060 Art. 55(2); 2014–2020 Reg. 1303/2013
   * Art. 68a(2)). The line's {@link #unitPrice()} is that rate, e.g. 516 000 kr ÷ 1 720 h = 300 kr.
   *
   * @throws IllegalArgumentException if the function is blank, the costs negative, or the share not in (0, 1]
   */
  public static BudgetLine ofStaffHours(CostSection section, String function, BigDecimal hours,
      Money annualGrossEmploymentCosts, BigDecimal fullTimeShare) {
    checkArgument(!function.isBlank(), "the function must not be blank");
    checkArgument(annualGrossEmploymentCosts.isPositiveOrZero(), "annual costs of %s must not be negative",
        io.github.esfkit.core.Redaction.scrub(function));
    checkArgument(fullTimeShare.signum() > 0 && fullTimeShare.compareTo(BigDecimal.ONE) <= 0,
        "the share of full time of %s must be above 0 and at most 1, not %s",
        io.github.esfkit.core.Redaction.scrub(function), fullTimeShare);
    Money rate = Money.of(RoundingPolicy.HOURLY_RATE.divide(Amounts.number(annualGrossEmploymentCosts),
        ANNUAL_HOURS.multiply(fullTimeShare)), annualGrossEmploymentCosts.getCurrency());
    return ofUnits(section, CostCategory.STAFF, function + ", " + shown(hours) + " h", hours, rate);
  }

  private static String shown(BigDecimal n) {
    return AmountFormat.number(n, Math.max(0, n.stripTrailingZeros().scale()), Language.SV);
  }
}
