package io.github.esfkit.indicators.targets.model;

/**
 * The explicit comparator of a gender-composition target such as "53 % kvinnor och 47 % män", which data
 * never meet exactly: at least, at most, or within a tolerance.
 */
public enum Comparison {
  /** Share ≥ target. */
  AT_LEAST,
  /** Share ≤ target. */
  AT_MOST,
  /** |share − target| ≤ tolerance. */
  WITHIN
}
