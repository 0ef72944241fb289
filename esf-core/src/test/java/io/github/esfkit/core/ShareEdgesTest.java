package io.github.esfkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** {@link Share} at its edges: the numbers as given, hashing, ordering against undefined and negative shares. */
class ShareEdgesTest {

  @Test
  void theNumbersAreKeptAsGiven() {
    Share s = Share.of(new BigDecimal("1.0"), new BigDecimal("2.00"));
    assertThat(s.numerator()).isEqualTo(new BigDecimal("1.0"));
    assertThat(s.denominator()).isEqualTo(new BigDecimal("2.00"));
    assertThat(s).hasToString("1.0/2.00");
    assertThat(Share.of(23, 36).numerator()).isEqualByComparingTo("23");
    assertThat(Share.of(23, 36).denominator()).isEqualByComparingTo("36");
  }

  @Test
  void hashIgnoresScaleButNotOrder() {
    assertThat(Share.of(new BigDecimal("1.0"), new BigDecimal("2.00")).hashCode()).isEqualTo(Share.of(1, 2).hashCode());
    assertThat(Share.of(new BigDecimal("0.00"), BigDecimal.ONE).hashCode()).isEqualTo(Share.of(0, 1).hashCode());
    assertThat(Share.of(1, 2).hashCode()).isNotEqualTo(Share.of(2, 1).hashCode());
    assertThat(Share.of(1, 2).hashCode()).isNotEqualTo(Share.of(2, 4).hashCode());
    assertThat(Share.of(0, 0).hashCode()).isZero();
    assertThat(Share.of(1, 0).hashCode()).isNotZero();
    assertThat(Share.of(0, 1).hashCode()).isNotZero();
  }

  @Test
  void undefinedSortsFirst() {
    assertThat(Share.of(1, 2).compareTo(Share.of(1, 0))).isPositive();
    assertThat(Share.of(1, 0).compareTo(Share.of(1, 2))).isNegative();
    assertThat(Share.of(0, 2).compareTo(Share.of(0, 0))).isPositive();
    assertThat(Share.of(7, 0).compareTo(Share.of(0, 0))).isZero();
  }

  @Test
  void negativeDenominatorsOnEitherSide() {
    assertThat(Share.of(1, 2).compareTo(Share.of(1, -2))).isPositive();
    assertThat(Share.of(1, 2).compareTo(Share.of(-1, -2))).isZero();
    assertThat(Share.of(1, 3).compareTo(Share.of(-1, -2))).isNegative();
    assertThat(Share.of(-1, -3).compareTo(Share.of(-1, -2))).isNegative();
    assertThat(Share.of(-1, -2).isAtMostPercent(BigDecimal.valueOf(50))).isTrue();
    assertThat(Share.of(-1, -2).isAtLeastPercent(BigDecimal.valueOf(51))).isFalse();
    assertThat(Share.of(1, -4).percent(0, RoundingMode.HALF_UP)).contains(new BigDecimal("-25"));
    assertThat(Share.of(1, -4).isAtLeastPercent(BigDecimal.valueOf(-25))).isTrue();
    assertThat(Share.of(1, -4).isAtLeastPercent(BigDecimal.valueOf(-24))).isFalse();
  }

  @Test
  void percentRoundsOnceWithTheModeGiven() {
    assertThat(Share.of(1, 8).percent(1, RoundingMode.HALF_EVEN)).contains(new BigDecimal("12.5"));
    assertThat(Share.of(1, 8).percent(0, RoundingMode.HALF_EVEN)).contains(new BigDecimal("12"));
    assertThat(Share.of(1, 8).percent(0, RoundingMode.HALF_UP)).contains(new BigDecimal("13"));
    assertThat(Share.of(1, 8).percent(0, RoundingMode.UP)).contains(new BigDecimal("13"));
  }
}
