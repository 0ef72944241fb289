package io.github.esfkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.core.Language;
import org.junit.jupiter.api.Test;

/** The one-line error format and the collector that keeps the first errors and counts the rest. */
class InputErrorTest {

  @Test
  void oneLineWithFileLineAndColumnShortenedWhenAbsent() {
    InputError e = InputError.of("p.csv", 3, "gender", "PART-CODE", "fel", "wrong");
    assertThat(e.format(Language.EN)).isEqualTo("p.csv:3:gender: PART-CODE wrong");
    assertThat(e.format(Language.SV)).isEqualTo("p.csv:3:gender: PART-CODE fel");
    assertThat(InputError.of("p.csv", 3, null, "R", "a", "b").location()).isEqualTo("p.csv:3");
    assertThat(InputError.ofFile("p.csv", "IO-NOT-FOUND", "a", "b").location()).isEqualTo("p.csv");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo("gender");
    assertThat(e.file()).isEqualTo("p.csv");
    assertThat(e.message(Language.SV)).isEqualTo("fel");
  }

  @Test
  void aFileNameColumnOrMessageCanNeitherLeakAPersonnummerNorBreakTheLine() {
    InputError e = InputError.of("/tmp/19850312-1231\n.csv", 1, "col\u001b[2J", "R", "namn 850312 1231\r\n",
        "name 850312.1231\u0000");
    String line = e.format(Language.EN) + e.format(Language.SV);
    assertThat(line).doesNotContain("1231").doesNotContain("\n").doesNotContain("\r").doesNotContain("\u001b")
        .doesNotContain("\u0000");
    assertThat(e.file()).isEqualTo("/tmp/(withheld)?.csv");
  }

  @Test
  void equalityCoversEveryField() {
    InputError a = InputError.of("f", 1, "c", "R", "sv", "en");
    assertThat(a).isEqualTo(InputError.of("f", 1, "c", "R", "sv", "en")).hasSameHashCodeAs(InputError.of("f", 1,
        "c", "R", "sv", "en"));
    assertThat(a).isNotEqualTo(InputError.of("f", 2, "c", "R", "sv", "en"))
        .isNotEqualTo(InputError.of("g", 1, "c", "R", "sv", "en"))
        .isNotEqualTo(InputError.of("f", 1, "d", "R", "sv", "en"))
        .isNotEqualTo(InputError.of("f", 1, "c", "S", "sv", "en"))
        .isNotEqualTo(InputError.of("f", 1, "c", "R", "sw", "en"))
        .isNotEqualTo(InputError.of("f", 1, "c", "R", "sv", "em"))
        .isNotEqualTo("f:1:c: R en");
    assertThat(a.toString()).isEqualTo("f:1:c: R en");
  }

  @Test
  void theCollectorKeepsTheFirstErrorsAndCountsTheRest() {
    InputErrors errors = new InputErrors(2);
    assertThat(errors.isEmpty()).isTrue();
    for (int i = 1; i <= 5; i++) {
      errors.add(InputError.of("f", i, "", "R", "sv", "en"));
    }
    errors.countOnly(10);
    assertThat(errors.count()).isEqualTo(15);
    assertThat(errors.kept()).extracting(InputError::line).containsExactly(1L, 2L);
    assertThat(errors.omitted()).isEqualTo(13);
    assertThat(errors.isFull()).isTrue();
    assertThat(errors.isEmpty()).isFalse();
    assertThatThrownBy(() -> errors.kept().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void addAllCarriesKeptAndCountedErrors() {
    InputErrors a = new InputErrors(10);
    InputErrors b = new InputErrors(1);
    b.add(InputError.of("f", 1, "", "R", "sv", "en"));
    b.add(InputError.of("f", 2, "", "R", "sv", "en"));
    a.addAll(b);
    assertThat(a.count()).isEqualTo(2);
    assertThat(a.kept()).hasSize(1);
  }

  @Test
  void theLimitIsAtLeastOne() {
    assertThatThrownBy(() -> new InputErrors(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new InputErrors().isFull()).isFalse();
  }

  @Test
  void anInvalidInputExceptionCarriesItsErrors() {
    InputError e = InputError.ofFile("f", "R", "sv", "en");
    InvalidInputException x = new InvalidInputException(e);
    assertThat(x.errors().kept()).containsExactly(e);
    assertThat(x.getMessage()).doesNotContain("\n");
  }
}
