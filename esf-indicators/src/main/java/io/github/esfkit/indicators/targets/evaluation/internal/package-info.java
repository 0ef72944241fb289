/**
 * The evaluation of target criteria (not exported: an implementation layer of {@code TargetEvaluator}): one
 * evaluator per criterion kind, each returning a structured {@link CriterionOutcome} (status, numbers,
 * denominators, exclusions) and no wording. Sentences in Swedish and English are made from outcomes by
 * {@code io.github.esfkit.indicators.targets.text.internal}; an architecture test keeps wording out of this
 * package.
 */
@NullMarked
package io.github.esfkit.indicators.targets.evaluation.internal;

import org.jspecify.annotations.NullMarked;
