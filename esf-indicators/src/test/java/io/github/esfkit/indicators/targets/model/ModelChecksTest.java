package io.github.esfkit.indicators.targets.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.participant.Gender;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every value check of the goal-table model broken by a value just outside it, and the edge values just inside
 * accepted: ids of every criterion kind, goal and indicator; percents 0 and 100 against -0.01 and 100.01;
 * follow-up months 0 and 120 against -1 and 121; negative counts of every survey answer and follow-up cell.
 */
class ModelChecksTest {

  private static final Selection ALL = Selection.builder().id("all").labelSv("deltagare").labelEn("participants").build();
  private static final Selection OUT = Selection.builder().id("out").labelSv("med utfall").labelEn("with outcome").build();
  private static final BigDecimal BELOW = new BigDecimal("-0.01");
  private static final BigDecimal ABOVE = new BigDecimal("100.01");

  /** Each kind built with the given id. */
  private static final List<Function<String, Object>> KINDS = List.of(
      id -> CountCriterion.builder().id(id).textSv("x").counted(OUT).population(ALL).bound(Bound.AT_LEAST)
          .totalTarget(1L).build(),
      id -> ShareCriterion.builder().id(id).textSv("x").counted(OUT).population(ALL).percent(BigDecimal.TEN).build(),
      id -> GenderCompositionCriterion.builder().id(id).textSv("x").population(ALL).gender(Gender.WOMAN)
          .percent(BigDecimal.TEN).comparison(Comparison.AT_LEAST).build(),
      id -> GenderBalanceCriterion.builder().id(id).textSv("x").population(ALL).build(),
      id -> RelativeGenderShareCriterion.builder().id(id).textSv("x").outcome(OUT).reference(ALL).build(),
      id -> SurveyShareCriterion.builder().id(id).textSv("x").percent(BigDecimal.TEN).build(),
      id -> FollowUpCriterion.builder().id(id).textSv("x").population(ALL).build(),
      id -> MilestoneCriterion.builder().id(id).textSv("x").build(),
      id -> JudgedCriterion.builder().id(id).textSv("x").build(),
      id -> Indicator.builder().id(id).textSv("x").addCriteria(JudgedCriterion.builder().id("j").textSv("x").build())
          .build(),
      id -> Goal.builder().id(id).goalKind(GoalKind.SUB_GOAL).textSv("x").build());

