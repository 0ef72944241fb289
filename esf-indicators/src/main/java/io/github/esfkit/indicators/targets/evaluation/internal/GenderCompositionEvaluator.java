package io.github.esfkit.indicators.targets.evaluation.internal;

import io.github.esfkit.core.Share;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.indicators.targets.model.ComputedFigure;
import io.github.esfkit.indicators.targets.model.CriterionStatus;
import io.github.esfkit.indicators.targets.model.GenderCompositionCriterion;
import io.github.esfkit.indicators.targets.model.GenderCounts;
import io.github.esfkit.indicators.targets.model.SelectionCount;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Gender-composition criteria: a gender's exact share against a stated percent, compared at least, at most or
 * within a tolerance. Stateless and thread-safe.
 */
final class GenderCompositionEvaluator implements CriterionEvaluator<GenderCompositionCriterion> {

  @Override
  public CriterionOutcome evaluate(GenderCompositionCriterion c, EvaluationContext context) {
    SelectionCount pop = context.data().counts().get(c.population().id());
    if (pop == null) {
      return new UndeterminedOutcome(c, UndeterminedOutcome.Reason.NO_COUNTS_FOR_SELECTION,
          Optional.of(c.population().id()), Optional.empty(), List.of(), List.of());
    }
    GenderCounts t = pop.total();
    Share s = Share.of(t.of(c.gender()), t.total());
    if (!s.isDefined()) {
      return UndeterminedOutcome.of(c, UndeterminedOutcome.Reason.NO_PARTICIPANTS);
    }
    boolean met;
    switch (c.comparison()) {
      case AT_LEAST:
        met = s.isAtLeastPercent(c.percent());
        break;
      case AT_MOST:
        met = s.isAtMostPercent(c.percent());
        break;
      default:
        BigDecimal tol = c.tolerance().orElse(BigDecimal.ZERO);
        met = s.isAtLeastPercent(c.percent().subtract(tol)) && s.isAtMostPercent(c.percent().add(tol));
    }
    List<ComputedFigure> figures = List.of(
        ComputedFigure.of(Gender.WOMAN.code(), t.women(), Optional.of(t.total())),
        ComputedFigure.of(Gender.MAN.code(), t.men(), Optional.of(t.total())));
    return new GenderCompositionOutcome(c, met ? CriterionStatus.MET : CriterionStatus.NOT_MET, t, s, figures);
  }
}
