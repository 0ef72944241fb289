package io.github.esfkit.indicators.targets.model;

/**
 * How count targets with per-gender figures are judged (indicators.md §A.4): {@link #TOTAL} follows each
 * criterion's own {@link CountBasis}; {@link #STRICT_PER_GENDER} judges every gender target as its own part.
 */
public enum EvaluationMode {
  /** Each criterion's own basis; with the default basis, the sum of the gender targets. */
  TOTAL,
  /** Every gender target is a part of its own. */
  STRICT_PER_GENDER
}
