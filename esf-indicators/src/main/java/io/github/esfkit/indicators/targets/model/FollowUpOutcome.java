package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.Language;

/**
 * What happened to an eligible participant's income support between the baseline and the follow-up point;
 * the {@code _OTHER_CAUSE} values are changes without a clear link to the labour market (a move, housing
 * allowance, a tax refund).
 */
public enum FollowUpOutcome {
  /** Lämnat försörjningsstöd, with a labour-market link. */
  LEFT("lämnat", "left"),
  /** Minskat försörjningsstöd, with a labour-market link. */
  REDUCED("minskat", "reduced"),
  /** Lämnat, other cause. */
  LEFT_OTHER_CAUSE("lämnat av annan orsak", "left for another reason"),
  /** Minskat, other cause. */
  REDUCED_OTHER_CAUSE("minskat av annan orsak", "reduced for another reason"),
  /** Oförändrat. */
  UNCHANGED("oförändrat", "unchanged"),
  /** Ökat. */
  INCREASED("ökat", "increased");

  private final String sv;
  private final String en;

  FollowUpOutcome(String sv, String en) {
    this.sv = sv;
    this.en = en;
  }

  /** The outcome in words. */
  public String label(Language language) {
    return language.pick(sv, en);
  }
}
