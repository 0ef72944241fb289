package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.internal.EsfStyle;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.validation.Violation;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The evaluation of one criterion: its status, whether a person judged it, the target and result in short,
 * the explanation (numbers, denominator, exclusions and why, as-of date), the figures per scope, the
 * per-sub-project breakdown and notes. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractCriterionResult {

  /** The evaluated criterion's id, e.g. {@code PM-1.count}. */
  public abstract String criterionId();

  /** The evaluated criterion's kind. */
  public abstract CriterionKind kind();

  /** Met, partially met, not met or undetermined (uppfylld, delvis, ej uppfylld, kan inte avgöras). */
  public abstract CriterionStatus status();

  /** True when the status comes from a recorded judgement. */
  @Value.Default
  public boolean judged() {
    return false;
  }

  /** The target in short, in Swedish, e.g. "minst 210 (112 kvinnor och 98 män)". */
  @Value.Redacted // free text: never in toString()
  public abstract String targetSv();

  /** The target in short, in English. */
  @Value.Redacted // free text: never in toString()
  public abstract String targetEn();

  /** The result in short, in Swedish; "–" when it cannot be decided. */
  @Value.Redacted // free text: never in toString()
  public abstract String resultSv();

  /** The result in short, in English; "–" when it cannot be decided. */
  @Value.Redacted // free text: never in toString()
  public abstract String resultEn();

  /**
   * How the status was reached, in Swedish: the numbers, the denominator, what was left out and why, and the as-of
   * date.
   */
  @Value.Redacted // free text: never in toString()
  public abstract String explanationSv();

  /** How the status was reached, in English; the same content as {@link #explanationSv()}. */
  @Value.Redacted // free text: never in toString()
  public abstract String explanationEn();

  /** The computed numbers, one per scope (total, gender, sub-project, sub-project and gender). */
  public abstract List<ComputedFigure> figures();

  /** One line per sub-project with the count and its denominator; empty when the criterion has no population. */
  public abstract List<BreakdownLine> breakdown();

  /**
   * Findings about this criterion that do not change its status, e.g. a gender target missed while judged on the
   * total.
   */
  public abstract List<Violation> notes();

  /** {@link #targetSv()} or {@link #targetEn()}, by language. */
  public String target(Language l) {
    return l.pick(targetSv(), targetEn());
  }

  /** {@link #resultSv()} or {@link #resultEn()}, by language. */
  public String result(Language l) {
    return l.pick(resultSv(), resultEn());
  }

  /** {@link #explanationSv()} or {@link #explanationEn()}, by language. */
  public String explanation(Language l) {
    return l.pick(explanationSv(), explanationEn());
  }

  /** The figure of a scope, e.g. {@code Berg/woman}. */
  public Optional<ComputedFigure> figure(String scope) {
    return figures().stream().filter(f -> f.scope().equals(scope)).findFirst();
  }

  /** The breakdown line of a sub-project. */
  public Optional<BreakdownLine> line(String subProject) {
    return breakdown().stream().filter(b -> b.subProject().equals(subProject)).findFirst();
  }
}
