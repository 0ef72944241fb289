package io.github.esfkit.indicators.targets.evaluation.internal;

import io.github.esfkit.core.Share;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.indicators.targets.model.ComputedFigure;
import io.github.esfkit.indicators.targets.model.CriterionStatus;
import io.github.esfkit.indicators.targets.model.GenderBalanceCriterion;
import io.github.esfkit.indicators.targets.model.GenderCounts;
import io.github.esfkit.indicators.targets.model.SelectionCount;
import java.util.List;
import java.util.Optional;

/** Gender-balance criteria: women and men each within the span, both present. Stateless and thread-safe. */
final class GenderBalanceEvaluator implements CriterionEvaluator<GenderBalanceCriterion> {

  @Override
  public CriterionOutcome evaluate(GenderBalanceCriterion c, EvaluationContext context) {
    SelectionCount pop = context.data().counts().get(c.population().id());
    if (pop == null) {
      return new UndeterminedOutcome(c, UndeterminedOutcome.Reason.NO_COUNTS_FOR_SELECTION,
          Optional.of(c.population().id()), Optional.empty(), List.of(), List.of());
    }
    GenderCounts t = pop.total();
    Share women = Share.of(t.women(), t.total());
    Share men = Share.of(t.men(), t.total());
    if (!women.isDefined()) {
      return UndeterminedOutcome.of(c, UndeterminedOutcome.Reason.NO_PARTICIPANTS);
    }
    boolean met = t.women() > 0 && t.men() > 0
        && women.isAtLeastPercent(c.lowerPercent()) && women.isAtMostPercent(c.upperPercent())
        && men.isAtLeastPercent(c.lowerPercent()) && men.isAtMostPercent(c.upperPercent());
    List<ComputedFigure> figures = List.of(
        ComputedFigure.of(Gender.WOMAN.code(), t.women(), Optional.of(t.total())),
        ComputedFigure.of(Gender.MAN.code(), t.men(), Optional.of(t.total())));
    return new GenderBalanceOutcome(c, met ? CriterionStatus.MET : CriterionStatus.NOT_MET, t, figures);
  }
}