  @Test
  void everyKindChecksItsId() {
    for (Function<String, Object> kind : KINDS) {
      assertThat(kind.apply("PM-1.a_b+c")).isNotNull();
      assertThatThrownBy(() -> kind.apply("bad id")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("id");
      assertThatThrownBy(() -> kind.apply("-starts-with-a-dash")).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void sharePercentsFromZeroToHundred() {
    Function<BigDecimal, ShareCriterion> share = p -> ShareCriterion.builder().id("s").textSv("x").counted(OUT)
        .population(ALL).percent(p).build();
    Function<BigDecimal, SurveyShareCriterion> survey = p -> SurveyShareCriterion.builder().id("s").textSv("x")
        .percent(p).build();
    Function<BigDecimal, GenderCompositionCriterion> composition = p -> GenderCompositionCriterion.builder().id("g")
        .textSv("x").population(ALL).gender(Gender.WOMAN).percent(p).comparison(Comparison.AT_MOST).build();
    Function<BigDecimal, GenderCompositionCriterion> tolerance = p -> GenderCompositionCriterion.builder().id("g")
        .textSv("x").population(ALL).gender(Gender.WOMAN).percent(BigDecimal.TEN).comparison(Comparison.WITHIN)
        .tolerance(p).build();
    Function<BigDecimal, FollowUpCriterion> threshold = p -> FollowUpCriterion.builder().id("f").textSv("x")
        .population(ALL).thresholdPercent(p).build();
    Function<BigDecimal, GenderBalanceCriterion> lower = p -> GenderBalanceCriterion.builder().id("b").textSv("x")
        .population(ALL).lowerPercent(p).upperPercent(BigDecimal.valueOf(100)).build();
    Function<BigDecimal, GenderBalanceCriterion> upper = p -> GenderBalanceCriterion.builder().id("b").textSv("x")
        .population(ALL).lowerPercent(BigDecimal.ZERO).upperPercent(p).build();
    for (Function<BigDecimal, ?> f : List.of(share, survey, composition, tolerance, threshold, lower, upper)) {
      assertThat(f.apply(BigDecimal.ZERO)).isNotNull();
      assertThat(f.apply(BigDecimal.valueOf(100))).isNotNull();
      assertThatThrownBy(() -> f.apply(BELOW)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("0..100");
      assertThatThrownBy(() -> f.apply(ABOVE)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("0..100");
    }
  }

  @Test
  void aBalanceSpanMayBeOnePointButNotUpsideDown() {
    java.util.function.BiFunction<String, String, GenderBalanceCriterion> span = (lo, hi) ->
        GenderBalanceCriterion.builder().id("b").textSv("x").population(ALL).lowerPercent(new BigDecimal(lo))
            .upperPercent(new BigDecimal(hi)).build();
    assertThat(span.apply("50", "50").lowerPercent()).isEqualByComparingTo("50");
    assertThatThrownBy(() -> span.apply("50.01", "50")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lower 50.01 > upper 50");
  }

  @Test
  void followUpMonthsFromZeroTo120() {
    Function<Integer, FollowUpCriterion> after = m -> FollowUpCriterion.builder().id("f").textSv("x").population(ALL)
        .monthsAfterExit(m).build();
    Function<Integer, FollowUpCriterion> before = m -> FollowUpCriterion.builder().id("f").textSv("x")
        .population(ALL).baselineMonthsBeforeEntry(m).build();
    assertThat(after.apply(0).monthsAfterExit()).isZero();
    assertThat(after.apply(120).monthsAfterExit()).isEqualTo(120);
    assertThat(before.apply(0).baselineMonthsBeforeEntry()).isZero();
    assertThat(before.apply(120).baselineMonthsBeforeEntry()).isEqualTo(120);
    assertThatThrownBy(() -> after.apply(-1)).hasMessageContaining("monthsAfterExit must be within 0..120: -1");
    assertThatThrownBy(() -> after.apply(121)).hasMessageContaining("monthsAfterExit must be within 0..120: 121");
    assertThatThrownBy(() -> before.apply(-1)).hasMessageContaining("baselineMonthsBeforeEntry");
    assertThatThrownBy(() -> before.apply(121)).hasMessageContaining("baselineMonthsBeforeEntry");
  }

  @Test
  void defaultsOfTheCriteria() {
    FollowUpCriterion f = FollowUpCriterion.builder().id("f").textSv("x").population(ALL).build();
    assertThat(f.monthsAfterExit()).isEqualTo(3);
    assertThat(f.baselineMonthsBeforeEntry()).isEqualTo(1);
    assertThat(f.requireConsent()).isFalse();
    assertThat(f.requireLabourMarketLink()).isFalse();
    assertThat(f.successRule()).isEqualTo(SuccessRule.LEFT_OR_REDUCED);
    assertThat(SurveyShareCriterion.builder().id("s").textSv("x").percent(BigDecimal.TEN).build().keepStruckAnswers())
        .isFalse();
  }

  @Test
  void negativeCountsAreRejectedInEveryCell() {
    List<Function<Long, SurveyTally>> answers = List.of(
        n -> SurveyTally.builder().yes(n).build(), n -> SurveyTally.builder().no(n).build(),
        n -> SurveyTally.builder().struckYes(n).build(), n -> SurveyTally.builder().struckNo(n).build(),
        n -> SurveyTally.builder().noNeed(n).build(), n -> SurveyTally.builder().noAnswer(n).build());
    for (Function<Long, SurveyTally> a : answers) {
      assertThat(a.apply(0L).respondents()).isZero();
      assertThat(a.apply(2L).respondents()).isEqualTo(2);
      assertThatThrownBy(() -> a.apply(-1L)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("must not be negative: -1");
    }
    assertThat(SurveyTally.builder().yes(1).no(2).struckYes(4).struckNo(8).noNeed(16).noAnswer(32).build()
        .respondents()).isEqualTo(63);
    assertThatThrownBy(() -> FollowUpCounts.builder().putOutcomes(FollowUpOutcome.LEFT, -1L).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outcomes[LEFT]");
    assertThatThrownBy(() -> FollowUpCounts.builder().putExclusions(FollowUpExclusion.NO_DATA, -1L).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exclusions[NO_DATA]");
    assertThatThrownBy(() -> CountCriterion.builder().id("c").textSv("x").counted(OUT).population(ALL)
        .bound(Bound.AT_LEAST).putGenderTargets(Gender.MAN, -1L).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("genderTargets[MAN]");
    assertThat(FollowUpCounts.builder().putOutcomes(FollowUpOutcome.REDUCED, 4L).build().outcome(FollowUpOutcome.REDUCED))
        .isEqualTo(4);
  }

  @Test
  void labelsAndTextsInBothLanguages() {
    assertThat(GoalKind.PROJECT_GOAL.label(Language.SV)).isEqualTo("Projektmål");
    assertThat(GoalKind.SUB_GOAL.label(Language.EN)).isEqualTo("Sub-goal");
    assertThat(SuccessRule.LEFT_ONLY.label(Language.SV)).isEqualTo("endast lämnat");
    assertThat(SuccessRule.LEFT_OR_REDUCED.label(Language.EN)).isEqualTo("left or reduced");
    assertThat(ALL.label(Language.SV)).isEqualTo("deltagare");
    assertThat(ALL.label(Language.EN)).isEqualTo("participants");
    Goal g = Goal.builder().id("G").goalKind(GoalKind.SUB_GOAL).textSv("Mål").build();
    assertThat(g.text(Language.SV)).isEqualTo("Mål");
    assertThat(g.text(Language.EN)).isEqualTo("Mål");
    assertThat(g.withTextEn("Goal").text(Language.EN)).isEqualTo("Goal");
    assertThat(g.withTextEn("Goal").text(Language.SV)).isEqualTo("Mål");
    Indicator i = Indicator.builder().id("I").textSv("Indikator")
        .addCriteria(JudgedCriterion.builder().id("j").textSv("x").build()).build();
    assertThat(i.text(Language.EN)).isEqualTo("Indikator");
    assertThat(i.withTextEn("Indicator").text(Language.EN)).isEqualTo("Indicator");
    assertThat(i.withTextEn("Indicator").text(Language.SV)).isEqualTo("Indikator");
    Discrepancy d = Discrepancy.builder().code("NUMERATOR").subject("s").published("1").computed("2")
        .messageSv("skiljer").messageEn("differs").build();
    assertThat(d.message(Language.SV)).isEqualTo("skiljer");
    assertThat(d.message(Language.EN)).isEqualTo("differs");
    assertThatThrownBy(() -> d.withCode("lower-case")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.withCode("TWO--DASHES")).isInstanceOf(IllegalArgumentException.class);
    assertThat(PublishedFigure.builder().indicatorId("I").build().scope()).isEqualTo("total");
  }
}
