package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.Language;

/** The colour an evaluator marks an indicator with: green when achieved, yellow when not or only partly. */
public enum StatusColour {
  /** Grön. */
  GREEN("grön", "green"),
  /** Gul. */
  YELLOW("gul", "yellow");

  private final String sv;
  private final String en;

  StatusColour(String sv, String en) {
    this.sv = sv;
    this.en = en;
  }

  /** The colour's name. */
  public String label(Language language) {
    return language.pick(sv, en);
  }
}
