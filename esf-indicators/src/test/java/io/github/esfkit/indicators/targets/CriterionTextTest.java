package io.github.esfkit.indicators.targets;

import static io.github.esfkit.indicators.targets.Fixtures.ALL;
import static io.github.esfkit.indicators.targets.Fixtures.AS_OF;
import static io.github.esfkit.indicators.targets.Fixtures.OUT;
import static io.github.esfkit.indicators.targets.Fixtures.counts;
import static io.github.esfkit.indicators.targets.Fixtures.data;
import static io.github.esfkit.indicators.targets.Fixtures.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.validation.Severity;
import io.github.esfkit.indicators.targets.model.Bound;
import io.github.esfkit.indicators.targets.model.BreakdownLine;
import io.github.esfkit.indicators.targets.model.Comparison;
import io.github.esfkit.indicators.targets.model.CountCriterion;
import io.github.esfkit.indicators.targets.model.CriterionResult;
import io.github.esfkit.indicators.targets.model.CriterionStatus;
import io.github.esfkit.indicators.targets.model.EvaluationData;
import io.github.esfkit.indicators.targets.model.EvaluationMode;
import io.github.esfkit.indicators.targets.model.FollowUpCounts;
import io.github.esfkit.indicators.targets.model.FollowUpCriterion;
import io.github.esfkit.indicators.targets.model.FollowUpExclusion;
import io.github.esfkit.indicators.targets.model.FollowUpOutcome;
import io.github.esfkit.indicators.targets.model.FollowUpTally;
import io.github.esfkit.indicators.targets.model.GenderCompositionCriterion;
import io.github.esfkit.indicators.targets.model.MilestoneCriterion;
import io.github.esfkit.indicators.targets.model.MilestoneProgress;
import io.github.esfkit.indicators.targets.model.MilestoneStatus;
import io.github.esfkit.indicators.targets.model.Selection;
import io.github.esfkit.indicators.targets.model.ShareCriterion;
import io.github.esfkit.indicators.targets.model.SurveyShareCriterion;
import io.github.esfkit.indicators.targets.model.SurveyTally;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The wording of every criterion kind in Swedish and English, whole sentences compared: the target, the result,
 * the explanation, the notes and the per-sub-project lines, at the edges where the wording changes (a target of
 * 0, per gender or on the total, an eligibility filter, struck survey answers, exclusions, deadlines). The
 * expected texts are written out by hand from the figures (e.g. 10 of 18 = 55.6 %, printed 56 %).
 */
class CriterionTextTest {

  private static final Selection ELIGIBLE = Selection.builder().id("elig").labelSv("behöriga").labelEn("eligible")
      .addExcludedTags("af", "ab").build();
  private static final Selection FINISHED = Selection.builder().id("fin").labelSv("avslutade").labelEn("finished")
      .build();

  @Nested
  class Count {
    private final EvaluationData fiveAndFive = data(Map.of("out", counts("A", 5, 5), "all", counts("A", 9, 9)));

    @Test
    void onTheTotalWithGenderTargets() {
      CriterionResult r = evaluate(Fixtures.countMin(6, 4), fiveAndFive);
      assertThat(r.status()).isEqualTo(CriterionStatus.MET);
      assertThat(r.targetSv()).isEqualTo("minst 10 (6 kvinnor och 4 män)");
      assertThat(r.targetEn()).isEqualTo("at least 10 (6 women and 4 men)");
      assertThat(r.resultSv()).isEqualTo("10 (5 kvinnor, 5 män)");
      assertThat(r.resultEn()).isEqualTo("10 (5 women, 5 men)");
      assertThat(r.explanationSv()).isEqualTo("10 med utfall mot målet minst 10 (6 kvinnor och 4 män), dvs. 100 % av "
          + "målet. Bedömt på totalen: uppfyllt. Kvinnor 5 mot 6, män 5 mot 4. 10 av 18 deltagare, dvs. 56 %. "
          + "Per 2022-06-30.");
      assertThat(r.explanationEn()).isEqualTo("10 with outcome against the target at least 10 (6 women and 4 men), "
          + "i.e. 100% of the target. Judged on the total: met. Women 5 against 6, men 5 against 4. 10 of 18 "
          + "participants, i.e. 56%. As of 2022-06-30.");
      assertThat(r.notes()).singleElement().satisfies(v -> {
        assertThat(v.severity()).isEqualTo(Severity.INFO);
        assertThat(v.messageSv()).isEqualTo("Bedömt på totalen: kvinnor 5 mot målet minst 6 är inte uppfyllt, men det "
            + "påverkar inte bedömningen.");
        assertThat(v.messageEn()).isEqualTo("Judged on the total: women 5 against the target at least 6 is not met, "
            + "which does not change the verdict.");
      });
    }

