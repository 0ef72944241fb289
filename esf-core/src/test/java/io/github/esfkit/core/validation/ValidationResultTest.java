package io.github.esfkit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.esfkit.core.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Violations and results: collection, validity, filtering, combination. */
class ValidationResultTest {

  @Test
  void collectsAllAndIsValidWithoutErrors() {
    ValidationResult r = ValidationResult.builder()
        .warning("PHASE-LENGTH", "project.phases[1]", "sv", "en")
        .info("NOTE", "project", "sv", "en")
        .build();
    assertThat(r.isValid()).isTrue();
    assertThat(r.isEmpty()).isFalse();
    ValidationResult withError = r.and(ValidationResult.builder().error("PHASE-GAP", "project.phases[2]", "s", "e").build());
    assertThat(withError.isValid()).isFalse();
    assertThat(withError.violations()).extracting(Violation::ruleId).containsExactly("PHASE-LENGTH", "NOTE", "PHASE-GAP");
    assertThat(withError.errors()).hasSize(1);
    assertThat(withError.withSeverity(Severity.WARNING)).hasSize(1);
    assertThat(withError.hasRule("NOTE")).isTrue();
    assertThat(withError.hasRule("CFAR-LENGTH")).isFalse();
    assertThat(withError.withRule("PHASE-GAP").get(0).path()).isEqualTo("project.phases[2]");
    assertThat(ValidationResult.ok().and(r)).isSameAs(r);
    assertThat(r.and(ValidationResult.ok())).isSameAs(r);
    assertThat(ValidationResult.ok().isValid()).isTrue();
    assertThat(ValidationResult.of(List.of()).isEmpty()).isTrue();
    assertThat(ValidationResult.builder().addAll(withError).build()).isEqualTo(withError);
    assertThat(withError.toString()).contains("PHASE-GAP");
  }

  @Test
  void violationsHaveStableIdsAndBothLanguages() {
    Violation v = Violation.of("CFAR-LENGTH", Severity.ERROR, "p", "CFAR-nummer '1278326' måste ha 8 siffror.",
        "CFAR number '1278326' must have 8 digits.");
    assertThat(v.message(Language.SV)).startsWith("CFAR-nummer");
    assertThat(v.message(Language.EN)).startsWith("CFAR number");
    assertThat(v).hasToString("ERROR CFAR-LENGTH at p: CFAR number '1278326' must have 8 digits.");
    assertThatThrownBy(() -> Violation.of("cfar length", Severity.ERROR, "p", "s", "e"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Violation.of("CFAR-", Severity.ERROR, "p", "s", "e"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Language.SV.pick("ja", "yes")).isEqualTo("ja");
    assertThat(Language.EN.pick("ja", "yes")).isEqualTo("yes");
  }

  @Test
  void equality() {
    Violation a = Violation.of("A", Severity.ERROR, "p", "s", "e");
    new EqualsTester()
        .addEqualityGroup(a, Violation.of("A", Severity.ERROR, "p", "s", "e"))
        .addEqualityGroup(Violation.of("A", Severity.WARNING, "p", "s", "e"))
        .addEqualityGroup(ValidationResult.of(a), ValidationResult.builder().add(a).build())
        .addEqualityGroup(ValidationResult.ok(), ValidationResult.of())
        .testEquals();
  }
}
