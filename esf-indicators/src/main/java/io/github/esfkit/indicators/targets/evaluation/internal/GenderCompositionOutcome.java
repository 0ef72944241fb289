package io.github.esfkit.indicators.targets.evaluation.internal;

import io.github.esfkit.core.Share;
import io.github.esfkit.indicators.targets.model.ComputedFigure;
import io.github.esfkit.indicators.targets.model.CriterionStatus;
import io.github.esfkit.indicators.targets.model.GenderCompositionCriterion;
import io.github.esfkit.indicators.targets.model.GenderCounts;
import java.util.List;
import java.util.Objects;

/**
 * A gender-composition criterion evaluated: the population by gender and the criterion's gender's exact share.
 * Immutable and thread-safe.
 *
 * @param criterion the criterion
 * @param status the status
 * @param population the population by gender
 * @param genderShare the criterion's gender among the population
 * @param figures women and men of the total
 */
public record GenderCompositionOutcome(GenderCompositionCriterion criterion, CriterionStatus status,
    GenderCounts population, Share genderShare, List<ComputedFigure> figures) implements CriterionOutcome {

  /** Copies the list. */
  public GenderCompositionOutcome {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(genderShare, "genderShare");
    Objects.requireNonNull(figures, "figures");
    figures = List.copyOf(figures);
  }

  /** Calls {@link Cases#genderComposition}. */
  @Override
  public <R> R match(Cases<R> cases) {
    return Objects.requireNonNull(cases, "cases").genderComposition(this);
  }
}
