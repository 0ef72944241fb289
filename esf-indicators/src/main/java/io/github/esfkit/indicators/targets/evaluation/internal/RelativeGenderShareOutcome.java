package io.github.esfkit.indicators.targets.evaluation.internal;

import io.github.esfkit.core.Share;
import io.github.esfkit.indicators.targets.model.ComputedFigure;
import io.github.esfkit.indicators.targets.model.CriterionStatus;
import io.github.esfkit.indicators.targets.model.RelativeGenderShareCriterion;
import java.util.List;
import java.util.Objects;

/**
 * A relative gender-share criterion evaluated: the gender's exact share among the outcome group against its
 * share of the reference population. Immutable and thread-safe.
 *
 * @param criterion the criterion
 * @param status the status
 * @param outcomeShare the gender among those with the outcome
 * @param referenceShare the gender among the reference population
 * @param figures the two numerators with their denominators
 */
public record RelativeGenderShareOutcome(RelativeGenderShareCriterion criterion, CriterionStatus status,
    Share outcomeShare, Share referenceShare, List<ComputedFigure> figures) implements CriterionOutcome {

  /** Copies the list. */
  public RelativeGenderShareOutcome {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(outcomeShare, "outcomeShare");
    Objects.requireNonNull(referenceShare, "referenceShare");
    Objects.requireNonNull(figures, "figures");
    figures = List.copyOf(figures);
  }

  /** Calls {@link Cases#relativeGenderShare}. */
  @Override
  public <R> R match(Cases<R> cases) {
    return Objects.requireNonNull(cases, "cases").relativeGenderShare(this);
  }
}
