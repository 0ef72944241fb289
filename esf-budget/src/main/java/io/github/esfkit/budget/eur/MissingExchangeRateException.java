package io.github.esfkit.budget.eur;

import java.time.YearMonth;
import java.util.NoSuchElementException;
import java.util.Objects;

/** No exchange rate was supplied for a month that a conversion needs; there is never a default rate. */
public final class MissingExchangeRateException extends NoSuchElementException {

  private static final long serialVersionUID = 1L;

  private final YearMonth month;

  /** For the given month. */
  public MissingExchangeRateException(YearMonth month) {
    super("no SEK/EUR exchange rate supplied for " + month);
    this.month = Objects.requireNonNull(month, "month");
  }

  /** The month without a rate. */
  public YearMonth month() {
    return month;
  }
}
