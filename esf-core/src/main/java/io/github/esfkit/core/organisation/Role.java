package io.github.esfkit.core.organisation;

/** A role an organisation holds in a project (roll). One organisation may hold several roles. */
public enum Role {
  /** Projektägare (stödsökande on the form): exactly one; not listed among co-financiers. */
  PROJECT_OWNER("projektägare", "project owner"),
  /** Medfinansiär: orgnr, contact, CFAR; contributes co-financing. */
  CO_FINANCIER("medfinansiär", "co-financier"),
  /** Samverkansaktör: takes part without participants in the project; no CFAR field. */
  COOPERATION_PARTNER("samverkansaktör", "cooperation partner"),
  /** Delprojekt: runs a part of the project with its own participants. */
  SUB_PROJECT("delprojekt", "sub-project"),
  /** Intressent: interested, without formal obligations. */
  STAKEHOLDER("intressent", "stakeholder"),
  /** Utvärderare: procured evaluator. */
  EVALUATOR("utvärderare", "evaluator");

  private final String labelSv;
  private final String labelEn;

  Role(String labelSv, String labelEn) {
    this.labelSv = labelSv;
    this.labelEn = labelEn;
  }

  /** Swedish label. */
  public String labelSv() {
    return labelSv;
  }

  /** English label. */
  public String labelEn() {
    return labelEn;
  }
}
