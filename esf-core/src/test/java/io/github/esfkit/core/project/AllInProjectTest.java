package io.github.esfkit.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.id.CfarNumber;
import io.github.esfkit.core.id.Diarienummer;
import io.github.esfkit.core.id.Organisationsnummer;
import io.github.esfkit.core.organisation.Organisation;
import io.github.esfkit.core.organisation.OrganisationKind;
import io.github.esfkit.core.organisation.OrganisationRole;
import io.github.esfkit.core.organisation.Role;
import io.github.esfkit.core.organisation.Workplace;
import io.github.esfkit.core.programme.Call;
import io.github.esfkit.core.programme.FlatRateOption;
import io.github.esfkit.core.programme.ProgrammeArea;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.core.programme.Region;
import io.github.esfkit.core.programme.SpecificObjective;
import io.github.esfkit.core.validation.Severity;
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.core.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/**
 * The All In application (ESF 2014–2020, diarienummer 2017/00083, owner Hällefors kommun) modelled from
 * the form's values. Contact persons are left out: they are personal data. The facts are copied from the
 * source into this test so that the build stands alone.
 */
class AllInProjectTest {

  /** The form prints the call as one string, with a non-breaking space before the colon. */
  static final String CALL_LINE = "Minska långtidsarbetslösheten i Östra Mellansverige NR2\u00A0: 2016/00486";

  static final Organisation HALLEFORS = Organisation.of("Hällefors kommun", "212000-1942", OrganisationKind.MUNICIPALITY);

  static Call call() {
    return Call.builder()
        .diarienummer(Diarienummer.parseFromCallLine(CALL_LINE))
        .name("Minska långtidsarbetslösheten i Östra Mellansverige NR2")
        .programmePeriod(ProgrammePeriod.ESF_2014_2020)
        .programmeArea(ProgrammeArea.of(ProgrammePeriod.ESF_2014_2020, "Programområde 2"))
        .specificObjective(SpecificObjective.of(ProgrammePeriod.ESF_2014_2020,
            "2.1 Kvinnor och män som står långt från arbetsmarknaden ska komma i arbete, utbildning eller närmare "
                + "arbetsmarknaden."))
        .addRegions(Region.OSTRA_MELLANSVERIGE)
        .requiredCoFinancingPercent(new BigDecimal("53.00"))
        .addAllowedFlatRates(FlatRateOption.INDIRECT_15_OF_STAFF)
        .build();
  }

  static OrganisationRole coFinancier(String name, String orgnr, String cfar) {
    OrganisationKind kind = name.startsWith("Region") ? OrganisationKind.REGION : OrganisationKind.MUNICIPALITY;
    return OrganisationRole.of(Organisation.of(name, orgnr, kind), Role.CO_FINANCIER, cfar);
  }

  static List<OrganisationRole> organisations() {
    Organisation af = Organisation.of("Arbetsförmedlingen", "202100-2114", OrganisationKind.STATE_AGENCY);
    return List.of(
        coFinancier("Askersunds kommun", "212000-1983", "27035781"),
        coFinancier("Degerfors kommun", "212000-1934", "19467000"),
        coFinancier("Lindesbergs kommun", "212000-2015", "19192921"),
        coFinancier("Ljusnarsbergs kommun", "212000-1959", "19562826"),
        coFinancier("Karlskoga kommun", "212000-1991", "24368201"),
        coFinancier("Kumla kommun", "212000-1975", "27013234"),
        coFinancier("Nora kommun", "212000-2007", "1278326"),
        coFinancier("Hallsbergs kommun", "212000-1926", "19509215"),
        coFinancier("Region Örebro län", "232100-0164", "19273242"),
        // cooperation partners: Arbetsförmedlingen on two rows (two contacts), Region Örebro län again
        OrganisationRole.of(af, Role.COOPERATION_PARTNER),
        OrganisationRole.of(af, Role.COOPERATION_PARTNER),
        OrganisationRole.of(Organisation.of("Region Örebro län", "232100-0164", OrganisationKind.REGION),
            Role.COOPERATION_PARTNER));
  }

