package io.github.esfkit.indicators.targets.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.EmploymentStatus;
import io.github.esfkit.core.participant.ExitDestination;
import io.github.esfkit.core.participant.FollowUpAnchor;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.participant.IncomeSupportObservation;
import io.github.esfkit.core.participant.IscedLevel;
import io.github.esfkit.core.participant.Participation;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Records path: selections, unknown gender, persons, and the follow-up classification. */
class ParticipantTallyTest {

  private static final LocalDate AS_OF = LocalDate.of(2022, 6, 30);
  private static final Selection ALL = Selection.builder().id("all").labelSv("deltagare").labelEn("participants").build();
  private static final FollowUpCriterion F = FollowUpCriterion.builder().id("f").textSv("x")
      .population(ALL).requireConsent(true).build();

  static Participation.Builder person(String id, Answer<Gender> g, LocalDate exit) {
    Participation.Builder b = Participation.builder().participantId(id).subProject("A").gender(g)
        .birthDate(Answer.of(LocalDate.of(1980, 1, 1))).entryDate(LocalDate.of(2021, 1, 1))
        .employmentStatus(Answer.of(EmploymentStatus.UNEMPLOYED)).education(Answer.of(IscedLevel.ISCED2))
        .followUpConsent(Answer.of(true));
    if (exit != null) {
      b.exitDate(exit);
    }
    return b;
  }

  private static IncomeSupportObservation obs(FollowUpAnchor a, int months, long amount) {
    return IncomeSupportObservation.builder().anchor(a).months(months).receivesSupport(Answer.of(amount > 0))
        .monthlyAmountSek(amount).build();
  }

  @Test
  void countsSelectionsPerGenderWithUnknownKeptApart() {
    Selection out = Selection.builder().id("w").labelSv("x").labelEn("x").addDestinations(ExitDestination.STUDIES).build();
    List<Participation> ps = List.of(
        person("p1", Answer.of(Gender.WOMAN), LocalDate.of(2022, 1, 1)).exitDestination(ExitDestination.STUDIES).build(),
        person("p2", Answer.notCollected(), LocalDate.of(2022, 1, 1)).exitDestination(ExitDestination.STUDIES).build(),
        person("p3", Answer.of(Gender.MAN), LocalDate.of(2022, 1, 1)).exitDestination(ExitDestination.OTHER).build(),
        person("p4", Answer.of(Gender.MAN), LocalDate.of(2022, 1, 1)).exitDestination(ExitDestination.STUDIES)
            .struck(true).build());
    GenderCounts c = ParticipantTally.count(out, ps, ParticipantFacts.none()).total();
    assertThat(c.women()).isEqualTo(1);
    assertThat(c.unknown()).isEqualTo(1);
    assertThat(c.men()).isZero();
    assertThat(c.total()).isEqualTo(2);
    assertThat(ParticipantTally.count(out.withIncludeStruck(true), ps, ParticipantFacts.none()).total().total()).isEqualTo(3);
  }

  @Test
  void tagsSelectAndExclude() {
    Selection tagged = Selection.builder().id("t").labelSv("x").labelEn("x").addRequiredTags("wt").build();
    Selection notTagged = Selection.builder().id("n").labelSv("x").labelEn("x").addExcludedTags("wt").build();
    List<Participation> ps = List.of(person("p1", Answer.of(Gender.WOMAN), null).build(),
        person("p2", Answer.of(Gender.WOMAN), null).build());
    ParticipantFacts facts = ParticipantFacts.builder().putTags("p1", Set.of("wt")).build();
    assertThat(ParticipantTally.count(tagged, ps, facts).total().total()).isEqualTo(1);
    assertThat(ParticipantTally.count(notTagged, ps, facts).total().total()).isEqualTo(1);
  }

