package io.github.esfkit.core.participant;

/** Employment status at entry (status på arbetsmarknaden vid inträde): exactly one per participation. */
public enum EmploymentStatus {
  /** Arbetslös (CO01, EECO02). */
  UNEMPLOYED("unemployed"),
  /** Långtidsarbetslös (CO01 and CO02, EECO02 and EECO03). */
  LONG_TERM_UNEMPLOYED("long_term_unemployed"),
  /** Utanför arbetskraften (CO03, EECO04). */
  INACTIVE("inactive"),
  /** Utanför arbetskraften, ej i utbildning (CO03 and CO04, EECO04). */
  INACTIVE_NOT_IN_EDUCATION("inactive_not_in_education"),
  /** Sysselsatt, även egenföretagare (CO05, EECO05). */
  EMPLOYED("employed");

  private final String code;

  EmploymentStatus(String code) {
    this.code = code;
  }

  /** The exchange-format code. */
  public String code() {
    return code;
  }

  /** Unemployed, long-term included. */
  public boolean isUnemployed() {
    return this == UNEMPLOYED || this == LONG_TERM_UNEMPLOYED;
  }

  /** Inactive, not-in-education included. */
  public boolean isInactive() {
    return this == INACTIVE || this == INACTIVE_NOT_IN_EDUCATION;
  }
}
