package io.github.esfkit.indicators.targets;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.validation.Violation;
import io.github.esfkit.indicators.targets.evaluation.internal.EvaluationContext;
import io.github.esfkit.indicators.targets.evaluation.internal.Evaluators;
import io.github.esfkit.indicators.targets.model.Criterion;
import io.github.esfkit.indicators.targets.model.CriterionResult;
import io.github.esfkit.indicators.targets.model.CriterionStatus;
import io.github.esfkit.indicators.targets.model.EvaluationData;
import io.github.esfkit.indicators.targets.model.EvaluationMode;
import io.github.esfkit.indicators.targets.model.Goal;
import io.github.esfkit.indicators.targets.model.GoalReport;
import io.github.esfkit.indicators.targets.model.GoalResult;
import io.github.esfkit.indicators.targets.model.GoalTable;
import io.github.esfkit.indicators.targets.model.Indicator;
import io.github.esfkit.indicators.targets.model.IndicatorResult;
import io.github.esfkit.indicators.targets.model.Verdict;
import io.github.esfkit.indicators.targets.text.internal.CriterionText;
import io.github.esfkit.indicators.targets.text.internal.IndicatorText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Judges a {@link GoalTable} against {@link EvaluationData} (bedömer måluppfyllelse): each criterion by the
 * evaluator of its kind ({@code Evaluators}), then in words by the text layer ({@code CriterionText}). An indicator is
 * achieved when all its criteria are met, partially achieved when some are (or one is partly met), not
 * achieved when none are, and not assessed when a criterion cannot be decided. Never throws on data: zero
 * denominators and missing data give a verdict with an explanation. Immutable and thread-safe.
 */
public final class TargetEvaluator {

  private final EvaluationMode mode;

  private TargetEvaluator(EvaluationMode mode) {
    this.mode = Objects.requireNonNull(mode, "mode must not be null");
  }

  /** An evaluator in the given mode. */
  public static TargetEvaluator of(EvaluationMode mode) {
    return new TargetEvaluator(mode);
  }

  /** The default: {@link EvaluationMode#TOTAL}. */
  public static TargetEvaluator standard() {
    return of(EvaluationMode.TOTAL);
  }

  /** How per-gender targets are judged: on the total ({@link EvaluationMode#TOTAL}) or strictly per gender. */
  public EvaluationMode mode() {
    return mode;
  }

  /** Evaluates every indicator of the table. */
  public GoalReport evaluate(GoalTable table, EvaluationData data) {
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(data, "data must not be null");
    EvaluationContext context = new EvaluationContext(table, data, mode);
    List<GoalResult> goals = new ArrayList<>();
    List<Violation> notes = new ArrayList<>(data.notes());
    for (Goal g : table.goals()) {
      List<IndicatorResult> results = new ArrayList<>();
      for (Indicator i : g.indicators()) {
        IndicatorResult r = evaluate(i, context);
        results.add(r);
        r.criteria().forEach(c -> notes.addAll(c.notes()));
      }
      goals.add(GoalResult.builder().goal(g).addAllIndicators(results).build());
    }
    return GoalReport.builder()
        .projectId(table.projectId())
        .titleSv(table.titleSv())
        .titleEn(table.titleEn())
        .asOf(data.asOf())
        .mode(mode)
        .addAllGoals(goals)
        .addAllNotes(notes)
        .build();
  }

  private static IndicatorResult evaluate(Indicator indicator, EvaluationContext context) {
    LocalDate asOf = context.data().asOf();
    List<CriterionResult> parts = new ArrayList<>();
    for (Criterion c : indicator.criteria()) {
      parts.add(CriterionText.result(Evaluators.evaluate(c, context), asOf));
    }
    List<CriterionStatus> statuses = new ArrayList<>();
    parts.forEach(p -> statuses.add(p.status()));
    Verdict verdict = combine(statuses);
    return IndicatorResult.builder()
        .indicator(indicator)
        .verdict(verdict)
        .asOf(asOf)
        .addAllCriteria(parts)
        .explanationSv(IndicatorText.explanation(verdict, statuses, asOf, Language.SV))
        .explanationEn(IndicatorText.explanation(verdict, statuses, asOf, Language.EN))
        .build();
  }

  /**
   * The verdict rule (indicators.md §A.3): any undecidable part gives {@link Verdict#NOT_ASSESSED}; all met
   * gives achieved; none met nor partly met gives not achieved; anything else partially achieved.
   */
  public static Verdict combine(List<CriterionStatus> statuses) {
    Objects.requireNonNull(statuses, "statuses must not be null")
        .forEach(s -> Objects.requireNonNull(s, "status must not be null"));
    if (statuses.isEmpty() || statuses.contains(CriterionStatus.UNDETERMINED)) {
      return Verdict.NOT_ASSESSED;
    }
    long met = statuses.stream().filter(s -> s == CriterionStatus.MET).count();
    long partly = statuses.stream().filter(s -> s == CriterionStatus.PARTIALLY_MET).count();
    if (met == statuses.size()) {
      return Verdict.ACHIEVED;
    }
    if (met == 0 && partly == 0) {
      return Verdict.NOT_ACHIEVED;
    }
    return Verdict.PARTIALLY_ACHIEVED;
  }
}