    @Test
    void aMissedTotalHasNoGenderNote() {
      CriterionResult r = evaluate(Fixtures.countMin(6, 5), fiveAndFive);
      assertThat(r.status()).isEqualTo(CriterionStatus.NOT_MET);
      assertThat(r.notes()).isEmpty();
      assertThat(r.explanationSv()).contains("dvs. 91 % av målet. Bedömt på totalen: ej uppfyllt. ");
    }

    @Test
    void perGender() {
      CriterionResult r = evaluate(Fixtures.countMin(6, 4), fiveAndFive, EvaluationMode.STRICT_PER_GENDER);
      assertThat(r.status()).isEqualTo(CriterionStatus.PARTIALLY_MET);
      assertThat(r.notes()).isEmpty();
      assertThat(r.explanationSv()).isEqualTo("10 med utfall mot målet minst 10 (6 kvinnor och 4 män), dvs. 100 % av "
          + "målet. Bedömt per kön: kvinnor 5 mot 6 (ej uppfyllt), män 5 mot 4 (uppfyllt). 10 av 18 deltagare, "
          + "dvs. 56 %. Per 2022-06-30.");
      assertThat(r.explanationEn()).isEqualTo("10 with outcome against the target at least 10 (6 women and 4 men), "
          + "i.e. 100% of the target. Judged per gender: women 5 against 6 (not met), men 5 against 4 (met). 10 of "
          + "18 participants, i.e. 56%. As of 2022-06-30.");
    }

    @Test
    void aTargetOfZeroWithoutGenderTargetsOrPopulation() {
      CountCriterion none = CountCriterion.builder().id("c").textSv("inga").counted(OUT).population(ALL)
          .bound(Bound.AT_MOST).totalTarget(0L).build();
      CriterionResult r = evaluate(none, data(Map.of("out", counts("A", 0, 0))));
      assertThat(r.status()).isEqualTo(CriterionStatus.MET);
      assertThat(r.targetSv()).isEqualTo("högst 0");
      assertThat(r.targetEn()).isEqualTo("at most 0");
      assertThat(r.resultSv()).isEqualTo("0 (0 kvinnor, 0 män)");
      assertThat(r.explanationSv()).isEqualTo("0 med utfall mot målet högst 0. Bedömt på totalen: uppfyllt. Per 2022-06-30.");
      assertThat(r.explanationEn()).isEqualTo("0 with outcome against the target at most 0. Judged on the total: met. "
          + "As of 2022-06-30.");
      assertThat(r.breakdown()).isEmpty();
    }

    @Test
    void anEligibilityFilterSaysHowManyItLeftOutAndWhy() {
      CountCriterion c = CountCriterion.builder().id("c").textSv("x").counted(OUT).population(ELIGIBLE)
          .eligibilityBase(FINISHED).bound(Bound.AT_LEAST).totalTarget(4L).build();
      CriterionResult r = evaluate(c, data(Map.of("out", counts("A", 3, 2), "elig", counts("A", 5, 5), "fin",
          counts("A", 6, 6))));
      assertThat(r.explanationSv()).isEqualTo("5 med utfall mot målet minst 4, dvs. 125 % av målet. Bedömt på totalen: "
          + "uppfyllt. Behörighet: 2 av 12 avslutade uteslutna (ab, af). 5 av 10 behöriga, dvs. 50 %. Per 2022-06-30.");
      assertThat(r.explanationEn()).isEqualTo("5 with outcome against the target at least 4, i.e. 125% of the target. "
          + "Judged on the total: met. Eligibility: 2 of 12 finished left out (ab, af). 5 of 10 eligible, i.e. 50%. "
          + "As of 2022-06-30.");
      // a base smaller than the population leaves no one out; no tags, no parenthesis
      CountCriterion untagged = c.withPopulation(ALL.withId("elig"));
      assertThat(evaluate(untagged, data(Map.of("out", counts("A", 3, 2), "elig", counts("A", 5, 5), "fin",
          counts("A", 4, 4)))).explanationSv()).contains(" Behörighet: 0 av 8 avslutade uteslutna. 5 av 10 deltagare");
      // without the population's counts there is nothing to compare the base with
      assertThat(evaluate(c, data(Map.of("out", counts("A", 3, 2), "fin", counts("A", 6, 6)))).explanationSv())
          .doesNotContain("Behörighet");
    }

