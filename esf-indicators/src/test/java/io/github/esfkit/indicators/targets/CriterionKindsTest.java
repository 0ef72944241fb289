package io.github.esfkit.indicators.targets;

import static io.github.esfkit.indicators.targets.Fixtures.ALL;
import static io.github.esfkit.indicators.targets.Fixtures.AS_OF;
import static io.github.esfkit.indicators.targets.Fixtures.OUT;
import static io.github.esfkit.indicators.targets.Fixtures.counts;
import static io.github.esfkit.indicators.targets.Fixtures.data;
import static io.github.esfkit.indicators.targets.Fixtures.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.Share;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.indicators.targets.model.Bound;
import io.github.esfkit.indicators.targets.model.BreakdownLine;
import io.github.esfkit.indicators.targets.model.Comparison;
import io.github.esfkit.indicators.targets.model.CountBasis;
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
import io.github.esfkit.indicators.targets.model.GenderBalanceCriterion;
import io.github.esfkit.indicators.targets.model.GenderCompositionCriterion;
import io.github.esfkit.indicators.targets.model.GenderCounts;
import io.github.esfkit.indicators.targets.model.JudgedCriterion;
import io.github.esfkit.indicators.targets.model.Judgement;
import io.github.esfkit.indicators.targets.model.MilestoneCriterion;
import io.github.esfkit.indicators.targets.model.MilestoneProgress;
import io.github.esfkit.indicators.targets.model.MilestoneStatus;
import io.github.esfkit.indicators.targets.model.RelativeGenderShareCriterion;
import io.github.esfkit.indicators.targets.model.SelectionCount;
import io.github.esfkit.indicators.targets.model.ShareCriterion;
import io.github.esfkit.indicators.targets.model.SuccessRule;
import io.github.esfkit.indicators.targets.model.SurveyShareCriterion;
import io.github.esfkit.indicators.targets.model.SurveyTally;
import io.github.esfkit.indicators.targets.model.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every criterion kind with inputs that meet it and inputs that break it. */
class CriterionKindsTest {

  @Nested
  class Count {
    @Test
    void minimumOnTheTotal() {
      CountCriterion c = Fixtures.countMin(6, 4);
      assertThat(evaluate(c, data(Map.of("out", counts("A", 5, 5), "all", counts("A", 9, 9)))).status())
          .isEqualTo(CriterionStatus.MET);
      assertThat(evaluate(c, data(Map.of("out", counts("A", 5, 4), "all", counts("A", 9, 9)))).status())
          .isEqualTo(CriterionStatus.NOT_MET);
    }

    @Test
    void totalModeNotesAMissedGenderTarget() {
      CriterionResult r = evaluate(Fixtures.countMin(6, 4), data(Map.of("out", counts("A", 5, 5), "all", counts("A", 9, 9))));
      assertThat(r.notes()).singleElement().satisfies(v -> {
        assertThat(v.ruleId()).isEqualTo("TARGET-GENDER-MISSED-IN-TOTAL");
        assertThat(v.path()).isEqualTo("c/woman");
      });
    }

    @Test
    void perGenderBasisAndStrictModeJudgeEachGender() {
      EvaluationData d = data(Map.of("out", counts("A", 5, 5), "all", counts("A", 9, 9)));
      CountCriterion perGender = Fixtures.countMin(6, 4).withBasis(CountBasis.PER_GENDER);
      assertThat(evaluate(perGender, d).status()).isEqualTo(CriterionStatus.PARTIALLY_MET);
      assertThat(evaluate(Fixtures.countMin(6, 4), d, EvaluationMode.STRICT_PER_GENDER).status())
          .isEqualTo(CriterionStatus.PARTIALLY_MET);
      assertThat(evaluate(Fixtures.countMin(5, 5), d, EvaluationMode.STRICT_PER_GENDER).status())
          .isEqualTo(CriterionStatus.MET);
      assertThat(evaluate(Fixtures.countMin(6, 6), d, EvaluationMode.STRICT_PER_GENDER).status())
          .isEqualTo(CriterionStatus.NOT_MET);
    }

    @Test
    void theHeadlineNamesEveryoneInTheTotal() {
      SelectionCount out = SelectionCount.builder()
          .putBySubProject("A", GenderCounts.builder().women(23).men(19).nonBinary(3).unknown(5).build()).build();
      CriterionResult r = evaluate(Fixtures.countMin(1, 1), data(Map.of("out", out, "all", out)));
      assertThat(r.resultSv()).isEqualTo("50 (23 kvinnor, 19 män, 3 icke-binära, 5 okänt kön)");
      assertThat(r.resultEn()).isEqualTo("50 (23 women, 19 men, 3 non-binary, 5 gender unknown)");
      CriterionResult binary = evaluate(Fixtures.countMin(1, 1), data(Map.of("out", counts("A", 23, 19))));
      assertThat(binary.resultSv()).isEqualTo("42 (23 kvinnor, 19 män)");
    }

