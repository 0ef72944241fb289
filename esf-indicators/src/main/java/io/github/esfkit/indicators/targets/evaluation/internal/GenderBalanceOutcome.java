package io.github.esfkit.indicators.targets.evaluation.internal;

import io.github.esfkit.indicators.targets.model.ComputedFigure;
import io.github.esfkit.indicators.targets.model.CriterionStatus;
import io.github.esfkit.indicators.targets.model.GenderBalanceCriterion;
import io.github.esfkit.indicators.targets.model.GenderCounts;
import java.util.List;
import java.util.Objects;

/**
 * A gender-balance criterion evaluated: the population by gender, each gender's share checked against the span.
 * Immutable and thread-safe.
 *
 * @param criterion the criterion
 * @param status the status
 * @param population the population by gender
 * @param figures women and men of the total
 */
public record GenderBalanceOutcome(GenderBalanceCriterion criterion, CriterionStatus status, GenderCounts population,
    List<ComputedFigure> figures) implements CriterionOutcome {

  /** Copies the list. */
  public GenderBalanceOutcome {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(figures, "figures");
    figures = List.copyOf(figures);
  }

  /** Calls {@link Cases#genderBalance}. */
  @Override
  public <R> R match(Cases<R> cases) {
    return Objects.requireNonNull(cases, "cases").genderBalance(this);
  }
}
