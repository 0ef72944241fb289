package io.github.esfkit.indicators.targets.evaluation.internal;

import io.github.esfkit.indicators.targets.model.ComputedFigure;
import io.github.esfkit.indicators.targets.model.CountCriterion;
import io.github.esfkit.indicators.targets.model.CriterionStatus;
import io.github.esfkit.indicators.targets.model.GenderCounts;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A count criterion evaluated: the counted participants by gender, the population and eligibility base totals
 * when known, each gender target checked, and whether the verdict was taken per gender. Immutable and
 * thread-safe.
 *
 * @param criterion the criterion
 * @param status the status
 * @param perGender true when judged per gender, false when judged on the total
 * @param counted the counted participants
 * @param populationTotal the population's total, when its counts are given
 * @param eligibilityBaseTotal the eligibility base's total, when the criterion has one and its counts are given
 * @param genderChecks every gender target against its count, in the criterion's order
 * @param figures the figures per scope
 * @param lines the per-sub-project lines (when the population is known)
 */
public record CountOutcome(CountCriterion criterion, CriterionStatus status, boolean perGender, GenderCounts counted,
    Optional<Long> populationTotal, Optional<Long> eligibilityBaseTotal, List<GenderTargetCheck> genderChecks,
    List<ComputedFigure> figures, List<SubProjectLine> lines) implements CriterionOutcome {

  /** Copies the lists. */
  public CountOutcome {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(counted, "counted");
    Objects.requireNonNull(populationTotal, "populationTotal");
    Objects.requireNonNull(eligibilityBaseTotal, "eligibilityBaseTotal");
    Objects.requireNonNull(genderChecks, "genderChecks");
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(lines, "lines");
    genderChecks = List.copyOf(genderChecks);
    figures = List.copyOf(figures);
    lines = List.copyOf(lines);
  }

  /** Calls {@link Cases#count}. */
  @Override
  public <R> R match(Cases<R> cases) {
    return Objects.requireNonNull(cases, "cases").count(this);
  }
}
