package io.github.esfkit.indicators.targets;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges a {@link GoalTable} against {@link EvaluationData} (bedömer måluppfyllelse). An indicator is
 * achieved when all its criteria are met, partially achieved when some are (or one is partly met), not
 * achieved when none are, and not assessed when a criterion cannot be decided. Never throws on data: zero
 * denominators and missing data give a verdict with an explanation. Immutable and thread-safe.
 */
public final class TargetEvaluator {

  private final EvaluationMode mode;

  private TargetEvaluator(EvaluationMode mode) {
    this.mode = Checks.notNull(mode, "mode");
  }

  /** An evaluator in the given mode. */
  public static TargetEvaluator of(EvaluationMode mode) {
    return new TargetEvaluator(mode);
  }

  /** The default: {@link EvaluationMode#TOTAL}. */
  public static TargetEvaluator standard() {
    return of(EvaluationMode.TOTAL);
  }

  public EvaluationMode mode() {
    return mode;
  }

  /** Evaluates every indicator of the table. */
  public GoalReport evaluate(GoalTable table, EvaluationData data) {
    Checks.notNull(table, "table");
    Checks.notNull(data, "data");
    CriterionEvaluation eval = new CriterionEvaluation(table, data, mode);
    List<GoalResult> goals = new ArrayList<>();
    List<Violation> notes = new ArrayList<>(data.notes());
    for (Goal g : table.goals()) {
      List<IndicatorResult> results = new ArrayList<>();
      for (Indicator i : g.indicators()) {
        IndicatorResult r = evaluate(i, eval, data);
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

  private static IndicatorResult evaluate(Indicator indicator, CriterionEvaluation eval, EvaluationData data) {
    List<CriterionResult> parts = new ArrayList<>();
    for (Criterion c : indicator.criteria()) {
      parts.add(eval.evaluate(c));
    }
    List<CriterionStatus> statuses = new ArrayList<>();
    parts.forEach(p -> statuses.add(p.status()));
    Verdict verdict = combine(statuses);
    return IndicatorResult.builder()
        .indicator(indicator)
        .verdict(verdict)
        .asOf(data.asOf())
        .addAllCriteria(parts)
        .explanationSv(explain(verdict, statuses, data, Language.SV))
        .explanationEn(explain(verdict, statuses, data, Language.EN))
        .build();
  }

  /**
   * The verdict rule (indicators.md §A.3): any undecidable part gives {@link Verdict#NOT_ASSESSED}; all met
   * gives achieved; none met nor partly met gives not achieved; anything else partially achieved.
   */
  public static Verdict combine(List<CriterionStatus> statuses) {
    Checks.noNulls(statuses, "statuses", "status");
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

  private static String explain(Verdict v, List<CriterionStatus> statuses, EvaluationData data, Language l) {
    long met = statuses.stream().filter(s -> s == CriterionStatus.MET).count();
    long partly = statuses.stream().filter(s -> s == CriterionStatus.PARTIALLY_MET).count();
    long undecided = statuses.stream().filter(s -> s == CriterionStatus.UNDETERMINED).count();
    StringBuilder b = new StringBuilder();
    b.append(met).append(l.pick(" av ", " of ")).append(statuses.size())
        .append(l.pick(statuses.size() == 1 ? " del uppfylld" : " delar uppfyllda",
            statuses.size() == 1 ? " part met" : " parts met"));
    if (partly > 0) {
      b.append(", ").append(partly).append(l.pick(" delvis", " partly"));
    }
    if (undecided > 0) {
      b.append(", ").append(undecided).append(l.pick(" kan inte avgöras", " cannot be decided"));
    }
    b.append(l.pick(": ", ": ")).append(v.label(l).toLowerCase(java.util.Locale.ROOT))
        .append(l.pick(" per ", " as of ")).append(data.asOf()).append('.');
    return b.toString();
  }
}