    @Test
    void linesPerSubProjectNameEachGenderInTheSingularOrPlural() {
      CriterionResult r = evaluate(Fixtures.countMin(1, 1),
          data(Map.of("out", counts("A", 2, 3, "B", 1, 0), "all", counts("A", 7, 8, "B", 3, 1))));
      BreakdownLine a = r.line("A").orElseThrow();
      assertThat(a.sentenceSv()).isEqualTo("A: 2 kvinnor och 3 män; 5 av 15 deltagare, dvs. 33 %.");
      assertThat(a.sentenceEn()).isEqualTo("A: 2 women and 3 men; 5 of 15 participants, i.e. 33%.");
      assertThat(a.denominatorLabelSv()).isEqualTo("deltagare");
      assertThat(a.denominatorLabelEn()).isEqualTo("participants");
      assertThat(r.line("B").orElseThrow().sentenceSv()).isEqualTo("B: 1 kvinna och 0 män; 1 av 4 deltagare, dvs. 25 %.");
      assertThat(r.line("B").orElseThrow().sentenceEn()).isEqualTo("B: 1 woman and 0 men; 1 of 4 participants, i.e. 25%.");
    }
  }

  @Nested
  class Composition {
    private GenderCompositionCriterion.Builder base() {
      return GenderCompositionCriterion.builder().id("g").textSv("53/47").population(ALL).gender(Gender.WOMAN)
          .percent(BigDecimal.valueOf(53));
    }

    @Test
    void everyComparisonInWords() {
      EvaluationData d = data(Map.of("all", counts("A", 110, 120)));
      CriterionResult atLeast = evaluate(base().comparison(Comparison.AT_LEAST).build(), d);
      assertThat(atLeast.targetSv()).isEqualTo("kvinnor minst 53 %");
      assertThat(atLeast.targetEn()).isEqualTo("women at least 53%");
      assertThat(atLeast.resultSv()).isEqualTo("48 % kvinnor, 52 % män");
      assertThat(atLeast.explanationSv()).isEqualTo("110 kvinnor och 120 män av 230 deltagare, dvs. 48 % kvinnor och "
          + "52 % män (exakt 47,8 % kvinnor) mot målet kvinnor minst 53 %: ej uppfyllt. Per 2022-06-30.");
      assertThat(atLeast.explanationEn()).isEqualTo("110 women and 120 men of 230 participants, i.e. 48% women and "
          + "52% men (exactly 47.8% women) against the target women at least 53%: not met. As of 2022-06-30.");
      CriterionResult atMost = evaluate(base().comparison(Comparison.AT_MOST).build(), d);
      assertThat(atMost.targetSv()).isEqualTo("kvinnor högst 53 %");
      assertThat(atMost.targetEn()).isEqualTo("women at most 53%");
      CriterionResult within = evaluate(base().comparison(Comparison.WITHIN).tolerance(new BigDecimal("2.5")).build(), d);
      assertThat(within.targetSv()).isEqualTo("kvinnor 53 % ± 2,5 procentenheter");
      assertThat(within.targetEn()).isEqualTo("women 53% ± 2.5 percentage points");
    }
  }

  @Nested
  class Survey {
    private final SurveyShareCriterion ninety = SurveyShareCriterion.builder().id("s").textSv("90 %")
        .percent(BigDecimal.valueOf(90)).build();

