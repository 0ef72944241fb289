package io.github.esfkit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.core.id.Diarienummer;
import io.github.esfkit.core.organisation.Organisation;
import io.github.esfkit.core.organisation.OrganisationKind;
import io.github.esfkit.core.organisation.OrganisationRole;
import io.github.esfkit.core.organisation.Role;
import io.github.esfkit.core.organisation.Workplace;
import io.github.esfkit.core.programme.Call;
import io.github.esfkit.core.programme.ProgrammeArea;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.core.programme.Region;
import io.github.esfkit.core.programme.SpecificObjective;
import io.github.esfkit.core.testing.CoreSamples;
import io.github.esfkit.core.validation.Severity;
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.core.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/** Each project-level rule with an input that breaks it, starting from a valid project. */
class ProjectValidatorTest {

  static final Organisation OWNER = CoreSamples.OWNER;
  static final Organisation ASKERSUND = CoreSamples.PARTNER;

  static Call call() {
    return CoreSamples.call();
  }

  static Project valid() {
    return CoreSamples.project();
  }

  static List<String> rules(Project p) {
    return ProjectValidator.validate(p).violations().stream().map(Violation::ruleId).collect(Collectors.toList());
  }
  @Test
  void an_internal_failure_is_a_finding_and_the_cause_is_kept_for_the_caller() {
    IllegalStateException boom = new IllegalStateException("kept for the caller");
    ValidationResult.Builder b = ValidationResult.builder();
    ValidationResult r = ProjectValidator.guarded(b, valid(), (builder, p) -> {
      builder.warning("EARLIER-FINDING", "project", "Tidigare fynd.", "Earlier finding.");
      throw boom;
    });
    assertThat(r.violations()).extracting(Violation::ruleId).containsExactly("EARLIER-FINDING", "VALIDATOR-FAILURE");
    Violation v = r.withRule("VALIDATOR-FAILURE").get(0);
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
    assertThat(v.messageEn()).contains("IllegalStateException").contains(" at ").doesNotContain("kept for the caller");
    assertThat(v.messageSv()).contains("IllegalStateException").doesNotContain("kept for the caller");
    assertThat(r.failures()).containsExactly(boom);
    assertThat(r.isValid()).isFalse();
    // the cause survives combination with other results
    assertThat(ValidationResult.ok().and(r).failures()).containsExactly(boom);
    assertThat(ValidationResult.builder().addAll(r).build().failures()).containsExactly(boom);
    assertThat(ProjectValidator.validate(valid()).failures()).isEmpty();
  }


  @Test
  void theValidProjectHasNoViolation() {
    assertThat(ProjectValidator.validate(valid()).violations()).isEmpty();
    assertThat(ProjectValidator.validate(valid()).isValid()).isTrue();
  }

  @Test
  void nullProjectIsReported() {
    assertThat(ProjectValidator.validate(null).violations()).extracting(Violation::ruleId)
        .containsExactly("PROJECT-MISSING");
  }

  @Test
  void ownerOrganisationNumber() {
    Project p = valid().withOwner(Organisation.of("Hällefors kommun", "212000-1943", OrganisationKind.MUNICIPALITY));
    assertThat(rules(p)).containsExactly("ORGNR-CHECKSUM");
    assertThat(ProjectValidator.validate(p).violations().get(0).path()).isEqualTo("project.owner.organisationsnummer");
    Project none = valid().withOwner(Organisation.of("Hällefors kommun", java.util.Optional.empty(),
        OrganisationKind.MUNICIPALITY));
    assertThat(rules(none)).containsExactly("ORGNR-MISSING");
  }

  @Test
  void ownerWorkplaceCfar() {
    Project p = valid().withOwnerWorkplace(Workplace.of("19187427"));
    assertThat(rules(p)).containsExactly("CFAR-CHECKSUM");
    assertThat(ProjectValidator.validate(p).violations().get(0).path()).isEqualTo("project.ownerWorkplace.cfar");
  }

