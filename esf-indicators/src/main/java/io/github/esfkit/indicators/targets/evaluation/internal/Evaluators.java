package io.github.esfkit.indicators.targets.evaluation.internal;

import io.github.esfkit.indicators.targets.model.CountCriterion;
import io.github.esfkit.indicators.targets.model.Criterion;
import io.github.esfkit.indicators.targets.model.FollowUpCriterion;
import io.github.esfkit.indicators.targets.model.GenderBalanceCriterion;
import io.github.esfkit.indicators.targets.model.GenderCompositionCriterion;
import io.github.esfkit.indicators.targets.model.MilestoneCriterion;
import io.github.esfkit.indicators.targets.model.RelativeGenderShareCriterion;
import io.github.esfkit.indicators.targets.model.ShareCriterion;
import io.github.esfkit.indicators.targets.model.SurveyShareCriterion;
import java.util.Objects;

/**
 * The evaluator of each criterion kind, and the one dispatch over the sealed {@link Criterion} hierarchy (an
 * exhaustive switch over its kind). Stateless and thread-safe.
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
    return switch (criterion.kind()) {
      case COUNT -> COUNT.evaluate((CountCriterion) criterion, context);
      case SHARE -> SHARE.evaluate((ShareCriterion) criterion, context);
      case GENDER_COMPOSITION -> COMPOSITION.evaluate((GenderCompositionCriterion) criterion, context);
      case GENDER_BALANCE -> BALANCE.evaluate((GenderBalanceCriterion) criterion, context);
      case RELATIVE_GENDER_SHARE -> RELATIVE.evaluate((RelativeGenderShareCriterion) criterion, context);
      case SURVEY_SHARE -> SURVEY.evaluate((SurveyShareCriterion) criterion, context);
      case FOLLOW_UP -> FOLLOW_UP.evaluate((FollowUpCriterion) criterion, context);
      case MILESTONE -> MILESTONE.evaluate((MilestoneCriterion) criterion, context);
      case JUDGED -> JUDGED.evaluate(criterion, context);
    };
  }
}