    @Test
    void maximum() {
      CountCriterion c = CountCriterion.builder().id("c").textSv("max").counted(OUT).population(ALL)
          .bound(Bound.AT_MOST).totalTarget(10L).build();
      assertThat(evaluate(c, data(Map.of("out", counts("A", 5, 5)))).status()).isEqualTo(CriterionStatus.MET);
      assertThat(evaluate(c, data(Map.of("out", counts("A", 6, 5)))).status()).isEqualTo(CriterionStatus.NOT_MET);
    }

    @Test
    void missingCountsAreUndeterminedNotAnException() {
      CriterionResult r = evaluate(Fixtures.countMin(1, 1), data(Map.of()));
      assertThat(r.status()).isEqualTo(CriterionStatus.UNDETERMINED);
      assertThat(r.explanationSv()).contains("uppgifter saknas");
    }

    @Test
    void breakdownPerSubProjectUsesThePopulation() {
      CriterionResult r = evaluate(Fixtures.countMin(1, 1),
          data(Map.of("out", counts("B", 1, 0, "A", 2, 3), "all", counts("A", 7, 8, "B", 2, 2))));
      assertThat(r.breakdown()).extracting(BreakdownLine::subProject).containsExactly("A", "B");
      assertThat(r.line("A").get().phrase(io.github.esfkit.core.Language.SV)).isEqualTo("5 av 15 deltagare, dvs. 33 %");
      assertThat(r.figure("B/woman").get().numerator()).isEqualTo(1);
    }
  }

  @Nested
  class ShareOfPopulation {
    private final ShareCriterion sixty = ShareCriterion.builder().id("s").textSv("60 %").counted(OUT).population(ALL)
        .percent(BigDecimal.valueOf(60)).build();

    @Test
    void metAtExactlyTheThreshold() {
      assertThat(evaluate(sixty, data(Map.of("out", counts("A", 30, 30), "all", counts("A", 50, 50)))).status())
          .isEqualTo(CriterionStatus.MET);
      assertThat(evaluate(sixty, data(Map.of("out", counts("A", 30, 29), "all", counts("A", 50, 50)))).status())
          .isEqualTo(CriterionStatus.NOT_MET);
    }

    @Test
    void fractionalThresholdIsComparedExactly() {
      ShareCriterion c = sixty.withPercent(new BigDecimal("66.67"));
      // 2/3 = 66.666…% < 66.67 %
      assertThat(evaluate(c, data(Map.of("out", counts("A", 2, 0), "all", counts("A", 3, 0)))).status())
          .isEqualTo(CriterionStatus.NOT_MET);
    }

    @Test
    void atMost() {
      ShareCriterion c = sixty.withBound(Bound.AT_MOST);
      assertThat(evaluate(c, data(Map.of("out", counts("A", 60, 0), "all", counts("A", 100, 0)))).status())
          .isEqualTo(CriterionStatus.MET);
      assertThat(evaluate(c, data(Map.of("out", counts("A", 61, 0), "all", counts("A", 100, 0)))).status())
          .isEqualTo(CriterionStatus.NOT_MET);
    }

    @Test
    void zeroDenominatorGivesAnExplainedUndeterminedStatus() {
      CriterionResult r = evaluate(sixty, data(Map.of("out", counts(), "all", counts())));
      assertThat(r.status()).isEqualTo(CriterionStatus.UNDETERMINED);
      assertThat(r.explanationEn()).contains("denominator").contains("is 0");
      assertThat(Fixtures.verdict(data(Map.of("out", counts(), "all", counts())), sixty)).isEqualTo(Verdict.NOT_ASSESSED);
    }
  }

  @Nested
  class Composition {
    private GenderCompositionCriterion women(Comparison cmp, String tolerance) {
      GenderCompositionCriterion.Builder b = GenderCompositionCriterion.builder().id("g").textSv("53/47").population(ALL)
          .gender(Gender.WOMAN).percent(BigDecimal.valueOf(53)).comparison(cmp);
      if (tolerance != null) {
        b.tolerance(new BigDecimal(tolerance));
      }
      return b.build();
    }

