package io.github.esfkit.indicators.common;

import static io.github.esfkit.core.programme.ProgrammePeriod.ESF_PLUS_2021_2027;
import static io.github.esfkit.indicators.common.Breakdown.MEN;
import static io.github.esfkit.indicators.common.Breakdown.TOTAL;
import static io.github.esfkit.indicators.common.Breakdown.WOMEN;
import static io.github.esfkit.indicators.common.CommonIndicator.EECO01;
import static io.github.esfkit.indicators.common.CommonIndicator.EECR02;
import static io.github.esfkit.indicators.common.CommonIndicator.EECR04;
import static io.github.esfkit.indicators.common.TestRecords.event;
import static io.github.esfkit.indicators.common.TestRecords.person;
import static io.github.esfkit.indicators.common.TestRecords.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.EventType;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.participant.Participation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Re-entries of one person (återinskrivning): the first entry is the smallest (entry date, participant id,
 * then the other fields), the last exit the largest (exit date, participant id, then its events); every
 * order of adding, {@code addPerson} and a merge of two calculators give the same figures.
 */
class PersonLinkingTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
  private static final LocalDate ENTRY = LocalDate.of(2022, 1, 10);
  private static final LocalDate EXIT = LocalDate.of(2022, 3, 1);

  private static TestRecords.Rec of(String id) {
    return record(id).personId(person(1)).entryDate(ENTRY);
  }

  /** The result in every order of adding, one by one and as one person, and split over a merge. */
  private static CommonIndicatorResult linked(Participation... records) {
    List<Participation> list = List.of(records);
    CommonIndicatorResult first = CommonIndicatorCalculator.of(ESF_PLUS_2021_2027, AS_OF).addAll(list).result();
    List<Participation> reversed = new ArrayList<>(list);
    Collections.reverse(reversed);
    CommonIndicatorCalculator back = CommonIndicatorCalculator.of(ESF_PLUS_2021_2027, AS_OF).addAll(reversed);
    assertThat(back.pendingPersons()).isEqualTo(1);
    assertThat(back.result()).isEqualTo(first);
    assertThat(CommonIndicatorCalculator.of(ESF_PLUS_2021_2027, AS_OF).addPerson(reversed).result()).isEqualTo(first);
    assertThat(CommonIndicatorCalculator.of(ESF_PLUS_2021_2027, AS_OF).addPerson(list).result()).isEqualTo(first);
    CommonIndicatorCalculator a = CommonIndicatorCalculator.of(ESF_PLUS_2021_2027, AS_OF).add(records[0]);
    CommonIndicatorCalculator b = CommonIndicatorCalculator.of(ESF_PLUS_2021_2027, AS_OF)
        .addAll(list.subList(1, list.size()));
    assertThat(b.merge(a).result()).isEqualTo(first);
    assertThat(first.participants()).isEqualTo(1);
    assertThat(first.dataQuality().count(DataRule.RE_ENTRY_LINKED))
        .isEqualTo(first.dataQuality().participationsCounted() - 1);
    assertThat(first.dataQuality().participationsRead()).isEqualTo(records.length);
    return first;
  }

  @Test
  void the_earlier_entry_is_first_whatever_the_ids() {
    CommonIndicatorResult r = linked(of("Z").subProject("Early").build(),
        of("A").subProject("Late").entryDate(ENTRY.plusDays(1)).build());
    assertThat(r.subProjects().keySet()).containsExactly("Early");
  }

  @Test
  void on_the_same_entry_day_the_smaller_id_is_first_whatever_the_sub_projects() {
    CommonIndicatorResult r = linked(of("P2").subProject("A").build(), of("P1").subProject("Z").build());
    assertThat(r.subProjects().keySet()).containsExactly("Z");
    assertThat(r.dataQuality().count(DataRule.RE_ENTRY_CHANGED)).isZero();
  }

  @Test
  void same_day_and_id_the_smaller_sub_project_then_the_smaller_codes_are_first() {
    CommonIndicatorResult r = linked(of("P1").subProject("B").build(), of("P1").subProject("A").build());
    assertThat(r.subProjects().keySet()).containsExactly("A");
    CommonIndicatorResult g = linked(of("P1").gender(Answer.of(Gender.MAN)).build(), of("P1").build());
    assertThat(g.count(EECO01, WOMEN)).isEqualTo(1);
    assertThat(g.count(EECO01, MEN)).isZero();
    assertThat(g.dataQuality().count(DataRule.RE_ENTRY_CHANGED)).isEqualTo(1);
  }

  @Test
  void the_later_exit_is_last_whatever_the_ids() {
    CommonIndicatorResult r = linked(
        of("A").exitDate(EXIT.plusDays(10)).addEvents(event(EXIT.plusDays(12), EventType.IN_EDUCATION)).build(),
        of("Z").exitDate(EXIT).addEvents(event(EXIT.plusDays(1), EventType.EMPLOYED)).build());
    assertThat(r.count(EECR02, TOTAL)).isEqualTo(1);
    assertThat(r.count(EECR04, TOTAL)).isZero();
  }

  @Test
  void on_the_same_exit_day_the_larger_id_then_the_later_events_are_last() {
    CommonIndicatorResult byId = linked(
        of("P2").exitDate(EXIT).addEvents(event(EXIT.plusDays(1), EventType.IN_EDUCATION)).build(),
        of("P1").exitDate(EXIT).addEvents(event(EXIT.plusDays(9), EventType.EMPLOYED)).build());
    assertThat(byId.count(EECR02, TOTAL)).isEqualTo(1);
    assertThat(byId.count(EECR04, TOTAL)).isZero();
    CommonIndicatorResult byDate = linked(
        of("P1").exitDate(EXIT).addEvents(event(EXIT.plusDays(9), EventType.IN_EDUCATION)).build(),
        of("P1").exitDate(EXIT).addEvents(event(EXIT.plusDays(1), EventType.EMPLOYED)).build());
    assertThat(byDate.count(EECR02, TOTAL)).isEqualTo(1);
    assertThat(byDate.count(EECR04, TOTAL)).isZero();
    CommonIndicatorResult byType = linked(
        of("P1").exitDate(EXIT).addEvents(event(EXIT.plusDays(1), EventType.IN_EDUCATION)).build(),
        of("P1").exitDate(EXIT).addEvents(event(EXIT.plusDays(1), EventType.EMPLOYED)).build());
    assertThat(byType.count(EECR04, TOTAL)).isEqualTo(1);
    assertThat(byType.count(EECR02, TOTAL)).isZero();
  }

  @Test
  void an_exit_beside_an_active_participation_has_no_result_yet() {
    CommonIndicatorResult r = linked(
        of("P1").exitDate(EXIT).addEvents(event(EXIT.plusDays(1), EventType.EMPLOYED)).build(),
        of("P2").entryDate(EXIT.plusDays(5)).build(),
        of("P3").entryDate(EXIT.plusDays(6)).exitDate(AS_OF.plusDays(1)).build());
    assertThat(r.count(EECR04, TOTAL)).isZero();
    assertThat(r.dataQuality().count(DataRule.EXIT_AFTER_AS_OF)).isEqualTo(1);
    assertThat(r.dataQuality().count(DataRule.LONGER_TERM_NOT_DUE)).isZero();
    CommonIndicatorResult exited = linked(
        of("P1").exitDate(EXIT).addEvents(event(EXIT.plusDays(1), EventType.EMPLOYED)).build(),
        of("P2").entryDate(EXIT.plusDays(5)).exitDate(EXIT.plusDays(6)).build());
    assertThat(exited.count(EECR04, TOTAL)).isZero(); // the last exit has no event
    assertThat(exited.count(EECO01, TOTAL)).isEqualTo(1);
  }

  @Test
  void records_of_a_person_after_the_reporting_date_or_struck_are_excluded_before_linking() {
    CommonIndicatorResult r = linked(of("P1").build(), of("P2").entryDate(AS_OF.plusDays(1)).build(),
        of("P3").struck(true).build(), of("P4").exitDate(EXIT)
            .addEvents(event(AS_OF.plusDays(1), EventType.EMPLOYED), event(AS_OF, EventType.IN_EDUCATION)).build());
    assertThat(r.dataQuality().count(DataRule.ENTRY_AFTER_AS_OF)).isEqualTo(1);
    assertThat(r.dataQuality().count(DataRule.STRUCK)).isEqualTo(1);
    assertThat(r.dataQuality().count(DataRule.EVENT_AFTER_AS_OF)).isEqualTo(1);
    assertThat(r.dataQuality().excluded()).isEqualTo(2);
    assertThat(r.dataQuality().participationsCounted()).isEqualTo(2);
  }
}
