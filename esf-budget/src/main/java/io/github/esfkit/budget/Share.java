package io.github.esfkit.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * An exact share (andel) {@code part / whole}, kept as the two numbers: displayed as a percent rounded
 * under {@link RoundingPolicy#PERCENT_DISPLAY} ("46,98 %"), compared exactly by cross-multiplication. A
 * share of a zero whole is undefined and displays as 0 %. Immutable and thread-safe.
 */
public final class Share {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final BigDecimal part;
  private final BigDecimal whole;

  private Share(BigDecimal part, BigDecimal whole) {
    this.part = Objects.requireNonNull(part, "part");
    this.whole = Objects.requireNonNull(whole, "whole");
  }

  /** The share {@code part / whole}. */
  public static Share of(BigDecimal part, BigDecimal whole) {
    return new Share(part, whole);
  }

  /** The share of two amounts (their numbers; currencies are not checked). */
  public static Share of(MonetaryAmount part, MonetaryAmount whole) {
    return new Share(Sek.number(part), Sek.number(whole));
  }

  /** The numerator. */
  public BigDecimal part() {
    return part;
  }

  /** The denominator. */
  public BigDecimal whole() {
    return whole;
  }

  /** False when the whole is zero. */
  public boolean isDefined() {
    return whole.signum() != 0;
  }

  /** The percent rounded to {@code scale} decimals, correctly rounded; 0 when undefined. */
  public BigDecimal percent(int scale, RoundingMode mode) {
    if (!isDefined()) {
      return BigDecimal.ZERO.setScale(scale);
    }
    return part.multiply(HUNDRED).divide(whole, scale, mode);
  }

  /** The percent as displayed: two decimals, HALF_UP ({@link RoundingPolicy#PERCENT_DISPLAY}). */
  public BigDecimal displayPercent() {
    return percent(RoundingPolicy.PERCENT_DISPLAY.scale(), RoundingPolicy.PERCENT_DISPLAY.mode());
  }

  /**
   * Exact comparison with a percent: negative, zero or positive as this share is below, at or above it,
   * by cross-multiplication ({@code part × 100} against {@code percent × whole}, B12). With a zero whole
   * that is {@code part × 100} against 0.
   */
  public int compareToPercent(BigDecimal percent) {
    int sign = part.multiply(HUNDRED).compareTo(percent.multiply(whole));
    return whole.signum() < 0 ? -sign : sign;
  }

  /** True when the share is at least the given percent, exactly. */
  public boolean isAtLeastPercent(BigDecimal percent) {
    return compareToPercent(percent) >= 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Share
        && ((Share) o).part.compareTo(part) == 0
        && ((Share) o).whole.compareTo(whole) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * part.stripTrailingZeros().hashCode() + whole.stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return part.toPlainString() + "/" + whole.toPlainString() + " (" + displayPercent().toPlainString() + " %)";
  }
}
