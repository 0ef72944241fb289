package io.github.esfkit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.esfkit.core.id.CfarNumber;
import io.github.esfkit.core.id.Organisationsnummer;
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
import io.github.esfkit.core.testing.CoreGenerators;
import io.github.esfkit.core.validation.ValidationResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.threeten.extra.LocalDateRange;

/** Validators report; they never throw, whatever the project holds. */
class ValidatorRobustnessProperties {

  /** Identifier-like text: digits, hyphens, plus signs, blanks and letters, up to 14 characters. */
  static Gen<String> identifierText() {
    Gen<String> digitsOnly = integers().between(0, 14).flatMap(CoreGenerators::digits);
    Gen<String> anything = strings().ascii().ofLengthBetween(0, 14);
    return CoreGenerators.either(digitsOnly, anything, 60);
  }

  static Gen<LocalDate> anyDate() {
    return CoreGenerators.either(CoreGenerators.dates(LocalDate.of(2010, 1, 1), LocalDate.of(2032, 12, 31)),
        CoreGenerators.dates(LocalDate.MIN.plusDays(1), LocalDate.MAX.minusDays(2)), 85);
  }

  static Gen<Phase> phases() {
    Gen<LocalDate> starts = anyDate();
    Gen<Integer> lengths = integers().between(0, 800);
    Gen<Integer> months = integers().between(-1, 1200);
    Gen<PhaseKind> kinds = Generate.enumValues(PhaseKind.class);
    return in -> {
      LocalDate start = starts.generate(in);
      long len = Math.min(lengths.generate(in), LocalDate.MAX.toEpochDay() - start.toEpochDay() - 1);
      Phase p = Phase.of(kinds.generate(in), LocalDateRange.of(start, start.plusDays(len)));
      int m = months.generate(in);
      return m < 0 ? p : p.withStatedMonths(m);
    };
  }

  static Gen<OrganisationRole> rows() {
    Gen<String> text = identifierText();
    Gen<Role> roles = Generate.enumValues(Role.class);
    Gen<OrganisationKind> kinds = Generate.enumValues(OrganisationKind.class);
    Gen<Integer> dice = integers().between(0, 2);
    return in -> {
      OrganisationRole row = OrganisationRole.of(Organisation.of("Org", text.generate(in), kinds.generate(in)),
          roles.generate(in));
      return dice.generate(in) == 0 ? row : row.withWorkplace(Workplace.of(text.generate(in)));
    };
  }

  @Test
  void projectValidatorNeverThrowsAndNeverFailsInternally() {
    Gen<ProgrammeArea> areas = Generate.enumValues(ProgrammeArea.class);
    Gen<SpecificObjective> objectives = Generate.enumValues(SpecificObjective.class);
    Gen<ProgrammePeriod> periods = Generate.enumValues(ProgrammePeriod.class);
    Gen<Region> regions = Generate.enumValues(Region.class);
    Gen<Project> projects = in -> {
      LocalDate start = anyDate().generate(in);
      long len = Math.min(integers().between(1, 2000).generate(in), LocalDate.MAX.toEpochDay() - start.toEpochDay() - 1);
      List<Phase> ph = lists().of(phases()).ofSizeBetween(0, 5).generate(in);
      List<OrganisationRole> orgs = new ArrayList<>(lists().of(rows()).ofSizeBetween(0, 5).generate(in));
      int w = integers().between(0, Integer.MAX_VALUE).generate(in);
      int m = integers().between(0, Integer.MAX_VALUE).generate(in);
      Call call = Call.builder().diarienummer(io.github.esfkit.core.id.Diarienummer.parse("2016/00486")).name("C")
          .programmePeriod(periods.generate(in)).programmeArea(areas.generate(in))
          .specificObjective(objectives.generate(in)).addRegions(regions.generate(in))
          .requiredCoFinancingPercent(new BigDecimal("46.00")).build();
      return Project.builder().name("P")
          .owner(Organisation.of("Owner", identifierText().generate(in), OrganisationKind.MUNICIPALITY))
          .ownerWorkplace(Workplace.of(identifierText().generate(in)))
          .call(call).programmePeriod(periods.generate(in)).region(regions.generate(in))
          .period(LocalDateRange.of(start, start.plusDays(len)))
          .addAllPhases(ph).addAllOrganisations(orgs)
          .plannedParticipants(PlannedParticipants.of(integers().between(0, Integer.MAX_VALUE).generate(in), w, m,
              FigureKind.TARGET).withNonBinary(integers().between(0, Integer.MAX_VALUE).generate(in)))
          .addSubProjects(SubProject.of("A").withPlannedParticipants(Integer.MAX_VALUE),
              SubProject.of("B").withPlannedParticipants(Integer.MAX_VALUE))
          .build();
    };
    qt().withFixedSeed(20260601L).withExamples(300).forAll(projects).checkAssert(p -> {
      ValidationResult r = ProjectValidator.validate(p);
      assertThat(r.hasRule("VALIDATOR-FAILURE")).as("%s", r).isFalse();
    });
  }

  @Test
  void identifierChecksNeverThrow() {
    qt().withFixedSeed(20260602L).withExamples(500).forAll(identifierText(), strings().allPossible().ofLengthBetween(0, 12))
        .checkAssert((text, any) -> {
          assertThat(CfarNumber.check(text, "p").violations()).hasSizeLessThanOrEqualTo(1);
          assertThat(Organisationsnummer.check(text, "p").violations()).hasSizeLessThanOrEqualTo(1);
          assertThat(CfarNumber.check(any, "p").violations()).hasSizeLessThanOrEqualTo(1);
          assertThat(Organisationsnummer.check(any, "p").violations()).hasSizeLessThanOrEqualTo(1);
        });
  }
}