  @Test
  void coFinancierRows() {
    Project placeholder = valid().withOrganisations(OrganisationRole.of(ASKERSUND, Role.CO_FINANCIER, "00000000"));
    assertThat(rules(placeholder)).containsExactly("CFAR-PLACEHOLDER");
    Project noCfar = valid().withOrganisations(OrganisationRole.of(ASKERSUND, Role.CO_FINANCIER));
    assertThat(rules(noCfar)).containsExactly("CFAR-MISSING");
    assertThat(ProjectValidator.validate(noCfar).violations().get(0).severity()).isEqualTo(Severity.WARNING);
    Project partnerNoCfar = valid().withOrganisations(OrganisationRole.of(ASKERSUND, Role.COOPERATION_PARTNER));
    assertThat(rules(partnerNoCfar)).isEmpty();
    Project badOrgnr = valid().withOrganisations(OrganisationRole.of(
        Organisation.of("Askersunds kommun", "212000-1984", OrganisationKind.MUNICIPALITY), Role.CO_FINANCIER,
        "27035781"));
    assertThat(rules(badOrgnr)).containsExactly("ORGNR-CHECKSUM");
    assertThat(ProjectValidator.validate(badOrgnr).violations().get(0).path())
        .isEqualTo("project.organisations[0].organisation.organisationsnummer");
  }

  @Test
  void ownerAmongCoFinanciers() {
    Project p = valid().withOrganisations(OrganisationRole.of(ASKERSUND, Role.CO_FINANCIER, "27035781"),
        OrganisationRole.of(Organisation.of("Hällefors kommun (IFO)", "2120001942", OrganisationKind.MUNICIPALITY),
            Role.CO_FINANCIER, "19187426"));
    ValidationResult r = ProjectValidator.validate(p);
    // valid: the owner may be listed among its co-financiers; double counting is checked on the budget
    assertThat(r.violations()).isEmpty();
    // the owner as cooperation partner is fine
    Project partner = valid().withOrganisations(OrganisationRole.of(OWNER, Role.COOPERATION_PARTNER));
    assertThat(rules(partner)).isEmpty();
  }

  @Test
  void callObjectiveMustBelongToItsArea() {
    Project p = valid().withCall(call().withSpecificObjective(SpecificObjective.ESF_1_1));
    assertThat(rules(p)).containsExactly("CALL-OBJECTIVE-AREA");
    assertThat(ProjectValidator.validate(p).violations().get(0).messageEn())
        .isEqualTo("Specific objective 1.1 belongs to programme area 1, not 2.");
    assertThat(ProjectValidator.validate(p).violations().get(0).path()).isEqualTo("project.call.specificObjective");
  }

  @Test
  void projectRegionMustMatchTheCall() {
    Project p = valid().withRegion(Region.STOCKHOLM);
    assertThat(rules(p)).containsExactly("PROJECT-CALL-REGION");
    assertThat(rules(valid().withCall(call().withRegions(List.of())).withRegion(Region.STOCKHOLM))).isEmpty();
  }

  @Test
  void statedPeriodMustMatchTheCall() {
    Project p = valid().withProgrammePeriod(ProgrammePeriod.ESF_PLUS_2021_2027);
    assertThat(rules(p)).contains("PROJECT-CALL-PERIOD", "PROJECT-ELIGIBILITY");
  }