    private CriterionResult evaluateSurvey(SurveyShareCriterion c, SurveyTally t) {
      return evaluate(c, EvaluationData.builder().asOf(AS_OF).putSurveys("s", t).build());
    }

    @Test
    void everyAnswerIsAccountedFor() {
      CriterionResult r = evaluateSurvey(ninety, SurveyTally.builder().yes(9).no(1).struckYes(1).struckNo(2).noNeed(3)
          .noAnswer(4).build());
      assertThat(r.status()).isEqualTo(CriterionStatus.MET);
      assertThat(r.targetSv()).isEqualTo("minst 90 %");
      assertThat(r.targetEn()).isEqualTo("at least 90%");
      assertThat(r.resultSv()).isEqualTo("9 av 10 = 90 %");
      assertThat(r.explanationSv()).isEqualTo("9 av 10 giltiga svar, dvs. 90 % (exakt 90,0 %) mot minst 90 %: uppfyllt. "
          + "20 svarande: 9 ja, 1 nej, 3 strukna svar (1 ja, 2 nej; utanför nämnaren), 3 utan behov, 4 utan svar "
          + "(utanför nämnaren). Per 2022-06-30.");
      assertThat(r.explanationEn()).isEqualTo("9 of 10 valid answers, i.e. 90% (exactly 90.0%) against at least 90%: "
          + "met. 20 respondents: 9 yes, 1 no, 3 struck answers (1 yes, 2 no; left out of the denominator), 3 no need, "
          + "4 no answer (left out of the denominator). As of 2022-06-30.");
      // kept, the struck answers give 10 of 13 = 76.9 %: the verdict flips
      assertThat(r.notes()).singleElement().satisfies(v -> {
        assertThat(v.ruleId()).isEqualTo("TARGET-SURVEY-STRUCK-FLIPS");
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
        assertThat(v.messageSv()).isEqualTo("3 strukna svar uteslutna: 9 av 10 = 90,0 % (uppfyllt). Medräknade: 10 av 13 "
            + "= 76,9 % (ej uppfyllt); bedömningen vänder.");
        assertThat(v.messageEn()).isEqualTo("3 struck answers left out: 9 of 10 = 90.0% (met). Kept: 10 of 13 = 76.9% "
            + "(not met); the verdict flips.");
      });
    }

    @Test
    void keptStruckAnswersAreSaidToBeCounted() {
      CriterionResult r = evaluateSurvey(ninety.withKeepStruckAnswers(true),
          SurveyTally.builder().yes(27).no(1).struckNo(3).build());
      assertThat(r.status()).isEqualTo(CriterionStatus.NOT_MET);
      assertThat(r.explanationSv()).contains("27 av 31 giltiga svar, dvs. 87 % (exakt 87,1 %)")
          .contains("3 strukna svar (0 ja, 3 nej; medräknade)");
      assertThat(r.explanationEn()).contains("3 struck answers (0 yes, 3 no; counted)");
      assertThat(r.notes()).singleElement().satisfies(v -> {
        assertThat(v.ruleId()).isEqualTo("TARGET-SURVEY-STRUCK-FLIPS");
        assertThat(v.messageSv()).isEqualTo("3 strukna svar medräknade: 27 av 31 = 87,1 % (ej uppfyllt). Uteslutna: "
            + "27 av 28 = 96,4 % (uppfyllt); bedömningen vänder.");
        assertThat(v.messageEn()).isEqualTo("3 struck answers kept: 27 of 31 = 87.1% (not met). Left out: 27 of 28 = "
            + "96.4% (met); the verdict flips.");
      });
    }

    @Test
    void aVerdictThatStandsIsAnInfo() {
      CriterionResult r = evaluateSurvey(ninety, SurveyTally.builder().yes(50).no(1).struckNo(1).build());
      assertThat(r.notes()).singleElement().satisfies(v -> {
        assertThat(v.ruleId()).isEqualTo("TARGET-SURVEY-STRUCK");
        assertThat(v.severity()).isEqualTo(Severity.INFO);
        assertThat(v.messageSv()).isEqualTo("1 strukna svar uteslutna: 50 av 51 = 98,0 % (uppfyllt). Medräknade: 50 av 52 "
            + "= 96,2 % (uppfyllt); bedömningen står sig.");
        assertThat(v.messageEn()).endsWith("; the verdict stands.");
      });
      assertThat(evaluateSurvey(ninety, SurveyTally.builder().yes(50).no(1).build()).notes()).isEmpty();
    }

