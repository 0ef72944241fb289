package io.github.esfkit.indicators.targets;

import static io.github.esfkit.indicators.targets.Fixtures.ALL;
import static io.github.esfkit.indicators.targets.Fixtures.AS_OF;
import static io.github.esfkit.indicators.targets.Fixtures.OUT;
import static io.github.esfkit.indicators.targets.Fixtures.counts;
import static io.github.esfkit.indicators.targets.Fixtures.data;
import static io.github.esfkit.indicators.targets.Fixtures.evaluate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.core.Language;
import io.github.esfkit.indicators.targets.model.Bound;
import io.github.esfkit.indicators.targets.model.BreakdownLine;
import io.github.esfkit.indicators.targets.model.ComputedFigure;
import io.github.esfkit.indicators.targets.model.CriterionResult;
import io.github.esfkit.indicators.targets.model.CriterionStatus;
import io.github.esfkit.indicators.targets.model.EvaluationData;
import io.github.esfkit.indicators.targets.model.FollowUpCounts;
import io.github.esfkit.indicators.targets.model.FollowUpCriterion;
import io.github.esfkit.indicators.targets.model.FollowUpExclusion;
import io.github.esfkit.indicators.targets.model.FollowUpOutcome;
import io.github.esfkit.indicators.targets.model.FollowUpTally;
import io.github.esfkit.indicators.targets.model.GenderBalanceCriterion;
import io.github.esfkit.indicators.targets.model.GenderCounts;
import io.github.esfkit.indicators.targets.model.MilestoneCriterion;
import io.github.esfkit.indicators.targets.model.MilestoneProgress;
import io.github.esfkit.indicators.targets.model.MilestoneStatus;
import io.github.esfkit.indicators.targets.model.RelativeGenderShareCriterion;
import io.github.esfkit.indicators.targets.model.SelectionCount;
import io.github.esfkit.indicators.targets.model.SuccessRule;
import io.github.esfkit.indicators.targets.model.SurveyShareCriterion;
import io.github.esfkit.indicators.targets.model.SurveyTally;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The evaluators at the edges the kind tests do not reach: the figures each one computes (non-binary counted,
 * struck survey answers kept), a balance with one gender absent, a relative share as a maximum, follow-up
 * sub-projects with no one followed up, a milestone done without a date, and the verdict rule's null contract.
 */
class EvaluatorEdgesTest {

  @Test
  void aCountNamesNonBinaryOnlyWhenThereAreAny() {
    SelectionCount out = SelectionCount.builder()
        .putBySubProject("A", GenderCounts.builder().women(2).men(1).nonBinary(1).build()).build();
    CriterionResult r = evaluate(Fixtures.countMin(1, 1), data(Map.of("out", out)));
    assertThat(r.figure("non_binary").map(ComputedFigure::numerator)).contains(1L);
    assertThat(r.figure("total").get().denominator()).isEmpty();
    assertThat(r.figure("A").get().denominator()).isEmpty();
    // without the population, no lines per sub-project
    assertThat(r.breakdown()).isEmpty();
    CriterionResult binary = evaluate(Fixtures.countMin(1, 1), data(Map.of("out", counts("A", 2, 1))));
    assertThat(binary.figure("non_binary")).isEmpty();
    assertThat(binary.figure("man").map(ComputedFigure::numerator)).contains(1L);
  }

  @Test
  void surveyFiguresFollowWhetherStruckAnswersAreKept() {
    SurveyShareCriterion half = SurveyShareCriterion.builder().id("s").textSv("50 %").percent(BigDecimal.valueOf(50))
        .build();
    EvaluationData d = EvaluationData.builder().asOf(AS_OF)
        .putSurveys("s", SurveyTally.builder().yes(5).no(1).struckYes(2).struckNo(3).build()).build();
    ComputedFigure dropped = evaluate(half, d).figure("total").orElseThrow();
    assertThat(dropped.numerator()).isEqualTo(5);
    assertThat(dropped.denominator()).contains(6L);
    // kept: (5 + 2) of (5 + 1 + 2 + 3)
    CriterionResult kept = evaluate(half.withKeepStruckAnswers(true), d);
    assertThat(kept.figure("total").orElseThrow().numerator()).isEqualTo(7);
    assertThat(kept.figure("total").orElseThrow().denominator()).contains(11L);
    assertThat(kept.resultSv()).isEqualTo("7 av 11 = 64 %");
    // 7 of 11 = 63.6 % meets 63.6 but not 63.7; left out, 5 of 6 = 83.3 %
    assertThat(evaluate(half.withKeepStruckAnswers(true).withPercent(new BigDecimal("63.6")), d).status())
        .isEqualTo(CriterionStatus.MET);
    assertThat(evaluate(half.withKeepStruckAnswers(true).withPercent(new BigDecimal("63.7")), d).status())
        .isEqualTo(CriterionStatus.NOT_MET);
    assertThat(evaluate(half.withPercent(new BigDecimal("83.3")), d).status()).isEqualTo(CriterionStatus.MET);
    assertThat(evaluate(half.withPercent(new BigDecimal("83.4")), d).status()).isEqualTo(CriterionStatus.NOT_MET);
  }

  @Test
  void onlyStruckAnswersGiveNoSecondReadingWhenLeftOut() {
    SurveyShareCriterion half = SurveyShareCriterion.builder().id("s").textSv("50 %").percent(BigDecimal.valueOf(50))
        .keepStruckAnswers(true).build();
    EvaluationData d = EvaluationData.builder().asOf(AS_OF)
        .putSurveys("s", SurveyTally.builder().struckYes(1).struckNo(1).build()).build();
    CriterionResult r = evaluate(half, d);
    assertThat(r.status()).isEqualTo(CriterionStatus.MET);
    // left out, 0 of 0: no second reading, no note
    assertThat(r.notes()).isEmpty();
  }

