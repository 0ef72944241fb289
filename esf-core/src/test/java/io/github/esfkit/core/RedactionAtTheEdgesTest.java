package io.github.esfkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.core.organisation.Organisation;
import io.github.esfkit.core.organisation.OrganisationKind;
import io.github.esfkit.core.organisation.Workplace;
import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.EmploymentStatus;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.participant.IscedLevel;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.project.AgeBand;
import io.github.esfkit.core.project.Phase;
import io.github.esfkit.core.project.PhaseKind;
import io.github.esfkit.core.project.Project;
import io.github.esfkit.core.project.SubProject;
import io.github.esfkit.core.validation.Severity;
import io.github.esfkit.core.validation.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/** Issue 10 items 1-2: free text passes the one redaction in toString() and in messages of esf-core. */
class RedactionAtTheEdgesTest {

  private static final String PNR = "19850312 1231";

  @Test
  void participationToStringWithholdsAPersonnummerInTheSubProject() {
    Participation p = Participation.builder().participantId("D-1").subProject("Delprojekt " + PNR)
        .gender(Answer.of(Gender.WOMAN)).birthDate(Answer.of(LocalDate.of(1990, 5, 17)))
        .entryDate(LocalDate.of(2021, 3, 1)).employmentStatus(Answer.of(EmploymentStatus.LONG_TERM_UNEMPLOYED))
        .education(Answer.of(IscedLevel.ISCED3)).build();
    assertThat(p.toString()).doesNotContain("1231").contains("D-1");
  }

  @Test
  void projectToStringAndMessagesWithholdTheName() {
    Project p = Project.builder().name("Projekt 850312.1231")
        .owner(Organisation.of("Kommun 850312/1231", "212000-1942", OrganisationKind.MUNICIPALITY))
        .ownerWorkplace(Workplace.builder().cfarAsPrinted("12345678").name("Enhet 850312-1231").build())
        .period(LocalDateRange.ofClosed(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)))
        .addPhases(Phase.ofClosed(PhaseKind.IMPLEMENTATION, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)))
        .build();
    assertThat(p.toString()).doesNotContain("1231").contains("212000-1942");
    assertThatThrownBy(() -> p.withPeriod(LocalDateRange.of(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 1, 1))))
        .hasMessageNotContaining("1231");
    assertThatThrownBy(() -> SubProject.builder().name("Del 850312\u20131231").plannedParticipants(-1).build())
        .hasMessageNotContaining("1231");
  }

  @Test
  void ageBandParseDoesNotEchoAPersonnummer() {
    assertThatThrownBy(() -> AgeBand.parse("850312-1231")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("1231");
    assertThatThrownBy(() -> AgeBand.parse("1\n\u001B[2J")).hasMessageNotContaining("\u001B").hasMessageNotContaining("\n");
  }

  @Test
  void everyViolationIsScrubbedWhoeverBuildsIt() {
    Violation v = Violation.of("X-RULE", Severity.ERROR, "file 850312-1231.csv", "namn 850312-1231\n",
        "name 850312-1231\u001B");
    assertThat(v.toString() + v.messageSv() + v.path()).doesNotContain("1231").doesNotContain("\n")
        .doesNotContain("\u001B");
  }
}
