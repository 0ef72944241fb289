package io.github.esfkit.indicators.targets.evaluation.internal;

import io.github.esfkit.indicators.targets.model.Criterion;

/**
 * Evaluates criteria of one kind against the data of an {@link EvaluationContext}. Never throws on data:
 * missing data and zero denominators give an {@link UndeterminedOutcome}. Implementations are stateless and
 * thread-safe.
 *
 * @param <C> the criterion kind
 */
interface CriterionEvaluator<C extends Criterion> {

  /** The outcome of {@code criterion} against the context's data. */
  CriterionOutcome evaluate(C criterion, EvaluationContext context);
}
