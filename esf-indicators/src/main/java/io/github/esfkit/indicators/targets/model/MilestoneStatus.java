package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.Language;

/** Progress of a qualitative milestone. */
public enum MilestoneStatus {
  /** Ej påbörjad. */
  NOT_STARTED("ej påbörjad", "not started"),
  /** Pågår. */
  IN_PROGRESS("pågår", "in progress"),
  /** Klar. */
  DONE("klar", "done");

  private final String sv;
  private final String en;

  MilestoneStatus(String sv, String en) {
    this.sv = sv;
    this.en = en;
  }

  /** The status in words. */
  public String label(Language language) {
    return language.pick(sv, en);
  }
}
