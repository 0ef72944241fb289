package io.github.esfkit.core.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.esfkit.core.testing.CoreGenerators;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Age at first entry in full years, checked against an oracle that compares (month, day) pairs: a
 * 29 February birthday is reached on 1 March in common years and on 29 February in leap years.
 */
class AgeAtEntryProperties {

  static int oracle(LocalDate birth, LocalDate entry) {
    int years = entry.getYear() - birth.getYear();
    boolean beforeBirthday = entry.getMonthValue() < birth.getMonthValue()
        || entry.getMonthValue() == birth.getMonthValue() && entry.getDayOfMonth() < birth.getDayOfMonth();
    return beforeBirthday ? years - 1 : years;
  }

  static Participation participation(String id, LocalDate birth, LocalDate entry) {
    return Participation.builder().participantId(id).subProject("Åre").gender(Answer.of(Gender.WOMAN))
        .birthDate(Answer.of(birth)).entryDate(entry).employmentStatus(Answer.of(EmploymentStatus.INACTIVE))
        .education(Answer.of(IscedLevel.ISCED2)).build();
  }

  @Test
  void ageMatchesTheOracleAroundBirthdays() {
    qt().withFixedSeed(20260401L).withExamples(500)
        .forAll(CoreGenerators.birthDates(), integers().between(0, 90), integers().between(-3, 3))
        .checkAssert((birth, years, offset) -> {
          LocalDate entry = birth.plusYears(years).plusDays(offset);
          if (entry.isBefore(birth)) {
            return;
          }
          Participation p = participation("P1", birth, entry);
          assertThat(p.ageAtEntry().get()).isEqualTo(oracle(birth, entry));
          PersonHistory h = ParticipationLinker.link(List.of(p)).persons().get(0);
          assertThat(h.ageAtFirstEntry().get()).isEqualTo(oracle(birth, entry));
        });
  }

  @Test
  void leapDayBirthdaysAreReachedOnTheFirstOfMarchInCommonYears() {
    qt().withFixedSeed(20260402L).withExamples(200)
        .forAll(integers().between(0, 29), integers().between(1, 80))
        .checkAssert((i, years) -> {
          LocalDate birth = LocalDate.of(1904 + 4 * i, 2, 29);
          int year = birth.getYear() + years;
          boolean leap = java.time.Year.isLeap(year);
          LocalDate feb28 = LocalDate.of(year, 2, 28);
          LocalDate mar1 = LocalDate.of(year, 3, 1);
          assertThat(participation("P", birth, feb28).ageAtEntry().get()).isEqualTo(years - 1);
          assertThat(participation("P", birth, mar1).ageAtEntry().get()).isEqualTo(years);
          if (leap) {
            assertThat(participation("P", birth, LocalDate.of(year, 2, 29)).ageAtEntry().get()).isEqualTo(years);
          }
        });
  }

  @Test
  void reEntryKeepsTheAgeAtTheFirstEntry() {
    qt().withFixedSeed(20260403L).withExamples(200)
        .forAll(CoreGenerators.personnummer(), integers().between(16, 60), integers().between(1, 2000))
        .checkAssert((pnr, age, gap) -> {
          LocalDate birth = pnr.birthDate();
          LocalDate first = birth.plusYears(age);
          Participation a = participation("A", birth, first).withPersonId(pnr).withExitDate(first.plusDays(30));
          Participation b = participation("B", birth, first.plusDays(30L + gap)).withPersonId(pnr);
          PersonHistory h = ParticipationLinker.link(List.of(b, a)).persons().get(0);
          assertThat(h.firstEntry()).isEqualTo(first);
          assertThat(h.ageAtFirstEntry().get()).isEqualTo(oracle(birth, first));
          assertThat(h.ageAtFirstEntry().get()).isBetween(age - 1, age);
          assertThat(h.lastExit()).isEmpty(); // b is still active
        });
  }
}
