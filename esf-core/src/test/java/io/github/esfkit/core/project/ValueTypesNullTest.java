package io.github.esfkit.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.esfkit.core.id.Diarienummer;
import io.github.esfkit.core.organisation.Organisation;
import io.github.esfkit.core.organisation.Workplace;
import io.github.esfkit.core.programme.Call;
import io.github.esfkit.core.programme.ProgrammeArea;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.core.validation.ValidationResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/** No null goes into the public API of the project value types and validators' factories. */
class ValueTypesNullTest {

  static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(LocalDateRange.class, LocalDateRange.ofClosed(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)))
        .setDefault(PhaseKind.class, PhaseKind.IMPLEMENTATION)
        .setDefault(FigureKind.class, FigureKind.TARGET)
        .setDefault(Organisation.class, ProjectValidatorTest.OWNER)
        .setDefault(Workplace.class, Workplace.of("19187426"))
        .setDefault(Call.class, ProjectValidatorTest.call())
        .setDefault(Diarienummer.class, Diarienummer.parse("2017/00083"))
        .setDefault(ProgrammePeriod.class, ProgrammePeriod.ESF_2014_2020)
        .setDefault(ProgrammeArea.class, ProgrammeArea.ESF_2)
        .setDefault(BigDecimal.class, BigDecimal.TEN)
        .setDefault(String.class, "x");
  }

  @Test
  void staticFactoriesRejectNull() {
    NullPointerTester t = tester();
    t.testAllPublicStaticMethods(Phase.class);
    t.testAllPublicStaticMethods(AgeBand.class);
    t.testAllPublicStaticMethods(PlannedParticipants.class);
    t.testAllPublicStaticMethods(SubProject.class);
    t.testAllPublicStaticMethods(TargetGroup.class);
    t.testAllPublicStaticMethods(Call.class);
    t.testAllPublicStaticMethods(Project.class);
  }

  @Test
  void instanceMethodsRejectNull() {
    NullPointerTester t = tester();
    t.testAllPublicInstanceMethods(ProjectValidatorTest.valid());
    t.testAllPublicInstanceMethods(ProjectValidatorTest.call());
    t.testAllPublicInstanceMethods(Phase.ofClosed(PhaseKind.CLOSING, LocalDate.of(2020, 3, 1), LocalDate.of(2020, 5, 31), 3));
    t.testAllPublicInstanceMethods(PlannedParticipants.of(648, 324, 324, FigureKind.MAXIMUM));
  }

  @Test
  void validatorsReportNullInsteadOfThrowing() {
    assertThat(ProjectValidator.validate(null).isValid()).isFalse();
    ValidationResult phases = PhaseValidator.validate(null, null, null);
    assertThat(phases.isEmpty()).isTrue();
  }

  @Test
  void valueEquality() {
    new EqualsTester()
        .addEqualityGroup(AgeBand.of(15, 24), AgeBand.parse("15-24"))
        .addEqualityGroup(AgeBand.of(25, 54))
        .addEqualityGroup(PlannedParticipants.of(648, 324, 324, FigureKind.MAXIMUM),
            PlannedParticipants.of(648, FigureKind.MAXIMUM).withWomen(324).withMen(324))
        .addEqualityGroup(PlannedParticipants.of(648, 324, 324, FigureKind.TARGET))
        .addEqualityGroup(Phase.ofClosed(PhaseKind.CLOSING, LocalDate.of(2020, 3, 1), LocalDate.of(2020, 5, 31)),
            Phase.of(PhaseKind.CLOSING, LocalDateRange.of(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 6, 1))))
        .addEqualityGroup(Phase.ofClosed(PhaseKind.CLOSING, LocalDate.of(2020, 3, 1), LocalDate.of(2020, 5, 31), 3))
        .testEquals();
    assertThat(List.of(ProjectValidatorTest.valid())).containsExactly(ProjectValidatorTest.valid());
  }
}