  static List<Phase> phases() {
    return List.of(
        Phase.ofClosed(PhaseKind.ANALYSIS_AND_PLANNING, LocalDate.of(2017, 9, 1), LocalDate.of(2018, 2, 28), 6),
        Phase.ofClosed(PhaseKind.IMPLEMENTATION, LocalDate.of(2018, 3, 1), LocalDate.of(2020, 2, 28), 24),
        Phase.ofClosed(PhaseKind.CLOSING, LocalDate.of(2020, 3, 1), LocalDate.of(2020, 5, 31), 3));
  }

  static Project allIn() {
    return Project.builder()
        .diarienummer(Diarienummer.parse("2017/00083"))
        .name("All In")
        .owner(HALLEFORS)
        .ownerWorkplace(Workplace.of("19187426").withName("Kommunkontoret"))
        .call(call())
        .programmePeriod(ProgrammePeriod.ESF_2014_2020)
        .period(LocalDateRange.ofClosed(LocalDate.of(2017, 9, 1), LocalDate.of(2020, 5, 31)))
        .region(Region.fromLabel("Östra mellansverige").orElseThrow())
        .addAllPhases(phases())
        .plannedParticipants(PlannedParticipants.of(648, 324, 324, FigureKind.MAXIMUM))
        .addTargetGroups(TargetGroup.NEWLY_ARRIVED_IMMIGRANTS, TargetGroup.LONG_TERM_UNEMPLOYED,
            TargetGroup.OUTSIDE_LABOUR_MARKET_OVER_12_MONTHS, TargetGroup.LONG_TERM_UNEMPLOYED_NOT_REGISTERED)
        .addAgeBands(AgeBand.parse("15-24"), AgeBand.parse("25-54"), AgeBand.parse("55-64"))
        .addAllOrganisations(organisations())
        .build();
  }

  @Test
  void allElevenOrganisationNumbersValidate() {
    List<String> numbers = List.of("212000-1942", "212000-1983", "212000-1934", "212000-2015", "212000-1959",
        "212000-1991", "212000-1975", "212000-2007", "212000-1926", "232100-0164", "202100-2114");
    for (String n : numbers) {
      assertThat(Organisationsnummer.isValid(n)).as(n).isTrue();
      assertThat(Organisationsnummer.parse(n).groupNumber()).as(n).isEqualTo(2);
    }
    Set<String> inProject = Stream.concat(Stream.of(allIn().owner()),
            allIn().organisations().stream().map(OrganisationRole::organisation))
        .map(o -> o.organisationsnummer().orElseThrow().toString())
        .collect(Collectors.toSet());
    assertThat(inProject).containsExactlyInAnyOrderElementsOf(numbers);
  }

  @Test
  void validCfarNumbersPass() {
    for (String cfar : List.of("19187426", "27035781", "19467000", "24368201", "19273242", "19192921",
        "19562826", "27013234", "19509215")) {
      assertThat(CfarNumber.isValid(cfar)).as(cfar).isTrue();
      assertThat(Workplace.of(cfar).cfar()).as(cfar).isPresent();
    }
  }

  @Test
  void validationFindsExactlyTheThreeKnownProblems() {
    ValidationResult result = ProjectValidator.validate(allIn());

    assertThat(result.violations()).extracting(Violation::ruleId)
        .containsExactly("PHASE-LENGTH", "PHASE-GAP", "CFAR-LENGTH");
    assertThat(result.isValid()).isFalse();
  }

  @Test
  void theGapNamesTheUncoveredDayAndBothPhases() {
    Violation gap = ProjectValidator.validate(allIn()).withRule("PHASE-GAP").get(0);

    assertThat(gap.severity()).isEqualTo(Severity.ERROR);
    assertThat(gap.path()).isEqualTo("project.phases[2]");
    assertThat(gap.messageEn()).isEqualTo("Phases do not cover the project period: 2020-02-29 lies between "
        + "'genomförandefas' (ends 2020-02-28) and 'avslutningsfas' (starts 2020-03-01).");
    assertThat(gap.message(Language.SV)).contains("2020-02-29", "genomförandefas", "avslutningsfas");
  }

