package io.github.esfkit.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.id.CfarNumber;
import io.github.esfkit.core.id.Diarienummer;
import io.github.esfkit.core.id.Organisationsnummer;
import io.github.esfkit.core.id.Personnummer;
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
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.core.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/**
 * The one {@code validate()} entry per value (the validators behind them are package-private): each reports with
 * paths rooted at the value's own name, and a project's report moves its parts' findings under its own paths. The
 * identifier checks sit on the identifier types.
 */
class ValidateOnTheValueTest {

  private static final Organisation NORA = Organisation.of("Nora kommun", "212000-2007", OrganisationKind.MUNICIPALITY);

  private static Call call(ProgrammeArea area, SpecificObjective objective) {
    return Call.builder().diarienummer(Diarienummer.parse("2016/00486")).name("Minska långtidsarbetslösheten")
        .programmePeriod(ProgrammePeriod.ESF_2014_2020).programmeArea(area).specificObjective(objective)
        .addRegions(Region.OSTRA_MELLANSVERIGE).requiredCoFinancingPercent(new BigDecimal("53.00")).build();
  }

  private static List<String> found(ValidationResult r) {
    return r.violations().stream().map(v -> v.ruleId() + " " + v.path()).collect(Collectors.toList());
  }

  @Test
  void eachValueReportsUnderItsOwnName() {
    assertThat(call(ProgrammeArea.ESF_2, SpecificObjective.ESF_2_1).validate().isEmpty()).isTrue();
    assertThat(found(call(ProgrammeArea.ESF_2, SpecificObjective.ESF_3_1).validate()))
        .containsExactly("CALL-OBJECTIVE-AREA call.specificObjective");
    assertThat(NORA.validate().isEmpty()).isTrue();
    assertThat(found(Organisation.of("Nora kommun", "212000-2008", OrganisationKind.MUNICIPALITY).validate()))
        .containsExactly("ORGNR-CHECKSUM organisation.organisationsnummer");
    assertThat(found(Workplace.of("1278326").validate())).containsExactly("CFAR-LENGTH workplace.cfar");
    assertThat(found(OrganisationRole.of(NORA, Role.CO_FINANCIER).validate()))
        .containsExactly("CFAR-MISSING organisationRole.workplace.cfar");
    assertThat(found(OrganisationRole.of(NORA, Role.CO_FINANCIER, "1278326").validate()))
        .containsExactly("CFAR-LENGTH organisationRole.workplace.cfar");
    assertThat(OrganisationRole.of(NORA, Role.COOPERATION_PARTNER).validate().isEmpty()).isTrue();
  }

  @Test
  void aProjectMovesItsPartsFindingsUnderItsPaths() {
    Project p = Project.builder().name("All In")
        .owner(Organisation.of("Hällefors kommun", "212000-1943", OrganisationKind.MUNICIPALITY))
        .ownerWorkplace(Workplace.of("00000001"))
        .period(LocalDateRange.ofClosed(LocalDate.of(2017, 9, 1), LocalDate.of(2020, 5, 31)))
        .call(call(ProgrammeArea.ESF_2, SpecificObjective.ESF_3_1))
        .addOrganisations(OrganisationRole.of(NORA, Role.COOPERATION_PARTNER), OrganisationRole.of(NORA, Role.CO_FINANCIER, "1278326"))
        .build();
    assertThat(found(p.validate())).contains(
        "ORGNR-CHECKSUM project.owner.organisationsnummer",
        "CFAR-PLACEHOLDER project.ownerWorkplace.cfar",
        "CFAR-LENGTH project.organisations[1].workplace.cfar",
        "CALL-OBJECTIVE-AREA project.call.specificObjective");
    assertThat(p.validate().violations()).extracting(Violation::path).allMatch(path -> path.startsWith("project"));
  }

  @Test
  void theStatedMonthsImplyALastDay() {
    LocalDate march = LocalDate.of(2018, 3, 1);
    assertThat(Phase.ofClosed(PhaseKind.IMPLEMENTATION, march, LocalDate.of(2020, 2, 28), 24).statedLastDay())
        .contains(LocalDate.of(2020, 2, 29));
    assertThat(Phase.ofClosed(PhaseKind.IMPLEMENTATION, march, LocalDate.of(2020, 2, 28)).statedLastDay()).isEmpty();
    LocalDate last = LocalDate.MAX.minusDays(3);
    assertThat(Phase.ofClosed(PhaseKind.CLOSING, last, last, 2).statedLastDay()).isEmpty();
  }

  @Test
  void theIdentifierTypesReportInsteadOfThrowing() {
    assertThat(found(Organisationsnummer.check("212000-1943", "owner.orgnr")))
        .containsExactly("ORGNR-CHECKSUM owner.orgnr");
    assertThat(found(Organisationsnummer.check(null, null))).containsExactly("ORGNR-MISSING organisationsnummer");
    assertThat(Organisationsnummer.check("212000-1942", "x").isEmpty()).isTrue();
    assertThat(found(CfarNumber.check("1278326", "cfar"))).containsExactly("CFAR-LENGTH cfar");
    assertThat(CfarNumber.check("12783262", "cfar").isEmpty()).isTrue();
    assertThat(found(Personnummer.check("19850312-1232", "row 3"))).hasSize(1).containsExactly("PNR-CHECKSUM row 3");
    assertThat(found(Personnummer.check(" ", null))).containsExactly("PNR-MISSING personId");
    assertThat(Personnummer.check("19121212-1212", "row 3").isEmpty()).isTrue();
  }
}
