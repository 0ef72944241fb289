package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.EsfStyle;
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

  public abstract String criterionId();

  public abstract CriterionKind kind();

  public abstract CriterionStatus status();

  /** True when the status comes from a recorded judgement. */
  @Value.Default
  public boolean judged() {
    return false;
  }

  @Value.Redacted // free text: never in toString()
  public abstract String targetSv();

  @Value.Redacted // free text: never in toString()
  public abstract String targetEn();

  @Value.Redacted // free text: never in toString()
  public abstract String resultSv();

  @Value.Redacted // free text: never in toString()
  public abstract String resultEn();

  @Value.Redacted // free text: never in toString()
  public abstract String explanationSv();

  @Value.Redacted // free text: never in toString()
  public abstract String explanationEn();

  public abstract List<ComputedFigure> figures();

  public abstract List<BreakdownLine> breakdown();

  public abstract List<Violation> notes();

  public String target(Language l) {
    return l.pick(targetSv(), targetEn());
  }

  public String result(Language l) {
    return l.pick(resultSv(), resultEn());
  }

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
