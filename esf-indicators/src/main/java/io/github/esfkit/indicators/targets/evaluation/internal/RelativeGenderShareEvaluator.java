package io.github.esfkit.indicators.targets.evaluation.internal;

import io.github.esfkit.core.Share;
import io.github.esfkit.indicators.targets.model.Bound;
import io.github.esfkit.indicators.targets.model.ComputedFigure;
import io.github.esfkit.indicators.targets.model.CriterionStatus;
import io.github.esfkit.indicators.targets.model.RelativeGenderShareCriterion;
import io.github.esfkit.indicators.targets.model.SelectionCount;
import java.util.List;
import java.util.Optional;

/**
 * Relative gender-share criteria: a gender's share among an outcome group against its share of a reference
 * population, compared exactly. Stateless and thread-safe.
 */
final class RelativeGenderShareEvaluator implements CriterionEvaluator<RelativeGenderShareCriterion> {

  @Override
  public CriterionOutcome evaluate(RelativeGenderShareCriterion c, EvaluationContext context) {
    SelectionCount out = context.data().counts().get(c.outcome().id());
    SelectionCount ref = context.data().counts().get(c.reference().id());
    if (out == null || ref == null) {
      return UndeterminedOutcome.of(c, UndeterminedOutcome.Reason.NO_COUNTS_FOR_SELECTIONS);
    }
    long outGender = out.total().of(c.gender());
    long refGender = ref.total().of(c.gender());
    Share so = Share.of(outGender, out.total().total());
    Share sr = Share.of(refGender, ref.total().total());
    if (!so.isDefined() || !sr.isDefined()) {
      return UndeterminedOutcome.of(c, UndeterminedOutcome.Reason.NO_OUTCOME_OR_EMPTY_REFERENCE);
    }
    int cmp = so.compareTo(sr);
    boolean met = c.bound() == Bound.AT_LEAST ? cmp >= 0 : cmp <= 0;
    List<ComputedFigure> figures = List.of(
        ComputedFigure.of(c.gender().code(), outGender, Optional.of(out.total().total())),
        ComputedFigure.of("reference/" + c.gender().code(), refGender, Optional.of(ref.total().total())));
    return new RelativeGenderShareOutcome(c, met ? CriterionStatus.MET : CriterionStatus.NOT_MET, so, sr, figures);
  }
}
