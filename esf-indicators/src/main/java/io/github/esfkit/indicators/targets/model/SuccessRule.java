package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.Language;

/** Which follow-up outcomes count as success. */
public enum SuccessRule {
  /** Lämnat eller minskat. */
  LEFT_OR_REDUCED("lämnat eller minskat", "left or reduced"),
  /** Endast lämnat. */
  LEFT_ONLY("endast lämnat", "left only");

  private final String sv;
  private final String en;

  SuccessRule(String sv, String en) {
    this.sv = sv;
    this.en = en;
  }

  /** The rule in words. */
  public String label(Language language) {
    return language.pick(sv, en);
  }

  /** True when {@code outcome} is a success; other-cause changes only count without the labour-market link. */
  public boolean isSuccess(FollowUpOutcome outcome, boolean requireLabourMarketLink) {
    switch (outcome) {
      case LEFT:
        return true;
      case REDUCED:
        return this == LEFT_OR_REDUCED;
      case LEFT_OTHER_CAUSE:
        return !requireLabourMarketLink;
      case REDUCED_OTHER_CAUSE:
        return !requireLabourMarketLink && this == LEFT_OR_REDUCED;
      default:
        return false;
    }
  }
}
