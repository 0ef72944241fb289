/**
 * Project targets (projektmål, delmål, indikatorer) and attainment verdicts (måluppfyllelse): the entry points.
 *
 * <p>{@link io.github.esfkit.indicators.targets.TargetEvaluator} judges a
 * {@link io.github.esfkit.indicators.targets.model.GoalTable} against
 * {@link io.github.esfkit.indicators.targets.model.EvaluationData} (counts given as aggregates, or tallied from
 * participant records by {@link io.github.esfkit.indicators.targets.model.ParticipantTally}) into a
 * {@link io.github.esfkit.indicators.targets.model.GoalReport}; every verdict carries its numbers, denominator,
 * exclusions and as-of date. {@link io.github.esfkit.indicators.targets.Reconciliation} compares the report with a
 * published one. The values live in {@code targets.model}; {@code targets.text} renders a report as text or
 * Markdown. Inside, each criterion kind has its evaluator returning a structured outcome without wording
 * ({@code targets.evaluation.internal}), and the wording in Swedish and English is made from outcomes
 * ({@code targets.text.internal}); neither is exported. All arithmetic is exact (no floating point).
 */
@NullMarked
package io.github.esfkit.indicators.targets;

import org.jspecify.annotations.NullMarked;
