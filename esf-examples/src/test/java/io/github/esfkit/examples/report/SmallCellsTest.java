package io.github.esfkit.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.esfkit.core.Language;
import org.junit.jupiter.api.Test;

class SmallCellsTest {

  @Test
  void countsOfOneToFourAreHiddenByDefault() {
    SmallCells c = SmallCells.standard();
    assertThat(c.threshold()).isEqualTo(5);
    assertThat(c.show(0, Language.SV)).isEqualTo("0");
    for (long n = 1; n <= 4; n++) {
      assertThat(c.show(n, Language.SV)).isEqualTo("< 5");
      assertThat(c.show(n, Language.EN)).isEqualTo("< 5");
    }
    assertThat(c.show(5, Language.SV)).isEqualTo("5");
    assertThat(c.show(12_345, Language.SV)).isEqualTo("12 345");
    assertThat(c.show(12_345, Language.EN)).isEqualTo("12,345");
  }

  @Test
  void thresholdOneHidesNothingAndBadThresholdsAreRefused() {
    assertThat(SmallCells.below(1).hides(1)).isFalse();
    assertThat(SmallCells.below(1000).hides(999)).isTrue();
    for (int bad : new int[] {0, -1, 1001, Integer.MIN_VALUE}) {
      assertThatThrownBy(() -> SmallCells.below(bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(String.valueOf(bad));
    }
  }

  @Test
  void aShownCountNeverRevealsAHiddenOne() {
    qt().withFixedSeed(20261201L).withExamples(300)
        .forAll(integers().between(1, 1000), longs().between(0, 100_000))
        .checkAssert((t, n) -> {
          SmallCells c = SmallCells.below(t);
          String shown = c.show(n, Language.EN);
          if (n > 0 && n < t) {
            assertThat(shown).isEqualTo("< " + t);
          } else {
            assertThat(shown.replace(",", "")).isEqualTo(Long.toString(n));
          }
        });
  }
}
