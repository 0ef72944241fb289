package io.github.esfkit.indicators.targets.model;

import java.util.List;

/** The selections a criterion reads. */
final class Selections {

  private Selections() {}

  static List<Selection> of(Criterion c) {
    if (c instanceof CountCriterion) {
      CountCriterion cc = (CountCriterion) c;
      return cc.eligibilityBase().isPresent()
          ? List.of(cc.counted(), cc.population(), cc.eligibilityBase().get())
          : List.of(cc.counted(), cc.population());
    }
    if (c instanceof ShareCriterion) {
      return List.of(((ShareCriterion) c).counted(), ((ShareCriterion) c).population());
    }
    if (c instanceof GenderCompositionCriterion) {
      return List.of(((GenderCompositionCriterion) c).population());
    }
    if (c instanceof GenderBalanceCriterion) {
      return List.of(((GenderBalanceCriterion) c).population());
    }
    if (c instanceof RelativeGenderShareCriterion) {
      return List.of(((RelativeGenderShareCriterion) c).outcome(), ((RelativeGenderShareCriterion) c).reference());
    }
    return List.of();
  }
}
