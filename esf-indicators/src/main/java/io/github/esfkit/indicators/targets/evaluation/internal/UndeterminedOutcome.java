package io.github.esfkit.indicators.targets.evaluation.internal;

import io.github.esfkit.indicators.targets.model.ComputedFigure;
import io.github.esfkit.indicators.targets.model.Criterion;
import io.github.esfkit.indicators.targets.model.CriterionStatus;
import io.github.esfkit.indicators.targets.model.SurveyTally;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A criterion the data cannot decide, with the reason and whatever could still be computed. Immutable and
 * thread-safe.
 *
 * @param criterion the criterion
 * @param reason why it cannot be decided
 * @param selectionId the selection without counts, for {@link Reason#NO_COUNTS_FOR_SELECTION}
 * @param tally the answers, for {@link Reason#NO_VALID_ANSWERS}
 * @param figures the figures that could be computed
 * @param lines the per-sub-project lines that could be computed
 */
public record UndeterminedOutcome(Criterion criterion, Reason reason, Optional<String> selectionId,
    Optional<SurveyTally> tally, List<ComputedFigure> figures, List<SubProjectLine> lines) implements CriterionOutcome {

  /** Why a criterion cannot be decided. */
  public enum Reason {
    /** No counts for the one selection named by {@link #selectionId()}. */
    NO_COUNTS_FOR_SELECTION,
    /** No counts for one of the criterion's selections. */
    NO_COUNTS_FOR_SELECTIONS,
    /** The population (the denominator) is zero. */
    ZERO_DENOMINATOR,
    /** No participants in the population. */
    NO_PARTICIPANTS,
    /** No one with the outcome, or an empty reference population. */
    NO_OUTCOME_OR_EMPTY_REFERENCE,
    /** No survey answers recorded. */
    NO_SURVEY_ANSWERS,
    /** Survey answers recorded, but none valid. */
    NO_VALID_ANSWERS,
    /** No follow-up data. */
    NO_FOLLOW_UP_DATA,
    /** No milestone progress recorded. */
    NO_PROGRESS_RECORDED
  }

  /** Copies the lists. */
  public UndeterminedOutcome {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(selectionId, "selectionId");
    Objects.requireNonNull(tally, "tally");
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(lines, "lines");
    figures = List.copyOf(figures);
    lines = List.copyOf(lines);
  }

  /** An undetermined outcome with nothing computed. */
  public static UndeterminedOutcome of(Criterion criterion, Reason reason) {
    return new UndeterminedOutcome(criterion, reason, Optional.empty(), Optional.empty(), List.of(), List.of());
  }

  @Override
  public CriterionStatus status() {
    return CriterionStatus.UNDETERMINED;
  }

  /** Calls {@link Cases#undetermined}. */
  @Override
  public <R> R match(Cases<R> cases) {
    return Objects.requireNonNull(cases, "cases").undetermined(this);
  }
}
