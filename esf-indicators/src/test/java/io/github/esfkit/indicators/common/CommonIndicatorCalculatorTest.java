package io.github.esfkit.indicators.common;

import static io.github.esfkit.core.programme.ProgrammePeriod.ESF_2014_2020;
import static io.github.esfkit.core.programme.ProgrammePeriod.ESF_PLUS_2021_2027;
import static io.github.esfkit.indicators.common.Breakdown.GENDER_NOT_REPORTED;
import static io.github.esfkit.indicators.common.Breakdown.MEN;
import static io.github.esfkit.indicators.common.Breakdown.NON_BINARY;
import static io.github.esfkit.indicators.common.Breakdown.TOTAL;
import static io.github.esfkit.indicators.common.Breakdown.WOMEN;
import static io.github.esfkit.indicators.common.CommonIndicator.*;
import static io.github.esfkit.indicators.common.TestRecords.event;
import static io.github.esfkit.indicators.common.TestRecords.person;
import static io.github.esfkit.indicators.common.TestRecords.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.EmploymentStatus;
import io.github.esfkit.core.participant.EventType;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.participant.IscedLevel;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.participant.UnknownReason;
import io.github.esfkit.core.programme.ProgrammePeriod;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommonIndicatorCalculatorTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

  private static CommonIndicatorResult run(ProgrammePeriod period, LocalDate asOf, Participation... records) {
    CommonIndicatorResult r = CommonIndicatorCalculator.of(period, asOf).addAll(List.of(records)).result();
    assertThat(r.consistency().violations()).isEmpty();
    // the columnar path gives the same figures for unlinked records
    if (List.of(records).stream().allMatch(p -> p.personId().isEmpty())) {
      assertThat(CommonIndicatorCalculator.of(period, asOf).add(ParticipantColumns.of(List.of(records))).result())
          .isEqualTo(r);
    }
    return r;
  }

  // ------------------------------------------------------------------ age at first entry

  @Test
  void aged_24_years_and_364_days_at_entry_is_below_25() {
    // born 1997-01-11: turns 25 on 2022-01-11, the day after entry
    Participation young = record("a").birthDate(Answer.of(LocalDate.of(1997, 1, 11))).build();
    Participation twentyFive = record("b").birthDate(Answer.of(LocalDate.of(1997, 1, 10))).build();
    CommonIndicatorResult r = run(ESF_2014_2020, AS_OF, young, twentyFive);
    assertThat(r.count(CO06, TOTAL)).isEqualTo(1);
    assertThat(r.count(CO06, WOMEN)).isEqualTo(1);
    assertThat(r.count(TOTAL_PARTICIPANTS, TOTAL)).isEqualTo(2);
  }

  @Test
  void esf_plus_age_bands_at_their_edges() {
    LocalDate entry = LocalDate.of(2022, 1, 10);
    Participation seventeen = record("a").birthDate(Answer.of(entry.minusYears(18).plusDays(1))).build();
    Participation eighteen = record("b").birthDate(Answer.of(entry.minusYears(18))).build();
    Participation twentyNine = record("c").birthDate(Answer.of(entry.minusYears(30).plusDays(1))).build();
    Participation thirty = record("d").birthDate(Answer.of(entry.minusYears(30))).build();
    Participation fiftyFour = record("e").birthDate(Answer.of(entry.minusYears(55).plusDays(1))).build();
    Participation fiftyFive = record("f").birthDate(Answer.of(entry.minusYears(55))).build();
    CommonIndicatorResult r = run(ESF_PLUS_2021_2027, AS_OF, seventeen, eighteen, twentyNine, thirty, fiftyFour,
        fiftyFive);
    assertThat(r.count(EECO06, TOTAL)).isEqualTo(1);
    assertThat(r.count(EECO07, TOTAL)).isEqualTo(2);
    assertThat(r.count(EECO08, TOTAL)).isEqualTo(1);
  }

  @Test
  void a_29_february_birthday_is_reached_on_1_march_in_common_years() {
    Participation before = record("a").birthDate(Answer.of(LocalDate.of(1998, 2, 28)))
        .entryDate(LocalDate.of(2023, 2, 27)).build();
    Participation leapBorn = record("b").birthDate(Answer.of(LocalDate.of(2000, 2, 29)))
        .entryDate(LocalDate.of(2025 - 1, 2, 28)).build(); // 2024 is leap: 24 on 2024-02-29, still 23 here
    Participation leapBornMarch = record("c").birthDate(Answer.of(LocalDate.of(1999, 2, 28)))
        .entryDate(LocalDate.of(2024, 2, 28)).build(); // exactly 25
    CommonIndicatorResult r = run(ESF_2014_2020, LocalDate.of(2024, 12, 31), before, leapBorn, leapBornMarch);
    assertThat(r.count(CO06, TOTAL)).isEqualTo(2);
    assertThat(Ymd.fullYears(Ymd.of(LocalDate.of(2000, 2, 29)), Ymd.of(LocalDate.of(2001, 2, 28)))).isZero();
    assertThat(Ymd.fullYears(Ymd.of(LocalDate.of(2000, 2, 29)), Ymd.of(LocalDate.of(2001, 3, 1)))).isEqualTo(1);
  }

  // ------------------------------------------------------------------ employment status, education, flags

  @Test
  void one_employment_status_each_and_the_subsets() {
    CommonIndicatorResult r = run(ESF_2014_2020, AS_OF,
        record("u").build(),
        record("l").employmentStatus(Answer.of(EmploymentStatus.LONG_TERM_UNEMPLOYED)).build(),
        record("i").employmentStatus(Answer.of(EmploymentStatus.INACTIVE)).build(),
        record("n").employmentStatus(Answer.of(EmploymentStatus.INACTIVE_NOT_IN_EDUCATION))
            .birthDate(Answer.of(LocalDate.of(1950, 1, 1))).build(),
        record("e").employmentStatus(Answer.of(EmploymentStatus.EMPLOYED))
            .birthDate(Answer.of(LocalDate.of(1950, 1, 1))).gender(Answer.of(Gender.MAN)).build());
    assertThat(r.count(CO01, TOTAL)).isEqualTo(2);
    assertThat(r.count(CO02, TOTAL)).isEqualTo(1);
    assertThat(r.count(CO03, TOTAL)).isEqualTo(2);
    assertThat(r.count(CO04, TOTAL)).isEqualTo(1);
    assertThat(r.count(CO05, TOTAL)).isEqualTo(1);
    assertThat(r.count(CO05, MEN)).isEqualTo(1);
    assertThat(r.count(CO07, TOTAL)).isEqualTo(2);
    assertThat(r.count(CO08, TOTAL)).isEqualTo(1); // the inactive-not-in-education 72-year-old, not the employed
  }

  @Test
  void education_bands_and_isced0_under_each_period() {
    Participation[] rs = new Participation[9];
    for (int l = 0; l <= 8; l++) {
      rs[l] = record("e" + l).education(Answer.of(IscedLevel.values()[l])).build();
    }
    CommonIndicatorResult old = run(ESF_2014_2020, AS_OF, rs);
    assertThat(old.count(CO09, TOTAL)).isEqualTo(2);
    assertThat(old.count(CO10, TOTAL)).isEqualTo(2);
    assertThat(old.count(CO11, TOTAL)).isEqualTo(4);
    assertThat(old.dataQuality().count(DataRule.ISCED0_WITHOUT_INDICATOR)).isEqualTo(1);
    CommonIndicatorResult plus = run(ESF_PLUS_2021_2027, AS_OF, rs);
    assertThat(plus.count(EECO09, TOTAL)).isEqualTo(3);
    assertThat(plus.count(EECO10, TOTAL)).isEqualTo(2);
    assertThat(plus.count(EECO11, TOTAL)).isEqualTo(4);
  }

  @Test
  void optional_characteristics_count_only_when_yes() {
    CommonIndicatorResult r = run(ESF_PLUS_2021_2027, AS_OF,
        record("a").disability(Answer.of(true)).foreignBackground(Answer.of(true)).build(),
        record("b").thirdCountryNational(Answer.of(true)).homeless(Answer.of(false))
            .rural(Answer.unknown(UnknownReason.REFUSED)).build(),
        record("c").homeless(Answer.of(true)).rural(Answer.of(true)).build());
    assertThat(r.count(EECO12, TOTAL)).isEqualTo(1);
    assertThat(r.count(EECO13, TOTAL)).isEqualTo(1);
    assertThat(r.count(EECO14, TOTAL)).isEqualTo(1);
    assertThat(r.count(EECO16, TOTAL)).isEqualTo(1);
    assertThat(r.count(EECO17, TOTAL)).isEqualTo(1);
    FieldCompleteness rural = r.dataQuality().completeness().get(RecordField.RURAL);
    assertThat(rural.known()).isEqualTo(1);
    assertThat(rural.refused()).isEqualTo(1);
    assertThat(rural.notCollected()).isEqualTo(1);
  }

  // ------------------------------------------------------------------ completeness

  @Test
  void an_unknown_education_counts_in_the_grand_total_only() {
    Participation unknownEdu = record("x").education(Answer.unknown(UnknownReason.DONT_KNOW))
        .birthDate(Answer.of(LocalDate.of(2000, 1, 1))).build();
    Participation complete = record("y").build();
    CommonIndicatorResult r = run(ESF_2014_2020, AS_OF, unknownEdu, complete);
    assertThat(r.count(TOTAL_PARTICIPANTS, TOTAL)).isEqualTo(2);
    assertThat(r.count(TOTAL_PARTICIPANTS, WOMEN)).isEqualTo(2);
    assertThat(r.count(CO01, TOTAL)).isEqualTo(1);
    assertThat(r.count(CO06, TOTAL)).isZero(); // the 22-year-old is incomplete
    assertThat(r.dataQuality().incompleteParticipants()).isEqualTo(1);
    assertThat(r.dataQuality().count(DataRule.INCOMPLETE)).isEqualTo(1);
    FieldCompleteness edu = r.dataQuality().completeness().get(RecordField.EDUCATION);
    assertThat(edu.known()).isEqualTo(1);
    assertThat(edu.dontKnow()).isEqualTo(1);
    assertThat(r.dataQuality().violations().hasRule("INCOMPLETE")).isTrue();
  }

  @Test
  void an_unknown_gender_is_in_the_total_without_a_gender_column() {
    CommonIndicatorResult r = run(ESF_PLUS_2021_2027, AS_OF,
        record("a").gender(Answer.unknown(UnknownReason.REFUSED)).build(), record("b").build());
    assertThat(r.figure(EECO01)).isEqualTo(IndicatorCounts.of(EECO01, 2, 1, 0, 0, 1));
    assertThat(r.count(EECO02, TOTAL)).isEqualTo(1);
  }

  // ------------------------------------------------------------------ non-binary

  @Test
  void non_binary_has_a_column_in_esf_plus_and_is_flagged_in_2014_2020() {
    Participation nb = record("n").gender(Answer.of(Gender.NON_BINARY)).build();
    CommonIndicatorResult plus = run(ESF_PLUS_2021_2027, AS_OF, nb);
    assertThat(plus.count(EECO02, NON_BINARY)).isEqualTo(1);
    CommonIndicatorResult old = run(ESF_2014_2020, AS_OF, nb);
    assertThat(old.count(CO01, TOTAL)).isEqualTo(1);
    assertThat(old.count(CO01, NON_BINARY)).isZero();
    assertThat(old.count(CO01, GENDER_NOT_REPORTED)).isEqualTo(1);
    assertThat(old.dataQuality().count(DataRule.NON_BINARY_WITHOUT_COLUMN)).isEqualTo(1);
  }

  // ------------------------------------------------------------------ re-entry

  @Test
  void re_entry_with_changed_characteristics_keeps_the_first_entry_and_the_last_exit() {
    Participation first = record("first").personId(person(1)).subProject("Berg")
        .entryDate(LocalDate.of(2022, 1, 10)).exitDate(LocalDate.of(2022, 3, 1))
        .addEvents(event(LocalDate.of(2022, 3, 5), EventType.EMPLOYED)).build();
    Participation second = record("second").personId(person(1)).subProject("Åre")
        .entryDate(LocalDate.of(2022, 6, 1)).exitDate(LocalDate.of(2022, 9, 1))
        .employmentStatus(Answer.of(EmploymentStatus.EMPLOYED)).education(Answer.of(IscedLevel.ISCED6))
        .birthDate(Answer.of(LocalDate.of(1960, 1, 1)))
        .addEvents(event(LocalDate.of(2022, 9, 10), EventType.IN_EDUCATION)).build();
    for (List<Participation> order : List.of(List.of(first, second), List.of(second, first))) {
      CommonIndicatorResult r = CommonIndicatorCalculator.of(ESF_PLUS_2021_2027, AS_OF).addAll(order).result();
      assertThat(r.count(EECO01, TOTAL)).isEqualTo(1);
      assertThat(r.count(EECO02, TOTAL)).isEqualTo(1); // unemployed at first entry
      assertThat(r.count(EECO05, TOTAL)).isZero();
      assertThat(r.count(EECO10, TOTAL)).isEqualTo(1); // ISCED 3 at first entry
      assertThat(r.count(EECO08, TOTAL)).isZero(); // first entry's birth date: 31, not 62
      assertThat(r.count("Berg", EECO01, TOTAL)).isEqualTo(1);
      assertThatThrownBy(() -> r.count("Åre", EECO01, TOTAL)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("not one of the 1 sub-projects"); // counted in the sub-project of the first entry
      assertThat(r.count(EECR02, TOTAL)).isEqualTo(1); // results of the final exit
      assertThat(r.count(EECR04, TOTAL)).isZero(); // the first exit's job is replaced
      assertThat(r.dataQuality().participationsRead()).isEqualTo(2);
      assertThat(r.dataQuality().participationsCounted()).isEqualTo(2);
      assertThat(r.dataQuality().participants()).isEqualTo(1);
      assertThat(r.dataQuality().count(DataRule.RE_ENTRY_LINKED)).isEqualTo(1);
      assertThat(r.dataQuality().count(DataRule.RE_ENTRY_CHANGED)).isEqualTo(1);
      assertThat(r.consistency().violations()).isEmpty();
      assertThat(CommonIndicatorCalculator.of(ESF_PLUS_2021_2027, AS_OF).addPerson(order).result()).isEqualTo(r);
    }
  }

  @Test
  void a_re_entered_person_still_active_has_no_result() {
    Participation first = record("first").personId(person(2)).exitDate(LocalDate.of(2022, 3, 1))
        .addEvents(event(LocalDate.of(2022, 3, 5), EventType.EMPLOYED)).build();
    Participation active = record("again").personId(person(2)).entryDate(LocalDate.of(2022, 6, 1)).build();
    CommonIndicatorResult r = CommonIndicatorCalculator.of(ESF_PLUS_2021_2027, AS_OF).add(first).add(active).result();
    assertThat(r.count(EECR04, TOTAL)).isZero();
    assertThat(r.dataQuality().count(DataRule.RE_ENTRY_CHANGED)).isZero();
  }

  @Test
  void addPerson_rejects_records_of_two_persons() {
    assertThatThrownBy(() -> CommonIndicatorCalculator.of(ESF_PLUS_2021_2027, AS_OF)
        .addPerson(List.of(record("a").personId(person(1)).build(), record("b").personId(person(2)).build())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void addPerson_never_links_records_without_personnummer() {
    Participation a = record("a").build();
    Participation b = record("b").subProject("Åre").build();
    Participation c = record("c").personId(person(1)).build();
    CommonIndicatorResult oneByOne = CommonIndicatorCalculator.of(ESF_PLUS_2021_2027, AS_OF).add(a).add(b).add(c).result();
    assertThat(oneByOne.count(EECO01, TOTAL)).isEqualTo(3);
    CommonIndicatorResult unlinked = CommonIndicatorCalculator.of(ESF_PLUS_2021_2027, AS_OF).addPerson(List.of(a, b)).result();
    assertThat(unlinked.count(EECO01, TOTAL)).isEqualTo(2);
    assertThat(unlinked.count("Åre", EECO01, TOTAL)).isEqualTo(1);
    assertThat(unlinked.dataQuality().count(DataRule.RE_ENTRY_LINKED)).isZero();
    assertThat(CommonIndicatorCalculator.of(ESF_PLUS_2021_2027, AS_OF).addPerson(List.of(a, c, b)).result())
        .isEqualTo(oneByOne);
  }

  // ------------------------------------------------------------------ immediate results

  @Test
  void an_event_on_day_28_counts_and_on_day_29_does_not() {
    LocalDate exit = LocalDate.of(2023, 2, 1);
    Participation day28 = record("a").exitDate(exit).addEvents(event(exit.plusDays(28), EventType.EMPLOYED)).build();
    Participation day29 = record("b").exitDate(exit).addEvents(event(exit.plusDays(29), EventType.EMPLOYED)).build();
    CommonIndicatorResult r = run(ESF_PLUS_2021_2027, AS_OF, day28, day29);
    assertThat(r.count(EECR04, TOTAL)).isEqualTo(1);
    // day 29 still counts for the six-month result
    assertThat(r.count(EECR05, TOTAL)).isEqualTo(2);
  }

  @Test
  void the_last_status_event_in_the_window_counts_and_a_qualification_on_its_own() {
    LocalDate exit = LocalDate.of(2023, 2, 1);
    Participation searchThenJob = record("a").employmentStatus(Answer.of(EmploymentStatus.INACTIVE)).exitDate(exit)
        .addEvents(event(exit.plusDays(3), EventType.JOB_SEARCHING), event(exit.plusDays(20), EventType.EMPLOYED))
        .build();
    Participation jobThenUnemployed = record("b").exitDate(exit)
        .addEvents(event(exit, EventType.EMPLOYED), event(exit.plusDays(10), EventType.UNEMPLOYED),
            event(exit.plusDays(11), EventType.QUALIFICATION_GAINED))
        .build();
    CommonIndicatorResult r = run(ESF_PLUS_2021_2027, AS_OF, searchThenJob, jobThenUnemployed);
    assertThat(r.count(EECR04, TOTAL)).isEqualTo(1);
    assertThat(r.count(EECR01, TOTAL)).isEqualTo(1);
    assertThat(r.count(EECR03, TOTAL)).isEqualTo(1);
  }

  @Test
  void cr01_counts_job_searching_only_for_those_inactive_at_entry() {
    LocalDate exit = LocalDate.of(2022, 2, 1);
    Participation inactive = record("a").employmentStatus(Answer.of(EmploymentStatus.INACTIVE)).exitDate(exit)
        .addEvents(event(exit.plusDays(1), EventType.JOB_SEARCHING)).build();
    Participation unemployed = record("b").exitDate(exit)
        .addEvents(event(exit.plusDays(1), EventType.JOB_SEARCHING)).build();
    Participation disadvantaged = record("c").disability(Answer.of(true)).exitDate(exit)
        .addEvents(event(exit.plusDays(1), EventType.IN_EDUCATION)).build();
    CommonIndicatorResult r = run(ESF_2014_2020, AS_OF, inactive, unemployed, disadvantaged);
    assertThat(r.count(CR01, TOTAL)).isEqualTo(1);
    assertThat(r.count(CR02, TOTAL)).isEqualTo(1);
    assertThat(r.count(CR05, TOTAL)).isEqualTo(1);
  }

  // ------------------------------------------------------------------ longer-term results

  @Test
  void a_six_month_result_before_six_months_have_passed_is_not_counted() {
    LocalDate exit = LocalDate.of(2023, 1, 31); // + 6 calendar months = 2023-07-31
    Participation p = record("a").birthDate(Answer.of(LocalDate.of(1960, 1, 1))).exitDate(exit)
        .addEvents(event(LocalDate.of(2023, 5, 2), EventType.EMPLOYED)).build();
    CommonIndicatorResult early = run(ESF_2014_2020, LocalDate.of(2023, 7, 30), p);
    assertThat(early.count(CR06, TOTAL)).isZero();
    assertThat(early.count(CR08, TOTAL)).isZero();
    assertThat(early.dataQuality().count(DataRule.LONGER_TERM_NOT_DUE)).isEqualTo(1);
    CommonIndicatorResult due = run(ESF_2014_2020, LocalDate.of(2023, 7, 31), p);
    assertThat(due.count(CR06, TOTAL)).isEqualTo(1);
    assertThat(due.count(CR08, TOTAL)).isEqualTo(1);
    assertThat(due.count(CR09, TOTAL)).isZero();
  }

  @Test
  void six_calendar_months_are_clamped_to_the_month_end() {
    LocalDate exit = LocalDate.of(2022, 8, 31); // + 6 months = 2023-02-28
    Participation inWindow = record("a").exitDate(exit)
        .addEvents(event(LocalDate.of(2023, 2, 28), EventType.SELF_EMPLOYED)).build();
    Participation after = record("b").exitDate(exit)
        .addEvents(event(LocalDate.of(2023, 3, 1), EventType.EMPLOYED)).build();
    CommonIndicatorResult r = run(ESF_PLUS_2021_2027, AS_OF, inWindow, after);
    assertThat(r.count(EECR05, TOTAL)).isEqualTo(1);
  }

  // ------------------------------------------------------------------ reporting date

  @Test
  void the_reporting_date_cuts_entries_exits_and_events() {
    LocalDate asOf = LocalDate.of(2022, 6, 30);
    Participation later = record("later").entryDate(LocalDate.of(2022, 7, 1)).build();
    Participation exitLater = record("exitLater").exitDate(LocalDate.of(2022, 7, 1))
        .addEvents(event(LocalDate.of(2022, 7, 2), EventType.EMPLOYED)).build();
    Participation eventLater = record("eventLater").exitDate(LocalDate.of(2022, 6, 20))
        .addEvents(event(LocalDate.of(2022, 7, 1), EventType.EMPLOYED)).build();
    CommonIndicatorResult r = run(ESF_PLUS_2021_2027, asOf, later, exitLater, eventLater);
    assertThat(r.count(EECO01, TOTAL)).isEqualTo(2);
    assertThat(r.count(EECR04, TOTAL)).isZero();
    DataQualityReport q = r.dataQuality();
    assertThat(q.participationsRead()).isEqualTo(3);
    assertThat(q.count(DataRule.ENTRY_AFTER_AS_OF)).isEqualTo(1);
    assertThat(q.count(DataRule.EXIT_AFTER_AS_OF)).isEqualTo(1);
    assertThat(q.count(DataRule.EVENT_AFTER_AS_OF)).isEqualTo(2);
    assertThat(q.excluded()).isEqualTo(1);
  }

  @Test
  void struck_and_out_of_range_records_are_excluded_and_reported() {
    Participation struck = record("s").struck(true).build();
    Participation ancient = record("x").birthDate(Answer.of(LocalDate.of(1700, 1, 1))).build();
    CommonIndicatorResult r = run(ESF_PLUS_2021_2027, AS_OF, struck, ancient, record("ok").build());
    assertThat(r.participants()).isEqualTo(1);
    assertThat(r.dataQuality().count(DataRule.STRUCK)).isEqualTo(1);
    assertThat(r.dataQuality().count(DataRule.DATE_OUT_OF_RANGE)).isEqualTo(1);
    assertThat(r.dataQuality().violations().errors()).hasSize(1);
  }

  @Test
  void an_event_outside_the_supported_years_makes_the_record_invalid_on_every_path() {
    Participation unlinked = record("u").exitDate(LocalDate.of(2022, 2, 1))
        .addEvents(event(LocalDate.of(3000, 1, 1), EventType.EMPLOYED)).build();
    Participation linked = record("l").personId(person(1)).exitDate(LocalDate.of(2022, 2, 1))
        .addEvents(event(LocalDate.of(3000, 1, 1), EventType.EMPLOYED)).build();
    CommonIndicatorResult objects = run(ESF_PLUS_2021_2027, AS_OF, unlinked, linked, record("ok").build());
    assertThat(objects.participants()).isEqualTo(1);
    assertThat(objects.dataQuality().count(DataRule.DATE_OUT_OF_RANGE)).isEqualTo(2);
    CommonIndicatorResult columns = CommonIndicatorCalculator.of(ESF_PLUS_2021_2027, AS_OF)
        .add(ParticipantColumns.of(List.of(unlinked, record("ok").build()))).result();
    assertThat(columns.participants()).isEqualTo(1);
    assertThat(columns.dataQuality().count(DataRule.DATE_OUT_OF_RANGE)).isEqualTo(1);
  }

  // ------------------------------------------------------------------ API edges

  @Test
  void asking_for_an_indicator_that_is_not_computed_is_an_illegal_argument() {
    CommonIndicatorResult r = run(ESF_PLUS_2021_2027, AS_OF, record("a").build());
    assertThatThrownBy(() -> r.count(CO01, TOTAL)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2014-2020");
    assertThatThrownBy(() -> r.count(EECO15, TOTAL)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minority");
    assertThatThrownBy(() -> r.count("XX99", TOTAL)).isInstanceOf(IllegalArgumentException.class);
    assertThat(r.notComputed()).containsExactly(EECO15, EECO18, EECO19, EECR06);
    assertThatThrownBy(() -> r.count("Nowhere", EECO01, TOTAL)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sub-project").hasMessageNotContaining("Nowhere");
    assertThatThrownBy(() -> r.count((String) null, EECO01, TOTAL)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void a_sub_project_that_does_not_exist_is_an_illegal_argument_not_zero() {
    CommonIndicatorResult r = run(ESF_PLUS_2021_2027, AS_OF, record("a").subProject("Krokom").build(),
        record("b").subProject("Åre").build());
    assertThat(r.count("Krokom", EECO01, TOTAL)).isEqualTo(1);
    assertThat(r.count("Krokom", EECO02, TOTAL)).isEqualTo(r.count("Krokom", EECO02, TOTAL));
    assertThatThrownBy(() -> r.count("Berg", EECO01, TOTAL)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no participant is counted in the sub-project asked for: it is not one of the 2 sub-projects"
            + " of this result (see subProjects())");
  }

  private static Participation withThirdCountry(String id, Answer<Boolean> answer) {
    return record(id).thirdCountryNational(answer).homeless(Answer.of(false)).rural(Answer.of(false))
        .disability(Answer.of(false)).foreignBackground(Answer.of(false)).build();
  }

  @Test
  void an_indicator_whose_input_was_mostly_not_collected_is_not_collected_rather_than_zero() {
    // 1 of 3 asked about citizenship: EECO13 is not collected, and the report says so instead of printing 0
    CommonIndicatorResult few = run(ESF_PLUS_2021_2027, AS_OF, withThirdCountry("a", Answer.of(false)),
        withThirdCountry("b", Answer.notCollected()), withThirdCountry("c", Answer.notCollected()));
    assertThat(few.count(EECO13, TOTAL)).isZero();
    assertThat(few.isCollected(EECO13)).isFalse();
    assertThat(few.notCollected()).containsExactly(EECO13);
    assertThat(few.isCollected(EECO16)).isTrue();
    assertThat(few.isCollected(EECO02)).isTrue();
    String md = CommonIndicatorReport.markdown(few, io.github.esfkit.core.Language.EN);
    assertThat(md).contains("| EECO13 | Third-country nationals | not collected | not collected |")
        .contains("Not collected: the characteristic was collected for fewer than 50 % of the participants (EECO13)")
        .contains("| EECO16 | Homeless or affected by housing exclusion | 0 |");
    assertThat(CommonIndicatorReport.markdown(few, io.github.esfkit.core.Language.SV))
        .contains("| EECO13 | Tredjelandsmedborgare | ej insamlat |");

    // refused and don't know count as asked; exactly half asked reaches the threshold
    CommonIndicatorResult half = run(ESF_PLUS_2021_2027, AS_OF, withThirdCountry("a", Answer.of(true)),
        withThirdCountry("b", Answer.unknown(UnknownReason.REFUSED)), withThirdCountry("c", Answer.notCollected()),
        withThirdCountry("d", Answer.notCollected()));
    assertThat(half.isCollected(EECO13)).isTrue();
    assertThat(half.count(EECO13, TOTAL)).isEqualTo(1);
    assertThat(half.dataQuality().completeness().get(RecordField.THIRD_COUNTRY_NATIONAL).collected()).isEqualTo(2);

    // records that never ask about homelessness or rural areas: EECO16 and EECO17 are not collected
    CommonIndicatorResult never = run(ESF_PLUS_2021_2027, AS_OF, record("a").build(), record("b").build());
    assertThat(never.notCollected()).contains(EECO13, EECO16, EECO17).doesNotContain(EECO01, EECO02);
    // an empty result has nothing missing
    assertThat(CommonIndicatorCalculator.of(ESF_PLUS_2021_2027, AS_OF).result().notCollected()).isEmpty();
  }

  @Test
  void the_2014_2020_indicators_on_optional_characteristics_follow_the_same_rule() {
    CommonIndicatorResult r = run(ESF_2014_2020, AS_OF, record("a").build());
    assertThat(r.notCollected()).contains(CO15, CO16, CO18, CO19, CR05, CR09).doesNotContain(CO01, CR04);
    assertThatThrownBy(() -> r.isCollected(EECO13)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void merging_different_periods_or_dates_is_rejected() {
    CommonIndicatorCalculator a = CommonIndicatorCalculator.of(ESF_PLUS_2021_2027, AS_OF);
    assertThatThrownBy(() -> a.merge(CommonIndicatorCalculator.of(ESF_2014_2020, AS_OF)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.merge(CommonIndicatorCalculator.of(ESF_PLUS_2021_2027, AS_OF.minusDays(1))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.merge(a)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CommonIndicatorCalculator.of(ESF_PLUS_2021_2027, LocalDate.of(99999, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_empty_calculator_gives_zero_figures_and_no_violation() {
    CommonIndicatorResult r = CommonIndicatorCalculator.of(ESF_2014_2020, AS_OF).result();
    assertThat(r.participants()).isZero();
    assertThat(r.subProjects()).isEmpty();
    assertThat(r.consistency().isEmpty()).isTrue();
  }

  @Test
  void missing_arguments_are_null_pointer_exceptions_naming_them() {
    CommonIndicatorCalculator c = CommonIndicatorCalculator.of(ESF_PLUS_2021_2027, AS_OF);
    assertThatThrownBy(() -> CommonIndicatorCalculator.of(null, AS_OF)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CommonIndicatorCalculator.of(ESF_PLUS_2021_2027, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> c.add((Participation) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> c.add((ParticipantColumns) null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> c.addPerson(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> c.merge(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> c.addAll(java.util.Arrays.asList(record("a").build(), null)))
        .isInstanceOf(NullPointerException.class);
    CommonIndicatorResult r = c.result();
    assertThatThrownBy(() -> r.count((CommonIndicator) null, TOTAL)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> r.count(EECO01, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> r.count((String) null, TOTAL)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CommonIndicatorReport.markdown(null, io.github.esfkit.core.Language.SV))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void reporting_dates_at_the_edges_of_the_supported_years_do_not_throw() {
    Participation p = record("a").exitDate(LocalDate.of(2022, 2, 1))
        .addEvents(event(LocalDate.of(2022, 2, 2), EventType.EMPLOYED)).build();
    for (LocalDate asOf : List.of(LocalDate.of(1800, 1, 1), LocalDate.of(2999, 12, 31))) {
      CommonIndicatorResult r = run(ESF_PLUS_2021_2027, asOf, p);
      assertThat(r.consistency().isEmpty()).isTrue();
    }
  }

  @Test
  void a_result_built_elsewhere_with_an_incomplete_sub_project_table_does_not_throw() {
    CommonIndicatorResult r = run(ESF_PLUS_2021_2027, AS_OF, record("a").build())
        .withSubProjects(java.util.Map.of("Berg", java.util.Map.of()));
    assertThat(r.count("Berg", EECO01, TOTAL)).isZero();
    assertThat(CommonIndicatorReport.markdown(r, io.github.esfkit.core.Language.SV, true)).contains("Berg");
    assertThat(r.consistency().violations()).extracting(v -> v.ruleId())
        .contains(ConsistencyRules.SUB_PROJECT_SUM);
  }
}
