package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.Language;

/** The level of a goal: the project goal (projektmål) or a sub-goal (delmål). */
public enum GoalKind {
  /** Projektmål. */
  PROJECT_GOAL("Projektmål", "Project goal"),
  /** Delmål. */
  SUB_GOAL("Delmål", "Sub-goal");

  private final String sv;
  private final String en;

  GoalKind(String sv, String en) {
    this.sv = sv;
    this.en = en;
  }

  /** The name of the level. */
  public String label(Language language) {
    return language.pick(sv, en);
  }
}
