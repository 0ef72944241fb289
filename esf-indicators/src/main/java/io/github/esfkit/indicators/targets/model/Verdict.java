package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.Language;

/**
 * The verdict on an indicator (bedömning av måluppfyllelse): all parts met gives {@link #ACHIEVED}, some
 * {@link #PARTIALLY_ACHIEVED}, none {@link #NOT_ACHIEVED}; {@link #NOT_ASSESSED} when a part cannot be decided
 * (no data, a zero denominator, or a judgement not yet recorded).
 */
public enum Verdict {
  /** Uppnådd. */
  ACHIEVED("Uppnådd", "Achieved", StatusColour.GREEN),
  /** Delvis uppnådd. */
  PARTIALLY_ACHIEVED("Delvis uppnådd", "Partially achieved", StatusColour.YELLOW),
  /** Ej uppnådd. */
  NOT_ACHIEVED("Ej uppnådd", "Not achieved", StatusColour.YELLOW),
  /** Ej bedömd: data or a recorded judgement are missing. */
  NOT_ASSESSED("Ej bedömd", "Not assessed", StatusColour.YELLOW);

  private final String sv;
  private final String en;
  private final StatusColour colour;

  Verdict(String sv, String en, StatusColour colour) {
    this.sv = sv;
    this.en = en;
    this.colour = colour;
  }

  /** The label an evaluator writes, e.g. "Delvis uppnådd". */
  public String label(Language language) {
    return language.pick(sv, en);
  }

  /** The report colour: green for achieved, yellow otherwise (004:L185). */
  public StatusColour colour() {
    return colour;
  }
}
