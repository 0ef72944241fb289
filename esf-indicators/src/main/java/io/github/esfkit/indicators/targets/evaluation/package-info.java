/**
 * The evaluation of target criteria: one evaluator
 * per criterion kind, each returning a structured {@link io.github.esfkit.indicators.targets.evaluation.CriterionOutcome}
 * (status, numbers, denominators, exclusions) and no wording. Sentences in Swedish and English are made from
 * outcomes by {@code io.github.esfkit.indicators.targets.text}; an architecture test keeps wording out of this
 * package.
 */
@NullMarked
package io.github.esfkit.indicators.targets.evaluation;

import org.jspecify.annotations.NullMarked;
