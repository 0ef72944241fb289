package io.github.esfkit.indicators.common;

import static io.github.esfkit.indicators.common.CommonIndicator.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.EmploymentStatus;
import io.github.esfkit.core.participant.EventType;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.participant.IscedLevel;
import io.github.esfkit.core.participant.LabourMarketEvent;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.participant.UnknownReason;
import io.github.esfkit.core.programme.ProgrammePeriod;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every computed indicator, in every gender column and every sub-project, against a reference written
 * from the indicator definitions (shared domain notes: indicators.md, participants.md) one participant at a
 * time, with no tables: age at entry in full years, the status and education sets, the yes-answers, the
 * last status event within 28 days of the exit (same day: the later one), a qualification within 28 days,
 * the last status event within six months of an exit at least six months before the reporting date. The
 * cohort puts ages, window days and the reporting date at their edges. Unlinked records only (each its own
 * person), through both the record path and the columnar path.
 */
class CommonIndicatorOracleTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
  private static final String[] SUBS = {"Berg", "Bräcke", "Krokom"};

  @ParameterizedTest
  @EnumSource(ProgrammePeriod.class)
  void every_indicator_in_every_column_and_sub_project_matches_the_definitions(ProgrammePeriod period) {
    List<Participation> cohort = cohort(20261202L, 1000);
    Map<String, Map<CommonIndicator, long[]>> expected = new TreeMap<>();
    Map<CommonIndicator, long[]> overall = new EnumMap<>(CommonIndicator.class);
    Map<DataRule, Long> rules = new EnumMap<>(DataRule.class);
    for (Participation p : cohort) {
      if (!p.entryDate().isAfter(AS_OF)) {
        Set<CommonIndicator> in = indicatorsOf(period, p, rules);
        int slot = slot(period, p.gender());
        Map<CommonIndicator, long[]> sub = expected.computeIfAbsent(p.subProject(), k -> new EnumMap<>(CommonIndicator.class));
        for (CommonIndicator i : in) {
          for (Map<CommonIndicator, long[]> m : List.of(sub, overall)) {
            long[] c = m.computeIfAbsent(i, k -> new long[5]);
            c[0]++;
            c[slot]++;
          }
        }
      } else {
        rules.merge(DataRule.ENTRY_AFTER_AS_OF, 1L, Long::sum);
      }
    }
    assertThat(overall.get(total(period))[0]).as("the cohort is big enough").isGreaterThan(700);
    for (CommonIndicator i : CommonIndicator.computed(period)) {
      assertThat(overall.get(i)).as("the cohort reaches %s", i).isNotNull();
    }

    CommonIndicatorResult byRecord = CommonIndicatorCalculator.of(period, AS_OF).addAll(cohort).result();
    CommonIndicatorResult byColumns = CommonIndicatorCalculator.of(period, AS_OF)
        .add(ParticipantColumns.of(cohort)).result();
    // each record its own identified person: the same figures through the linking path, none unlinked
    List<Participation> identified = new ArrayList<>();
    for (int k = 0; k < cohort.size(); k++) {
      identified.add(cohort.get(k).withPersonId(TestRecords.person(k)));
    }
    CommonIndicatorResult byPerson = CommonIndicatorCalculator.of(period, AS_OF).addAll(identified).result();
    assertThat(byPerson.dataQuality().count(DataRule.UNLINKED)).isZero();
    assertThat(byPerson.figures()).isEqualTo(byRecord.figures());
    assertThat(byPerson.subProjects()).isEqualTo(byRecord.subProjects());
    assertThat(byPerson.dataQuality().completeness()).isEqualTo(byRecord.dataQuality().completeness());
    for (DataRule rule : DataRule.values()) {
      if (rule != DataRule.UNLINKED) {
        assertThat(byPerson.dataQuality().count(rule)).as("%s", rule).isEqualTo(byRecord.dataQuality().count(rule));
      }
    }
    for (CommonIndicatorResult r : List.of(byRecord, byColumns)) {
      assertThat(r.dataQuality().participationsRead()).isEqualTo(cohort.size());
      assertThat(r.dataQuality().participants()).isEqualTo(overall.get(total(period))[0]);
      assertThat(r.dataQuality().incompleteParticipants()).isEqualTo(rules.getOrDefault(DataRule.INCOMPLETE, 0L));
      assertCompleteness(r, cohort);
      for (CommonIndicator i : CommonIndicator.computed(period)) {
        assertThat(counts(r.figure(i))).as("%s overall", i).containsExactly(orZero(overall.get(i)));
        for (String s : SUBS) {
          for (Breakdown b : Breakdown.values()) {
            assertThat(r.count(s, i, b)).as("%s %s %s", s, i, b)
                .isEqualTo(orZero(expected.get(s).get(i))[b.ordinal()]);
          }
        }
      }
      assertThat(r.subProjects().keySet()).containsExactly(SUBS);
      for (DataRule rule : List.of(DataRule.ENTRY_AFTER_AS_OF, DataRule.EXIT_AFTER_AS_OF,
          DataRule.EVENT_AFTER_AS_OF, DataRule.INCOMPLETE, DataRule.LONGER_TERM_NOT_DUE,
          DataRule.NON_BINARY_WITHOUT_COLUMN, DataRule.ISCED0_WITHOUT_INDICATOR, DataRule.UNLINKED)) {
        assertThat(r.dataQuality().count(rule)).as("%s", rule).isEqualTo(rules.getOrDefault(rule, 0L));
      }
      assertThat(r.consistency().violations()).isEmpty();
    }
  }

  /** Known, not collected, refused, don't know of every field over the participants (entry by the date). */
  private static void assertCompleteness(CommonIndicatorResult r, List<Participation> cohort) {
    for (RecordField field : RecordField.values()) {
      long[] expected = new long[4];
      for (Participation p : cohort) {
        if (p.entryDate().isAfter(AS_OF)) {
          continue;
        }
        Answer<?> a = answerOf(p, field);
        expected[a.isKnown() ? 0 : 1 + a.unknownReason().orElseThrow().ordinal()]++;
      }
      FieldCompleteness c = r.dataQuality().completeness().get(field);
      assertThat(new long[] {c.known(), c.notCollected(), c.refused(), c.dontKnow()}).as("%s", field)
          .containsExactly(expected);
      assertThat(c.unknown()).isEqualTo(expected[1] + expected[2] + expected[3]);
      assertThat(c.collected()).isEqualTo(expected[0] + expected[2] + expected[3]);
      assertThat(c.total()).isEqualTo(expected[0] + expected[1] + expected[2] + expected[3]);
    }
  }

  private static Answer<?> answerOf(Participation p, RecordField field) {
    switch (field) {
      case GENDER:
        return p.gender();
      case BIRTH_DATE:
        return p.birthDate();
      case EMPLOYMENT_STATUS:
        return p.employmentStatus();
      case EDUCATION:
        return p.education();
      case DISABILITY:
        return p.disability();
      case FOREIGN_BACKGROUND:
        return p.foreignBackground();
      case THIRD_COUNTRY_NATIONAL:
        return p.thirdCountryNational();
      case HOMELESS:
        return p.homeless();
      default:
        return p.rural();
    }
  }

  private static long[] counts(IndicatorCounts c) {
    return new long[] {c.total(), c.women(), c.men(), c.nonBinary(), c.genderNotReported()};
  }

  private static long[] orZero(long[] c) {
    return c == null ? new long[5] : c;
  }

  /** Breakdown ordinal: 1 women, 2 men, 3 non-binary (ESF+ only), 4 not reported. */
  private static int slot(ProgrammePeriod period, Answer<Gender> g) {
    if (!g.isKnown()) {
      return 4;
    }
    switch (g.get()) {
      case WOMAN:
        return 1;
      case MAN:
        return 2;
      default:
        return period == ProgrammePeriod.ESF_PLUS_2021_2027 ? 3 : 4;
    }
  }

  private static boolean yes(Answer<Boolean> a) {
    return a.isKnown() && a.get();
  }

  /** The indicators one participation (its own person) counts in, by the definitions; rules applied noted. */
  private static Set<CommonIndicator> indicatorsOf(ProgrammePeriod period, Participation p,
      Map<DataRule, Long> rules) {
    boolean plus = period == ProgrammePeriod.ESF_PLUS_2021_2027;
    Set<CommonIndicator> in = EnumSet.of(total(period));
    rules.merge(DataRule.UNLINKED, 1L, Long::sum);
    boolean exited = p.exitDate().isPresent() && !p.exitDate().get().isAfter(AS_OF);
    if (p.exitDate().isPresent() && !exited) {
      rules.merge(DataRule.EXIT_AFTER_AS_OF, 1L, Long::sum);
    }
    long late = p.events().stream().filter(e -> e.date().isAfter(AS_OF)).count();
    rules.merge(DataRule.EVENT_AFTER_AS_OF, late, Long::sum);
    if (!plus && p.gender().isKnown() && p.gender().get() == Gender.NON_BINARY) {
      // complete or not: the 2014–2020 report has no column for them
      rules.merge(DataRule.NON_BINARY_WITHOUT_COLUMN, 1L, Long::sum);
    }
    if (!p.gender().isKnown() || !p.birthDate().isKnown() || !p.employmentStatus().isKnown()
        || !p.education().isKnown()) {
      rules.merge(DataRule.INCOMPLETE, 1L, Long::sum);
      return in;
    }
    int age = Period.between(p.birthDate().get(), p.entryDate()).getYears();
    EmploymentStatus st = p.employmentStatus().get();
    int isced = p.education().get().ordinal();
    boolean unemployed = st == EmploymentStatus.UNEMPLOYED || st == EmploymentStatus.LONG_TERM_UNEMPLOYED;
    boolean inactive = st == EmploymentStatus.INACTIVE || st == EmploymentStatus.INACTIVE_NOT_IN_EDUCATION;
    boolean foreign = yes(p.foreignBackground());
    boolean tcn = yes(p.thirdCountryNational());
    boolean disability = yes(p.disability());
    boolean homeless = yes(p.homeless());
    boolean rural = yes(p.rural());
    boolean disadvantaged = !plus && (foreign || tcn || disability || homeless);
    if (plus) {
      add(in, unemployed, EECO02);
      add(in, st == EmploymentStatus.LONG_TERM_UNEMPLOYED, EECO03);
      add(in, inactive, EECO04);
      add(in, st == EmploymentStatus.EMPLOYED, EECO05);
      add(in, age < 18, EECO06);
      add(in, age >= 18 && age <= 29, EECO07);
      add(in, age >= 55, EECO08);
      add(in, isced <= 2, EECO09);
      add(in, isced == 3 || isced == 4, EECO10);
      add(in, isced >= 5, EECO11);
      add(in, disability, EECO12);
      add(in, tcn, EECO13);
      add(in, foreign, EECO14);
      add(in, homeless, EECO16);
      add(in, rural, EECO17);
    } else {
      add(in, unemployed, CO01);
      add(in, st == EmploymentStatus.LONG_TERM_UNEMPLOYED, CO02);
      add(in, inactive, CO03);
      add(in, st == EmploymentStatus.INACTIVE_NOT_IN_EDUCATION, CO04);
      add(in, st == EmploymentStatus.EMPLOYED, CO05);
      add(in, age < 25, CO06);
      add(in, age >= 55, CO07);
      add(in, age >= 55 && (unemployed || st == EmploymentStatus.INACTIVE_NOT_IN_EDUCATION), CO08);
      add(in, isced == 1 || isced == 2, CO09);
      add(in, isced == 3 || isced == 4, CO10);
      add(in, isced >= 5, CO11);
      if (isced == 0) {
        rules.merge(DataRule.ISCED0_WITHOUT_INDICATOR, 1L, Long::sum);
      }
      add(in, foreign || tcn, CO15);
      add(in, disability, CO16);
      add(in, homeless, CO18);
      add(in, rural, CO19);
    }
    if (!exited) {
      return in;
    }
    LocalDate exit = p.exitDate().get();
    boolean due = !exit.plusMonths(6).isAfter(AS_OF);
    if (!due) {
      rules.merge(DataRule.LONGER_TERM_NOT_DUE, 1L, Long::sum);
    }
    EventType immediate = lastStatusEvent(p.events(), exit, exit.plusDays(28));
    EventType sixMonths = lastStatusEvent(p.events(), exit, exit.plusMonths(6));
    boolean qualification = p.events().stream().anyMatch(e -> e.type() == EventType.QUALIFICATION_GAINED
        && !e.date().isAfter(exit.plusDays(28)) && !e.date().isAfter(AS_OF));
    boolean searching = immediate == EventType.JOB_SEARCHING || immediate == EventType.UNEMPLOYED;
    boolean education = immediate == EventType.IN_EDUCATION;
    boolean employed = immediate != null && immediate.isEmployment();
    boolean employedLater = due && sixMonths != null && sixMonths.isEmployment();
    if (plus) {
      add(in, searching, EECR01);
      add(in, education, EECR02);
      add(in, qualification, EECR03);
      add(in, employed, EECR04);
      add(in, employedLater, EECR05);
    } else {
      add(in, searching && inactive, CR01);
      add(in, education, CR02);
      add(in, qualification, CR03);
      add(in, employed, CR04);
      add(in, disadvantaged && (searching || education || qualification || employed), CR05);
      add(in, employedLater, CR06);
      add(in, employedLater && age >= 55, CR08);
      add(in, employedLater && disadvantaged, CR09);
    }
    return in;
  }

  private static void add(Set<CommonIndicator> in, boolean when, CommonIndicator i) {
    if (when) {
      in.add(i);
    }
  }

  /** The last status event dated from the exit to the window's end and the reporting date; later wins a tie. */
  private static EventType lastStatusEvent(List<LabourMarketEvent> events, LocalDate exit, LocalDate end) {
    LabourMarketEvent last = null;
    for (LabourMarketEvent e : events) {
      if (e.type().isStatus() && !e.date().isBefore(exit) && !e.date().isAfter(end) && !e.date().isAfter(AS_OF)
          && (last == null || !e.date().isBefore(last.date()))) {
        last = e;
      }
    }
    return last == null ? null : last.type();
  }

  private static <T> Answer<T> answer(SplittableRandom r, T value, int unknownPercent) {
    return r.nextInt(100) < unknownPercent ? Answer.unknown(UnknownReason.values()[r.nextInt(3)]) : Answer.of(value);
  }

  /**
   * Records with ages at entry on and around each band edge, every status, level and yes/no answer,
   * exits near the reporting date, events at 27–29 days and six months ± a day after exit, same-day ties.
   */
  static List<Participation> cohort(long seed, int size) {
    SplittableRandom r = new SplittableRandom(seed);
    int[] edgeAges = {14, 17, 18, 24, 25, 29, 30, 40, 54, 55, 56, 70, 90};
    EventType[] types = EventType.values();
    List<Participation> out = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      LocalDate entry = LocalDate.of(2021, 1, 1).plusDays(r.nextInt(950));
      LocalDate birth = entry.minusYears(edgeAges[r.nextInt(edgeAges.length)]).plusDays(r.nextInt(3) - 1);
      Gender[] genders = Gender.values();
      Participation.Builder b = Participation.builder()
          .participantId("o" + i)
          .subProject(SUBS[r.nextInt(SUBS.length)])
          .gender(answer(r, genders[r.nextInt(genders.length)], 6))
          .birthDate(answer(r, birth, 3))
          .entryDate(entry)
          .employmentStatus(answer(r, EmploymentStatus.values()[r.nextInt(EmploymentStatus.values().length)], 3))
          .education(answer(r, IscedLevel.values()[r.nextInt(IscedLevel.values().length)], 3))
          .disability(answer(r, r.nextInt(4) == 0, 20))
          .foreignBackground(answer(r, r.nextInt(4) == 0, 20))
          .thirdCountryNational(answer(r, r.nextInt(4) == 0, 20))
          .homeless(answer(r, r.nextInt(4) == 0, 20))
          .rural(answer(r, r.nextInt(4) == 0, 20));
      if (r.nextInt(5) != 0) {
        LocalDate exit = entry.plusDays(r.nextInt(400));
        b.exitDate(exit);
        int[] offsets = {0, 1, 27, 28, 29, 60, 150};
        int n = r.nextInt(4);
        LocalDate previous = exit;
        for (int k = 0; k < n; k++) {
          LocalDate d;
          int how = r.nextInt(4);
          if (how == 0) {
            d = exit.plusMonths(6).plusDays(r.nextInt(3) - 1);
          } else if (how == 1) {
            d = previous; // same day as the previous event (or the exit)
          } else {
            d = exit.plusDays(offsets[r.nextInt(offsets.length)]);
          }
          previous = d;
          b.addEvents(LabourMarketEvent.of(d, types[r.nextInt(types.length)]));
        }
      }
      out.add(b.build());
    }
    out.addAll(edges(size));
    return out;
  }

  /** Records on the reporting date's edges: entry, exit and events on it and a day after, six months exact. */
  private static List<Participation> edges(int from) {
    LocalDate day = AS_OF;
    List<Participation> out = new ArrayList<>();
    int n = from;
    for (String sub : SUBS) {
      out.add(TestRecords.record("e" + n++).subProject(sub).entryDate(day).build());
      out.add(TestRecords.record("e" + n++).subProject(sub).entryDate(day.plusDays(1)).build());
      out.add(TestRecords.record("e" + n++).subProject(sub).entryDate(day.minusDays(10)).exitDate(day)
          .addEvents(LabourMarketEvent.of(day, EventType.EMPLOYED),
              LabourMarketEvent.of(day.plusDays(1), EventType.IN_EDUCATION)).build());
      out.add(TestRecords.record("e" + n++).subProject(sub).entryDate(day.minusDays(10)).exitDate(day.plusDays(1))
          .addEvents(LabourMarketEvent.of(day.plusDays(1), EventType.EMPLOYED)).build());
      // incomplete: its events on and after the reporting date
      out.add(TestRecords.record("e" + n++).subProject(sub).entryDate(day.minusDays(20)).exitDate(day.minusDays(5))
          .gender(Answer.unknown(UnknownReason.DONT_KNOW))
          .addEvents(LabourMarketEvent.of(day, EventType.EMPLOYED), LabourMarketEvent.of(day.plusDays(1),
              EventType.EMPLOYED)).build());
      // many events, latest first: the last status event within 28 days is the one dated last
      TestRecords.Rec many = TestRecords.record("e" + n++).subProject(sub).entryDate(day.minusDays(200))
          .exitDate(day.minusDays(100));
      for (int k = 20; k >= 0; k--) {
        many.addEvents(LabourMarketEvent.of(day.minusDays(100).plusDays(k), k % 2 == 0 ? EventType.IN_EDUCATION
            : EventType.UNEMPLOYED));
      }
      out.add(many.build());
      for (int shift = -1; shift <= 1; shift++) {
        LocalDate exit = day.minusMonths(6).plusDays(shift);
        out.add(TestRecords.record("e" + n++).subProject(sub).entryDate(exit.minusDays(30)).exitDate(exit)
            .gender(Answer.of(Gender.MAN)).birthDate(Answer.of(LocalDate.of(1960, 1, 1)))
            .foreignBackground(Answer.of(true))
            .addEvents(LabourMarketEvent.of(exit.plusDays(28), EventType.QUALIFICATION_GAINED),
                LabourMarketEvent.of(exit.plusDays(29), EventType.QUALIFICATION_GAINED),
                LabourMarketEvent.of(exit.plusMonths(6), EventType.SELF_EMPLOYED)).build());
      }
    }
    return out;
  }
}
