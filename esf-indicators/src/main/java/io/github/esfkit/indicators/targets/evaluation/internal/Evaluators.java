package io.github.esfkit.indicators.targets.evaluation.internal;

import io.github.esfkit.indicators.targets.model.CountCriterion;
import io.github.esfkit.indicators.targets.model.Criterion;
import io.github.esfkit.indicators.targets.model.FollowUpCriterion;
import io.github.esfkit.indicators.targets.model.GenderBalanceCriterion;
import io.github.esfkit.indicators.targets.model.GenderCompositionCriterion;
import io.github.esfkit.indicators.targets.model.JudgedCriterion;
import io.github.esfkit.indicators.targets.model.MilestoneCriterion;
import io.github.esfkit.indicators.targets.model.RelativeGenderShareCriterion;
import io.github.esfkit.indicators.targets.model.ShareCriterion;
import io.github.esfkit.indicators.targets.model.SurveyShareCriterion;
import java.util.Objects;

/**
 * The evaluator of each criterion kind, chosen by {@link Criterion#match}: the dispatch over the sealed
 * {@link Criterion} hierarchy, without casts; a new kind does not compile until it has its evaluator here.
 * Stateless and thread-safe.
 */
public final class Evaluators {

  private static final CountEvaluator COUNT = new CountEvaluator();
  private static final ShareEvaluator SHARE = new ShareEvaluator();
  private static final GenderCompositionEvaluator COMPOSITION = new GenderCompositionEvaluator();
  private static final GenderBalanceEvaluator BALANCE = new GenderBalanceEvaluator();
  private static final RelativeGenderShareEvaluator RELATIVE = new RelativeGenderShareEvaluator();
  private static final SurveyShareEvaluator SURVEY = new SurveyShareEvaluator();
  private static final FollowUpEvaluator FOLLOW_UP = new FollowUpEvaluator();
  private static final MilestoneEvaluator MILESTONE = new MilestoneEvaluator();
  private static final JudgedEvaluator JUDGED = new JudgedEvaluator();

  private Evaluators() {}

  /** Evaluates one criterion with the evaluator of its kind. */
  public static CriterionOutcome evaluate(Criterion criterion, EvaluationContext context) {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(context, "context");
    return criterion.match(new Criterion.Cases<CriterionOutcome>() {
      @Override
      public CriterionOutcome count(CountCriterion c) {
        return COUNT.evaluate(c, context);
      }

      @Override
      public CriterionOutcome share(ShareCriterion c) {
        return SHARE.evaluate(c, context);
      }

      @Override
      public CriterionOutcome genderComposition(GenderCompositionCriterion c) {
        return COMPOSITION.evaluate(c, context);
      }

      @Override
      public CriterionOutcome genderBalance(GenderBalanceCriterion c) {
        return BALANCE.evaluate(c, context);
      }

      @Override
      public CriterionOutcome relativeGenderShare(RelativeGenderShareCriterion c) {
        return RELATIVE.evaluate(c, context);
      }

      @Override
      public CriterionOutcome surveyShare(SurveyShareCriterion c) {
        return SURVEY.evaluate(c, context);
      }

      @Override
      public CriterionOutcome followUp(FollowUpCriterion c) {
        return FOLLOW_UP.evaluate(c, context);
      }

      @Override
      public CriterionOutcome milestone(MilestoneCriterion c) {
        return MILESTONE.evaluate(c, context);
      }

      @Override
      public CriterionOutcome judged(JudgedCriterion c) {
        return JUDGED.evaluate(c, context);
      }
    });
  }
}
