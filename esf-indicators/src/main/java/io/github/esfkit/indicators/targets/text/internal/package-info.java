/**
 * The wording of the targets in Swedish and English (not exported: an implementation layer of
 * {@code TargetEvaluator}): structured outcomes put into words ({@link CriterionText}, {@link IndicatorText}) and the
 * small phrases they share ({@link Words}: counts by gender, shares as the reports print them, bounds).
 */
@NullMarked
package io.github.esfkit.indicators.targets.text.internal;

import org.jspecify.annotations.NullMarked;
