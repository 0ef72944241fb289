package io.github.esfkit.budget.eur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.esfkit.budget.AllInAccess;
import io.github.esfkit.budget.BudgetOverview;
import io.github.esfkit.budget.CoFinancingCategory;
import io.github.esfkit.budget.CoFinancingRequirement;
import io.github.esfkit.budget.CoFinancingSubLine;
import io.github.esfkit.budget.CostCategory;
import io.github.esfkit.budget.CostSection;
import io.github.esfkit.budget.CostTable;
import io.github.esfkit.budget.RoundingPolicy;
import io.github.esfkit.budget.Sek;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The rates a caller hands in, the euro factory, and every figure of a converted overview. */
class ExchangeRatesTest {

  private static final YearMonth MAY = YearMonth.of(2017, 5);
  private static final YearMonth JUNE = YearMonth.of(2017, 6);

  @Test
  void ratesAreKeptInMonthOrder() {
    ExchangeRate june = ExchangeRate.of(JUNE, new BigDecimal("9.70"), "a");
    ExchangeRate may = ExchangeRate.of(MAY, new BigDecimal("9.36"), "a");
    ExchangeRates rates = ExchangeRates.of(june, may);
    assertThat(rates.asMap().keySet()).containsExactly(MAY, JUNE);
    assertThat(rates.rateFor(JUNE)).isEqualTo(june);
    assertThat(rates.find(MAY)).contains(may);
    assertThat(rates).hasToString("ExchangeRates" + List.of(may, june));
    assertThatThrownBy(() -> rates.asMap().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(ExchangeRates.of(List.of()).asMap()).isEmpty();
  }

  @Test
  void ratesAreAValue() {
    ExchangeRate may = ExchangeRate.of(MAY, new BigDecimal("9.36"), "a");
    new EqualsTester()
        .addEqualityGroup(ExchangeRates.of(may), ExchangeRates.of(List.of(may)), ExchangeRates.of(may, may))
        .addEqualityGroup(ExchangeRates.of(ExchangeRate.of(MAY, new BigDecimal("9.37"), "a")))
        .addEqualityGroup(ExchangeRates.of(may, ExchangeRate.of(JUNE, new BigDecimal("9.36"), "a")))
        .addEqualityGroup(ExchangeRates.of())
        .addEqualityGroup(may)
        .testEquals();
    assertThat(ExchangeRates.of(may).hashCode()).isNotEqualTo(ExchangeRates.of().hashCode());
  }

  @Test
  void aRateIsPositiveWithASource() {
    assertThatThrownBy(() -> ExchangeRate.of(MAY, new BigDecimal("-9.36"), "a"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2017-05").hasMessageContaining("positive");
    assertThatThrownBy(() -> ExchangeRate.of(MAY, new BigDecimal("9.36"), " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source");
    assertThat(ExchangeRate.of(MAY, new BigDecimal("0.0001"), "a").sekPerEur()).isEqualByComparingTo("0.0001");
  }

  @Test
  void missingRateNamesTheMonth() {
    MissingExchangeRateException e = new MissingExchangeRateException(JUNE);
    assertThat(e.month()).isEqualTo(JUNE);
    assertThat(e).hasMessage("no SEK/EUR exchange rate supplied for 2017-06");
    assertThatThrownBy(() -> ExchangeRates.of().rateFor(JUNE)).isInstanceOf(MissingExchangeRateException.class)
        .hasMessage("no SEK/EUR exchange rate supplied for 2017-06");
  }

  @Test
  void euroAmounts() {
    assertThat(Eur.EUR.getCurrencyCode()).isEqualTo("EUR");
    Money m = Eur.of(new BigDecimal("1234.56"));
    assertThat(m.getCurrency()).isEqualTo(Eur.EUR);
    assertThat(m.getNumberStripped()).isEqualByComparingTo("1234.56");
  }

  @Test
  void everyFigureOfAnOverviewIsConverted() {
    // at 10 kr per euro every figure is a tenth, to the cent
    ExchangeRates ten = ExchangeRates.of(ExchangeRate.of(MAY, BigDecimal.TEN, "test"));
    BudgetOverview sek = AllInAccess.budget().overview(CoFinancingRequirement.ofPercent("53"));
    BudgetOverview eur = EurConverter.of(ten, RoundingPolicy.CENT_HALF_UP).convert(sek, MAY);
    assertThat(eur.currency()).isEqualTo(Eur.EUR);
    assertThat(tenth(eur.esfCosts(), sek.esfCosts())).isTrue();
    assertThat(tenth(eur.erdfCosts(), sek.erdfCosts())).isTrue();
    assertThat(tenth(eur.totalCosts(), sek.totalCosts())).isTrue();
    assertThat(tenth(eur.cashCoFinancing(), sek.cashCoFinancing())).isTrue();
    assertThat(tenth(eur.esfGrant(), sek.esfGrant())).isTrue();
    assertThat(tenth(eur.totalCoFinancing(), sek.totalCoFinancing())).isTrue();
    assertThat(tenth(eur.totalFinancing(), sek.totalFinancing())).isTrue();
    assertThat(eur.costTables()).hasSameSizeAs(sek.costTables());
    for (int i = 0; i < sek.costTables().size(); i++) {
      CostTable s = sek.costTables().get(i);
      CostTable e = eur.costTables().get(i);
      assertThat(e.section()).isEqualTo(s.section());
      assertThat(tenth(e.total(), s.total())).as("total of %s", s.section()).isTrue();
      assertThat(e.rows().keySet()).containsExactlyElementsOf(s.rows().keySet());
      s.rows().forEach((c, a) -> assertThat(tenth(e.rows().get(c), a)).as("%s %s", s.section(), c).isTrue());
    }
    assertThat(eur.coFinancingTables()).hasSameSizeAs(sek.coFinancingTables());
    for (int i = 0; i < sek.coFinancingTables().size(); i++) {
      io.github.esfkit.budget.CoFinancingTable s = sek.coFinancingTables().get(i);
      io.github.esfkit.budget.CoFinancingTable e = eur.coFinancingTables().get(i);
      assertThat(e.category()).isEqualTo(s.category());
      assertThat(tenth(e.total(), s.total())).isTrue();
      assertThat(e.rows().keySet()).containsExactlyElementsOf(s.rows().keySet());
      s.rows().forEach((c, a) -> assertThat(tenth(e.rows().get(c), a)).as("%s %s", s.category(), c).isTrue());
    }
    // figures that are not amounts are kept
    assertThat(eur.esfShare()).isEqualTo(sek.esfShare());
    assertThat(eur.coFinancingShare()).isEqualTo(sek.coFinancingShare());
    assertThat(eur.requirement()).isEqualTo(sek.requirement());
    assertThat(eur.programmePeriod()).isEqualTo(sek.programmePeriod());
    // All In: 8 × 154 000 kr equipment in kind = 123 200 EUR; staff in kind 8 × 1 147 849 = 918 279.20 EUR
    assertThat(eur.coFinancingTable(CoFinancingCategory.PUBLIC_IN_KIND).amount(CoFinancingSubLine.EQUIPMENT_AND_MATERIALS))
        .isEqualTo(Money.of(123_200, Eur.EUR));
    assertThat(eur.coFinancingTable(CoFinancingCategory.PUBLIC_IN_KIND).amount(CoFinancingSubLine.STAFF))
        .isEqualTo(Money.of(new BigDecimal("918279.20"), Eur.EUR));
    assertThat(eur.costTable(CostSection.IMPLEMENTATION).amount(CostCategory.STAFF))
        .isEqualTo(Money.of(new BigDecimal("1788573.90"), Eur.EUR));
  }

  @Test
  void onlySekIsConverted() {
    EurConverter c = EurConverter.of(ExchangeRates.of(ExchangeRate.of(MAY, BigDecimal.TEN, "test")));
    assertThatThrownBy(() -> c.toEur(Money.of(10, Eur.EUR), MAY)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EUR");
    // the month is checked before the currency
    assertThatThrownBy(() -> c.toEur(Money.of(10, Eur.EUR), JUNE)).isInstanceOf(MissingExchangeRateException.class);
    assertThat(c.toEur(Sek.of(0), MAY)).isEqualTo(Money.of(0, Eur.EUR));
    assertThat(c.toEur(Sek.of(-100), MAY)).isEqualTo(Money.of(-10, Eur.EUR));
  }

  private static boolean tenth(Money eur, Money sek) {
    return eur.getCurrency().equals(Eur.EUR) && Sek.isSek(sek)
        && eur.getNumberStripped().compareTo(sek.getNumberStripped().divide(BigDecimal.TEN, 2,
            java.math.RoundingMode.HALF_UP)) == 0;
  }
}