  @Test
  void aBalanceNeedsBothGendersPresent() {
    GenderBalanceCriterion anySplit = GenderBalanceCriterion.builder().id("b").textSv("x").population(ALL)
        .lowerPercent(BigDecimal.ZERO).upperPercent(BigDecimal.valueOf(100)).build();
    assertThat(evaluate(anySplit, data(Map.of("all", counts("A", 1, 9)))).status()).isEqualTo(CriterionStatus.MET);
    assertThat(evaluate(anySplit, data(Map.of("all", counts("A", 0, 9)))).status()).isEqualTo(CriterionStatus.NOT_MET);
    assertThat(evaluate(anySplit, data(Map.of("all", counts("A", 9, 0)))).status()).isEqualTo(CriterionStatus.NOT_MET);
    CriterionResult r = evaluate(anySplit, data(Map.of("all", counts("A", 1, 9))));
    assertThat(r.figure("woman").orElseThrow().denominator()).contains(10L);
    assertThat(evaluate(anySplit, data(Map.of())).explanationEn())
        .isEqualTo("Cannot be decided: no counts for selection all. As of 2022-06-30.");
    assertThat(evaluate(anySplit, data(Map.of("all", counts("A", 0, 0)))).explanationSv())
        .isEqualTo("Kan inte avgöras: inga deltagare. Per 2022-06-30.");
  }

  @Test
  void aRelativeShareAsAMaximum() {
    RelativeGenderShareCriterion atMost = RelativeGenderShareCriterion.builder().id("r").textSv("rel").outcome(OUT)
        .reference(ALL).bound(Bound.AT_MOST).build();
    // 11/23 = 47.8 % equals 110/230
    assertThat(evaluate(atMost, data(Map.of("out", counts("A", 11, 12), "all", counts("A", 110, 120)))).status())
        .isEqualTo(CriterionStatus.MET);
    assertThat(evaluate(atMost, data(Map.of("out", counts("A", 12, 11), "all", counts("A", 110, 120)))).status())
        .isEqualTo(CriterionStatus.NOT_MET);
    CriterionResult r = evaluate(atMost, data(Map.of("out", counts("A", 10, 13), "all", counts("A", 110, 120))));
    assertThat(r.status()).isEqualTo(CriterionStatus.MET);
    assertThat(r.targetSv()).isEqualTo("andelen kvinnor högst deras andel av deltagare (48 %)");
    assertThat(r.resultEn()).isEqualTo("43% women (10 of 23)");
    assertThat(r.figure("reference/woman").orElseThrow().denominator()).contains(230L);
    CriterionResult none = evaluate(atMost, data(Map.of("out", counts("A", 0, 0), "all", counts("A", 1, 1))));
    assertThat(none.explanationSv())
        .isEqualTo("Kan inte avgöras: ingen med utfallet (med utfall) eller tom referens. Per 2022-06-30.");
  }

  @Test
  void followUpSubProjectsWithNoOneFollowedUpHaveNoLineAndOwnRulesAreReportedOnlyWhenTheyDiffer() {
    FollowUpCounts onlyExcluded = FollowUpCounts.builder().putExclusions(FollowUpExclusion.NOT_EXITED, 3L).build();
    FollowUpCounts leftOnly = FollowUpCounts.builder().putOutcomes(FollowUpOutcome.LEFT, 2L)
        .putOutcomes(FollowUpOutcome.UNCHANGED, 2L).build();
    FollowUpCriterion c = FollowUpCriterion.builder().id("f").textSv("x").population(ALL)
        .thresholdPercent(BigDecimal.TEN).putSuccessRuleOverrides("B", SuccessRule.LEFT_ONLY).build();
    CriterionResult r = evaluate(c, EvaluationData.builder().asOf(AS_OF)
        .putFollowUps("f", FollowUpTally.builder().putBySubProject("A", onlyExcluded).putBySubProject("B", leftOnly)
            .build()).build());
    assertThat(r.breakdown()).extracting(BreakdownLine::subProject).containsExactly("B");
    assertThat(r.figure("A")).isEmpty();
    assertThat(r.figure("B").orElseThrow().denominator()).contains(4L);
    // B counts only "left" under its own rule, and so does the definition here: no deviation
    assertThat(r.notes()).isEmpty();
    assertThat(r.explanation(Language.EN)).contains("Left out: 3 not exited; per sub-project: A: 3 not exited. ");
  }

  @Test
  void aMilestoneDoneWithoutADateIsNotLate() {
    MilestoneCriterion byMay = MilestoneCriterion.builder().id("m").textSv("x").deadline(LocalDate.of(2022, 5, 1))
        .build();
    EvaluationData d = EvaluationData.builder().asOf(AS_OF)
        .putMilestones("m", MilestoneProgress.of(MilestoneStatus.DONE, "Klart.")).build();
    assertThat(evaluate(byMay, d).status()).isEqualTo(CriterionStatus.MET);
    EvaluationData inProgress = EvaluationData.builder().asOf(AS_OF)
        .putMilestones("m", MilestoneProgress.of(MilestoneStatus.IN_PROGRESS, "Pågår.")).build();
    assertThat(evaluate(byMay, inProgress).explanationEn()).startsWith("In progress: not met.");
    assertThat(evaluate(byMay.withDeadline(AS_OF.plusDays(1)), inProgress).explanationEn())
        .startsWith("In progress (the deadline has not passed): not met.");
  }

  @Test
  void theVerdictRuleNamesAMissingStatus() {
    assertThatThrownBy(() -> TargetEvaluator.combine(Arrays.asList(CriterionStatus.MET, null)))
        .isInstanceOf(NullPointerException.class).hasMessage("status must not be null");
  }
}
