package io.github.esfkit.indicators.targets;

import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.indicators.targets.model.Bound;
import io.github.esfkit.indicators.targets.model.CountCriterion;
import io.github.esfkit.indicators.targets.model.Criterion;
import io.github.esfkit.indicators.targets.model.CriterionResult;
import io.github.esfkit.indicators.targets.model.EvaluationData;
import io.github.esfkit.indicators.targets.model.EvaluationMode;
import io.github.esfkit.indicators.targets.model.GenderCounts;
import io.github.esfkit.indicators.targets.model.Goal;
import io.github.esfkit.indicators.targets.model.GoalKind;
import io.github.esfkit.indicators.targets.model.GoalTable;
import io.github.esfkit.indicators.targets.model.Indicator;
import io.github.esfkit.indicators.targets.model.Selection;
import io.github.esfkit.indicators.targets.model.SelectionCount;
import io.github.esfkit.indicators.targets.model.Verdict;
import java.time.LocalDate;
import java.util.Map;

/** Small builders for unit tests. */
final class Fixtures {

  static final LocalDate AS_OF = LocalDate.of(2022, 6, 30);

  static final Selection ALL = Selection.builder().id("all").labelSv("deltagare").labelEn("participants").build();
  static final Selection OUT = Selection.builder().id("out").labelSv("med utfall").labelEn("with outcome").build();

  private Fixtures() {}

  static SelectionCount counts(Object... subProjectWomenMen) {
    SelectionCount.Builder b = SelectionCount.builder();
    for (int i = 0; i < subProjectWomenMen.length; i += 3) {
      b.putBySubProject((String) subProjectWomenMen[i],
          GenderCounts.of((Integer) subProjectWomenMen[i + 1], (Integer) subProjectWomenMen[i + 2]));
    }
    return b.build();
  }

  static EvaluationData data(Map<String, SelectionCount> counts) {
    return EvaluationData.builder().asOf(AS_OF).putAllCounts(counts).build();
  }

  static GoalTable table(Criterion... criteria) {
    return GoalTable.builder().projectId("T").titleSv("Test").addSubProjects("A", "B")
        .addGoals(Goal.builder().id("G").goalKind(GoalKind.PROJECT_GOAL).textSv("Mål")
            .addIndicators(Indicator.builder().id("I-1").textSv("Indikator").addCriteria(criteria).build())
            .build())
        .build();
  }

  static CriterionResult evaluate(Criterion c, EvaluationData data) {
    return evaluate(c, data, EvaluationMode.TOTAL);
  }

  static CriterionResult evaluate(Criterion c, EvaluationData data, EvaluationMode mode) {
    return TargetEvaluator.of(mode).evaluate(table(c), data).criterion(c.id()).orElseThrow();
  }

  static Verdict verdict(EvaluationData data, Criterion... c) {
    return TargetEvaluator.standard().evaluate(table(c), data).indicator("I-1").orElseThrow().verdict();
  }

  static CountCriterion countMin(long women, long men) {
    return CountCriterion.builder().id("c").textSv("minst").counted(OUT).population(ALL).bound(Bound.AT_LEAST)
        .putGenderTargets(Gender.WOMAN, women).putGenderTargets(Gender.MAN, men).build();
  }
}
