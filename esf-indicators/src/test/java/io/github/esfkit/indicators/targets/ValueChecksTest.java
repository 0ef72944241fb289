package io.github.esfkit.indicators.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.esfkit.core.Share;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.indicators.targets.model.Bound;
import io.github.esfkit.indicators.targets.model.Comparison;
import io.github.esfkit.indicators.targets.model.CountCriterion;
import io.github.esfkit.indicators.targets.model.CriterionStatus;
import io.github.esfkit.indicators.targets.model.EvaluationData;
import io.github.esfkit.indicators.targets.model.FollowUpCounts;
import io.github.esfkit.indicators.targets.model.FollowUpExclusion;
import io.github.esfkit.indicators.targets.model.FollowUpOutcome;
import io.github.esfkit.indicators.targets.model.FollowUpTally;
import io.github.esfkit.indicators.targets.model.GenderCompositionCriterion;
import io.github.esfkit.indicators.targets.model.GenderCounts;
import io.github.esfkit.indicators.targets.model.JudgedCriterion;
import io.github.esfkit.indicators.targets.model.Selection;
import io.github.esfkit.indicators.targets.model.SelectionCount;
import io.github.esfkit.indicators.targets.model.ShareCriterion;
import io.github.esfkit.indicators.targets.model.SurveyTally;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The value types reject self-inconsistent input with a message naming the field. */
class ValueChecksTest {

  @Test
  void countCriterionNeedsATarget() {
    assertThatThrownBy(() -> CountCriterion.builder().id("c").textSv("x").counted(Fixtures.OUT)
        .population(Fixtures.ALL).bound(Bound.AT_LEAST).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a total or per-gender target");
    assertThatThrownBy(() -> CountCriterion.builder().id("c").textSv("x").counted(Fixtures.OUT)
        .population(Fixtures.ALL).bound(Bound.AT_LEAST).totalTarget(-1L).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("totalTarget");
  }

  @Test
  void totalDefaultsToTheSumOfGenderTargets() {
    assertThat(Fixtures.countMin(112, 98).effectiveTotalTarget()).isEqualTo(210);
    assertThat(Fixtures.countMin(112, 98).withTotalTarget(200L).effectiveTotalTarget()).isEqualTo(200);
  }

  @Test
  void percentagesAndIdsAreChecked() {
    assertThatThrownBy(() -> ShareCriterion.builder().id("s").textSv("x").counted(Fixtures.OUT).population(Fixtures.ALL)
        .percent(BigDecimal.valueOf(101)).build()).hasMessageContaining("percent");
    assertThatThrownBy(() -> JudgedCriterion.builder().id("bad id").textSv("x").build()).hasMessageContaining("id");
    assertThatThrownBy(() -> GenderCompositionCriterion.builder().id("g").textSv("x").population(Fixtures.ALL)
        .gender(Gender.WOMAN).percent(BigDecimal.TEN).comparison(Comparison.WITHIN).build())
        .hasMessageContaining("tolerance");
    assertThatThrownBy(() -> GenderCounts.builder().women(-1).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SurveyTally.builder().no(-1).build()).hasMessageContaining("no");
  }

  @Test
  void tableRejectsDuplicateCriterionIdsAndConflictingSelections() {
    assertThatThrownBy(() -> Fixtures.table(Fixtures.countMin(1, 1), Fixtures.countMin(2, 2)))
        .hasMessageContaining("duplicate criterion id c");
    Selection other = Selection.builder().id("all").labelSv("annat").labelEn("other").build();
    CountCriterion conflicting = CountCriterion.builder().id("d").textSv("x").counted(Fixtures.OUT).population(other)
        .bound(Bound.AT_LEAST).totalTarget(1L).build();
    assertThatThrownBy(() -> Fixtures.table(Fixtures.countMin(1, 1), conflicting))
        .hasMessageContaining("selection id all");
  }

  @Test
  void valuesCompareByContent() {
    new EqualsTester()
        .addEqualityGroup(GenderCounts.of(1, 2), GenderCounts.of(1, 2))
        .addEqualityGroup(GenderCounts.of(2, 1))
        .addEqualityGroup(Share.of(1, 2), Share.of(1, 2))
        .addEqualityGroup(Share.of(2, 4))
        .testEquals();
  }

  @Test
  void countsWhoseSumsLeaveTheLongRangeAreRejectedWhenBuilt() {
    long max = Long.MAX_VALUE;
    assertThatThrownBy(() -> GenderCounts.of(max, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too large");
    assertThatThrownBy(() -> SelectionCount.builder().putBySubProject("A", GenderCounts.of(max, 0))
        .putBySubProject("B", GenderCounts.of(0, 1)).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too large");
    assertThatThrownBy(() -> SurveyTally.builder().yes(max).noAnswer(1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
    assertThatThrownBy(() -> FollowUpCounts.builder().putOutcomes(FollowUpOutcome.LEFT, max)
        .putExclusions(FollowUpExclusion.NO_DATA, 1L).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
    FollowUpCounts big = FollowUpCounts.builder().putOutcomes(FollowUpOutcome.LEFT, max).build();
    FollowUpCounts one = FollowUpCounts.builder().putOutcomes(FollowUpOutcome.LEFT, 1L).build();
    assertThatThrownBy(() -> FollowUpTally.builder().putBySubProject("A", big).putBySubProject("B", one).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too large");
    assertThatThrownBy(() -> Fixtures.countMin(max, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too large");
  }

  @Test
  void theLargestAcceptedCountsEvaluateWithoutThrowing() {
    long max = Long.MAX_VALUE;
    EvaluationData d = Fixtures.data(java.util.Map.of("out", SelectionCount.builder()
        .putBySubProject("A", GenderCounts.of(max, 0)).build(), "all", SelectionCount.builder()
        .putBySubProject("A", GenderCounts.of(max - 1, 1)).build()));
    assertThat(Fixtures.evaluate(Fixtures.countMin(max - 1, 1), d).status()).isEqualTo(CriterionStatus.MET);
  }
}
