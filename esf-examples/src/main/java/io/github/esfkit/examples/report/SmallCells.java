package io.github.esfkit.examples.report;

import io.github.esfkit.core.Language;

/**
 * Small-cell protection (skydd av små tal) for published reports: a count of persons from 1 up to one
 * below the threshold is shown as {@code "< threshold"}, so that a report cannot single out a participant.
 * Zero is shown as it is. Only what is shown is protected: the JSON output keeps the exact figures for the
 * authority that needs them. Immutable and thread-safe.
 */
public final class SmallCells {

  /** The default threshold: counts 1–4 are shown as "< 5". */
  public static final int DEFAULT_THRESHOLD = 5;

  /** The largest threshold accepted. */
  public static final int MAX_THRESHOLD = 1_000;

  private final int threshold;

  private SmallCells(int threshold) {
    this.threshold = threshold;
  }

  /**
   * Protection below {@code threshold}; 1 protects nothing.
   *
   * @throws IllegalArgumentException unless 1 ≤ threshold ≤ {@value #MAX_THRESHOLD}
   */
  public static SmallCells below(int threshold) {
    if (threshold < 1 || threshold > MAX_THRESHOLD) {
      throw new IllegalArgumentException("the small-cell threshold must be 1-" + MAX_THRESHOLD + ": " + threshold);
    }
    return new SmallCells(threshold);
  }

  /** Protection below {@value #DEFAULT_THRESHOLD}. */
  public static SmallCells standard() {
    return new SmallCells(DEFAULT_THRESHOLD);
  }

  /** The threshold. */
  public int threshold() {
    return threshold;
  }

  /** True when {@code count} is hidden: 0 &lt; count &lt; threshold. */
  public boolean hides(long count) {
    return count > 0 && count < threshold;
  }

  /** The count as shown: {@code "< 5"} when hidden, else formatted in the language. */
  public String show(long count, Language language) {
    return hides(count) ? hidden() : Formats.count(count, language);
  }

  /** The text shown for a hidden count, e.g. {@code "< 5"}. */
  public String hidden() {
    return "< " + threshold;
  }

  @Override
  public String toString() {
    return "SmallCells[< " + threshold + "]";
  }
}
