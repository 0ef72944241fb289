package io.github.esfkit.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.organisation.Organisation;
import io.github.esfkit.core.organisation.OrganisationKind;
import io.github.esfkit.core.project.Phase;
import io.github.esfkit.core.project.PhaseKind;
import io.github.esfkit.core.project.Project;
import io.github.esfkit.core.validation.Violation;
import io.github.esfkit.indicators.targets.model.Verdict;
import io.github.esfkit.indicators.targets.text.GoalReportRenderer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/** The examples say what they prove: recorded and computed values apart, the "esfkit" column from esfkit. */
class HonestExamplesTest {

  static Map<String, Check> byWhat(List<Check> checks) {
    Map<String, Check> m = new LinkedHashMap<>();
    checks.forEach(c -> m.put(c.what(), c));
    return m;
  }

  @Test
  void the_144587_verdicts_from_judgements_and_milestone_statuses_are_labelled_recorded() throws Exception {
    Map<String, Check> checks = byWhat(new Project144587Example().run(Language.EN));
    Set<String> recorded = Set.of("PM-6", "DM2-1", "DM3-1", "DM3-2", "DM4-1", "DM4-2", "DM4-3", "DM4-4");
    for (String id : Project144587Example.PRINTED.keySet()) {
      assertThat(checks.get(id).basis()).as(id)
          .isEqualTo(recorded.contains(id) ? Check.Basis.RECORDED : Check.Basis.COMPUTED);
      assertThat(checks.get(id).matched()).as(id).isTrue();
    }
    assertThat(checks.values().stream().filter(c -> c.basis() == Check.Basis.COMPUTED)).hasSize(8 + 1);
  }

  @Test
  void dm2_3_shows_the_reports_verdict_as_source_and_esfkits_as_esfkit() throws Exception {
    Check dm23 = byWhat(new Project144587Example().run(Language.EN)).get("DM2-3");
    assertThat(dm23.expected()).isEqualTo(GoalReportRenderer.status(Verdict.ACHIEVED, Language.EN));
    assertThat(dm23.actual()).isEqualTo(GoalReportRenderer.status(Verdict.NOT_ACHIEVED, Language.EN));
    assertThat(dm23.matched()).isTrue();
    assertThat(dm23.knownDifference()).hasValueSatisfying(why -> assertThat(why).startsWith("R5"));
    Check sv = byWhat(new Project144587Example().run(Language.SV)).get("DM2-3");
    assertThat(sv.expected()).isEqualTo(GoalReportRenderer.status(Verdict.ACHIEVED, Language.SV));
  }

  @Test
  void a_known_difference_does_not_match_when_esfkit_gives_the_printed_value() {
    Check c = Check.knownDifference("x", "Achieved", "Achieved", "Not achieved", "R5");
    assertThat(c.matched()).isFalse();
  }

  @Test
  void the_all_in_phase_checks_show_the_violations_esfkit_returned() throws Exception {
    Map<String, Check> checks = byWhat(new AllInApplicationExample().run(Language.EN));
    LocalDateRange period = LocalDateRange.ofClosed(LocalDate.of(2017, 9, 1), LocalDate.of(2020, 5, 31));
    List<Violation> returned = Project.builder().name("All In")
        .owner(Organisation.of("Hällefors kommun", "212000-1942", OrganisationKind.MUNICIPALITY)).period(period)
        .addPhases(Phase.ofClosed(PhaseKind.ANALYSIS_AND_PLANNING, LocalDate.of(2017, 9, 1), LocalDate.of(2018, 2, 28), 6),
            Phase.ofClosed(PhaseKind.IMPLEMENTATION, LocalDate.of(2018, 3, 1), LocalDate.of(2020, 2, 28), 24),
            Phase.ofClosed(PhaseKind.CLOSING, LocalDate.of(2020, 3, 1), LocalDate.of(2020, 5, 31), 3))
        .build().validate().violations();
    Violation gap = returned.stream().filter(v -> v.ruleId().equals("PHASE-GAP")).findFirst().orElseThrow();
    Violation length = returned.stream().filter(v -> v.ruleId().equals("PHASE-LENGTH")).findFirst().orElseThrow();
    Check gapCheck = checks.get("phase gap (PHASE-GAP)");
    assertThat(gapCheck.actual()).isEqualTo("PHASE-GAP: " + gap.messageEn());
    assertThat(gapCheck.actual()).isNotEqualTo("2020-02-29").isNotEqualTo(gapCheck.expected());
    assertThat(gapCheck.matched()).isTrue();
    Check lengthCheck = checks.get("stated length, implementation (PHASE-LENGTH)");
    assertThat(lengthCheck.actual()).isEqualTo("PHASE-LENGTH: " + length.messageEn());
    assertThat(lengthCheck.matched()).isTrue();
  }
}
