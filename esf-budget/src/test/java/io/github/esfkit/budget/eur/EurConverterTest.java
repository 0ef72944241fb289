package io.github.esfkit.budget.eur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.esfkit.budget.AllInAccess;
import io.github.esfkit.budget.Amounts;
import io.github.esfkit.budget.BudgetOverview;
import io.github.esfkit.budget.CoFinancingRequirement;
import io.github.esfkit.budget.CostCategory;
import io.github.esfkit.budget.CostSection;
import io.github.esfkit.budget.RoundingPolicy;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.budget.render.BudgetOverviewRenderer;
import io.github.esfkit.core.Language;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.YearMonth;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class EurConverterTest {

  private static final YearMonth MAY_2017 = YearMonth.of(2017, 5);
  private static final ExchangeRates RATES =
      ExchangeRates.of(ExchangeRate.of(MAY_2017, new BigDecimal("9.36"), "ESF-rådet, årsgenomsnitt (exempel)"));

  @Test
  void sekDividedByTheMonthlyRate() {
    EurConverter eur = EurConverter.of(RATES);
    assertThat(eur.rounding()).isEqualTo(RoundingPolicy.CENT_HALF_UP);
    assertThat(eur.toEur(Sek.of(9_360), MAY_2017)).isEqualTo(Money.of(1000, Eur.EUR));
    // 26 032 732 / 9.36 = 2 781 274.7863… → 2 781 274.79
    assertThat(eur.toEur(Sek.of(26_032_732), MAY_2017)).isEqualTo(Money.of(new BigDecimal("2781274.79"), Eur.EUR));
  }

  @Test
  void missingRateIsAnError() {
    EurConverter eur = EurConverter.of(RATES);
    assertThatThrownBy(() -> eur.toEur(Sek.of(1), YearMonth.of(2017, 6)))
        .isInstanceOf(MissingExchangeRateException.class)
        .hasMessageContaining("2017-06")
        .satisfies(e -> assertThat(((MissingExchangeRateException) e).month()).isEqualTo(YearMonth.of(2017, 6)));
    assertThat(RATES.find(YearMonth.of(2017, 6))).isEmpty();
  }

  @Test
  void roundingIsANamedPolicy() {
    // 0.05 kr / 10 = 0.005 EUR: a tie
    ExchangeRates ten = ExchangeRates.of(ExchangeRate.of(MAY_2017, BigDecimal.TEN, "test"));
    assertThat(EurConverter.of(ten).toEur(Sek.parse("0.05"), MAY_2017)).isEqualTo(Money.of(new BigDecimal("0.01"), Eur.EUR));
    assertThat(EurConverter.of(ten, RoundingPolicy.CENT_HALF_EVEN).toEur(Sek.parse("0.05"), MAY_2017))
        .isEqualTo(Money.of(0, Eur.EUR));
    assertThat(EurConverter.of(ten, RoundingPolicy.CENT_DOWN).toEur(Sek.parse("0.09"), MAY_2017))
        .isEqualTo(Money.of(0, Eur.EUR));
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> EurConverter.of(RATES).toEur(Money.of(1, Eur.EUR), MAY_2017))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExchangeRate.of(MAY_2017, BigDecimal.ZERO, "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ExchangeRates.of(
            ExchangeRate.of(MAY_2017, BigDecimal.ONE, "a"), ExchangeRate.of(MAY_2017, BigDecimal.TEN, "b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two rates");
  }

  @Test
  void oneRateGivenTwiceWithDifferentScaleIsOneRate() {
    ExchangeRates rates = ExchangeRates.of(ExchangeRate.of(MAY_2017, new BigDecimal("9.36"), "ESF-rådet"),
        ExchangeRate.of(MAY_2017, new BigDecimal("9.360"), "ESF-rådet"));
    assertThat(rates.asMap()).hasSize(1);
    assertThat(EurConverter.of(rates).toEur(Sek.of(936), MAY_2017)).isEqualTo(Money.of(100, Eur.EUR));
    // the same number from two sources, or two numbers, are still two rates
    assertThatThrownBy(() -> ExchangeRates.of(ExchangeRate.of(MAY_2017, new BigDecimal("9.36"), "a"),
            ExchangeRate.of(MAY_2017, new BigDecimal("9.360"), "b")))
        .hasMessageContaining("two rates");
    assertThatThrownBy(() -> ExchangeRates.of(ExchangeRate.of(MAY_2017, new BigDecimal("9.36"), "a"),
            ExchangeRate.of(MAY_2017, new BigDecimal("9.361"), "a")))
        .hasMessageContaining("two rates");
  }

  @Test
  void convertsAWholeOverviewKeepingTheShares() {
    BudgetOverview sek = AllInAccess.budget().overview(CoFinancingRequirement.ofPercent("53"));
    BudgetOverview eur = EurConverter.of(RATES).convert(sek, MAY_2017);
    assertThat(eur.currency()).isEqualTo(Eur.EUR);
    assertThat(eur.totalFinancing()).isEqualTo(Money.of(new BigDecimal("5600798.93"), Eur.EUR));
    assertThat(eur.costTable(CostSection.ANALYSIS_AND_PLANNING).amount(CostCategory.INDIRECT_COSTS))
        .isEqualTo(Money.of(new BigDecimal("20277.56"), Eur.EUR));
    assertThat(eur.esfShare()).isEqualTo(sek.esfShare());
    assertThat(eur.requirementStatus()).isEqualTo(io.github.esfkit.budget.RequirementStatus.MET);
    assertThat(BudgetOverviewRenderer.renderOverview(eur, Language.SV)).contains("5 600 798,93 EUR").contains("46,98 %");
    assertThatThrownBy(() -> EurConverter.of(RATES).convert(sek, YearMonth.of(2020, 1)))
        .isInstanceOf(MissingExchangeRateException.class);
  }

  @Test
  void toEurAndBackStaysWithinTheRoundingUnit() {
    qt().withFixedSeed(7L)
        .withExamples(300)
        .forAll(longs().between(0, 10_000_000_000_00L), longs().between(5_0000, 15_0000))
        .checkAssert((ore, rateTenThousandths) -> {
          BigDecimal rate = BigDecimal.valueOf(rateTenThousandths, 4);
          ExchangeRates rates = ExchangeRates.of(ExchangeRate.of(MAY_2017, rate, "test"));
          BigDecimal sek = BigDecimal.valueOf(ore, 2);
          BigDecimal eur = Amounts.number(EurConverter.of(rates).toEur(Sek.of(sek), MAY_2017));
          // back to SEK: within half a cent times the rate
          BigDecimal back = eur.multiply(rate);
          assertThat(back.subtract(sek).abs()).isLessThanOrEqualTo(new BigDecimal("0.005").multiply(rate));
          // and exactly the integer oracle: cents = round_half_up(ore × 10^4 / rate in 10^-4)
          BigInteger n = BigInteger.valueOf(ore).multiply(BigInteger.valueOf(10_000));
          BigInteger d = BigInteger.valueOf(rateTenThousandths);
          BigInteger[] qr = n.divideAndRemainder(d);
          BigInteger cents = qr[1].shiftLeft(1).compareTo(d) >= 0 ? qr[0].add(BigInteger.ONE) : qr[0];
          assertThat(eur).isEqualByComparingTo(new BigDecimal(cents, 2));
        });
  }
}