  @Test
  void subProjectRestriction() {
    Selection onlyB = Selection.builder().id("b").labelSv("x").labelEn("x").addSubProjects("B").build();
    List<Participation> ps = List.of(person("p1", Answer.of(Gender.WOMAN), null).build(),
        person("p2", Answer.of(Gender.MAN), null).build().withSubProject("B"));
    assertThat(ParticipantTally.count(onlyB, ps, ParticipantFacts.none()).bySubProject()).containsOnlyKeys("B");
  }

  @Test
  void personsAreLinkedByPersonKey() {
    List<Participation> ps = List.of(person("p1", Answer.of(Gender.WOMAN), null).build(),
        person("p2", Answer.of(Gender.WOMAN), null).build(), person("p3", Answer.of(Gender.WOMAN), null).build());
    ParticipantFacts facts = ParticipantFacts.builder().putPersonKeys("p1", "x").putPersonKeys("p2", "x").build();
    assertThat(ParticipantTally.persons(ps, facts)).isEqualTo(2);
    assertThat(ParticipantTally.persons(ps, ParticipantFacts.none())).isEqualTo(3);
  }

  @Test
  void followUpClassification() {
    LocalDate exit = LocalDate.of(2022, 1, 15);
    assertThat(ParticipantTally.classify(F, person("a", Answer.of(Gender.MAN), null).build(), AS_OF))
        .isEqualTo(FollowUpExclusion.NOT_EXITED);
    assertThat(ParticipantTally.classify(F, person("a", Answer.of(Gender.MAN), LocalDate.of(2022, 4, 1)).build(), AS_OF))
        .isEqualTo(FollowUpExclusion.NOT_YET_DUE);
    assertThat(ParticipantTally.classify(F, person("a", Answer.of(Gender.MAN), LocalDate.of(2022, 3, 30)).build(), AS_OF))
        .isEqualTo(FollowUpExclusion.NO_DATA);
    assertThat(ParticipantTally.classify(F, person("a", Answer.of(Gender.MAN), exit).struck(true).build(), AS_OF))
        .isEqualTo(FollowUpExclusion.STRUCK);
    assertThat(ParticipantTally.classify(F, person("a", Answer.of(Gender.MAN), exit).build()
        .withFollowUpConsent(Answer.notCollected()), AS_OF)).isEqualTo(FollowUpExclusion.NO_CONSENT);
    assertThat(ParticipantTally.classify(F, person("a", Answer.of(Gender.MAN), exit)
        .addIncomeSupport(obs(FollowUpAnchor.BEFORE_ENTRY, 1, 0)).build(), AS_OF))
        .isEqualTo(FollowUpExclusion.NOT_ON_SUPPORT_AT_BASELINE);
    assertThat(ParticipantTally.classify(F, person("a", Answer.of(Gender.MAN), exit)
        .addIncomeSupport(obs(FollowUpAnchor.BEFORE_ENTRY, 1, 5000)).build(), AS_OF))
        .isEqualTo(FollowUpExclusion.NO_DATA);
    assertThat(ParticipantTally.classify(F, person("a", Answer.of(Gender.MAN), exit)
        .addIncomeSupport(obs(FollowUpAnchor.BEFORE_ENTRY, 1, 5000), obs(FollowUpAnchor.AFTER_EXIT, 3, 0)).build(), AS_OF))
        .isEqualTo(FollowUpOutcome.LEFT);
    assertThat(ParticipantTally.classify(F, person("a", Answer.of(Gender.MAN), exit)
        .addIncomeSupport(obs(FollowUpAnchor.BEFORE_ENTRY, 1, 5000), obs(FollowUpAnchor.AFTER_EXIT, 3, 3000)).build(), AS_OF))
        .isEqualTo(FollowUpOutcome.REDUCED);
    assertThat(ParticipantTally.classify(F, person("a", Answer.of(Gender.MAN), exit)
        .addIncomeSupport(obs(FollowUpAnchor.BEFORE_ENTRY, 1, 5000), obs(FollowUpAnchor.AFTER_EXIT, 3, 5000)).build(), AS_OF))
        .isEqualTo(FollowUpOutcome.UNCHANGED);
    assertThat(ParticipantTally.classify(F, person("a", Answer.of(Gender.MAN), exit)
        .addIncomeSupport(obs(FollowUpAnchor.BEFORE_ENTRY, 1, 5000), obs(FollowUpAnchor.AFTER_EXIT, 3, 6000)).build(), AS_OF))
        .isEqualTo(FollowUpOutcome.INCREASED);
  }

