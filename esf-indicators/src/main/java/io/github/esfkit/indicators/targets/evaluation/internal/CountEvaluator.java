package io.github.esfkit.indicators.targets.evaluation.internal;

import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.indicators.targets.model.Bound;
import io.github.esfkit.indicators.targets.model.ComputedFigure;
import io.github.esfkit.indicators.targets.model.CountBasis;
import io.github.esfkit.indicators.targets.model.CountCriterion;
import io.github.esfkit.indicators.targets.model.CriterionStatus;
import io.github.esfkit.indicators.targets.model.EvaluationMode;
import io.github.esfkit.indicators.targets.model.GenderCounts;
import io.github.esfkit.indicators.targets.model.SelectionCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Count criteria: the total (or, per gender, each gender) against a minimum or maximum. On the total, a missed
 * gender target is kept in the outcome without changing the status. Stateless and thread-safe.
 */
final class CountEvaluator implements CriterionEvaluator<CountCriterion> {

  @Override
  public CriterionOutcome evaluate(CountCriterion c, EvaluationContext context) {
    SelectionCount counted = context.data().counts().get(c.counted().id());
    if (counted == null) {
      return new UndeterminedOutcome(c, UndeterminedOutcome.Reason.NO_COUNTS_FOR_SELECTION,
          Optional.of(c.counted().id()), Optional.empty(), List.of(), List.of());
    }
    SelectionCount pop = context.data().counts().get(c.population().id());
    GenderCounts tot = counted.total();
    boolean perGender = !c.genderTargets().isEmpty()
        && (context.mode() == EvaluationMode.STRICT_PER_GENDER || c.basis() == CountBasis.PER_GENDER);
    List<GenderTargetCheck> checks = new ArrayList<>();
    for (Map.Entry<Gender, Long> t : c.genderTargets().entrySet()) {
      long n = tot.of(t.getKey());
      checks.add(new GenderTargetCheck(t.getKey(), n, t.getValue(), meets(n, t.getValue(), c.bound())));
    }
    CriterionStatus status;
    if (perGender) {
      long met = checks.stream().filter(GenderTargetCheck::met).count();
      status = met == checks.size() ? CriterionStatus.MET : met == 0 ? CriterionStatus.NOT_MET : CriterionStatus.PARTIALLY_MET;
    } else {
      status = meets(tot.total(), c.effectiveTotalTarget(), c.bound()) ? CriterionStatus.MET : CriterionStatus.NOT_MET;
    }
    List<ComputedFigure> figures = new ArrayList<>();
    List<SubProjectLine> lines = new ArrayList<>();
    figures.add(ComputedFigure.of("total", tot.total(), pop == null ? Optional.empty() : Optional.of(pop.total().total())));
    figures.add(ComputedFigure.of(Gender.WOMAN.code(), tot.women(), Optional.empty()));
    figures.add(ComputedFigure.of(Gender.MAN.code(), tot.men(), Optional.empty()));
    if (tot.nonBinary() > 0) {
      figures.add(ComputedFigure.of(Gender.NON_BINARY.code(), tot.nonBinary(), Optional.empty()));
    }
    for (String s : context.subProjects(counted, pop)) {
      GenderCounts sc = counted.subProject(s);
      long d = pop == null ? 0 : pop.subProject(s).total();
      figures.add(ComputedFigure.of(s, sc.total(), pop == null ? Optional.empty() : Optional.of(d)));
      figures.add(ComputedFigure.of(s + "/" + Gender.WOMAN.code(), sc.women(), Optional.empty()));
      figures.add(ComputedFigure.of(s + "/" + Gender.MAN.code(), sc.men(), Optional.empty()));
      if (pop != null) {
        lines.add(new SubProjectLine(s, sc.total(), d, Optional.of(sc.women()), Optional.of(sc.men())));
      }
    }
    Optional<Long> base = c.eligibilityBase().map(s -> context.data().counts().get(s.id()))
        .map(b -> b.total().total());
    return new CountOutcome(c, status, perGender, tot,
        pop == null ? Optional.empty() : Optional.of(pop.total().total()), base, checks, figures, lines);
  }

  static boolean meets(long value, long target, Bound bound) {
    return bound == Bound.AT_LEAST ? value >= target : value <= target;
  }
}
