package io.github.esfkit.indicators.common;

/**
 * A column of an indicator figure (uppdelning): the total and one column per gender. Records without a
 * gender column are in {@link #TOTAL} and {@link #GENDER_NOT_REPORTED} only: an unknown gender, or a
 * non-binary person under ESF 2014–2020, whose report has no non-binary column.
 */
public enum Breakdown {
  /** Totalt. */
  TOTAL("Totalt", "Total"),
  /** Kvinnor. */
  WOMEN("Kvinnor", "Women"),
  /** Män. */
  MEN("Män", "Men"),
  /** Icke-binära (ESF+ only; zero under 2014–2020). */
  NON_BINARY("Icke-binära", "Non-binary"),
  /** In the total without a gender column (okänt kön, or icke-binär under 2014–2020). */
  GENDER_NOT_REPORTED("Kön ej redovisat", "Gender not reported");

  private final String sv;
  private final String en;

  Breakdown(String sv, String en) {
    this.sv = sv;
    this.en = en;
  }

  /** The Swedish column heading. */
  public String nameSv() {
    return sv;
  }

  /** The English column heading. */
  public String nameEn() {
    return en;
  }
}
