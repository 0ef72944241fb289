package io.github.esfkit.examples.data;

import io.github.esfkit.core.id.Personnummer;
import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.EmploymentStatus;
import io.github.esfkit.core.participant.EventType;
import io.github.esfkit.core.participant.ExitDestination;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.participant.IscedLevel;
import io.github.esfkit.core.participant.LabourMarketEvent;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.participant.UnknownReason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The recipe of the bundled generated cohort ({@code examples/cohort-participants.csv} and
 * {@code examples/cohort-events.csv}): seven groups of synthetic participants whose EU common indicators
 * follow from the recipe by hand, so that the example compares the calculator with figures that were not
 * computed by it. Reporting date 2022-06-30.
 *
 * <table>
 * <caption>The groups</caption>
 * <tr><th>group</th><th>rows</th><th>who</th><th>after exit</th></tr>
 * <tr><td>A</td><td>20</td><td>women, Berg, 22 at entry, long-term unemployed, ISCED 2, exit 2021-06-30</td>
 *     <td>employed on day 10</td></tr>
 * <tr><td>B</td><td>15</td><td>men, Åre, 40, inactive not in education, ISCED 3, exit 2021-09-30</td>
 *     <td>job searching day 5, qualification day 20</td></tr>
 * <tr><td>C</td><td>10</td><td>women, Åre, 58, unemployed, ISCED 5, still active</td><td>—</td></tr>
 * <tr><td>D</td><td>5</td><td>men, Berg, 30, employed, ISCED 4, exit 2022-05-31</td>
 *     <td>employed on day 40 (outside 28 days; exit less than six months before the reporting date)</td></tr>
 * <tr><td>E</td><td>3</td><td>women, Berg, 35, unemployed, education refused: incomplete</td><td>—</td></tr>
 * <tr><td>F</td><td>2 persons × 2 rows</td><td>men, Berg, 24 at first entry, unemployed, ISCED 1; re-entered,
 *     last exit 2021-08-31</td><td>employed on day 1 after the last exit</td></tr>
 * <tr><td>G</td><td>2</td><td>women, Krokom, entry after the reporting date</td><td>—</td></tr>
 * </table>
 *
 * <p>Identity numbers (group F only) are synthetic samordningsnummer with serials 98x–99x.
 */
public final class CohortRecipe {

  /** The reporting date of the cohort. */
  public static final LocalDate AS_OF = LocalDate.of(2022, 6, 30);

  private CohortRecipe() {}

  /** The cohort's participations, in file order. */
  public static List<Participation> participations() {
    List<Participation> out = new ArrayList<>();
    group(out, "A", 20, Gender.WOMAN, "Berg", 22, LocalDate.of(2021, 2, 1), LocalDate.of(2021, 6, 30),
        EmploymentStatus.LONG_TERM_UNEMPLOYED, Answer.of(IscedLevel.ISCED2), ExitDestination.EMPLOYMENT,
        new int[] {10}, new EventType[] {EventType.EMPLOYED});
    group(out, "B", 15, Gender.MAN, "Åre", 40, LocalDate.of(2021, 3, 1), LocalDate.of(2021, 9, 30),
        EmploymentStatus.INACTIVE_NOT_IN_EDUCATION, Answer.of(IscedLevel.ISCED3), ExitDestination.OTHER,
        new int[] {5, 20}, new EventType[] {EventType.JOB_SEARCHING, EventType.QUALIFICATION_GAINED});
    group(out, "C", 10, Gender.WOMAN, "Åre", 58, LocalDate.of(2022, 1, 10), null,
        EmploymentStatus.UNEMPLOYED, Answer.of(IscedLevel.ISCED5), null, new int[0], new EventType[0]);
    group(out, "D", 5, Gender.MAN, "Berg", 30, LocalDate.of(2022, 1, 10), LocalDate.of(2022, 5, 31),
        EmploymentStatus.EMPLOYED, Answer.of(IscedLevel.ISCED4), ExitDestination.EMPLOYMENT,
        new int[] {40}, new EventType[] {EventType.EMPLOYED});
    group(out, "E", 3, Gender.WOMAN, "Berg", 35, LocalDate.of(2021, 4, 1), null,
        EmploymentStatus.UNEMPLOYED, Answer.unknown(UnknownReason.REFUSED), null, new int[0], new EventType[0]);
    for (int i = 1; i <= 2; i++) {
      LocalDate firstEntry = LocalDate.of(2021, 1, 4);
      LocalDate birth = firstEntry.minusYears(24).minusDays(30 * i);
      Personnummer person = SyntheticIds.samordningsnummer(birth, 980 + i);
      out.add(base("F" + i + "a", Gender.MAN, "Berg", birth, firstEntry, LocalDate.of(2021, 3, 31),
          EmploymentStatus.UNEMPLOYED, Answer.of(IscedLevel.ISCED1), ExitDestination.OTHER)
          .personId(person).build());
      LocalDate lastExit = LocalDate.of(2021, 8, 31);
      out.add(base("F" + i + "b", Gender.MAN, "Berg", birth, LocalDate.of(2021, 5, 3), lastExit,
          EmploymentStatus.LONG_TERM_UNEMPLOYED, Answer.of(IscedLevel.ISCED2), ExitDestination.EMPLOYMENT)
          .personId(person).addEvents(LabourMarketEvent.of(lastExit.plusDays(1), EventType.EMPLOYED)).build());
    }
    group(out, "G", 2, Gender.WOMAN, "Krokom", 45, LocalDate.of(2022, 8, 15), null,
        EmploymentStatus.UNEMPLOYED, Answer.of(IscedLevel.ISCED3), null, new int[0], new EventType[0]);
    return out;
  }

  private static void group(List<Participation> out, String prefix, int n, Gender gender, String sub, int age,
      LocalDate entry, LocalDate exit, EmploymentStatus status, Answer<IscedLevel> education,
      ExitDestination destination, int[] days, EventType[] events) {
    for (int i = 1; i <= n; i++) {
      LocalDate birth = entry.minusYears(age).minusDays(i * 7L);
      Participation.Builder b = base(String.format("%s%02d", prefix, i), gender, sub, birth, entry, exit, status,
          education, destination);
      for (int e = 0; e < days.length; e++) {
        b.addEvents(LabourMarketEvent.of(exit.plusDays(days[e]), events[e]));
      }
      out.add(b.build());
    }
  }

  private static Participation.Builder base(String id, Gender gender, String sub, LocalDate birth, LocalDate entry,
      LocalDate exit, EmploymentStatus status, Answer<IscedLevel> education, ExitDestination destination) {
    Participation.Builder b = Participation.builder().participantId(id).subProject(sub)
        .gender(Answer.of(gender)).birthDate(Answer.of(birth)).entryDate(entry)
        .employmentStatus(Answer.of(status)).education(education)
        .disability(Answer.of(false)).foreignBackground(Answer.of(id.startsWith("B")));
    if (exit != null) {
      b.exitDate(exit);
      b.exitDestination(destination);
    }
    return b;
  }
}