  @Test
  void projectPeriodOutsideEligibility() {
    Project p = valid().withCall(java.util.Optional.empty())
        .withProgrammePeriod(ProgrammePeriod.ESF_2014_2020)
        .withPeriod(LocalDateRange.ofClosed(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 6, 30)))
        .withPhases(List.of());
    ValidationResult r = ProjectValidator.validate(p);
    assertThat(r.violations()).extracting(Violation::ruleId).containsExactly("PROJECT-ELIGIBILITY");
    assertThat(r.violations().get(0).severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void plannedTotalMustBeTheSumByGender() {
    Project p = valid().withPlannedParticipants(PlannedParticipants.of(100, 50, 49, FigureKind.TARGET));
    ValidationResult r = ProjectValidator.validate(p);
    assertThat(r.violations()).extracting(Violation::ruleId).containsExactly("PLANNED-SUM");
    assertThat(r.violations().get(0).messageEn()).isEqualTo("Planned participants 100 is not the sum by gender: 50 + 49 = 99.");
    assertThat(r.violations().get(0).path()).isEqualTo("project.plannedParticipants");
    // a total without split (SIA's 584, a forecast) is not checked by gender
    assertThat(rules(valid().withPlannedParticipants(PlannedParticipants.of(100, FigureKind.FORECAST)))).isEmpty();
  }

  @Test
  void nonBinaryIsNotAGenderOf2014To2020() {
    Project p = valid().withPlannedParticipants(PlannedParticipants.of(100, 50, 48, FigureKind.TARGET).withNonBinary(2));
    assertThat(rules(p)).containsExactly("PLANNED-NON-BINARY");
  }

  @Test
  void subProjectPlansMustAddUp() {
    Project p = valid().withSubProjects(SubProject.of("Hällefors").withPlannedParticipants(60),
        SubProject.of("Askersund").withPlannedParticipants(30));
    assertThat(rules(p)).containsExactly("PLANNED-SUBPROJECT-SUM");
  }

  @Test
  void subProjectNamesAreUnique() {
    Project p = valid().withSubProjects(SubProject.of("Krokom").withPlannedParticipants(50),
        SubProject.of("krokom ").withPlannedParticipants(50));
    assertThat(rules(p)).containsExactly("SUBPROJECT-DUPLICATE");
    Project badOrg = valid().withSubProjects(SubProject.of("Krokom").withPlannedParticipants(100)
        .withOrganisation(Organisation.of("Krokoms kommun", "212000-0000", OrganisationKind.MUNICIPALITY)));
    assertThat(rules(badOrg)).containsExactly("ORGNR-CHECKSUM");
  }

  @Test
  void areaOneCategoriesOutsideAreaOne() {
    Project p = valid().withTargetGroups(TargetGroup.EMPLOYED, TargetGroup.LONG_TERM_UNEMPLOYED);
    assertThat(rules(p)).containsExactly("TARGET-GROUP-AREA");
  }

  @Test
  void phasesAreCheckedWithinTheProject() {
    Project p = valid().withPhases(
        Phase.ofClosed(PhaseKind.ANALYSIS_AND_PLANNING, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 6, 29)),
        Phase.ofClosed(PhaseKind.IMPLEMENTATION, LocalDate.of(2018, 7, 1), LocalDate.of(2019, 12, 31)));
    assertThat(rules(p)).containsExactly("PHASE-GAP");
  }

  @Test
  void valuesRejectWhatIsInconsistentOnItsOwn() {
    assertThatThrownBy(() -> valid().withName(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> valid().withPeriod(LocalDateRange.of(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 1, 1))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("project period");
    assertThatThrownBy(() -> PlannedParticipants.of(-1, FigureKind.TARGET)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AgeBand.of(25, 24)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AgeBand.parse("15 to 24")).isInstanceOf(IllegalArgumentException.class);
    assertThat(AgeBand.parse("15 – 24")).isEqualTo(AgeBand.of(15, 24));
    assertThat(AgeBand.of(15, 24).contains(24)).isTrue();
    assertThat(AgeBand.of(15, 24).contains(25)).isFalse();
    assertThat(AgeBand.of(15, 24)).hasToString("15-24");
    assertThatThrownBy(() -> Phase.ofClosed(PhaseKind.CLOSING, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SubProject.of(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void targetGroupLabels() {
    assertThat(TargetGroup.fromLabel("långtidsarbetslösa ej anmälda på af"))
        .contains(TargetGroup.LONG_TERM_UNEMPLOYED_NOT_REGISTERED);
    assertThat(TargetGroup.fromLabel("Unga (15-24 år)")).contains(TargetGroup.YOUNG_PEOPLE);
    assertThat(TargetGroup.fromLabel("Pensionärer")).isEmpty();
    assertThat(TargetGroup.values()).hasSize(10);
  }

  @Test
  void effectiveProgrammePeriodComesFromTheCall() {
    assertThat(valid().programmePeriod()).isEmpty();
    assertThat(valid().effectiveProgrammePeriod()).contains(ProgrammePeriod.ESF_2014_2020);
    assertThat(valid().firstDay()).isEqualTo(LocalDate.of(2018, 1, 1));
    assertThat(valid().lastDay()).isEqualTo(LocalDate.of(2019, 12, 31));
  }
}