    @Test
    void atLeastReproduces144587() {
      assertThat(evaluate(women(Comparison.AT_LEAST, null), data(Map.of("all", counts("A", 110, 120)))).status())
          .isEqualTo(CriterionStatus.NOT_MET);
      assertThat(evaluate(women(Comparison.AT_LEAST, null), data(Map.of("all", counts("A", 53, 47)))).status())
          .isEqualTo(CriterionStatus.MET);
    }

    @Test
    void atMostAndWithin() {
      assertThat(evaluate(women(Comparison.AT_MOST, null), data(Map.of("all", counts("A", 110, 120)))).status())
          .isEqualTo(CriterionStatus.MET);
      assertThat(evaluate(women(Comparison.WITHIN, "2"), data(Map.of("all", counts("A", 51, 49)))).status())
          .isEqualTo(CriterionStatus.MET);
      assertThat(evaluate(women(Comparison.WITHIN, "2"), data(Map.of("all", counts("A", 50, 50)))).status())
          .isEqualTo(CriterionStatus.NOT_MET);
    }
  }

  @Nested
  class Balance {
    private final GenderBalanceCriterion span = GenderBalanceCriterion.builder().id("b").textSv("60/40").population(ALL).build();

    @Test
    void withinTheSpan() {
      assertThat(evaluate(span, data(Map.of("all", counts("A", 40, 60)))).status()).isEqualTo(CriterionStatus.MET);
      assertThat(evaluate(span, data(Map.of("all", counts("A", 39, 61)))).status()).isEqualTo(CriterionStatus.NOT_MET);
      assertThat(evaluate(span, data(Map.of("all", counts("A", 0, 0)))).status()).isEqualTo(CriterionStatus.UNDETERMINED);
    }

    @Test
    void siaPlanOf584AllowsEachGender234To350() {
      assertThat(evaluate(span, data(Map.of("all", counts("A", 234, 350)))).status()).isEqualTo(CriterionStatus.MET);
      assertThat(evaluate(span, data(Map.of("all", counts("A", 233, 351)))).status()).isEqualTo(CriterionStatus.NOT_MET);
      assertThat(evaluate(span, data(Map.of("all", counts("A", 584, 0)))).status()).isEqualTo(CriterionStatus.NOT_MET);
    }
  }

  @Nested
  class RelativeShare {
    private final RelativeGenderShareCriterion rel = RelativeGenderShareCriterion.builder().id("r").textSv("rel")
        .outcome(OUT).reference(ALL).build();

    @Test
    void womenShareAgainstTheProjectShare() {
      // 41/91 = 45.1 % < 110/230 = 47.8 %
      assertThat(evaluate(rel, data(Map.of("out", counts("A", 41, 50), "all", counts("A", 110, 120)))).status())
          .isEqualTo(CriterionStatus.NOT_MET);
      assertThat(evaluate(rel, data(Map.of("out", counts("A", 14, 14), "all", counts("A", 110, 120)))).status())
          .isEqualTo(CriterionStatus.MET);
      // equal shares meet "at least"
      assertThat(evaluate(rel, data(Map.of("out", counts("A", 11, 12), "all", counts("A", 110, 120)))).status())
          .isEqualTo(CriterionStatus.MET);
    }

    @Test
    void noOneWithTheOutcomeIsUndetermined() {
      assertThat(evaluate(rel, data(Map.of("out", counts("A", 0, 0), "all", counts("A", 1, 1)))).status())
          .isEqualTo(CriterionStatus.UNDETERMINED);
    }
  }

  @Nested
  class Survey {
    private EvaluationData tally(SurveyTally t) {
      return EvaluationData.builder().asOf(AS_OF).putSurveys("s", t).build();
    }

    private final SurveyShareCriterion ninety = SurveyShareCriterion.builder().id("s").textSv("90 %")
        .percent(BigDecimal.valueOf(90)).build();

    @Test
    void excludedAnswersAreCountedAndShown() {
      CriterionResult r = evaluate(ninety, tally(SurveyTally.builder().yes(9).no(1).noNeed(3).noAnswer(4).build()));
      assertThat(r.status()).isEqualTo(CriterionStatus.MET);
      assertThat(r.explanationSv()).contains("17 svarande").contains("3 utan behov").contains("4 utan svar");
      assertThat(evaluate(ninety, tally(SurveyTally.builder().yes(8).no(2).build())).status())
          .isEqualTo(CriterionStatus.NOT_MET);
    }

