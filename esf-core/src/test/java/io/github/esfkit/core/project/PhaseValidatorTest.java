package io.github.esfkit.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.validation.Severity;
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.core.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/** Each phase rule with an input that breaks it. */
class PhaseValidatorTest {

  static final LocalDateRange PERIOD = LocalDateRange.ofClosed(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));

  static Phase phase(PhaseKind kind, String first, String last) {
    return Phase.ofClosed(kind, LocalDate.parse(first), LocalDate.parse(last));
  }

  static List<Phase> tiling() {
    return List.of(phase(PhaseKind.ANALYSIS_AND_PLANNING, "2021-01-01", "2021-03-31"),
        phase(PhaseKind.IMPLEMENTATION, "2021-04-01", "2021-10-31"),
        phase(PhaseKind.CLOSING, "2021-11-01", "2021-12-31"));
  }

  static List<String> rules(ValidationResult r) {
    return r.violations().stream().map(Violation::ruleId).collect(java.util.stream.Collectors.toList());
  }

  @Test
  void statedMonthsBeyondTheCalendarAreAFindingNotSilence() {
    LocalDate start = LocalDate.MAX.minusMonths(1);
    LocalDateRange period = LocalDateRange.ofClosed(start, start.plusDays(5));
    Phase p = Phase.ofClosed(PhaseKind.IMPLEMENTATION, start, start.plusDays(5), 12);
    ValidationResult r = PhaseValidator.validate(period, List.of(p));
    assertThat(rules(r)).containsExactly("PHASE-LENGTH");
    Violation v = r.violations().get(0);
    assertThat(v.severity()).isEqualTo(Severity.WARNING);
    assertThat(v.path()).isEqualTo("project.phases[0]");
    assertThat(v.messageEn()).contains("12 months from " + start).contains("calendar");
    assertThat(v.messageSv()).contains("12 månader från " + start).contains("kalendern");
  }

  @Test
  void anExactTilingIsValidInAnyOrder() {
    assertThat(PhaseValidator.validate(PERIOD, tiling()).isEmpty()).isTrue();
    List<Phase> shuffled = new ArrayList<>(tiling());
    java.util.Collections.reverse(shuffled);
    assertThat(PhaseValidator.validate(PERIOD, shuffled).isEmpty()).isTrue();
  }

  @Test
  void noPhasesIsValid() {
    assertThat(PhaseValidator.validate(PERIOD, List.of()).isEmpty()).isTrue();
    assertThat(PhaseValidator.validate(PERIOD, null).isEmpty()).isTrue();
  }

  @Test
  void gapOfSeveralDaysNamesTheRange() {
    List<Phase> phases = List.of(tiling().get(0), phase(PhaseKind.IMPLEMENTATION, "2021-04-04", "2021-10-31"),
        tiling().get(2));
    ValidationResult r = PhaseValidator.validate(PERIOD, phases);
    assertThat(rules(r)).containsExactly("PHASE-GAP");
    assertThat(r.violations().get(0).messageEn()).isEqualTo("Phases do not cover the project period: "
        + "2021-04-01 – 2021-04-03 (3) lie between 'analys- och planeringsfas' (ends 2021-03-31) and "
        + "'genomförandefas' (starts 2021-04-04).");
    assertThat(r.violations().get(0).path()).isEqualTo("project.phases[1]");
  }

  @Test
  void overlapNamesTheDatesCoveredTwice() {
    List<Phase> phases = List.of(tiling().get(0), phase(PhaseKind.IMPLEMENTATION, "2021-03-30", "2021-10-31"),
        tiling().get(2));
    ValidationResult r = PhaseValidator.validate(PERIOD, phases);
    assertThat(rules(r)).containsExactly("PHASE-OVERLAP");
    assertThat(r.violations().get(0).messageEn()).contains("2021-03-30 – 2021-03-31 (2)", "analys- och planeringsfas",
        "genomförandefas");
    assertThat(r.violations().get(0).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void firstPhaseLateOrEarly() {
    List<Phase> late = List.of(phase(PhaseKind.ANALYSIS_AND_PLANNING, "2021-01-02", "2021-03-31"),
        tiling().get(1), tiling().get(2));
    ValidationResult r = PhaseValidator.validate(PERIOD, late);
    assertThat(rules(r)).containsExactly("PHASE-START");
    assertThat(r.violations().get(0).messageEn()).contains("2021-01-01 lies in no phase");
    assertThat(r.violations().get(0).path()).isEqualTo("project.phases[0]");

    List<Phase> early = List.of(phase(PhaseKind.ANALYSIS_AND_PLANNING, "2020-12-31", "2021-03-31"),
        tiling().get(1), tiling().get(2));
    assertThat(rules(PhaseValidator.validate(PERIOD, early))).containsExactly("PHASE-START");
  }

  @Test
  void lastPhaseShortOrLong() {
    List<Phase> shortEnd = List.of(tiling().get(0), tiling().get(1),
        phase(PhaseKind.CLOSING, "2021-11-01", "2021-12-30"));
    ValidationResult r = PhaseValidator.validate(PERIOD, shortEnd);
    assertThat(rules(r)).containsExactly("PHASE-END");
    assertThat(r.violations().get(0).messageEn()).contains("2021-12-31 lies in no phase");
    assertThat(r.violations().get(0).path()).isEqualTo("project.phases[2]");

    List<Phase> longEnd = List.of(tiling().get(0), tiling().get(1),
        phase(PhaseKind.CLOSING, "2021-11-01", "2022-01-02"));
    ValidationResult r2 = PhaseValidator.validate(PERIOD, longEnd);
    assertThat(rules(r2)).containsExactly("PHASE-END");
    assertThat(r2.violations().get(0).messageEn()).contains("2022-01-01 – 2022-01-02 (2) lie outside");
  }

  @Test
  void emptyPhase() {
    List<Phase> phases = new ArrayList<>(tiling());
    phases.add(Phase.of(PhaseKind.CLOSING, LocalDateRange.of(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 6, 1))));
    ValidationResult r = PhaseValidator.validate(PERIOD, phases);
    assertThat(rules(r)).containsExactly("PHASE-EMPTY");
    assertThat(r.violations().get(0).path()).isEqualTo("project.phases[3]");
  }

  @Test
  void nullPhaseAndMissingPeriodAreReportedNotThrown() {
    List<Phase> phases = Arrays.asList(tiling().get(0), null, tiling().get(1), tiling().get(2));
    assertThat(rules(PhaseValidator.validate(PERIOD, phases))).containsExactly("PHASE-EMPTY");
    assertThat(rules(PhaseValidator.validate(null, tiling()))).containsExactly("PHASE-PERIOD");
    assertThat(rules(PhaseValidator.validate(LocalDateRange.ALL, tiling()))).containsExactly("PHASE-PERIOD");
    assertThat(rules(PhaseValidator.validate(PERIOD, tiling(), null))).isEmpty();
  }

  @Test
  void statedLengthIsCheckedAgainstTheDates() {
    Phase right = Phase.ofClosed(PhaseKind.IMPLEMENTATION, LocalDate.of(2018, 3, 1), LocalDate.of(2020, 2, 29), 24);
    Phase wrong = Phase.ofClosed(PhaseKind.IMPLEMENTATION, LocalDate.of(2018, 3, 1), LocalDate.of(2020, 2, 28), 24);
    LocalDateRange period = LocalDateRange.ofClosed(LocalDate.of(2018, 3, 1), LocalDate.of(2020, 2, 29));
    assertThat(PhaseValidator.validate(period, List.of(right)).isEmpty()).isTrue();
    ValidationResult r = PhaseValidator.validate(period, List.of(wrong));
    assertThat(rules(r)).containsExactly("PHASE-LENGTH", "PHASE-END");
    assertThat(r.withRule("PHASE-LENGTH").get(0).severity()).isEqualTo(Severity.WARNING);
    // 1 September + 6 months - 1 day = 28 February (2018 is a common year)
    Phase analysis = Phase.ofClosed(PhaseKind.ANALYSIS_AND_PLANNING, LocalDate.of(2017, 9, 1),
        LocalDate.of(2018, 2, 28), 6);
    assertThat(PhaseValidator.validate(LocalDateRange.ofClosed(LocalDate.of(2017, 9, 1), LocalDate.of(2018, 2, 28)),
        List.of(analysis)).isEmpty()).isTrue();
    assertThat(PhaseValidator.impliedEnd(LocalDate.of(2018, 3, 1), 24)).isEqualTo(LocalDate.of(2020, 3, 1));
  }

  @Test
  void extremeDatesDoNotThrow() {
    Phase farAway = Phase.ofClosed(PhaseKind.CLOSING, LocalDate.of(999_999_999, 11, 1),
        LocalDate.of(999_999_999, 11, 30), 1200);
    Phase ancient = Phase.ofClosed(PhaseKind.ANALYSIS_AND_PLANNING, LocalDate.MIN.plusDays(1),
        LocalDate.MIN.plusDays(3), 2);
    ValidationResult r = PhaseValidator.validate(PERIOD, List.of(farAway, ancient));
    assertThat(r.hasRule("PHASE-START")).isTrue();
    assertThat(r.hasRule("PHASE-END")).isTrue();
    assertThat(r.hasRule("PHASE-GAP")).isTrue();
  }
}
