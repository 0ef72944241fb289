package io.github.esfkit.indicators.targets.evaluation.internal;

import io.github.esfkit.core.Share;
import io.github.esfkit.indicators.targets.model.ComputedFigure;
import io.github.esfkit.indicators.targets.model.CriterionStatus;
import io.github.esfkit.indicators.targets.model.ShareCriterion;
import java.util.List;
import java.util.Objects;

/**
 * A share-of-population criterion evaluated: the exact share of counted to population. Immutable and
 * thread-safe.
 *
 * @param criterion the criterion
 * @param status the status
 * @param share counted / population (defined: a zero population gives {@link UndeterminedOutcome})
 * @param figures the figures per scope
 * @param lines the per-sub-project lines
 */
public record ShareOutcome(ShareCriterion criterion, CriterionStatus status, Share share, List<ComputedFigure> figures,
    List<SubProjectLine> lines) implements CriterionOutcome {

  /** Copies the lists. */
  public ShareOutcome {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(lines, "lines");
    figures = List.copyOf(figures);
    lines = List.copyOf(lines);
  }

  /** Calls {@link Cases#share}. */
  @Override
  public <R> R match(Cases<R> cases) {
    return Objects.requireNonNull(cases, "cases").share(this);
  }
}
