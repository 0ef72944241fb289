package io.github.esfkit.indicators.targets.model;

/** Whether a count target with per-gender figures is judged on their sum or on each gender. */
public enum CountBasis {
  /** Judged on the total (how the 144587 evaluator did it). */
  TOTAL,
  /** Each gender target is judged on its own. */
  PER_GENDER
}
