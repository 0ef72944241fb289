package io.github.esfkit.indicators.targets.evaluation.internal;

import io.github.esfkit.core.Share;
import io.github.esfkit.indicators.targets.model.ComputedFigure;
import io.github.esfkit.indicators.targets.model.CriterionStatus;
import io.github.esfkit.indicators.targets.model.FollowUpCriterion;
import io.github.esfkit.indicators.targets.model.FollowUpExclusion;
import io.github.esfkit.indicators.targets.model.Judgement;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A follow-up criterion evaluated: successes of the followed-up participants, every exclusion with its count
 * (in total and per sub-project), sub-projects that applied their own rule, and the judgement when the
 * criterion has no threshold. Immutable and thread-safe.
 *
 * @param criterion the criterion
 * @param status the status (from the threshold, or from the recorded judgement)
 * @param share successes / followed-up participants
 * @param shareByDefinition the same with every sub-project under the criterion's rule
 * @param exclusions the exclusions in total, in {@link FollowUpExclusion} order
 * @param exclusionsBySubProject the sub-projects with exclusions, each with its non-zero exclusions
 * @param deviations the sub-projects that applied their own rule
 * @param judgement the recorded judgement, for a criterion without threshold
 * @param figures the figures per scope
 * @param lines the per-sub-project lines
 */
public record FollowUpSuccessOutcome(FollowUpCriterion criterion, CriterionStatus status, Share share,
    Share shareByDefinition, Map<FollowUpExclusion, Long> exclusions,
    Map<String, Map<FollowUpExclusion, Long>> exclusionsBySubProject, List<RuleDeviation> deviations,
    Optional<Judgement> judgement, List<ComputedFigure> figures, List<SubProjectLine> lines)
    implements CriterionOutcome {

  /** Copies the collections, keeping their order. */
  public FollowUpSuccessOutcome {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(shareByDefinition, "shareByDefinition");
    Objects.requireNonNull(exclusions, "exclusions");
    Objects.requireNonNull(exclusionsBySubProject, "exclusionsBySubProject");
    Objects.requireNonNull(deviations, "deviations");
    Objects.requireNonNull(judgement, "judgement");
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(lines, "lines");
    exclusions = Collections.unmodifiableMap(exclusions.isEmpty() ? new EnumMap<>(FollowUpExclusion.class)
        : new EnumMap<>(exclusions));
    Map<String, Map<FollowUpExclusion, Long>> bySp = new LinkedHashMap<>();
    exclusionsBySubProject.forEach((k, v) -> bySp.put(k, Collections.unmodifiableMap(v.isEmpty()
        ? new EnumMap<>(FollowUpExclusion.class) : new EnumMap<>(v))));
    exclusionsBySubProject = Collections.unmodifiableMap(bySp);
    deviations = List.copyOf(deviations);
    figures = List.copyOf(figures);
    lines = List.copyOf(lines);
  }

  /** True when the criterion has no threshold and the status comes from a recorded judgement (or its absence). */
  public boolean judged() {
    return criterion.thresholdPercent().isEmpty();
  }

  /** Calls {@link Cases#followUp}. */
  @Override
  public <R> R match(Cases<R> cases) {
    return Objects.requireNonNull(cases, "cases").followUp(this);
  }
}
