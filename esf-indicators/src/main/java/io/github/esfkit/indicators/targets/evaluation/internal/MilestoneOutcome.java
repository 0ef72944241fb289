package io.github.esfkit.indicators.targets.evaluation.internal;

import io.github.esfkit.indicators.targets.model.CriterionStatus;
import io.github.esfkit.indicators.targets.model.MilestoneCriterion;
import io.github.esfkit.indicators.targets.model.MilestoneProgress;
import java.util.Objects;

/**
 * A milestone criterion evaluated against its recorded progress. Immutable and thread-safe.
 *
 * @param criterion the criterion
 * @param status the status
 * @param progress the recorded progress
 * @param finding why the status is what it is
 * @param deadlineOpen true when the deadline lies after the as-of date
 */
public record MilestoneOutcome(MilestoneCriterion criterion, CriterionStatus status, MilestoneProgress progress,
    Finding finding, boolean deadlineOpen) implements CriterionOutcome {

  /** Checks that no component is null. */
  public MilestoneOutcome {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(finding, "finding");
  }

  /** Why a milestone is met or not. */
  public enum Finding {
    /** Recorded as done on a date after the data's as-of date: not done as of that date. */
    DONE_AFTER_AS_OF,
    /** Done after the deadline. */
    DONE_LATE,
    /** Done (in time, or without deadline). */
    DONE,
    /** Not done. */
    NOT_DONE
  }

  /** Calls {@link Cases#milestone}. */
  @Override
  public <R> R match(Cases<R> cases) {
    return Objects.requireNonNull(cases, "cases").milestone(this);
  }
}
