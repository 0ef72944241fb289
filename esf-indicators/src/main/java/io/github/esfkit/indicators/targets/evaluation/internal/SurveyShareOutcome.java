package io.github.esfkit.indicators.targets.evaluation.internal;

import io.github.esfkit.core.Share;
import io.github.esfkit.indicators.targets.model.ComputedFigure;
import io.github.esfkit.indicators.targets.model.CriterionStatus;
import io.github.esfkit.indicators.targets.model.SurveyShareCriterion;
import io.github.esfkit.indicators.targets.model.SurveyTally;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A survey-share criterion evaluated: the tally, the share under the criterion's handling of struck answers
 * and, when answers were struck, the share and status under the other handling. Immutable and thread-safe.
 *
 * @param criterion the criterion
 * @param status the status
 * @param tally the answers
 * @param share yes / valid answers under the criterion's handling of struck answers
 * @param otherShare the same under the other handling
 * @param otherStatus the status under the other handling, when answers were struck and it is defined
 * @param figures the share's figure
 */
public record SurveyShareOutcome(SurveyShareCriterion criterion, CriterionStatus status, SurveyTally tally,
    Share share, Share otherShare, Optional<CriterionStatus> otherStatus, List<ComputedFigure> figures)
    implements CriterionOutcome {

  /** Copies the list. */
  public SurveyShareOutcome {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(tally, "tally");
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(otherShare, "otherShare");
    Objects.requireNonNull(otherStatus, "otherStatus");
    Objects.requireNonNull(figures, "figures");
    figures = List.copyOf(figures);
  }

  /** Struck answers, yes and no. */
  public long struck() {
    return tally.struckYes() + tally.struckNo();
  }

  /** Calls {@link Cases#surveyShare}. */
  @Override
  public <R> R match(Cases<R> cases) {
    return Objects.requireNonNull(cases, "cases").surveyShare(this);
  }
}
