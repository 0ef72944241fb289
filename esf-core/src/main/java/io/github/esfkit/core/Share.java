package io.github.esfkit.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * An exact share (andel) {@code numerator / denominator}, kept as the two numbers and never rounded: the
 * one ratio type of esfkit, used by the budget (ESF grant and co-financing shares) and by the targets
 * (share of a population, of women, of survey answers).
 *
 * <p>Comparisons with a percent are exact, by cross-multiplication ({@code numerator × 100} against
 * {@code percent × denominator}); rounding happens only when a percent is asked for, with the scale and
 * rounding mode the caller names.
 *
 * <p><b>Zero denominator.</b> A share of a zero denominator is <em>undefined</em>: {@link #isDefined()} is
 * false, {@link #percent(int, RoundingMode)} is empty, {@link #isAtLeastPercent} and {@link #isAtMostPercent}
 * are false, and it sorts before every defined share. It is never an exception. A caller that wants another
 * convention (a form that prints 0,00 % for an empty budget) states it where it applies.
 *
 * <p>Numerator and denominator may have any sign and scale; {@code 1/2} equals {@code 1.0/2.00} but not
 * {@code 2/4}, because the two numbers are part of what a share reports. Immutable and thread-safe.
 */
public final class Share implements Comparable<Share> {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal numerator;
  private final BigDecimal denominator;

  private Share(BigDecimal numerator, BigDecimal denominator) {
    this.numerator = Objects.requireNonNull(numerator, "numerator");
    this.denominator = Objects.requireNonNull(denominator, "denominator");
  }

  /** The share {@code numerator / denominator}. */
  public static Share of(BigDecimal numerator, BigDecimal denominator) {
    return new Share(numerator, denominator);
  }

  /** The share of two counts, e.g. 23 of 36. */
  public static Share of(long numerator, long denominator) {
    return new Share(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  /** The numerator (täljare), as given. */
  public BigDecimal numerator() {
    return numerator;
  }

  /** The denominator (nämnare), as given. */
  public BigDecimal denominator() {
    return denominator;
  }

  /** False when the denominator is zero. */
  public boolean isDefined() {
    return denominator.signum() != 0;
  }

  /**
   * The percent {@code numerator × 100 / denominator} rounded once to {@code scale} decimals under
   * {@code mode}; empty when undefined.
   */
  public Optional<BigDecimal> percent(int scale, RoundingMode mode) {
    Objects.requireNonNull(mode, "mode");
    if (!isDefined()) {
      return Optional.empty();
    }
    return Optional.of(numerator.multiply(HUNDRED).divide(denominator, scale, mode));
  }

  /** Exactly: this share is at least {@code percent} %; false when undefined. */
  public boolean isAtLeastPercent(BigDecimal percent) {
    return isDefined() && compareWithPercent(percent) >= 0;
  }

  /** Exactly: this share is at most {@code percent} %; false when undefined. */
  public boolean isAtMostPercent(BigDecimal percent) {
    return isDefined() && compareWithPercent(percent) <= 0;
  }

  /** Sign of {@code this − percent/100} for a defined share. */
  private int compareWithPercent(BigDecimal percent) {
    int sign = numerator.multiply(HUNDRED).compareTo(Objects.requireNonNull(percent, "percent").multiply(denominator));
    return denominator.signum() < 0 ? -sign : sign;
  }

  /**
   * Compares the values exactly, by cross-multiplication; an undefined share sorts before every defined
   * one. Inconsistent with {@link #equals(Object)}, as {@link BigDecimal}'s ordering is: {@code 1/2} and
   * {@code 2/4} compare as equal but are not equal.
   */
  @Override
  public int compareTo(Share other) {
    if (!isDefined() || !other.isDefined()) {
      return Boolean.compare(isDefined(), other.isDefined());
    }
    int sign = numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    return denominator.signum() * other.denominator.signum() < 0 ? -sign : sign;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Share
        && ((Share) o).numerator.compareTo(numerator) == 0
        && ((Share) o).denominator.compareTo(denominator) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * hash(numerator) + hash(denominator);
  }

  private static int hash(BigDecimal n) {
    return n.signum() == 0 ? 0 : n.stripTrailingZeros().hashCode();
  }

  /** {@code "23/36"}: the two numbers, plain. */
  @Override
  public String toString() {
    return numerator.toPlainString() + "/" + denominator.toPlainString();
  }
}
