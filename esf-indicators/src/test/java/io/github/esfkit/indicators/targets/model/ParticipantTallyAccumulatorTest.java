package io.github.esfkit.indicators.targets.model;

import static io.github.esfkit.indicators.targets.model.ParticipantTallyTest.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.id.Personnummer;
import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.FollowUpAnchor;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.participant.IncomeSupportObservation;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The records path end to end through {@link ParticipantTally#tally}: counts per gender and sub-project, the
 * notes on enrolments against persons and on struck enrolments, the follow-up tally of a follow-up criterion,
 * and unique persons by personnummer past the first growth of the person set.
 */
class ParticipantTallyAccumulatorTest {

  private static final LocalDate AS_OF = LocalDate.of(2022, 6, 30);
  private static final LocalDate EXIT = LocalDate.of(2022, 1, 15);
  private static final Selection ALL = Selection.builder().id("all").labelSv("deltagare").labelEn("participants").build();
  private static final Selection ALL_WITH_STRUCK = Selection.builder().id("struck-too").labelSv("alla inskrivna")
      .labelEn("all enrolled").includeStruck(true).build();
  private static final Selection ONLY_B = Selection.builder().id("b").labelSv("i B").labelEn("in B").addSubProjects("B")
      .build();
  private static final FollowUpCriterion FOLLOW_UP = FollowUpCriterion.builder().id("f").textSv("försörjningsstöd")
      .population(ALL).build();
  private static final FollowUpCriterion FOLLOW_UP_B = FollowUpCriterion.builder().id("fb").textSv("i B")
      .population(ONLY_B).build();

  private static GoalTable table(Criterion... criteria) {
    return GoalTable.builder().projectId("T").titleSv("Test").addSubProjects("A", "B")
        .addGoals(Goal.builder().id("G").goalKind(GoalKind.PROJECT_GOAL).textSv("Mål")
            .addIndicators(Indicator.builder().id("I-1").textSv("Indikator").addCriteria(criteria).build()).build())
        .build();
  }

  private static CountCriterion count(Selection counted) {
    return CountCriterion.builder().id("c-" + counted.id()).textSv("x").counted(counted).population(ALL)
        .bound(Bound.AT_LEAST).totalTarget(1L).build();
  }

  /** A valid personnummer born 1980-01-01 plus {@code index} days, its check digit computed here by Luhn. */
  static Personnummer personnummer(int index) {
    LocalDate birth = LocalDate.of(1980, 1, 1).plusDays(index);
    String ten = String.format("%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue(),
        birth.getDayOfMonth(), 100 + index % 900);
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int d = (ten.charAt(i) - '0') << (1 - i % 2);
      sum += d / 10 + d % 10;
    }
    return Personnummer.parse(birth.getYear() + ten.substring(2) + (10 - sum % 10) % 10);
  }

  private static IncomeSupportObservation support(FollowUpAnchor a, int months, long amount) {
    return IncomeSupportObservation.builder().anchor(a).months(months).receivesSupport(Answer.of(amount > 0))
        .monthlyAmountSek(amount).build();
  }

  private static List<String> ruleIds(EvaluationData d) {
    return d.notes().stream().map(Violation::ruleId).toList();
  }

  @Test
  void countsEachGenderAndSubProjectInItsOwnCell() {
    List<Participation> ps = List.of(
        person("w1", Answer.of(Gender.WOMAN), null).build(),
        person("w2", Answer.of(Gender.WOMAN), null).build().withSubProject("B"),
        person("m1", Answer.of(Gender.MAN), null).build(),
        person("m2", Answer.of(Gender.MAN), null).build(),
        person("n1", Answer.of(Gender.NON_BINARY), null).build().withSubProject("B"),
        person("u1", Answer.notCollected(), null).build());
    EvaluationData d = ParticipantTally.tally(table(count(ONLY_B)), ps, ParticipantFacts.none(), AS_OF);
    SelectionCount all = d.counts().get("all");
    assertThat(all.subProject("A")).isEqualTo(GenderCounts.builder().women(1).men(2).unknown(1).build());
    assertThat(all.subProject("B")).isEqualTo(GenderCounts.builder().women(1).nonBinary(1).build());
    assertThat(d.counts().get("b").bySubProject()).containsOnlyKeys("B");
    assertThat(d.counts().get("b").total().total()).isEqualTo(2);
    // six enrolments, six persons (by participant id): no note
    assertThat(d.notes()).isEmpty();
  }

  @Test
  void moreEnrolmentsThanPersonsIsNoted() {
    Personnummer same = personnummer(0);
    List<Participation> ps = List.of(
        person("p1", Answer.of(Gender.WOMAN), EXIT).personId(same).build(),
        person("p2", Answer.of(Gender.WOMAN), null).personId(same).build().withEntryDate(EXIT.plusDays(1)),
        person("p3", Answer.of(Gender.MAN), null).build(),
        // not entered yet: counts neither as an enrolment nor as a person
        person("p4", Answer.of(Gender.MAN), null).build().withEntryDate(AS_OF.plusDays(1)));
    EvaluationData d = ParticipantTally.tally(table(count(ALL)), ps, ParticipantFacts.none(), AS_OF);
    assertThat(d.notes()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("TARGET-ENROLMENTS-NOT-PERSONS");
      assertThat(v.path()).isEqualTo("participations");
      assertThat(v.messageSv()).isEqualTo("3 inskrivningar men 2 unika personer; andelarna räknas på inskrivningar.");
      assertThat(v.messageEn()).isEqualTo("3 enrolments but 2 unique persons; shares are computed on enrolments.");
    });
    assertThat(d.counts().get("all").total().total()).isEqualTo(3);
  }

  @Test
  void struckEnrolmentsAreNotedOnlyWhenASelectionCountsThem() {
    List<Participation> ps = List.of(
        person("s1", Answer.of(Gender.WOMAN), EXIT).struck(true).build(),
        person("s2", Answer.of(Gender.MAN), EXIT).struck(true).build(),
        person("k1", Answer.of(Gender.MAN), EXIT).build());
    EvaluationData counted = ParticipantTally.tally(table(count(ALL_WITH_STRUCK)), ps, ParticipantFacts.none(), AS_OF);
    assertThat(counted.counts().get("struck-too").total().total()).isEqualTo(3);
    assertThat(counted.counts().get("all").total().total()).isEqualTo(1);
    assertThat(counted.notes()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("TARGET-STRUCK-COUNTED");
      assertThat(v.messageSv()).isEqualTo("2 strukna inskrivningar räknas med i urval som tar med strukna.");
      assertThat(v.messageEn()).isEqualTo("2 struck enrolments are counted in selections that include struck ones.");
    });
    // struck enrolments but no selection that counts them
    assertThat(ParticipantTally.tally(table(count(ALL)), ps, ParticipantFacts.none(), AS_OF).notes()).isEmpty();
    // a selection that counts struck enrolments but none is struck
    assertThat(ParticipantTally.tally(table(count(ALL_WITH_STRUCK)), ps.subList(2, 3), ParticipantFacts.none(), AS_OF)
        .notes()).isEmpty();
  }

  @Test
  void theAccumulatorGivesTheTallyOneRecordAtATime() {
    List<Participation> ps = List.of(
        person("s1", Answer.of(Gender.WOMAN), EXIT).struck(true).build(),
        person("p1", Answer.of(Gender.WOMAN), EXIT).personId(personnummer(1)).build(),
        person("p2", Answer.of(Gender.WOMAN), null).personId(personnummer(1)).build());
    GoalTable t = table(count(ALL_WITH_STRUCK), FOLLOW_UP);
    ParticipantTally.Accumulator a = ParticipantTally.accumulator(t, ParticipantFacts.none(), AS_OF);
    ps.forEach(a::add);
    assertThat(a.result()).isEqualTo(ParticipantTally.tally(t, ps, ParticipantFacts.none(), AS_OF));
    assertThat(ruleIds(a.result())).containsExactly("TARGET-ENROLMENTS-NOT-PERSONS", "TARGET-STRUCK-COUNTED");
  }

  @Test
  void aFollowUpCriterionGetsItsTallyPerSubProject() {
    List<Participation> ps = List.of(
        // on support before, off it after: left
        person("a1", Answer.of(Gender.WOMAN), EXIT).addIncomeSupport(support(FollowUpAnchor.BEFORE_ENTRY, 1, 5000),
            support(FollowUpAnchor.AFTER_EXIT, 3, 0)).build(),
        // less after: reduced, in B
        person("b1", Answer.of(Gender.MAN), EXIT).addIncomeSupport(support(FollowUpAnchor.BEFORE_ENTRY, 1, 5000),
            support(FollowUpAnchor.AFTER_EXIT, 3, 4000)).build().withSubProject("B"),
        // struck: excluded as struck though the population leaves struck enrolments out
        person("s1", Answer.of(Gender.WOMAN), EXIT).struck(true).build(),
        // still active
        person("a2", Answer.of(Gender.MAN), null).build(),
        // entered after the reporting date: not there at all
        person("late", Answer.of(Gender.MAN), null).build().withEntryDate(AS_OF.plusDays(1)).withSubProject("C"));
    EvaluationData d = ParticipantTally.tally(table(FOLLOW_UP, FOLLOW_UP_B), ps, ParticipantFacts.none(), AS_OF);
    FollowUpTally f = d.followUps().get("f");
    assertThat(f.bySubProject()).containsOnlyKeys("A", "B");
    FollowUpCounts a = f.bySubProject().get("A");
    assertThat(a.outcome(FollowUpOutcome.LEFT)).isEqualTo(1);
    assertThat(a.exclusion(FollowUpExclusion.STRUCK)).isEqualTo(1);
    assertThat(a.exclusion(FollowUpExclusion.NOT_EXITED)).isEqualTo(1);
    assertThat(f.bySubProject().get("B").outcome(FollowUpOutcome.REDUCED)).isEqualTo(1);
    // the population of "fb" is sub-project B only
    assertThat(d.followUps().get("fb").bySubProject()).containsOnlyKeys("B");
    assertThat(ParticipantTally.followUp(FOLLOW_UP, ps, ParticipantFacts.none(), AS_OF)).isEqualTo(f);
  }

  @Test
  void aPopulationThatIncludesStruckEnrolmentsClassifiesThemAsStruck() {
    FollowUpCriterion c = FOLLOW_UP.withPopulation(ALL_WITH_STRUCK);
    List<Participation> ps = List.of(person("s1", Answer.of(Gender.WOMAN), EXIT).struck(true).build());
    assertThat(ParticipantTally.followUp(c, ps, ParticipantFacts.none(), AS_OF).bySubProject().get("A")
        .exclusion(FollowUpExclusion.STRUCK)).isEqualTo(1);
  }

  @Test
  void uniquePersonsByPersonnummerPastTheGrowthOfTheSet() {
    int n = 300;
    List<Participation> ps = new ArrayList<>();
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < n; i++) {
        ps.add(person("r" + round + "-" + i, Answer.of(Gender.WOMAN), null).personId(personnummer(i)).build());
      }
    }
    assertThat(ParticipantTally.persons(ps, ParticipantFacts.none())).isEqualTo(n);
    assertThat(ParticipantTally.persons(ps.subList(0, n + 7), ParticipantFacts.none())).isEqualTo(n);
    assertThat(ParticipantTally.persons(ps.subList(0, 33), ParticipantFacts.none())).isEqualTo(33);
    // personnummer, person key and participant id side by side
    List<Participation> mixed = new ArrayList<>(ps.subList(0, 5));
    mixed.add(person("k1", Answer.of(Gender.MAN), null).build());
    mixed.add(person("k2", Answer.of(Gender.MAN), null).build());
    mixed.add(person("id", Answer.of(Gender.MAN), null).build());
    ParticipantFacts facts = ParticipantFacts.builder().putPersonKeys("k1", "x").putPersonKeys("k2", "x")
        .putPersonKeys("id", "id:k1").build();
    assertThat(ParticipantTally.persons(mixed, facts)).isEqualTo(5 + 1 + 1);
    EvaluationData d = ParticipantTally.tally(table(count(ALL)), ps, ParticipantFacts.none(), AS_OF);
    assertThat(d.notes()).singleElement()
        .satisfies(v -> assertThat(v.messageEn()).startsWith("600 enrolments but 300 unique persons"));
  }
}
