package io.github.esfkit.sample.municipal;

import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.EmploymentStatus;
import io.github.esfkit.core.participant.ExitDestination;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.participant.IscedLevel;
import io.github.esfkit.core.participant.Participation;

/** Maps the municipality's case objects to esfkit participations: the one place that knows both vocabularies. */
public final class CaseMapper {

  private CaseMapper() {}

  /** The participation of one case; a gender the case does not record is explicitly not collected. */
  public static Participation toParticipation(CaseFile c) {
    Participation.Builder b = Participation.builder()
        .participantId(c.caseNumber())
        .subProject(c.unit())
        .gender(gender(c.genderCode()))
        .birthDate(Answer.of(c.birthDate()))
        .entryDate(c.start())
        .employmentStatus(Answer.of(c.unemployedAtStart() ? EmploymentStatus.UNEMPLOYED : EmploymentStatus.INACTIVE))
        .education(education(c.iscedLevel()));
    c.end().ifPresent(b::exitDate);
    if (c.end().isPresent()) {
      switch (c.outcomeCode()) {
        case "ARBETE" -> b.exitDestination(ExitDestination.EMPLOYMENT);
        case "STUDIER" -> b.exitDestination(ExitDestination.STUDIES);
        default -> b.exitDestination(ExitDestination.OTHER);
      }
    }
    return b.build();
  }

  private static Answer<IscedLevel> education(int isced) {
    return isced >= 0 && isced < IscedLevel.values().length ? Answer.of(IscedLevel.values()[isced]) : Answer.notCollected();
  }

  private static Answer<Gender> gender(String code) {
    return switch (code) {
      case "K" -> Answer.of(Gender.WOMAN);
      case "M" -> Answer.of(Gender.MAN);
      case "X" -> Answer.of(Gender.NON_BINARY);
      default -> Answer.notCollected();
    };
  }
}
