package io.github.esfkit.indicators.targets.evaluation;

import io.github.esfkit.indicators.targets.Criterion;
import io.github.esfkit.indicators.targets.CriterionStatus;
import io.github.esfkit.indicators.targets.Judgement;
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

  /** Checks that no component is null. */
  public JudgedOutcome {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(judgement, "judgement");
  }
}
