package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.internal.EsfStyle;
import io.github.esfkit.core.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The evaluated goal table (måluppfyllelse): every goal and indicator with its verdict, notes the evaluation
 * raised (e.g. a gender target missed in TOTAL mode, a survey verdict that flips with struck answers), and
 * discrepancies against a published report once {@link io.github.esfkit.indicators.targets.Reconciliation} has run. Render with
 * {@link io.github.esfkit.indicators.targets.text.GoalReportRenderer}. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractGoalReport {

  /** The project, as in {@link GoalTable#projectId()}. */
  public abstract String projectId();

  /** The goal table's title, in Swedish. */
  @Value.Redacted // free text: never in toString()
  public abstract String titleSv();

  /** The goal table's title in English, when given. */
  @Value.Redacted // free text: never in toString()
  public abstract Optional<String> titleEn();

  /** The date the data describe (per datum), from {@link EvaluationData#asOf()}. */
  public abstract LocalDate asOf();

  /** How count targets with per-gender figures were judged. */
  public abstract EvaluationMode mode();

  /** Every goal with its indicator results, in table order. */
  public abstract List<GoalResult> goals();

  /** Notes from the data and the evaluation. */
  public abstract List<Violation> notes();

  /** Differences from a published report. */
  public abstract List<Discrepancy> discrepancies();

  /** Indicator results in table order. */
  public List<IndicatorResult> indicators() {
    return goals().stream().flatMap(g -> g.indicators().stream()).collect(java.util.stream.Collectors.toList());
  }

  /** One indicator's result. */
  public Optional<IndicatorResult> indicator(String indicatorId) {
    return indicators().stream().filter(i -> i.id().equals(indicatorId)).findFirst();
  }

  /** One criterion's result. */
  public Optional<CriterionResult> criterion(String criterionId) {
    return indicators().stream()
        .flatMap(i -> i.criteria().stream())
        .filter(c -> c.criterionId().equals(criterionId))
        .findFirst();
  }
}
