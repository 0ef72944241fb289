package io.github.esfkit.budget.eur;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The monthly SEK/EUR rates of an {@link EurConverter}, at most one per month. Immutable and thread-safe.
 */
final class ExchangeRates {

  private final Map<YearMonth, ExchangeRate> byMonth;

  private ExchangeRates(Map<YearMonth, ExchangeRate> byMonth) {
    this.byMonth = Collections.unmodifiableMap(byMonth);
  }

  /**
   * The given rates; two different rates for one month are rejected. A rate given twice counts once,
   * also when its number is written with another scale (9.36 and 9.360); the first one is kept.
   */
  public static ExchangeRates of(Collection<ExchangeRate> rates) {
    Map<YearMonth, ExchangeRate> map = new TreeMap<>();
    for (ExchangeRate rate : Objects.requireNonNull(rates, "rates")) {
      ExchangeRate previous = map.putIfAbsent(rate.month(), rate);
      if (previous != null && !isSameRate(previous, rate)) {
        throw new IllegalArgumentException("two rates for " + rate.month() + ": " + previous + " and " + rate);
      }
    }
    return new ExchangeRates(map);
  }

  private static boolean isSameRate(ExchangeRate a, ExchangeRate b) {
    return a.sekPerEur().compareTo(b.sekPerEur()) == 0 && a.source().equals(b.source());
  }

  /** The given rates. */
  public static ExchangeRates of(ExchangeRate... rates) {
    return of(Arrays.asList(rates));
  }

  /** The rate of a month, if supplied. */
  public Optional<ExchangeRate> find(YearMonth month) {
    return Optional.ofNullable(byMonth.get(month));
  }

  /** The rate of a month; throws {@link MissingExchangeRateException} if none was supplied. */
  public ExchangeRate rateFor(YearMonth month) {
    ExchangeRate rate = byMonth.get(Objects.requireNonNull(month, "month"));
    if (rate == null) {
      throw new MissingExchangeRateException(month);
    }
    return rate;
  }

  /** All rates by month, in month order. */
  public Map<YearMonth, ExchangeRate> asMap() {
    return byMonth;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExchangeRates && ((ExchangeRates) o).byMonth.equals(byMonth);
  }

  @Override
  public int hashCode() {
    return byMonth.hashCode();
  }

  @Override
  public String toString() {
    return "ExchangeRates" + byMonth.values();
  }
}
