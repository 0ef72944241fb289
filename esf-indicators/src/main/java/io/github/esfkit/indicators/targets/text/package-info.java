/**
 * The wording of the targets in Swedish and English: outcomes put into words ({@link
 * io.github.esfkit.indicators.targets.text.CriterionText}, {@link io.github.esfkit.indicators.targets.text.IndicatorText}),
 * the small phrases ({@link io.github.esfkit.indicators.targets.text.Words}) and the goal table as text or Markdown
 * ({@link io.github.esfkit.indicators.targets.text.GoalReportRenderer}).
 */
@NullMarked
package io.github.esfkit.indicators.targets.text;

import org.jspecify.annotations.NullMarked;
