package io.github.esfkit.indicators.common;

/** When an indicator observes its subject (indikatortyp): at entry, upon leaving, or six months later. */
public enum IndicatorKind {
  /** Output indicator (utfallsindikator): the participant or entity at (first) entry. */
  OUTPUT("utfall", "output"),
  /** Immediate result indicator (direkt resultat): the situation upon leaving, within 28 days of exit. */
  IMMEDIATE_RESULT("direkt resultat", "immediate result"),
  /** Longer-term result indicator (långsiktigt resultat): the situation six months after leaving. */
  LONGER_TERM_RESULT("långsiktigt resultat", "longer-term result");

  private final String sv;
  private final String en;

  IndicatorKind(String sv, String en) {
    this.sv = sv;
    this.en = en;
  }

  /** The Swedish name. */
  public String nameSv() {
    return sv;
  }

  /** The English name. */
  public String nameEn() {
    return en;
  }
}
