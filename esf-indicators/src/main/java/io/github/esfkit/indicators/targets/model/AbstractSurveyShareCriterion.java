package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.internal.EsfStyle;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Survey percentage (enkätandel), e.g. "90 % av deltagarna upplever att de har fått det individuellt anpassade
 * stöd som de haft behov av": met iff yes ≥ percent of the valid answers. No answer and "no need" are
 * excluded and counted; answers the evaluator struck are excluded unless {@link #keepStruckAnswers()}. The
 * answers come as a {@link SurveyTally} keyed by this criterion's id. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract non-sealed class AbstractSurveyShareCriterion implements Criterion {

  @Override
  public <R> R match(Cases<R> cases) {
    return java.util.Objects.requireNonNull(cases, "cases").surveyShare((SurveyShareCriterion) this);
  }

  @Override
  public CriterionKind kind() {
    return CriterionKind.SURVEY_SHARE;
  }

  /** The share of yes among the valid answers required, in percent (0–100). */
  public abstract BigDecimal percent();

  /** When true, struck answers count as given. */
  @Value.Default
  public boolean keepStruckAnswers() {
    return false;
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.percent("percent", percent());
  }
}
