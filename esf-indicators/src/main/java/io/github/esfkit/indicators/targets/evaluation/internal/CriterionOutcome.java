package io.github.esfkit.indicators.targets.evaluation.internal;

import io.github.esfkit.indicators.targets.model.ComputedFigure;
import io.github.esfkit.indicators.targets.model.Criterion;
import io.github.esfkit.indicators.targets.model.CriterionStatus;
import java.util.List;

/**
 * The structured result of evaluating one {@link Criterion}: its status and the numbers behind it, one record
 * type per criterion kind (plus {@link UndeterminedOutcome} when the data cannot decide it). Carries no
 * wording. Implementations are immutable and thread-safe.
 */
public sealed interface CriterionOutcome
    permits CountOutcome, ShareOutcome, GenderCompositionOutcome, GenderBalanceOutcome, RelativeGenderShareOutcome,
        SurveyShareOutcome, FollowUpSuccessOutcome, MilestoneOutcome, JudgedOutcome, UndeterminedOutcome {

  /** The criterion evaluated. */
  Criterion criterion();

  /** Met, partly met, not met or undetermined. */
  CriterionStatus status();

  /** The computed numbers per scope ({@code total}, a gender code, a sub-project, {@code sub/gender}). */
  default List<ComputedFigure> figures() {
    return List.of();
  }

  /** The per-sub-project lines, numbers only. */
  default List<SubProjectLine> lines() {
    return List.of();
  }
}
