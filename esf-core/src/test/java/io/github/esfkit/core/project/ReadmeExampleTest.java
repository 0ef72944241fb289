package io.github.esfkit.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.organisation.Organisation;
import io.github.esfkit.core.organisation.OrganisationKind;
import io.github.esfkit.core.organisation.OrganisationRole;
import io.github.esfkit.core.organisation.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/** The example of esf-core/README.md prints what the README says. */
class ReadmeExampleTest {

  @Test
  void exampleOutput() {
    Project allIn = Project.builder()
        .name("All In")
        .owner(Organisation.of("Hällefors kommun", "212000-1942", OrganisationKind.MUNICIPALITY))
        .period(LocalDateRange.ofClosed(LocalDate.of(2017, 9, 1), LocalDate.of(2020, 5, 31)))
        .addPhases(
            Phase.ofClosed(PhaseKind.ANALYSIS_AND_PLANNING, LocalDate.of(2017, 9, 1), LocalDate.of(2018, 2, 28), 6),
            Phase.ofClosed(PhaseKind.IMPLEMENTATION, LocalDate.of(2018, 3, 1), LocalDate.of(2020, 2, 28), 24),
            Phase.ofClosed(PhaseKind.CLOSING, LocalDate.of(2020, 3, 1), LocalDate.of(2020, 5, 31), 3))
        .addOrganisations(OrganisationRole.of(
            Organisation.of("Nora kommun", "212000-2007", OrganisationKind.MUNICIPALITY), Role.CO_FINANCIER, "1278326"))
        .build();

    assertThat(allIn.validate().violations()).extracting(Object::toString).containsExactly(
        "WARNING PHASE-LENGTH at project.phases[1]: 'genomförandefas' is stated as 24 months; 24 months from "
            + "2018-03-01 end on 2020-02-29, not 2020-02-28.",
        "ERROR PHASE-GAP at project.phases[2]: Phases do not cover the project period: 2020-02-29 lies between "
            + "'genomförandefas' (ends 2020-02-28) and 'avslutningsfas' (starts 2020-03-01).",
        "ERROR CFAR-LENGTH at project.organisations[0].workplace.cfar: CFAR number '1278326' must have 8 digits.");
  }
}
