package io.github.esfkit.indicators.common;

import io.github.esfkit.core.id.Personnummer;
import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.EmploymentStatus;
import io.github.esfkit.core.participant.EventType;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.participant.IscedLevel;
import io.github.esfkit.core.participant.LabourMarketEvent;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.participant.UnknownReason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Participant records for tests: a fluent default record and a seeded random cohort. */
final class TestRecords {

  private TestRecords() {}

  /** A complete record: a woman born 1990-05-15, unemployed, ISCED 3, entered 2022-01-10 in Berg. */
  static Rec record(String id) {
    return new Rec(id);
  }

  /** A record with defaults that each setter overrides (the core builder is strict). */
  static final class Rec {
    private final String id;
    private String subProject = "Berg";
    private Answer<Gender> gender = Answer.of(Gender.WOMAN);
    private Answer<LocalDate> birthDate = Answer.of(LocalDate.of(1990, 5, 15));
    private LocalDate entryDate = LocalDate.of(2022, 1, 10);
    private LocalDate exitDate;
    private Answer<EmploymentStatus> status = Answer.of(EmploymentStatus.UNEMPLOYED);
    private Answer<IscedLevel> education = Answer.of(IscedLevel.ISCED3);
    private Personnummer personId;
    private boolean struck;
    private Answer<Boolean> disability = Answer.notCollected();
    private Answer<Boolean> foreignBackground = Answer.notCollected();
    private Answer<Boolean> thirdCountryNational = Answer.notCollected();
    private Answer<Boolean> homeless = Answer.notCollected();
    private Answer<Boolean> rural = Answer.notCollected();
    private final List<LabourMarketEvent> events = new ArrayList<>();

    Rec(String id) {
      this.id = id;
    }

    Rec subProject(String v) { subProject = v; return this; }
    Rec gender(Answer<Gender> v) { gender = v; return this; }
    Rec birthDate(Answer<LocalDate> v) { birthDate = v; return this; }
    Rec entryDate(LocalDate v) { entryDate = v; return this; }
    Rec exitDate(LocalDate v) { exitDate = v; return this; }
    Rec employmentStatus(Answer<EmploymentStatus> v) { status = v; return this; }
    Rec education(Answer<IscedLevel> v) { education = v; return this; }
    Rec personId(Personnummer v) { personId = v; return this; }
    Rec struck(boolean v) { struck = v; return this; }
    Rec disability(Answer<Boolean> v) { disability = v; return this; }
    Rec foreignBackground(Answer<Boolean> v) { foreignBackground = v; return this; }
    Rec thirdCountryNational(Answer<Boolean> v) { thirdCountryNational = v; return this; }
    Rec homeless(Answer<Boolean> v) { homeless = v; return this; }
    Rec rural(Answer<Boolean> v) { rural = v; return this; }
    Rec addEvents(LabourMarketEvent... v) { events.addAll(List.of(v)); return this; }

    Participation build() {
      Participation.Builder b = Participation.builder().participantId(id).subProject(subProject).gender(gender)
          .birthDate(birthDate).entryDate(entryDate).employmentStatus(status).education(education).struck(struck)
          .disability(disability).foreignBackground(foreignBackground).thirdCountryNational(thirdCountryNational)
          .homeless(homeless).rural(rural).addAllEvents(events);
      if (exitDate != null) {
        b.exitDate(exitDate);
      }
      if (personId != null) {
        b.personId(personId);
      }
      return b.build();
    }
  }

  static LabourMarketEvent event(LocalDate date, EventType type) {
    return LabourMarketEvent.of(date, type);
  }

  /** A valid personnummer for a small index (born 1980-01-01 + index days). */
  static Personnummer person(int index) {
    LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(index);
    String yymmdd = String.format("%02d%02d%02d", birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth());
    String nine = yymmdd + String.format("%03d", (index * 7) % 1000);
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    int check = (10 - sum % 10) % 10;
    return Personnummer.parse(String.format("%04d", birth.getYear()) + nine.substring(2) + check);
  }

  private static <T> Answer<T> maybeUnknown(SplittableRandom r, T value, int unknownPercent) {
    if (r.nextInt(100) < unknownPercent) {
      return Answer.unknown(UnknownReason.values()[r.nextInt(3)]);
    }
    return Answer.of(value);
  }

  /**
   * A random cohort: some records share a personnummer (re-entries), some are incomplete, struck, after
   * the reporting date, non-binary; exits and events around 2022–2023.
   */
  static List<Participation> cohort(long seed, int size, boolean withPersons) {
    SplittableRandom r = new SplittableRandom(seed);
    String[] subs = {"Berg", "Bräcke", "Krokom", "Åre", "Östersund"};
    List<Participation> out = new ArrayList<>();
    LocalDate base = LocalDate.of(2021, 6, 1);
    for (int i = 0; i < size; i++) {
      LocalDate entry = base.plusDays(r.nextInt(900));
      LocalDate birth = entry.minusDays(r.nextInt(365 * 70));
      Participation.Builder b = Participation.builder()
          .participantId("p" + i)
          .subProject(subs[r.nextInt(subs.length)])
          .gender(maybeUnknown(r, Gender.values()[r.nextInt(3)], 5))
          .birthDate(maybeUnknown(r, birth, 3))
          .entryDate(entry)
          .employmentStatus(maybeUnknown(r, EmploymentStatus.values()[r.nextInt(5)], 4))
          .education(maybeUnknown(r, IscedLevel.values()[r.nextInt(9)], 4))
          .disability(maybeUnknown(r, r.nextInt(5) == 0, 30))
          .foreignBackground(maybeUnknown(r, r.nextInt(3) == 0, 20))
          .thirdCountryNational(maybeUnknown(r, r.nextInt(6) == 0, 20))
          .homeless(maybeUnknown(r, r.nextInt(10) == 0, 50))
          .rural(maybeUnknown(r, r.nextInt(4) == 0, 50))
          .struck(r.nextInt(40) == 0);
      if (withPersons && r.nextInt(3) == 0) {
        b.personId(person(r.nextInt(Math.max(1, size / 4))));
      }
      if (r.nextInt(4) != 0) {
        LocalDate exit = entry.plusDays(r.nextInt(300));
        b.exitDate(exit);
        int events = r.nextInt(4);
        for (int k = 0; k < events; k++) {
          b.addEvents(event(exit.plusDays(r.nextInt(260)), EventType.values()[r.nextInt(EventType.values().length)]));
        }
      }
      out.add(b.build());
    }
    return out;
  }

  static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
}
