package io.github.esfkit.core.participant;

/** Who sent the participant to the project (remittent). */
public enum ReferralSource {
  /** Försörjningsstöd / ekonomiskt bistånd (IFO). */
  INCOME_SUPPORT("income_support"),
  /** Arbetsförmedlingen. */
  EMPLOYMENT_SERVICE("employment_service"),
  /** Försäkringskassan. */
  SOCIAL_INSURANCE("social_insurance"),
  /** Hälso- och sjukvård (region). */
  HEALTHCARE("healthcare"),
  /** Själv (own application). */
  SELF("self"),
  /** Annan. */
  OTHER("other");

  private final String code;

  ReferralSource(String code) {
    this.code = code;
  }

  /** The exchange-format code. */
  public String code() {
    return code;
  }
}