    @Test
    void noValidAnswerSaysWhatThereWas() {
      CriterionResult r = evaluateSurvey(ninety, SurveyTally.builder().noNeed(2).noAnswer(5).build());
      assertThat(r.status()).isEqualTo(CriterionStatus.UNDETERMINED);
      assertThat(r.explanationSv()).isEqualTo("Kan inte avgöras: inga giltiga svar. 7 svarande: 0 ja, 0 nej, 0 strukna "
          + "svar (0 ja, 0 nej; utanför nämnaren), 2 utan behov, 5 utan svar (utanför nämnaren). Per 2022-06-30.");
      assertThat(r.explanationEn()).isEqualTo("Cannot be decided: no valid answers. 7 respondents: 0 yes, 0 no, 0 struck "
          + "answers (0 yes, 0 no; left out of the denominator), 2 no need, 5 no answer (left out of the "
          + "denominator). As of 2022-06-30.");
      assertThat(r.targetSv()).isEqualTo("90 %");
      assertThat(r.resultSv()).isEqualTo("–");
      assertThat(r.breakdown()).isEmpty();
    }
  }

  @Nested
  class FollowUp {
    private FollowUpCounts counts(long left, long reduced, long unchanged, long noData) {
      return FollowUpCounts.builder().putOutcomes(FollowUpOutcome.LEFT, left).putOutcomes(FollowUpOutcome.REDUCED, reduced)
          .putOutcomes(FollowUpOutcome.UNCHANGED, unchanged).putExclusions(FollowUpExclusion.NO_DATA, noData).build();
    }

    private EvaluationData data(FollowUpTally t) {
      return EvaluationData.builder().asOf(AS_OF).putFollowUps("f", t).build();
    }

    private final FollowUpCriterion atLeast54 = FollowUpCriterion.builder().id("f").textSv("minskat").population(ALL)
        .thresholdPercent(BigDecimal.valueOf(54)).build();

    @Test
    void theWholeAccountInBothLanguages() {
      // A: 3 left, 2 reduced, 5 unchanged, 4 without data; B: 1 left. 6 of 11 = 54.5 %
      CriterionResult r = evaluate(atLeast54, data(FollowUpTally.builder().putBySubProject("A", counts(3, 2, 5, 4))
          .putBySubProject("B", counts(1, 0, 0, 0)).build()));
      assertThat(r.status()).isEqualTo(CriterionStatus.MET);
      assertThat(r.targetSv()).isEqualTo("minst 54 %");
      assertThat(r.targetEn()).isEqualTo("at least 54%");
      assertThat(r.resultSv()).isEqualTo("6 av 11 = 55 %");
      assertThat(r.resultEn()).isEqualTo("6 of 11 = 55%");
      assertThat(r.explanationSv()).isEqualTo("6 av 11 uppföljda deltagare har lämnat eller minskat 3 månader efter "
          + "avslut mot 1 månad(er) före inskrivning, dvs. 55 %. Uteslutna: 4 uppgifter saknas; per delprojekt: A: 4 "
          + "uppgifter saknas. Mot minst 54 %: uppfyllt. Per 2022-06-30.");
      assertThat(r.explanationEn()).isEqualTo("6 of 11 followed-up participants left or reduced 3 months after exit "
          + "against 1 month(s) before entry, i.e. 55%. Left out: 4 no data; per sub-project: A: 4 no data. Against "
          + "at least 54%: met. As of 2022-06-30.");
      assertThat(r.breakdown()).extracting(BreakdownLine::subProject).containsExactly("A", "B");
      BreakdownLine a = r.line("A").orElseThrow();
      assertThat(a.phrase(Language.SV)).isEqualTo("5 av 10 uppföljda deltagare, dvs. 50 %");
      assertThat(a.sentenceSv()).isEqualTo("A: 5 av 10 uppföljda deltagare, dvs. 50 %.");
      assertThat(a.sentenceEn()).isEqualTo("A: 5 of 10 followed-up participants, i.e. 50%.");
      assertThat(a.denominatorLabelEn()).isEqualTo("followed-up participants");
    }

