package io.github.esfkit.indicators.targets.evaluation.internal;

import io.github.esfkit.core.Share;
import io.github.esfkit.indicators.targets.model.ComputedFigure;
import io.github.esfkit.indicators.targets.model.CriterionStatus;
import io.github.esfkit.indicators.targets.model.SurveyShareCriterion;
import io.github.esfkit.indicators.targets.model.SurveyTally;
import java.util.List;
import java.util.Optional;

/**
 * Survey-share criteria: yes among valid answers, struck answers kept or left out as the criterion says, and
 * the other handling evaluated beside it. Stateless and thread-safe.
 */
final class SurveyShareEvaluator implements CriterionEvaluator<SurveyShareCriterion> {

  @Override
  public CriterionOutcome evaluate(SurveyShareCriterion c, EvaluationContext context) {
    SurveyTally t = context.data().surveys().get(c.id());
    if (t == null) {
      return UndeterminedOutcome.of(c, UndeterminedOutcome.Reason.NO_SURVEY_ANSWERS);
    }
    Share kept = Share.of(t.yes() + t.struckYes(), t.yes() + t.no() + t.struckYes() + t.struckNo());
    Share dropped = Share.of(t.yes(), t.yes() + t.no());
    Share s = c.keepStruckAnswers() ? kept : dropped;
    Share other = c.keepStruckAnswers() ? dropped : kept;
    if (!s.isDefined()) {
      return new UndeterminedOutcome(c, UndeterminedOutcome.Reason.NO_VALID_ANSWERS, Optional.empty(), Optional.of(t),
          List.of(), List.of());
    }
    CriterionStatus status = s.isAtLeastPercent(c.percent()) ? CriterionStatus.MET : CriterionStatus.NOT_MET;
    long struck = t.struckYes() + t.struckNo();
    Optional<CriterionStatus> otherStatus = struck > 0 && other.isDefined()
        ? Optional.of(other.isAtLeastPercent(c.percent()) ? CriterionStatus.MET : CriterionStatus.NOT_MET)
        : Optional.empty();
    long yes = c.keepStruckAnswers() ? t.yes() + t.struckYes() : t.yes();
    long valid = c.keepStruckAnswers() ? t.yes() + t.no() + t.struckYes() + t.struckNo() : t.yes() + t.no();
    return new SurveyShareOutcome(c, status, t, s, other, otherStatus,
        List.of(ComputedFigure.of("total", yes, Optional.of(valid))));
  }
}
