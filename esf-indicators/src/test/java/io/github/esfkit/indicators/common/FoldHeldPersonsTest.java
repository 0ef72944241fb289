package io.github.esfkit.indicators.common;

import static io.github.esfkit.core.programme.ProgrammePeriod.ESF_PLUS_2021_2027;
import static io.github.esfkit.indicators.common.TestRecords.person;
import static io.github.esfkit.indicators.common.TestRecords.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.participant.EventType;
import io.github.esfkit.core.participant.Participation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link CommonIndicatorCalculator#foldHeldPersons}: the persons held for linking are folded into the counters
 * and forgotten; the result does not change. Its contract for partitioned input: a person's records must all be
 * in one partition, because a record of a folded person added later (in the same calculator or in another
 * that is merged) counts as another person.
 */
class FoldHeldPersonsTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

  private static CommonIndicatorCalculator calculator() {
    return CommonIndicatorCalculator.of(ESF_PLUS_2021_2027, AS_OF);
  }

  /** Two participations of one person: entered 2022-01-10, left, re-entered, left with a job found. */
  private static List<Participation> reEntry() {
    return List.of(
        record("P1").personId(person(1)).entryDate(LocalDate.of(2022, 1, 10)).exitDate(LocalDate.of(2022, 3, 1))
            .build(),
        record("P2").personId(person(1)).entryDate(LocalDate.of(2022, 9, 5)).exitDate(LocalDate.of(2022, 11, 30))
            .addEvents(TestRecords.event(LocalDate.of(2022, 12, 5), EventType.EMPLOYED)).build());
  }

  @Test
  void theResultIsTheSameBeforeAndAfterAndNoPersonIsHeld() {
    List<Participation> cohort = TestRecords.cohort(7, 400, true);
    CommonIndicatorCalculator c = calculator().addAll(cohort);
    assertThat(c.pendingPersons()).as("the cohort has persons held for linking").isPositive();
    CommonIndicatorResult before = c.result();
    assertThat(c.foldHeldPersons()).isSameAs(c);
    assertThat(c.pendingPersons()).isZero();
    assertThat(c.result()).isEqualTo(before);
    assertThat(c.foldHeldPersons().result()).as("folding again changes nothing").isEqualTo(before);
  }

  @Test
  void aReEntryInOneCalculatorIsStillOnePersonAfterTheFold() {
    CommonIndicatorCalculator c = calculator().addAll(reEntry());
    assertThat(c.pendingPersons()).isEqualTo(1);
    CommonIndicatorResult before = c.result();
    assertThat(before.participants()).isEqualTo(1);
    assertThat(c.foldHeldPersons().result()).isEqualTo(before);
    assertThat(c.result().dataQuality().count(DataRule.RE_ENTRY_LINKED)).isEqualTo(1);
  }

  @Test
  void withNothingHeldTheFoldChangesNothing() {
    CommonIndicatorCalculator empty = calculator();
    assertThat(empty.foldHeldPersons().result()).isEqualTo(calculator().result());
    CommonIndicatorCalculator unlinked = calculator().addAll(TestRecords.cohort(3, 200, false));
    assertThat(unlinked.pendingPersons()).isZero();
    CommonIndicatorResult before = unlinked.result();
    assertThat(unlinked.foldHeldPersons().result()).isEqualTo(before);
  }

  /** The contract: a re-entry split across two calculators that each fold their held persons counts twice. */
  @Test
  void aReEntrySplitAcrossTwoFoldedCalculatorsCountsAsTwoPersons() {
    List<Participation> rows = reEntry();
    CommonIndicatorResult linked = calculator().addAll(rows).result();
    assertThat(linked.participants()).isEqualTo(1);

    // without the fold, the merge links them: one person
    CommonIndicatorCalculator a = calculator().add(rows.get(0));
    CommonIndicatorCalculator b = calculator().add(rows.get(1));
    assertThat(a.merge(b).result()).isEqualTo(linked);

    // each folded before the merge: two persons, nothing linked
    CommonIndicatorCalculator folded = calculator().add(rows.get(0)).foldHeldPersons();
    folded.merge(calculator().add(rows.get(1)).foldHeldPersons());
    CommonIndicatorResult twice = folded.result();
    assertThat(twice.participants()).isEqualTo(2);
    assertThat(twice.dataQuality().count(DataRule.RE_ENTRY_LINKED)).isZero();
    assertThat(twice).isNotEqualTo(linked);
    // which is what two unlinked records give
    CommonIndicatorCalculator separately = calculator();
    rows.forEach(p -> separately.addPerson(List.of(p)));
    assertThat(twice).isEqualTo(separately.result());
  }

  @Test
  void aRecordOfAFoldedPersonAddedLaterToTheSameCalculatorCountsAsAnotherPerson() {
    List<Participation> rows = reEntry();
    CommonIndicatorCalculator c = calculator().add(rows.get(0)).foldHeldPersons().add(rows.get(1));
    assertThat(c.pendingPersons()).isEqualTo(1);
    assertThat(c.result().participants()).isEqualTo(2);
  }

  @Test
  void aCalculatorMergedIntoAFoldedOneIsStillLinkedWithinItself() {
    List<Participation> cohort = TestRecords.cohort(11, 300, true);
    // persons of the first half: those with an even index; the others' records all go to the second calculator
    CommonIndicatorCalculator whole = calculator().addAll(cohort);
    CommonIndicatorCalculator first = calculator();
    CommonIndicatorCalculator second = calculator();
    for (Participation p : cohort) {
      boolean even = p.personId().map(id -> (id.hashCode() & 1) == 0).orElse(p.participantId().length() % 2 == 0);
      (even ? first : second).add(p);
    }
    first.foldHeldPersons();
    assertThat(second.pendingPersons()).as("the second still holds persons").isPositive();
    assertThat(first.merge(second).result()).isEqualTo(whole.result());
  }
}
