package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.Language;
import java.util.Optional;

/**
 * One part of an indicator (del av en indikator) that is met, not met or judged. A closed hierarchy of the
 * value types {@link CountCriterion}, {@link ShareCriterion}, {@link GenderCompositionCriterion},
 * {@link GenderBalanceCriterion}, {@link RelativeGenderShareCriterion}, {@link SurveyShareCriterion},
 * {@link FollowUpCriterion}, {@link MilestoneCriterion} and {@link JudgedCriterion}, one per
 * {@link CriterionKind}; {@link #kind()} is the discriminator a codec writes, and each kind has its evaluator
 * in {@code targets.evaluation.internal.Evaluators}.
 */
public sealed interface Criterion
    permits AbstractCountCriterion, AbstractShareCriterion, AbstractGenderCompositionCriterion,
        AbstractGenderBalanceCriterion, AbstractRelativeGenderShareCriterion, AbstractSurveyShareCriterion,
        AbstractFollowUpCriterion, AbstractMilestoneCriterion, AbstractJudgedCriterion {

  /** Stable id, unique in its goal table, e.g. {@code PM-3.gender-share}. */
  String id();

  /** The discriminator. */
  CriterionKind kind();

  /** The target as worded, in Swedish. */
  String textSv();

  /** The target in English, when given. */
  Optional<String> textEn();

  /** The wording in the given language, Swedish when no English is given. */
  default String text(Language language) {
    return language == Language.EN && textEn().isPresent() ? textEn().get() : textSv();
  }
}
