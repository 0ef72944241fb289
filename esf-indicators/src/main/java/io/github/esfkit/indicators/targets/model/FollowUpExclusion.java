package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.Language;

/**
 * Why a participation is left out of a follow-up's denominator; checked in this order, the first that
 * applies is counted.
 */
public enum FollowUpExclusion {
  /** Struken inskrivning. */
  STRUCK("struken inskrivning", "struck enrolment"),
  /** Delprojektet ingår inte (the evaluator's choice, e.g. Östersund). */
  SUB_PROJECT_EXCLUDED("delprojektet ingår inte", "sub-project left out"),
  /** Inte avslutad. */
  NOT_EXITED("inte avslutad", "not exited"),
  /** Ännu inte N månader efter avslut. */
  NOT_YET_DUE("ännu inte uppföljningstid efter avslut", "follow-up point not yet reached"),
  /** Inget samtycke. */
  NO_CONSENT("inget samtycke", "no consent"),
  /** Inga uppgifter levererade. */
  NO_DATA("uppgifter saknas", "no data"),
  /** Hade inte stödet vid baslinjen. */
  NOT_ON_SUPPORT_AT_BASELINE("inget försörjningsstöd vid baslinjen", "no support at baseline");

  private final String sv;
  private final String en;

  FollowUpExclusion(String sv, String en) {
    this.sv = sv;
    this.en = en;
  }

  /** The reason in words. */
  public String label(Language language) {
    return language.pick(sv, en);
  }
}
