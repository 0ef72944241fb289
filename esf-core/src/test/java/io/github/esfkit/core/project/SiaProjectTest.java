package io.github.esfkit.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.organisation.Organisation;
import io.github.esfkit.core.organisation.OrganisationKind;
import io.github.esfkit.core.programme.County;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.core.programme.Region;
import io.github.esfkit.core.validation.Severity;
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.core.validation.Violation;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/**
 * The SIA project plan (ESF+ 2021–2027, owner Kommunförbundet Kalmar län): no call, no phases, a forecast
 * of 584 participants planned per municipality, and a partner municipality (Borgholm) without a row in
 * the plan. Facts copied from the plan into the test.
 */
class SiaProjectTest {

  static Project sia() {
    Project.Builder b = Project.builder()
        .name("Samverkan, inkludering och anställningsbarhet- Kalmar län (SIA)")
        .owner(Organisation.of("Kommunförbundet Kalmar län", Optional.empty(),
            OrganisationKind.ASSOCIATION_OF_MUNICIPALITIES))
        .programmePeriod(ProgrammePeriod.ESF_PLUS_2021_2027)
        .period(LocalDateRange.ofClosed(LocalDate.of(2023, 2, 1), LocalDate.of(2026, 1, 31)))
        .region(County.KALMAR.region())
        .plannedParticipants(PlannedParticipants.of(584, FigureKind.FORECAST));
    String[][] plan = {{"Västervik", "124"}, {"Vimmerby", "60"}, {"Hultsfred", "60"}, {"Högsby", "40"},
        {"Oskarshamn", "50"}, {"Mönsterås", "50"}, {"Mörbylånga", "60"}, {"Nybro", "50"}, {"Torsås", "40"},
        {"Emmaboda", "50"}};
    for (String[] row : plan) {
      b.addSubProjects(SubProject.of(row[0]).withPlannedParticipants(Integer.parseInt(row[1])));
    }
    b.addSubProjects(SubProject.of("Borgholm"));
    return b.build();
  }

  @Test
  void theForecastAddsUpAndBorgholmHasNoRow() {
    ValidationResult r = ProjectValidator.validate(sia());

    assertThat(r.violations()).extracting(Violation::ruleId).containsExactly("ORGNR-MISSING", "SUBPROJECT-NO-PLAN");
    assertThat(r.violations()).allMatch(v -> v.severity() == Severity.WARNING);
    assertThat(r.isValid()).isTrue();
    Violation borgholm = r.withRule("SUBPROJECT-NO-PLAN").get(0);
    assertThat(borgholm.messageEn()).isEqualTo("Sub-project 'Borgholm' has no row in the participant plan.");
    assertThat(borgholm.path()).isEqualTo("project.subProjects[10]");
  }

  @Test
  void elevenPartnerMunicipalitiesInSmalandMedOarna() {
    assertThat(sia().subProjects()).hasSize(11);
    assertThat(sia().region()).contains(Region.SMALAND_MED_OARNA);
    assertThat(sia().phases()).isEmpty();
  }

  @Test
  void aWrongPlanTotalIsAnError() {
    Project p = sia().withPlannedParticipants(PlannedParticipants.of(600, FigureKind.FORECAST));
    assertThat(ProjectValidator.validate(p).hasRule("PLANNED-SUBPROJECT-SUM")).isTrue();
  }

  @Test
  void theProgrammePeriodFollowsFromTheDatesHere() {
    assertThat(ProgrammePeriod.inferFromDates(sia().period())).contains(ProgrammePeriod.ESF_PLUS_2021_2027);
    // All In's dates fit 2014-2020 only; a 2021-2023 project fits both and stays undecided
    assertThat(ProgrammePeriod.inferFromDates(
        LocalDateRange.ofClosed(LocalDate.of(2017, 9, 1), LocalDate.of(2020, 5, 31))))
        .contains(ProgrammePeriod.ESF_2014_2020);
    assertThat(ProgrammePeriod.inferFromDates(
        LocalDateRange.ofClosed(LocalDate.of(2021, 6, 1), LocalDate.of(2023, 5, 31)))).isEmpty();
    assertThat(ProgrammePeriod.inferFromDates(
        LocalDateRange.ofClosed(LocalDate.of(2012, 1, 1), LocalDate.of(2013, 5, 31)))).isEmpty();
  }
}
