package io.github.esfkit.indicators.targets.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.Share;
import io.github.esfkit.indicators.targets.text.internal.Words;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A share in words: the report's display rounding (indicators.md §A.2) and the fraction. */
class ShareWordsTest {

  @Test
  void displaysHalfUpToWholePercentAndExactHalvesWithOneDecimal() {
    assertThat(Words.share(Share.of(5, 15), Language.SV)).isEqualTo("33 %");
    assertThat(Words.share(Share.of(14, 16), Language.SV)).isEqualTo("87,5 %");
    assertThat(Words.share(Share.of(5, 8), Language.SV)).isEqualTo("62,5 %");
    assertThat(Words.share(Share.of(7, 11), Language.SV)).isEqualTo("64 %");
    assertThat(Words.share(Share.of(110, 230), Language.SV)).isEqualTo("48 %");
    assertThat(Words.share(Share.of(27, 28), Language.EN)).isEqualTo("96%");
    assertThat(Words.share(Share.of(1, 200), Language.SV)).isEqualTo("0,5 %");
    assertThat(Words.shareOneDecimal(Share.of(27, 31), Language.SV)).isEqualTo("87,1 %");
    assertThat(Words.reportPercent(Share.of(14, 16))).contains(new BigDecimal("87.5"));
  }

  @Test
  void aZeroDenominatorPrintsADash() {
    assertThat(Words.share(Share.of(0, 0), Language.SV)).isEqualTo("–");
    assertThat(Words.shareOneDecimal(Share.of(3, 0), Language.EN)).isEqualTo("–");
    assertThat(Words.reportPercent(Share.of(3, 0))).isEmpty();
  }

  @Test
  void fractionInBothLanguages() {
    assertThat(Words.fraction(Share.of(5, 15), Language.SV)).isEqualTo("5 av 15");
    assertThat(Words.fraction(Share.of(5, 15), Language.EN)).isEqualTo("5 of 15");
  }
}
