package io.github.esfkit.indicators.targets;

import static io.github.esfkit.indicators.targets.model.CriterionStatus.MET;
import static io.github.esfkit.indicators.targets.model.CriterionStatus.NOT_MET;
import static io.github.esfkit.indicators.targets.model.CriterionStatus.PARTIALLY_MET;
import static io.github.esfkit.indicators.targets.model.CriterionStatus.UNDETERMINED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.Language;
import io.github.esfkit.indicators.targets.model.EvaluationData;
import io.github.esfkit.indicators.targets.model.GoalReport;
import io.github.esfkit.indicators.targets.model.RelativeGenderShareCriterion;
import io.github.esfkit.indicators.targets.model.StatusColour;
import io.github.esfkit.indicators.targets.model.Verdict;
import io.github.esfkit.indicators.targets.text.GoalReportRenderer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The verdict rule of indicators.md §A.3, and each verdict's label and colour. */
class VerdictRuleTest {

  @Test
  void allMetIsAchieved() {
    assertThat(TargetEvaluator.combine(List.of(MET))).isEqualTo(Verdict.ACHIEVED);
    assertThat(TargetEvaluator.combine(List.of(MET, MET))).isEqualTo(Verdict.ACHIEVED);
  }

  @Test
  void someMetIsPartiallyAchieved() {
    assertThat(TargetEvaluator.combine(List.of(MET, NOT_MET))).isEqualTo(Verdict.PARTIALLY_ACHIEVED);
    assertThat(TargetEvaluator.combine(List.of(NOT_MET, MET))).isEqualTo(Verdict.PARTIALLY_ACHIEVED);
    assertThat(TargetEvaluator.combine(List.of(PARTIALLY_MET))).isEqualTo(Verdict.PARTIALLY_ACHIEVED);
    assertThat(TargetEvaluator.combine(List.of(PARTIALLY_MET, NOT_MET))).isEqualTo(Verdict.PARTIALLY_ACHIEVED);
  }

  @Test
  void noneMetIsNotAchieved() {
    assertThat(TargetEvaluator.combine(List.of(NOT_MET))).isEqualTo(Verdict.NOT_ACHIEVED);
    assertThat(TargetEvaluator.combine(List.of(NOT_MET, NOT_MET))).isEqualTo(Verdict.NOT_ACHIEVED);
  }

  @Test
  void anUndecidablePartMeansNotAssessed() {
    assertThat(TargetEvaluator.combine(List.of(MET, UNDETERMINED))).isEqualTo(Verdict.NOT_ASSESSED);
    assertThat(TargetEvaluator.combine(List.of())).isEqualTo(Verdict.NOT_ASSESSED);
  }

  @Test
  void labelsAndColoursAsAnEvaluatorWritesThem() {
    assertThat(Verdict.ACHIEVED.label(Language.SV)).isEqualTo("Uppnådd");
    assertThat(Verdict.PARTIALLY_ACHIEVED.label(Language.SV)).isEqualTo("Delvis uppnådd");
    assertThat(Verdict.NOT_ACHIEVED.label(Language.SV)).isEqualTo("Ej uppnådd");
    assertThat(Verdict.PARTIALLY_ACHIEVED.label(Language.EN)).isEqualTo("Partially achieved");
    assertThat(Verdict.ACHIEVED.colour()).isEqualTo(StatusColour.GREEN);
    assertThat(Verdict.PARTIALLY_ACHIEVED.colour()).isEqualTo(StatusColour.YELLOW);
    assertThat(Verdict.NOT_ACHIEVED.colour()).isEqualTo(StatusColour.YELLOW);
  }

  @Test
  void anIndicatorWithTwoCriteriaCombinesThem() {
    EvaluationData d = Fixtures.data(Map.of("out", Fixtures.counts("A", 14, 14), "all", Fixtures.counts("A", 110, 120)));
    RelativeGenderShareCriterion share = RelativeGenderShareCriterion.builder().id("r").textSv("rel")
        .outcome(Fixtures.OUT).reference(Fixtures.ALL).build();
    // PM-4: count 28 < 51 not met, women 50 % ≥ 47.8 % met
    assertThat(Fixtures.verdict(d, Fixtures.countMin(27, 24), share)).isEqualTo(Verdict.PARTIALLY_ACHIEVED);
    assertThat(Fixtures.verdict(d, Fixtures.countMin(14, 14), share)).isEqualTo(Verdict.ACHIEVED);
    EvaluationData fewWomen = Fixtures.data(Map.of("out", Fixtures.counts("A", 1, 14), "all", Fixtures.counts("A", 110, 120)));
    assertThat(Fixtures.verdict(fewWomen, Fixtures.countMin(27, 24), share)).isEqualTo(Verdict.NOT_ACHIEVED);
  }

  @Test
  void notAssessedIsRenderedWithItsReason() {
    GoalReport r = TargetEvaluator.standard().evaluate(Fixtures.table(Fixtures.countMin(1, 1)), Fixtures.data(Map.of()));
    assertThat(r.indicator("I-1").get().verdict()).isEqualTo(Verdict.NOT_ASSESSED);
    assertThat(GoalReportRenderer.markdown(r, Language.SV)).contains("Ej bedömd · gul").contains("Kan inte avgöras: uppgifter saknas");
    assertThat(GoalReportRenderer.text(r, Language.EN)).contains("Not assessed · yellow").contains("Cannot be decided: no counts");
  }

  @Test
  void everyVerdictCarriesItsAsOfDate() {
    GoalReport r = TargetEvaluator.standard().evaluate(Fixtures.table(Fixtures.countMin(1, 1)),
        Fixtures.data(Map.of("out", Fixtures.counts("A", 1, 1), "all", Fixtures.counts("A", 1, 1))));
    assertThat(r.indicator("I-1").get().asOf()).isEqualTo(Fixtures.AS_OF);
    assertThat(r.indicator("I-1").get().explanationSv()).isEqualTo("1 av 1 del uppfylld: uppnådd per 2022-06-30.");
  }
}
