package io.github.esfkit.indicators.targets.model;

import java.util.List;

/** The selections a criterion reads, per kind. */
final class Selections implements Criterion.Cases<List<Selection>> {

  private static final Selections INSTANCE = new Selections();

  private Selections() {}

  static List<Selection> of(Criterion c) {
    return c.match(INSTANCE);
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
    return List.of();
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
