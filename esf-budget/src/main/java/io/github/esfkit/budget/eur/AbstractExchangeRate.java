package io.github.esfkit.budget.eur;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.time.YearMonth;
import org.immutables.value.Value;

/**
 * A monthly exchange rate supplied by the caller: the month, kronor per euro (e.g. 9.36), and where it
 * comes from (e.g. "Commission accounting rate" or "ESF-rådet annual average"). Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractExchangeRate {

  /** The month the rate applies to. */
  @Value.Parameter
  public abstract YearMonth month();

  /** SEK per EUR, positive. */
  @Value.Parameter
  public abstract BigDecimal sekPerEur();

  /** The source of the rate. */
  @Value.Parameter
  public abstract String source();

  @Value.Check
  void check() {
    checkArgument(sekPerEur().signum() > 0, "rate for %s must be positive: %s", month(), sekPerEur());
    checkArgument(!source().isBlank(), "rate for %s needs a source", month());
  }
}
