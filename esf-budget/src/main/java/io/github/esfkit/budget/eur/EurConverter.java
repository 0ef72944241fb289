package io.github.esfkit.budget.eur;

import io.github.esfkit.budget.Amounts;
import io.github.esfkit.budget.BudgetOverview;
import io.github.esfkit.budget.CoFinancingSubLine;
import io.github.esfkit.budget.CoFinancingTable;
import io.github.esfkit.budget.CostCategory;
import io.github.esfkit.budget.CostTable;
import io.github.esfkit.budget.RoundingPolicy;
import io.github.esfkit.budget.Sek;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Converts SEK to EUR at the caller's monthly rate: {@code EUR = SEK ÷ rate}, rounded under a named
 * {@link RoundingPolicy} ({@link RoundingPolicy#EUR_DEFAULT}, cents HALF_UP, unless told otherwise). SEK
 * stays the source of truth: every amount is converted on its own, so converted totals may differ from
 * the sum of converted lines by rounding; shares are kept as computed in SEK. Immutable and thread-safe.
 */
public final class EurConverter {

  private final ExchangeRates rates;
  private final RoundingPolicy rounding;

  private EurConverter(ExchangeRates rates, RoundingPolicy rounding) {
    this.rates = Objects.requireNonNull(rates, "rates");
    this.rounding = Objects.requireNonNull(rounding, "rounding");
  }

  /**
   * A converter at the given monthly rates, at most one per month, with the default rounding, cents HALF_UP. A rate
   * given twice counts once, also when its number is written with another scale (9.36 and 9.360).
   *
   * @throws IllegalArgumentException if two different rates are given for one month
   */
  public static EurConverter of(ExchangeRate... rates) {
    return of(Arrays.asList(rates));
  }

  /** A converter at the given monthly rates with the default rounding, as {@link #of(ExchangeRate...)}. */
  public static EurConverter of(Collection<ExchangeRate> rates) {
    return of(ExchangeRates.of(rates));
  }

  /** A converter at the given monthly rates with the given rounding policy, as {@link #of(ExchangeRate...)}. */
  public static EurConverter of(Collection<ExchangeRate> rates, RoundingPolicy rounding) {
    return of(ExchangeRates.of(rates), rounding);
  }

  static EurConverter of(ExchangeRates rates) {
    return new EurConverter(rates, RoundingPolicy.EUR_DEFAULT);
  }

  static EurConverter of(ExchangeRates rates, RoundingPolicy rounding) {
    return new EurConverter(rates, rounding);
  }

  /** The rate supplied for a month, if any. */
  public Optional<ExchangeRate> rate(YearMonth month) {
    return rates.find(Objects.requireNonNull(month, "month"));
  }

  /** The rounding policy. */
  public RoundingPolicy rounding() {
    return rounding;
  }

  /**
   * An SEK amount in EUR at the month's rate. Throws {@link MissingExchangeRateException} without a rate
   * and {@link IllegalArgumentException} if the amount is not SEK.
   */
  public Money toEur(MonetaryAmount sek, YearMonth month) {
    Objects.requireNonNull(sek, "sek");
    return toEur(sek, rates.rateFor(month));
  }

  /** Every amount of an SEK overview in EUR at the month's rate; shares and requirement unchanged. */
  public BudgetOverview convert(BudgetOverview overview, YearMonth month) {
    Objects.requireNonNull(overview, "overview");
    ExchangeRate rate = rates.rateFor(month);
    BudgetOverview.Builder b =
        BudgetOverview.builder()
            .esfShare(overview.esfShare())
            .coFinancingShare(overview.coFinancingShare())
            .requirement(overview.requirement())
            .programmePeriod(overview.programmePeriod());
    for (CostTable table : overview.costTables()) {
      CostTable.Builder t = CostTable.builder().section(table.section()).total(toEur(table.total(), rate));
      for (Map.Entry<CostCategory, Money> e : table.rows().entrySet()) {
        t.putRows(e.getKey(), toEur(e.getValue(), rate));
      }
      b.addCostTables(t.build());
    }
    for (CoFinancingTable table : overview.coFinancingTables()) {
      CoFinancingTable.Builder t =
          CoFinancingTable.builder().category(table.category()).total(toEur(table.total(), rate));
      for (Map.Entry<CoFinancingSubLine, Money> e : table.rows().entrySet()) {
        t.putRows(e.getKey(), toEur(e.getValue(), rate));
      }
      b.addCoFinancingTables(t.build());
    }
    return b.esfCosts(toEur(overview.esfCosts(), rate))
        .erdfCosts(toEur(overview.erdfCosts(), rate))
        .totalCosts(toEur(overview.totalCosts(), rate))
        .cashCoFinancing(toEur(overview.cashCoFinancing(), rate))
        .esfGrant(toEur(overview.esfGrant(), rate))
        .totalCoFinancing(toEur(overview.totalCoFinancing(), rate))
        .totalFinancing(toEur(overview.totalFinancing(), rate))
        .build();
  }

  private Money toEur(MonetaryAmount sek, ExchangeRate rate) {
    if (!Sek.isSek(sek)) {
      throw new IllegalArgumentException("only SEK amounts are converted to EUR, not " + sek.getCurrency());
    }
    return Money.of(rounding.divide(Amounts.number(sek), rate.sekPerEur()), Eur.EUR);
  }
}
