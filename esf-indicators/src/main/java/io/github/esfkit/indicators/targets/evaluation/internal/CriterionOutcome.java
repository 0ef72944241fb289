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

  /**
   * Calls the case of this outcome's type: the one dispatch over outcomes. A new criterion kind adds its
   * outcome and a method to {@link Cases}, so the text layer fails to compile until it words it.
   *
   * @param cases one case per outcome type
   * @param <R> what the cases return
   * @return what the case of this outcome's type returned
   */
  <R> R match(Cases<R> cases);

  /**
   * One case per outcome type, for {@link CriterionOutcome#match}: an exhaustive dispatch without casts.
   *
   * @param <R> what every case returns
   */
  interface Cases<R> {
    /** The case of a {@link CountOutcome}. */
    R count(CountOutcome outcome);

    /** The case of a {@link ShareOutcome}. */
    R share(ShareOutcome outcome);

    /** The case of a {@link GenderCompositionOutcome}. */
    R genderComposition(GenderCompositionOutcome outcome);

    /** The case of a {@link GenderBalanceOutcome}. */
    R genderBalance(GenderBalanceOutcome outcome);

    /** The case of a {@link RelativeGenderShareOutcome}. */
    R relativeGenderShare(RelativeGenderShareOutcome outcome);

    /** The case of a {@link SurveyShareOutcome}. */
    R surveyShare(SurveyShareOutcome outcome);

    /** The case of a {@link FollowUpSuccessOutcome}. */
    R followUp(FollowUpSuccessOutcome outcome);

    /** The case of a {@link MilestoneOutcome}. */
    R milestone(MilestoneOutcome outcome);

    /** The case of a {@link JudgedOutcome}. */
    R judged(JudgedOutcome outcome);

    /** The case of a {@link UndeterminedOutcome}. */
    R undetermined(UndeterminedOutcome outcome);
  }
}
