package io.github.esfkit.core.testing;

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
import io.github.esfkit.core.project.FigureKind;
import io.github.esfkit.core.project.Phase;
import io.github.esfkit.core.project.PhaseKind;
import io.github.esfkit.core.project.PlannedParticipants;
import io.github.esfkit.core.project.Project;
import io.github.esfkit.core.project.SubProject;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.threeten.extra.LocalDateRange;

/** A valid made-up project and its call, shared by the project rule tests and the null-contract sweeps. */
public final class CoreSamples {

  /** The owner, a municipality with a valid organisation number. */
  public static final Organisation OWNER =
      Organisation.of("Hällefors kommun", "212000-1942", OrganisationKind.MUNICIPALITY);
  /** A co-financing municipality. */
  public static final Organisation PARTNER =
      Organisation.of("Askersunds kommun", "212000-1983", OrganisationKind.MUNICIPALITY);

  private CoreSamples() {}

  /** A 2014–2020 call of programme area 2 requiring 53 % co-financing. */
  public static Call call() {
    return Call.builder().diarienummer(Diarienummer.parse("2016/00486")).name("Minska långtidsarbetslösheten")
        .programmePeriod(ProgrammePeriod.ESF_2014_2020).programmeArea(ProgrammeArea.ESF_2)
        .specificObjective(SpecificObjective.ESF_2_1).addRegions(Region.OSTRA_MELLANSVERIGE)
        .requiredCoFinancingPercent(new BigDecimal("53.00")).build();
  }

  /** A project that breaks no rule: two phases, two sub-projects, one co-financier. */
  public static Project project() {
    return Project.builder()
        .name("Test")
        .owner(OWNER)
        .ownerWorkplace(Workplace.of("19187426"))
        .call(call())
        .period(LocalDateRange.ofClosed(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31)))
        .region(Region.OSTRA_MELLANSVERIGE)
        .addPhases(Phase.ofClosed(PhaseKind.ANALYSIS_AND_PLANNING, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 6, 30), 6),
            Phase.ofClosed(PhaseKind.IMPLEMENTATION, LocalDate.of(2018, 7, 1), LocalDate.of(2019, 12, 31), 18))
        .plannedParticipants(PlannedParticipants.of(100, 50, 50, FigureKind.TARGET))
        .addOrganisations(OrganisationRole.of(PARTNER, Role.CO_FINANCIER, "27035781"))
        .addSubProjects(SubProject.of("Hällefors").withPlannedParticipants(60),
            SubProject.of("Askersund").withPlannedParticipants(40).withOrganisation(PARTNER))
        .build();
  }
}
