package io.github.esfkit.indicators.common;

import io.github.esfkit.core.internal.EsfStyle;
import org.immutables.value.Value;

/**
 * One indicator's count in every {@link Breakdown} column (siffra): total, women, men, non-binary, and
 * those in the total without a gender column. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractIndicatorCounts {

  /** The indicator. */
  @Value.Parameter
  public abstract CommonIndicator indicator();

  /** The count over everyone. */
  @Value.Parameter
  public abstract long total();

  /** The count of women. */
  @Value.Parameter
  public abstract long women();

  /** The count of men. */
  @Value.Parameter
  public abstract long men();

  /** The count of non-binary persons (ESF+ only; 0 for 2014–2020). */
  @Value.Parameter
  public abstract long nonBinary();

  /** The count of persons whose gender is unknown. */
  @Value.Parameter
  public abstract long genderNotReported();

  /** The count in one column. */
  public long get(Breakdown breakdown) {
    switch (breakdown) {
      case WOMEN:
        return women();
      case MEN:
        return men();
      case NON_BINARY:
        return nonBinary();
      case GENDER_NOT_REPORTED:
        return genderNotReported();
      default:
        return total();
    }
  }

  @Value.Check
  void check() {
    if (total() < 0 || women() < 0 || men() < 0 || nonBinary() < 0 || genderNotReported() < 0) {
      throw new IllegalArgumentException("counts must not be negative: " + this);
    }
  }

  @Override
  public String toString() {
    return indicator() + "{total=" + total() + ", women=" + women() + ", men=" + men() + ", nonBinary="
        + nonBinary() + ", notReported=" + genderNotReported() + "}";
  }
}