    @Test
    void struckAnswersAreShownWithTheOtherReading() {
      CriterionResult r = evaluate(ninety, tally(SurveyTally.builder().yes(27).no(1).struckNo(3).build()));
      assertThat(r.notes()).singleElement().satisfies(v -> {
        assertThat(v.ruleId()).isEqualTo("TARGET-SURVEY-STRUCK-FLIPS");
        assertThat(v.messageSv()).contains("27 av 31 = 87,1 %").contains("bedömningen vänder");
      });
      CriterionResult stands = evaluate(ninety, tally(SurveyTally.builder().yes(50).no(1).struckNo(1).build()));
      assertThat(stands.notes()).singleElement().satisfies(v -> assertThat(v.ruleId()).isEqualTo("TARGET-SURVEY-STRUCK"));
    }

    @Test
    void noValidAnswerIsUndetermined() {
      assertThat(evaluate(ninety, tally(SurveyTally.builder().noAnswer(5).build())).status())
          .isEqualTo(CriterionStatus.UNDETERMINED);
      assertThat(evaluate(ninety, EvaluationData.builder().asOf(AS_OF).build()).status())
          .isEqualTo(CriterionStatus.UNDETERMINED);
    }
  }

  @Nested
  class FollowUp {
    private FollowUpCounts counts(long left, long reduced, long unchanged, long noData) {
      return FollowUpCounts.builder().putOutcomes(FollowUpOutcome.LEFT, left).putOutcomes(FollowUpOutcome.REDUCED, reduced)
          .putOutcomes(FollowUpOutcome.UNCHANGED, unchanged).putExclusions(FollowUpExclusion.NO_DATA, noData).build();
    }

    private EvaluationData data(FollowUpTally t, Judgement j) {
      EvaluationData.Builder b = EvaluationData.builder().asOf(AS_OF).putFollowUps("f", t);
      if (j != null) {
        b.putJudgements("f", j);
      }
      return b.build();
    }

    private final FollowUpTally tally = FollowUpTally.builder().putBySubProject("A", counts(3, 2, 5, 4))
        .putBySubProject("B", counts(1, 0, 0, 0)).build();

    private FollowUpCriterion.Builder base() {
      return FollowUpCriterion.builder().id("f").textSv("minskat").population(ALL);
    }

    @Test
    void thresholdMetAndBroken() {
      // A+B: 6 of 11 left or reduced = 54.5 %
      assertThat(evaluate(base().thresholdPercent(BigDecimal.valueOf(54)).build(), data(tally, null)).status())
          .isEqualTo(CriterionStatus.MET);
      assertThat(evaluate(base().thresholdPercent(BigDecimal.valueOf(55)).build(), data(tally, null)).status())
          .isEqualTo(CriterionStatus.NOT_MET);
    }

    @Test
    void withoutThresholdAPersonJudges() {
      CriterionResult none = evaluate(base().build(), data(tally, null));
      assertThat(none.status()).isEqualTo(CriterionStatus.UNDETERMINED);
      assertThat(none.judged()).isTrue();
      CriterionResult judged = evaluate(base().build(),
          data(tally, Judgement.of(Verdict.ACHIEVED, "Ett bra resultat.")));
      assertThat(judged.status()).isEqualTo(CriterionStatus.MET);
      assertThat(judged.explanationSv()).contains("6 av 11").contains("4 uppgifter saknas").contains("Ett bra resultat.");
    }

    @Test
    void excludedSubProjectIsCountedAsExcluded() {
      CriterionResult r = evaluate(base().addExcludedSubProjects("A").thresholdPercent(BigDecimal.ONE).build(),
          data(tally, null));
      assertThat(r.figure("total").get().share().get()).isEqualTo(Share.of(1, 1));
      assertThat(r.explanationSv()).contains("14 delprojektet ingår inte");
    }

    @Test
    void deviatingLocalRuleIsReported() {
      CriterionResult r = evaluate(base().putSuccessRuleOverrides("A", SuccessRule.LEFT_ONLY).build(), data(tally, null));
      assertThat(r.figure("A").get().numerator()).isEqualTo(3);
      assertThat(r.notes()).singleElement().satisfies(v -> {
        assertThat(v.ruleId()).isEqualTo("TARGET-FOLLOW-UP-RULE-DEVIATION");
        assertThat(v.messageEn()).contains("In all 6 of 11 = 55% instead of 4 of 11 = 36%");
      });
    }

