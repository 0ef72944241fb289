package io.github.esfkit.indicators.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.core.Language;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Exact comparison and the report's display rounding (indicators.md §A.2). */
class ShareTest {

  @Test
  void displaysHalfUpToWholePercentAndExactHalvesWithOneDecimal() {
    assertThat(Share.of(5, 15).format(Language.SV)).isEqualTo("33 %");
    assertThat(Share.of(14, 16).format(Language.SV)).isEqualTo("87,5 %");
    assertThat(Share.of(5, 8).format(Language.SV)).isEqualTo("62,5 %");
    assertThat(Share.of(7, 11).format(Language.SV)).isEqualTo("64 %");
    assertThat(Share.of(110, 230).format(Language.SV)).isEqualTo("48 %");
    assertThat(Share.of(27, 28).format(Language.EN)).isEqualTo("96%");
    assertThat(Share.of(1, 200).format(Language.SV)).isEqualTo("0,5 %");
    assertThat(Share.of(27, 31).formatOneDecimal(Language.SV)).isEqualTo("87,1 %");
  }

  @Test
  void comparesExactly() {
    assertThat(Share.of(2, 3).isAtLeast(new BigDecimal("66.66"))).isTrue();
    assertThat(Share.of(2, 3).isAtLeast(new BigDecimal("66.67"))).isFalse();
    assertThat(Share.of(9, 10).isAtLeast(BigDecimal.valueOf(90))).isTrue();
    assertThat(Share.of(9, 10).isAtMost(BigDecimal.valueOf(90))).isTrue();
    assertThat(Share.of(41, 91).compareTo(Share.of(110, 230))).isNegative();
    assertThat(Share.of(14, 28).compareTo(Share.of(110, 230))).isPositive();
    assertThat(Share.of(Long.MAX_VALUE, Long.MAX_VALUE).isAtLeast(BigDecimal.valueOf(100))).isTrue();
  }

  @Test
  void zeroDenominatorHasNoValueAndNoException() {
    Share zero = Share.of(0, 0);
    assertThat(zero.isDefined()).isFalse();
    assertThat(zero.percent(2)).isEmpty();
    assertThat(zero.format(Language.SV)).isEqualTo("–");
    assertThat(zero.isAtLeast(BigDecimal.ZERO)).isFalse();
    assertThat(zero.compareTo(Share.of(1, 2))).isNegative();
  }

  @Test
  void negativeIsRejected() {
    assertThatThrownBy(() -> Share.of(-1, 2)).isInstanceOf(IllegalArgumentException.class);
  }
}
