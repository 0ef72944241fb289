/**
 * The values of project targets (projektmål, delmål, indikatorer): what a goal table says, the data it is judged
 * on, and the report that comes out.
 *
 * <ul>
 *   <li>The table: a {@link GoalTable} holds {@link Goal goals}, each goal {@link Indicator indicators}, each
 *       indicator one or more {@link Criterion criteria} (a sealed hierarchy, one value type per
 *       {@link CriterionKind}) with their bounds, selections and rules.
 *   <li>The data: {@link EvaluationData}, aggregate counts per criterion, or tallied from participant records
 *       by {@link ParticipantTally}; recorded {@link Judgement judgements} and {@link MilestoneProgress milestone
 *       statuses}.
 *   <li>The report: a {@link GoalReport} with a {@link Verdict} per indicator and a {@link CriterionResult} per
 *       criterion, each with its numbers, denominator, exclusions and as-of date; {@link Discrepancy
 *       discrepancies} against a published report.
 * </ul>
 *
 * <p>Nothing here evaluates or words a verdict: {@code io.github.esfkit.indicators.targets.TargetEvaluator} does,
 * so every arrow points into this package. All arithmetic is exact (no floating point).
 */
@NullMarked
package io.github.esfkit.indicators.targets.model;

import org.jspecify.annotations.NullMarked;
