package io.github.esfkit.indicators.targets.evaluation.internal;

import io.github.esfkit.indicators.targets.model.Criterion;
import io.github.esfkit.indicators.targets.model.CriterionStatus;
import io.github.esfkit.indicators.targets.model.Judgement;
import io.github.esfkit.indicators.targets.model.Verdict;
import java.util.Optional;

/**
 * Judged criteria: the status is that of the recorded {@link Judgement}, undetermined without one. Stateless and
 * thread-safe.
 */
final class JudgedEvaluator implements CriterionEvaluator<Criterion> {

  @Override
  public CriterionOutcome evaluate(Criterion c, EvaluationContext context) {
    Optional<Judgement> j = Optional.ofNullable(context.data().judgements().get(c.id()));
    return new JudgedOutcome(c, j.map(x -> status(x.verdict())).orElse(CriterionStatus.UNDETERMINED), j);
  }

  /** The criterion status a recorded verdict stands for. */
  static CriterionStatus status(Verdict v) {
    switch (v) {
      case ACHIEVED:
        return CriterionStatus.MET;
      case PARTIALLY_ACHIEVED:
        return CriterionStatus.PARTIALLY_MET;
      case NOT_ACHIEVED:
        return CriterionStatus.NOT_MET;
      default:
        return CriterionStatus.UNDETERMINED;
    }
  }
}
