package io.github.esfkit.budget;

import static com.google.common.base.Preconditions.checkArgument;

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
}