    @Test
    void labourMarketLinkFiltersOtherCauses() {
      FollowUpCounts c = FollowUpCounts.builder().putOutcomes(FollowUpOutcome.LEFT, 1L)
          .putOutcomes(FollowUpOutcome.LEFT_OTHER_CAUSE, 1L).putOutcomes(FollowUpOutcome.REDUCED_OTHER_CAUSE, 1L).build();
      FollowUpTally t = FollowUpTally.builder().putBySubProject("A", c).build();
      assertThat(evaluate(base().requireLabourMarketLink(true).thresholdPercent(BigDecimal.ONE).build(), data(t, null))
          .figure("total").get().numerator()).isEqualTo(1);
      assertThat(evaluate(base().thresholdPercent(BigDecimal.ONE).build(), data(t, null))
          .figure("total").get().numerator()).isEqualTo(3);
    }
  }

  @Nested
  class Milestone {
    private final MilestoneCriterion plan = MilestoneCriterion.builder().id("m").textSv("plan")
        .deadline(LocalDate.of(2022, 6, 30)).build();

    private EvaluationData progress(MilestoneProgress p) {
      return EvaluationData.builder().asOf(AS_OF).putMilestones("m", p).build();
    }

    @Test
    void doneByTheDeadlineIsMet() {
      assertThat(evaluate(plan, progress(MilestoneProgress.builder().status(MilestoneStatus.DONE).evidenceSv("x")
          .doneOn(LocalDate.of(2021, 10, 13)).build())).status()).isEqualTo(CriterionStatus.MET);
    }

    @Test
    void lateOrUnfinishedIsNotMet() {
      assertThat(evaluate(plan, progress(MilestoneProgress.builder().status(MilestoneStatus.DONE).evidenceSv("x")
          .doneOn(LocalDate.of(2022, 7, 1)).build())).status()).isEqualTo(CriterionStatus.NOT_MET);
      CriterionResult r = evaluate(plan, progress(MilestoneProgress.of(MilestoneStatus.IN_PROGRESS, "pågår")));
      assertThat(r.status()).isEqualTo(CriterionStatus.NOT_MET);
      assertThat(r.explanationSv()).contains("Pågår").contains("Underlag: pågår");
      assertThat(evaluate(plan, progress(MilestoneProgress.of(MilestoneStatus.NOT_STARTED, "-"))).status())
          .isEqualTo(CriterionStatus.NOT_MET);
      assertThat(evaluate(plan, EvaluationData.builder().asOf(AS_OF).build()).status())
          .isEqualTo(CriterionStatus.UNDETERMINED);
    }
  }

  @Nested
  class MilestoneAsOf {
    @Test
    void doneOnlyAfterTheReportingDateIsNotYetMetAndSaysSo() {
      MilestoneCriterion open = MilestoneCriterion.builder().id("m").textSv("material").build();
      EvaluationData d = EvaluationData.builder().asOf(AS_OF).putMilestones("m", MilestoneProgress.builder()
          .status(MilestoneStatus.DONE).evidenceSv("x").doneOn(AS_OF.plusDays(1)).build()).build();
      CriterionResult r = evaluate(open, d);
      assertThat(r.status()).isEqualTo(CriterionStatus.NOT_MET);
      assertThat(r.notes()).extracting(v -> v.ruleId()).containsExactly("TARGET-MILESTONE-DONE-AFTER-AS-OF");
      assertThat(r.explanationEn()).contains(AS_OF.plusDays(1).toString());
      EvaluationData onTheDay = EvaluationData.builder().asOf(AS_OF).putMilestones("m", MilestoneProgress.builder()
          .status(MilestoneStatus.DONE).evidenceSv("x").doneOn(AS_OF).build()).build();
      assertThat(evaluate(open, onTheDay).status()).isEqualTo(CriterionStatus.MET);
    }
  }

  @Nested
  class Judged {
    @Test
    void recordedVerdictBecomesTheStatus() {
      JudgedCriterion c = JudgedCriterion.builder().id("j").textSv("bedöms").build();
      assertThat(evaluate(c, judgement(Verdict.ACHIEVED)).status()).isEqualTo(CriterionStatus.MET);
      assertThat(evaluate(c, judgement(Verdict.PARTIALLY_ACHIEVED)).status()).isEqualTo(CriterionStatus.PARTIALLY_MET);
      assertThat(evaluate(c, judgement(Verdict.NOT_ACHIEVED)).status()).isEqualTo(CriterionStatus.NOT_MET);
      assertThat(evaluate(c, EvaluationData.builder().asOf(AS_OF).build()).status())
          .isEqualTo(CriterionStatus.UNDETERMINED);
      assertThat(evaluate(c, judgement(Verdict.ACHIEVED)).judged()).isTrue();
    }

    private EvaluationData judgement(Verdict v) {
      return EvaluationData.builder().asOf(AS_OF).putJudgements("j", Judgement.of(v, "ord")).build();
    }
  }
}
