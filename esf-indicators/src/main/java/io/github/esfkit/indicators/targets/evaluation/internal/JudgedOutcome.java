package io.github.esfkit.indicators.targets.evaluation.internal;

import io.github.esfkit.indicators.targets.model.Criterion;
import io.github.esfkit.indicators.targets.model.CriterionStatus;
import io.github.esfkit.indicators.targets.model.Judgement;
import java.util.Objects;
import java.util.Optional;

/**
 * A judged criterion: the status is the recorded judgement's, undetermined without one. Immutable and
 * thread-safe.
 *
 * @param criterion the criterion
 * @param status the status
 * @param judgement the recorded judgement, when there is one
 */
public record JudgedOutcome(Criterion criterion, CriterionStatus status, Optional<Judgement> judgement)
    implements CriterionOutcome {

  /** Calls {@link Cases#judged}. */
  @Override
  public <R> R match(Cases<R> cases) {
    return Objects.requireNonNull(cases, "cases").judged(this);
  }
}
