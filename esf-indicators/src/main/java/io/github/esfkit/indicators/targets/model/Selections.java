package io.github.esfkit.indicators.targets.model;

import java.util.List;

/**
 * The selections a criterion names, per kind: every one ({@link #of}), or only those whose counts its evaluation
 * reads ({@link #counted}). A follow-up criterion names its population but is judged on its own tally, not on the
 * population's counts.
 */
final class Selections implements Criterion.Cases<List<Selection>> {

  private static final Selections ALL = new Selections(true);
  private static final Selections COUNTED = new Selections(false);

  private final boolean followUpPopulations;

  private Selections(boolean followUpPopulations) {
    this.followUpPopulations = followUpPopulations;
  }

  /** Every selection the criterion names. */
  static List<Selection> of(Criterion c) {
    return c.match(ALL);
  }

  /** The selections whose counts the criterion's evaluation reads. */
  static List<Selection> counted(Criterion c) {
    return c.match(COUNTED);
  }

  @Override
  public List<Selection> count(CountCriterion c) {
    return c.eligibilityBase().isPresent()
        ? List.of(c.counted(), c.population(), c.eligibilityBase().get())
        : List.of(c.counted(), c.population());
  }

  @Override
  public List<Selection> share(ShareCriterion c) {
    return List.of(c.counted(), c.population());
  }

  @Override
  public List<Selection> genderComposition(GenderCompositionCriterion c) {
    return List.of(c.population());
  }

  @Override
  public List<Selection> genderBalance(GenderBalanceCriterion c) {
    return List.of(c.population());
  }

  @Override
  public List<Selection> relativeGenderShare(RelativeGenderShareCriterion c) {
    return List.of(c.outcome(), c.reference());
  }

  @Override
  public List<Selection> surveyShare(SurveyShareCriterion c) {
    return List.of();
  }

  @Override
  public List<Selection> followUp(FollowUpCriterion c) {
    return followUpPopulations ? List.of(c.population()) : List.of();
  }

  @Override
  public List<Selection> milestone(MilestoneCriterion c) {
    return List.of();
  }

  @Override
  public List<Selection> judged(JudgedCriterion c) {
    return List.of();
  }
}