  @Test
  void theStatedLengthOfTheImplementationPhaseIsAWarning() {
    List<Violation> length = ProjectValidator.validate(allIn()).withRule("PHASE-LENGTH");

    assertThat(length).hasSize(1);
    assertThat(length.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(length.get(0).path()).isEqualTo("project.phases[1]");
    assertThat(length.get(0).messageEn()).isEqualTo("'genomförandefas' is stated as 24 months; 24 months from "
        + "2018-03-01 end on 2020-02-29, not 2020-02-28.");
  }

  @Test
  void norasSevenDigitCfarIsReportedNotPadded() {
    Violation cfar = ProjectValidator.validate(allIn()).withRule("CFAR-LENGTH").get(0);

    assertThat(cfar.messageEn()).isEqualTo("CFAR number '1278326' must have 8 digits.");
    assertThat(cfar.messageSv()).isEqualTo("CFAR-nummer '1278326' måste ha 8 siffror.");
    assertThat(cfar.path()).isEqualTo("project.organisations[6].workplace.cfar");
    Workplace nora = allIn().coFinanciers().get(6).workplace().orElseThrow();
    assertThat(nora.cfarAsPrinted()).isEqualTo("1278326");
    assertThat(nora.cfar()).isEmpty();
    // neither padding passes the check digit
    assertThat(CfarNumber.isValid("01278326")).isFalse();
    assertThat(CfarNumber.isValid("12783260")).isFalse();
  }

  @Test
  void callFacts() {
    Call call = allIn().call().orElseThrow();
    assertThat(call.diarienummer()).hasToString("2016/00486");
    assertThat(call.requiredCoFinancingPercent()).isEqualByComparingTo("53.00");
    assertThat(call.requiredCoFinancingPercent().toPlainString()).isEqualTo("53.00");
    assertThat(call.requiredCoFinancingShare()).isEqualByComparingTo("0.53");
    assertThat(call.specificObjective()).contains(SpecificObjective.ESF_2_1);
    assertThat(call.programmeArea()).isEqualTo(ProgrammeArea.ESF_2);
    assertThat(allIn().diarienummer()).map(Object::toString).contains("2017/00083");
    assertThat(allIn().diarienummer()).isNotEqualTo(java.util.Optional.of(call.diarienummer()));
  }

  @Test
  void organisationListsAndRoles() {
    Project p = allIn();
    assertThat(p.coFinanciers()).hasSize(9);
    assertThat(p.organisationsIn(Role.COOPERATION_PARTNER)).hasSize(3);
    // the owner plus 8 municipal co-financiers make the "9 kommuner"
    long municipalities = Stream.concat(Stream.of(p.owner()),
            p.coFinanciers().stream().map(OrganisationRole::organisation))
        .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY).count();
    assertThat(municipalities).isEqualTo(9);
    // Region Örebro län holds two roles, identified by organisation number
    Organisation regionAsCoFinancier = p.coFinanciers().get(8).organisation();
    Organisation regionAsPartner = p.organisationsIn(Role.COOPERATION_PARTNER).get(2).organisation();
    assertThat(regionAsCoFinancier.isSameOrganisationAs(regionAsPartner)).isTrue();
  }

  @Test
  void plannedParticipantsAddUpAndAreAMaximum() {
    PlannedParticipants planned = allIn().plannedParticipants().orElseThrow();
    assertThat(planned.total()).isEqualTo(648);
    assertThat(planned.women()).hasValue(324);
    assertThat(planned.men()).hasValue(324);
    assertThat(planned.kind()).isEqualTo(FigureKind.MAXIMUM);
    assertThat(ProjectValidator.validate(allIn()).hasRule("PLANNED-SUM")).isFalse();
  }

  @Test
  void correctingTheImplementationPhaseLeavesOnlyTheCfarProblem() {
    List<Phase> fixed = List.of(phases().get(0),
        Phase.ofClosed(PhaseKind.IMPLEMENTATION, LocalDate.of(2018, 3, 1), LocalDate.of(2020, 2, 29), 24),
        phases().get(2));
    ValidationResult result = ProjectValidator.validate(allIn().withPhases(fixed));

    assertThat(result.violations()).extracting(Violation::ruleId).containsExactly("CFAR-LENGTH");
  }
}
