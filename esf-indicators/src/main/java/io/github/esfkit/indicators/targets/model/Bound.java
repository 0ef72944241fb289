package io.github.esfkit.indicators.targets.model;

/** Direction of a count or share target: minst (at least) or maximalt (at most). */
public enum Bound {
  /** Minst: met iff value ≥ target. */
  AT_LEAST,
  /** Maximalt: met iff value ≤ target. */
  AT_MOST
}
