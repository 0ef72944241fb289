package io.github.esfkit.core.project;

/** The phases of the 2014–2020 phase model (fas), in order. Phases are optional in ESF+. */
public enum PhaseKind {
  /** Analys- och planeringsfas. */
  ANALYSIS_AND_PLANNING("analys- och planeringsfas", "analysis and planning phase"),
  /** Genomförandefas. */
  IMPLEMENTATION("genomförandefas", "implementation phase"),
  /** Avslutningsfas. */
  CLOSING("avslutningsfas", "closing phase");

  private final String labelSv;
  private final String labelEn;

  PhaseKind(String labelSv, String labelEn) {
    this.labelSv = labelSv;
    this.labelEn = labelEn;
  }

  /** The Swedish name, e.g. {@code genomförandefas}; used in messages of both languages. */
  public String labelSv() {
    return labelSv;
  }

  /** The English name. */
  public String labelEn() {
    return labelEn;
  }
}
