package io.github.esfkit.indicators.targets.evaluation.internal;

import io.github.esfkit.core.Share;
import io.github.esfkit.indicators.targets.model.Bound;
import io.github.esfkit.indicators.targets.model.ComputedFigure;
import io.github.esfkit.indicators.targets.model.CriterionStatus;
import io.github.esfkit.indicators.targets.model.GenderCounts;
import io.github.esfkit.indicators.targets.model.SelectionCount;
import io.github.esfkit.indicators.targets.model.ShareCriterion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Share-of-population criteria, compared exactly with the target percent. Stateless and thread-safe. */
final class ShareEvaluator implements CriterionEvaluator<ShareCriterion> {

  @Override
  public CriterionOutcome evaluate(ShareCriterion c, EvaluationContext context) {
    SelectionCount counted = context.data().counts().get(c.counted().id());
    SelectionCount pop = context.data().counts().get(c.population().id());
    if (counted == null || pop == null) {
      return UndeterminedOutcome.of(c, UndeterminedOutcome.Reason.NO_COUNTS_FOR_SELECTIONS);
    }
    Share s = Share.of(counted.total().total(), pop.total().total());
    List<ComputedFigure> figures = new ArrayList<>();
    List<SubProjectLine> lines = new ArrayList<>();
    figures.add(ComputedFigure.of("total", counted.total().total(), Optional.of(pop.total().total())));
    for (String sp : context.subProjects(counted, pop)) {
      GenderCounts sc = counted.subProject(sp);
      long d = pop.subProject(sp).total();
      figures.add(ComputedFigure.of(sp, sc.total(), Optional.of(d)));
      lines.add(new SubProjectLine(sp, sc.total(), d, Optional.of(sc.women()), Optional.of(sc.men())));
    }
    if (!s.isDefined()) {
      return new UndeterminedOutcome(c, UndeterminedOutcome.Reason.ZERO_DENOMINATOR, Optional.empty(),
          Optional.empty(), figures, lines);
    }
    boolean met = c.bound() == Bound.AT_LEAST ? s.isAtLeastPercent(c.percent()) : s.isAtMostPercent(c.percent());
    return new ShareOutcome(c, met ? CriterionStatus.MET : CriterionStatus.NOT_MET, s, figures, lines);
  }
}
