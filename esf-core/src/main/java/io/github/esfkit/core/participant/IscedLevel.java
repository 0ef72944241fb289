package io.github.esfkit.core.participant;

/** Highest completed education at entry on the ISCED 2011 scale (utbildningsnivå), levels 0 to 8. */
public enum IscedLevel {
  /** ISCED 0: less than primary education. */
  ISCED0,
  /** ISCED 1: primary education (grundskolans årskurs 1–6). */
  ISCED1,
  /** ISCED 2: lower secondary education (grundskolans årskurs 7–9). */
  ISCED2,
  /** ISCED 3: upper secondary education (gymnasium). */
  ISCED3,
  /** ISCED 4: post-secondary non-tertiary education. */
  ISCED4,
  /** ISCED 5: short-cycle tertiary education. */
  ISCED5,
  /** ISCED 6: bachelor or equivalent (kandidatexamen). */
  ISCED6,
  /** ISCED 7: master or equivalent (magister- eller masterexamen). */
  ISCED7,
  /** ISCED 8: doctoral or equivalent (doktorsexamen). */
  ISCED8;

  /** The numeric level 0–8. */
  public int level() {
    return ordinal();
  }

  /** The exchange-format code, {@code isced0} … {@code isced8}. */
  public String code() {
    return "isced" + ordinal();
  }
}