  @Test
  void followUpNearTheEndOfTimeIsNotYetDueInsteadOfThrowing() {
    LocalDate max = LocalDate.MAX;
    Participation p = person("a", Answer.of(Gender.MAN), max).build().withEntryDate(max.minusDays(10));
    assertThat(ParticipantTally.classify(F, p, max)).isEqualTo(FollowUpExclusion.NOT_YET_DUE);
    Participation q = person("b", Answer.of(Gender.MAN), LocalDate.of(999_999_999, 10, 1)).build()
        .withEntryDate(LocalDate.of(999_999_999, 9, 1));
    assertThat(ParticipantTally.classify(F, q, max)).isEqualTo(FollowUpExclusion.NOT_YET_DUE);
    Participation r = person("c", Answer.of(Gender.MAN), LocalDate.of(999_999_999, 9, 30)).build()
        .withEntryDate(LocalDate.of(999_999_999, 9, 1));
    assertThat(ParticipantTally.classify(F, r, max)).isEqualTo(FollowUpExclusion.NO_DATA);
  }

  @Test
  void reportingDateCutsEntriesAndExitsAfterIt() {
    Selection studies = Selection.builder().id("studies").labelSv("x").labelEn("x")
        .addDestinations(ExitDestination.STUDIES).build();
    Selection finished = Selection.builder().id("finished").labelSv("x").labelEn("x").exitedOnly(true).build();
    CountCriterion c = CountCriterion.builder().id("c").textSv("x").counted(studies).population(ALL)
        .bound(Bound.AT_LEAST).totalTarget(1L).eligibilityBase(finished).build();
    List<Participation> ps = List.of(
        // exited on the reporting date: exists, has exited
        person("p1", Answer.of(Gender.WOMAN), AS_OF).exitDestination(ExitDestination.STUDIES).build(),
        // exit after the reporting date: still active, no destination yet
        person("p2", Answer.of(Gender.WOMAN), AS_OF.plusDays(1)).exitDestination(ExitDestination.STUDIES).build(),
        // entry after the reporting date: does not exist yet
        person("p3", Answer.of(Gender.MAN), null).build().withEntryDate(AS_OF.plusDays(1)));
    EvaluationData d = ParticipantTally.tally(GoalTable.builder().projectId("T").titleSv("Test").addSubProjects("A", "B")
        .addGoals(Goal.builder().id("G").goalKind(GoalKind.PROJECT_GOAL).textSv("Mål")
            .addIndicators(Indicator.builder().id("I-1").textSv("Indikator").addCriteria(c).build()).build())
        .build(), ps, ParticipantFacts.none(), AS_OF);
    assertThat(d.counts().get("all").total().total()).isEqualTo(2);
    assertThat(d.counts().get("all").total().men()).isZero();
    assertThat(d.counts().get("studies").total().total()).isEqualTo(1);
    assertThat(d.counts().get("finished").total().total()).isEqualTo(1);
    assertThat(ParticipantTally.count(studies, ps, ParticipantFacts.none(), AS_OF).total().total()).isEqualTo(1);
    assertThat(ParticipantTally.count(studies, ps, ParticipantFacts.none()).total().total()).isEqualTo(2);
    assertThat(ParticipantTally.followUp(F, ps, ParticipantFacts.none(), AS_OF).bySubProject().get("A")
        .exclusion(FollowUpExclusion.NOT_EXITED)).isEqualTo(1);
  }
}
