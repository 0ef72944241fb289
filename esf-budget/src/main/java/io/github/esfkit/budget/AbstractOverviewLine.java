package io.github.esfkit.budget;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * One printed line of the Budgetöversikt: the row and either its amount or its percent as displayed (two
 * decimals; the requirement exact as the call gives it). The requirement row has no percent when no
 * requirement was supplied. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractOverviewLine {

  /** The row. */
  @Value.Parameter
  public abstract OverviewRow row();

  /** The amount of rows 1–14. */
  @Value.Parameter
  public abstract Optional<Money> amount();

  /** The percent of rows 15–17 as displayed. */
  @Value.Parameter
  public abstract Optional<BigDecimal> percent();
}