    @Test
    void noExclusionsAndLeftOutSubProjects() {
      FollowUpCriterion c = atLeast54.withExcludedSubProjects("C", "B");
      // B is left out whole (its 1 + 0 are counted as excluded); A's zero "no data" is not an exclusion
      CriterionResult r = evaluate(c, data(FollowUpTally.builder().putBySubProject("A", counts(1, 0, 1, 0))
          .putBySubProject("B", counts(1, 0, 0, 0)).build()));
      assertThat(r.explanationSv()).startsWith("1 av 2 uppföljda deltagare har lämnat eller minskat 3 månader efter "
          + "avslut mot 1 månad(er) före inskrivning, dvs. 50 %. Uteslutna: 1 delprojektet ingår inte (delprojekt "
          + "utanför: B, C). Mot minst 54 %: ej uppfyllt.");
      assertThat(r.explanationEn()).contains("Left out: 1 sub-project left out (sub-projects left out: B, C). Against");
      CriterionResult none = evaluate(atLeast54, data(FollowUpTally.builder().putBySubProject("A", counts(1, 0, 1, 0))
          .build()));
      assertThat(none.explanationSv()).contains("dvs. 50 %. Uteslutna: inga. Mot minst 54 %");
      assertThat(none.explanationEn()).contains("i.e. 50%. Left out: none. Against at least 54%");
    }
  }

  @Nested
  class Milestone {
    private CriterionResult evaluateMilestone(MilestoneCriterion c, MilestoneProgress p) {
      return evaluate(c, EvaluationData.builder().asOf(AS_OF).putMilestones("m", p).build());
    }

    private final MilestoneCriterion byYearEnd = MilestoneCriterion.builder().id("m").textSv("plan")
        .deadline(LocalDate.of(2022, 12, 31)).build();
    private final MilestoneCriterion byAsOf = byYearEnd.withDeadline(AS_OF);
    private final MilestoneCriterion open = MilestoneCriterion.builder().id("m").textSv("plan").build();

    @Test
    void doneWithAndWithoutADate() {
      CriterionResult r = evaluateMilestone(byYearEnd, MilestoneProgress.builder().status(MilestoneStatus.DONE)
          .evidenceSv("Planen antagen.").doneOn(LocalDate.of(2021, 10, 13)).build());
      assertThat(r.targetSv()).isEqualTo("klar senast 2022-12-31");
      assertThat(r.targetEn()).isEqualTo("done by 2022-12-31");
      assertThat(r.resultSv()).isEqualTo("klar");
      assertThat(r.resultEn()).isEqualTo("done");
      assertThat(r.explanationSv()).isEqualTo("Klar 2021-10-13: uppfyllt. Underlag: Planen antagen. Per 2022-06-30.");
      assertThat(r.explanationEn()).isEqualTo("Done 2021-10-13: met. Evidence (Swedish): Planen antagen. As of 2022-06-30.");
      CriterionResult undated = evaluateMilestone(open, MilestoneProgress.of(MilestoneStatus.DONE, "Klart."));
      assertThat(undated.targetSv()).isEqualTo("klar");
      assertThat(undated.targetEn()).isEqualTo("done");
      assertThat(undated.explanationSv()).isEqualTo("Klar: uppfyllt. Underlag: Klart. Per 2022-06-30.");
      assertThat(undated.explanationEn()).isEqualTo("Done: met. Evidence (Swedish): Klart. As of 2022-06-30.");
    }

