package io.github.esfkit.budget.eur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.budget.RoundingPolicy;
import io.github.esfkit.budget.Sek;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The converter takes the caller's rates directly: at most one per month, a repeated rate counted once. */
class EurConverterFactoriesTest {

  private static final YearMonth MAY = YearMonth.of(2017, 5);
  private static final ExchangeRate RATE = ExchangeRate.of(MAY, new BigDecimal("9.36"), "ESF-rådet");

  @Test
  void theRatesAreGivenToTheConverter() {
    EurConverter c = EurConverter.of(RATE, ExchangeRate.of(MAY, new BigDecimal("9.360"), "ESF-rådet"));
    assertThat(c.rate(MAY)).contains(RATE);
    assertThat(c.rate(MAY.plusMonths(1))).isEmpty();
    assertThat(c.rounding()).isEqualTo(RoundingPolicy.EUR_DEFAULT);
    // 1 000 kr / 9.36 = 106.837… → 106.84 EUR (HALF_UP); cents down under another policy
    assertThat(c.toEur(Sek.of(1_000), MAY)).isEqualTo(Money.of(new BigDecimal("106.84"), Eur.EUR));
    EurConverter down = EurConverter.of(List.of(RATE), RoundingPolicy.CENT_DOWN);
    assertThat(down.toEur(Sek.of(1_000), MAY)).isEqualTo(Money.of(new BigDecimal("106.83"), Eur.EUR));
    assertThat(EurConverter.of(List.of(RATE)).toEur(Sek.of(936), MAY)).isEqualTo(Money.of(BigDecimal.valueOf(100), Eur.EUR));
    assertThatThrownBy(() -> EurConverter.of(RATE, ExchangeRate.of(MAY, BigDecimal.TEN, "ESF-rådet")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2017-05");
    assertThatThrownBy(() -> c.toEur(Sek.of(1), MAY.plusMonths(1))).isInstanceOf(MissingExchangeRateException.class);
  }
}
