/**
 * The goal table with its verdicts as text or Markdown, in Swedish or English
 * ({@link io.github.esfkit.indicators.targets.text.GoalReportRenderer}). The sentences it prints are made when
 * the report is evaluated, in {@code targets.text.internal}.
 */
@NullMarked
package io.github.esfkit.indicators.targets.text;

import org.jspecify.annotations.NullMarked;
