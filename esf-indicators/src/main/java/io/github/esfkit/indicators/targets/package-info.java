/**
 * Project targets (projektmål, delmål, indikatorer) and attainment verdicts (måluppfyllelse).
 *
 * <p>A {@link io.github.esfkit.indicators.targets.GoalTable} holds goals, each goal holds indicators and each
 * indicator one or more {@link io.github.esfkit.indicators.targets.Criterion criteria}. The
 * {@link io.github.esfkit.indicators.targets.TargetEvaluator} judges them against
 * {@link io.github.esfkit.indicators.targets.EvaluationData}: counts given as aggregates, or tallied from
 * participant records by {@link io.github.esfkit.indicators.targets.ParticipantTally}. Every verdict carries its
 * numbers, denominator, exclusions and as-of date. Each criterion kind has its evaluator in
 * {@code targets.evaluation}, which returns a structured outcome without wording; {@code targets.text} puts
 * outcomes into Swedish and English and renders the table ({@link io.github.esfkit.indicators.targets.text.GoalReportRenderer}).
 * {@link io.github.esfkit.indicators.targets.Reconciliation} compares the result with a published report. All
 * arithmetic is exact (no floating point).
 */
@NullMarked
package io.github.esfkit.indicators.targets;

import org.jspecify.annotations.NullMarked;
