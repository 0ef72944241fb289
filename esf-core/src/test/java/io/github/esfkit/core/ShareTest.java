package io.github.esfkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** The one exact ratio type: exact comparisons, rounding only on request, the zero-denominator rule. */
class ShareTest {

  @Test
  void percentIsRoundedOnceAsAsked() {
    assertThat(Share.of(5, 15).percent(0, RoundingMode.HALF_UP)).contains(new BigDecimal("33"));
    assertThat(Share.of(27, 31).percent(1, RoundingMode.HALF_UP)).contains(new BigDecimal("87.1"));
    assertThat(Share.of(new BigDecimal("27783000"), new BigDecimal("52423478")).percent(4, RoundingMode.DOWN))
        .contains(new BigDecimal("52.9972"));
    assertThat(Share.of(1, 3).percent(4, RoundingMode.HALF_UP)).contains(new BigDecimal("33.3333"));
  }

  @Test
  void comparesExactly() {
    assertThat(Share.of(2, 3).isAtLeastPercent(new BigDecimal("66.66"))).isTrue();
    assertThat(Share.of(2, 3).isAtLeastPercent(new BigDecimal("66.67"))).isFalse();
    assertThat(Share.of(9, 10).isAtLeastPercent(BigDecimal.valueOf(90))).isTrue();
    assertThat(Share.of(9, 10).isAtMostPercent(BigDecimal.valueOf(90))).isTrue();
    assertThat(Share.of(91, 100).isAtMostPercent(BigDecimal.valueOf(90))).isFalse();
    assertThat(Share.of(41, 91).compareTo(Share.of(110, 230))).isNegative();
    assertThat(Share.of(14, 28).compareTo(Share.of(110, 230))).isPositive();
    assertThat(Share.of(Long.MAX_VALUE, Long.MAX_VALUE).isAtLeastPercent(BigDecimal.valueOf(100))).isTrue();
    // 27 793 079 × 100 = 2 779 307 900 ≥ 53 × 52 423 478 = 2 778 444 334 (All In)
    Share allIn = Share.of(new BigDecimal("27793079"), new BigDecimal("52423478"));
    assertThat(allIn.isAtLeastPercent(new BigDecimal("53"))).isTrue();
    assertThat(allIn.isAtLeastPercent(new BigDecimal("53.0165"))).isFalse();
  }

  @Test
  void negativeDenominatorsCompareBySign() {
    assertThat(Share.of(-1, -2).isAtLeastPercent(BigDecimal.valueOf(50))).isTrue();
    assertThat(Share.of(-1, -2).isAtMostPercent(BigDecimal.valueOf(49))).isFalse();
    assertThat(Share.of(1, -2).isAtMostPercent(BigDecimal.valueOf(-50))).isTrue();
    assertThat(Share.of(-1, -2).compareTo(Share.of(1, 2))).isZero();
    assertThat(Share.of(1, -2).compareTo(Share.of(1, 2))).isNegative();
  }

  @Test
  void zeroDenominatorIsUndefinedNeverAnException() {
    Share zero = Share.of(0, 0);
    assertThat(zero.isDefined()).isFalse();
    assertThat(Share.of(5, 0).percent(2, RoundingMode.HALF_UP)).isEmpty();
    assertThat(zero.isAtLeastPercent(BigDecimal.ZERO)).isFalse();
    assertThat(zero.isAtMostPercent(BigDecimal.valueOf(100))).isFalse();
    assertThat(zero.compareTo(Share.of(1, 2))).isNegative();
    assertThat(zero.compareTo(Share.of(3, 0))).isZero();
    assertThat(zero).hasToString("0/0");
  }

  @Test
  void equalityIsOfTheTwoNumbers() {
    new EqualsTester()
        .addEqualityGroup(Share.of(1, 2), Share.of(new BigDecimal("1.0"), new BigDecimal("2.00")))
        .addEqualityGroup(Share.of(2, 4))
        .addEqualityGroup(Share.of(0, 0), Share.of(BigDecimal.ZERO, new BigDecimal("0.00")))
        .testEquals();
    new NullPointerTester().setDefault(BigDecimal.class, BigDecimal.ONE).testAllPublicStaticMethods(Share.class);
  }

  @Test
  void comparisonWithAPercentAgreesWithTheRoundedPercent() {
    qt().withFixedSeed(20261201L).withExamples(500)
        .forAll(longs().between(0, 1_000_000), longs().between(1, 1_000_000), longs().between(0, 10_000))
        .checkAssert((n, d, basisPoints) -> {
          Share s = Share.of(n, d);
          BigDecimal p = BigDecimal.valueOf(basisPoints, 2);
          BigDecimal exact = BigDecimal.valueOf(n).multiply(BigDecimal.valueOf(100));
          boolean atLeast = exact.compareTo(p.multiply(BigDecimal.valueOf(d))) >= 0;
          assertThat(s.isAtLeastPercent(p)).isEqualTo(atLeast);
          assertThat(s.percent(2, RoundingMode.FLOOR).orElseThrow().compareTo(p) >= 0).isEqualTo(atLeast);
        });
  }
}