    @Test
    void lateOrNotDoneSaysWhetherTheDeadlineHasPassed() {
      CriterionResult late = evaluateMilestone(byAsOf, MilestoneProgress.builder().status(MilestoneStatus.DONE)
          .evidenceSv("Sent.").doneOn(AS_OF).build());
      assertThat(late.status()).isEqualTo(CriterionStatus.MET);
      CriterionResult lateDone = evaluateMilestone(byAsOf.withDeadline(AS_OF.minusDays(1)), MilestoneProgress.builder()
          .status(MilestoneStatus.DONE).evidenceSv("Sent.").doneOn(AS_OF).build());
      assertThat(lateDone.explanationSv()).isEqualTo("Klar efter tidsfristen: ej uppfyllt. Underlag: Sent. Per 2022-06-30.");
      assertThat(lateDone.explanationEn()).isEqualTo("Done after the deadline: not met. Evidence (Swedish): Sent. As of "
          + "2022-06-30.");
      CriterionResult openDeadline = evaluateMilestone(byYearEnd, MilestoneProgress.of(MilestoneStatus.IN_PROGRESS,
          "Utkast."));
      assertThat(openDeadline.resultSv()).isEqualTo("pågår");
      assertThat(openDeadline.explanationSv()).isEqualTo("Pågår (tidsfristen har inte passerat): ej uppfyllt. Underlag: "
          + "Utkast. Per 2022-06-30.");
      assertThat(openDeadline.explanationEn()).isEqualTo("In progress (the deadline has not passed): not met. Evidence "
          + "(Swedish): Utkast. As of 2022-06-30.");
      // a deadline on the reporting date has passed at its end
      CriterionResult passed = evaluateMilestone(byAsOf, MilestoneProgress.of(MilestoneStatus.NOT_STARTED, "Inget."));
      assertThat(passed.explanationSv()).isEqualTo("Ej påbörjad: ej uppfyllt. Underlag: Inget. Per 2022-06-30.");
      assertThat(passed.explanationEn()).isEqualTo("Not started: not met. Evidence (Swedish): Inget. As of 2022-06-30.");
    }

    @Test
    void doneAfterTheReportingDate() {
      CriterionResult r = evaluateMilestone(open, MilestoneProgress.builder().status(MilestoneStatus.DONE)
          .evidenceSv("x").doneOn(LocalDate.of(2022, 7, 1)).build());
      assertThat(r.explanationSv()).isEqualTo("Klar först 2022-07-01, efter rapportdatumet 2022-06-30: ej uppfyllt. "
          + "Underlag: x Per 2022-06-30.");
      assertThat(r.notes()).singleElement().satisfies(v -> {
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
        assertThat(v.messageSv()).isEqualTo("Milstolpen anges klar 2022-07-01, efter uppgifternas datum 2022-06-30; per "
            + "det datumet är den inte klar.");
        assertThat(v.messageEn()).isEqualTo("The milestone is recorded as done on 2022-07-01, after the data's date "
            + "2022-06-30; as of that date it is not done.");
      });
    }
  }

  @Nested
  class Undetermined {
    @Test
    void aZeroDenominatorKeepsTheLinesPerSubProject() {
      ShareCriterion c = ShareCriterion.builder().id("s").textSv("60 %").counted(OUT).population(ALL)
          .percent(BigDecimal.valueOf(60)).build();
      CriterionResult r = evaluate(c, data(Map.of("out", counts("A", 0, 0), "all", counts("A", 0, 0))));
      assertThat(r.explanationSv()).isEqualTo("Kan inte avgöras: nämnaren (deltagare) är 0. Per 2022-06-30.");
      assertThat(r.explanationEn()).isEqualTo("Cannot be decided: the denominator (participants) is 0. As of 2022-06-30.");
      assertThat(r.breakdown()).singleElement().satisfies(l -> {
        assertThat(l.subProject()).isEqualTo("A");
        assertThat(l.phrase(Language.SV)).isEqualTo("0 av 0 deltagare, dvs. –");
      });
    }

    @Test
    void missingCountsNameTheSelection() {
      CriterionResult r = evaluate(Fixtures.countMin(1, 1), data(Map.of()));
      assertThat(r.explanationSv()).isEqualTo("Kan inte avgöras: uppgifter saknas för urvalet out. Per 2022-06-30.");
      assertThat(r.explanationEn()).isEqualTo("Cannot be decided: no counts for selection out. As of 2022-06-30.");
      assertThat(r.targetSv()).isEqualTo("minst");
      assertThat(r.breakdown()).isEmpty();
    }
  }
}
