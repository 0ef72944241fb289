package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.Language;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

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

  /**
   * The target as worded, in Swedish. Free text: never in {@code toString()} ({@code @Value.Redacted} here holds for
   * every kind's generated value type).
   */
  @Value.Redacted
  String textSv();

  /** The target in English, when given. Free text: never in {@code toString()}. */
  @Value.Redacted
  Optional<String> textEn();

  /**
   * Calls the case of this criterion's kind: the one dispatch over the hierarchy. A new kind adds a method to
   * {@link Cases}, so every dispatch that must handle it fails to compile until it does.
   *
   * @param cases one case per kind
   * @param <R> what the cases return
   * @return what the case of this criterion's kind returned
   */
  <R> R match(Cases<R> cases);

  /**
   * One case per criterion kind, for {@link Criterion#match}: an exhaustive dispatch without casts.
   *
   * @param <R> what every case returns
   */
  interface Cases<R> {
    /** The case of a {@link CountCriterion}. */
    R count(CountCriterion criterion);

    /** The case of a {@link ShareCriterion}. */
    R share(ShareCriterion criterion);

    /** The case of a {@link GenderCompositionCriterion}. */
    R genderComposition(GenderCompositionCriterion criterion);

    /** The case of a {@link GenderBalanceCriterion}. */
    R genderBalance(GenderBalanceCriterion criterion);

    /** The case of a {@link RelativeGenderShareCriterion}. */
    R relativeGenderShare(RelativeGenderShareCriterion criterion);

    /** The case of a {@link SurveyShareCriterion}. */
    R surveyShare(SurveyShareCriterion criterion);

    /** The case of a {@link FollowUpCriterion}. */
    R followUp(FollowUpCriterion criterion);

    /** The case of a {@link MilestoneCriterion}. */
    R milestone(MilestoneCriterion criterion);

    /** The case of a {@link JudgedCriterion}. */
    R judged(JudgedCriterion criterion);
  }

  /** The wording in the given language, Swedish when no English is given. */
  default String text(Language language) {
    Objects.requireNonNull(language, "language");
    return language == Language.EN && textEn().isPresent() ? textEn().get() : textSv();
  }
}
