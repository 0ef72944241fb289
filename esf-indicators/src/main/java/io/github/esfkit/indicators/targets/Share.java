package io.github.esfkit.indicators.targets;

import io.github.esfkit.core.Language;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * An exact share {@code numerator / denominator} (andel), compared without rounding
 * ({@code numerator × 100 ≥ p × denominator}) and formatted the way the 144587 report does: half-up to a whole
 * percent, an exact half with one decimal ("87,5 %"). A zero denominator is allowed: the share then has no
 * value and every comparison is false. Immutable and thread-safe.
 */
public final class Share implements Comparable<Share> {

  private static final BigInteger HUNDRED = BigInteger.valueOf(100);

  private final long numerator;
  private final long denominator;

  private Share(long numerator, long denominator) {
    if (numerator < 0 || denominator < 0) {
      throw new IllegalArgumentException("share must not be negative: " + numerator + "/" + denominator);
    }
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** {@code numerator / denominator}; both ≥ 0 (the numerator may exceed the denominator). */
  public static Share of(long numerator, long denominator) {
    return new Share(numerator, denominator);
  }

  public long numerator() {
    return numerator;
  }

  public long denominator() {
    return denominator;
  }

  /** False for a zero denominator. */
  public boolean isDefined() {
    return denominator > 0;
  }

  /** The exact percentage rounded half-up to {@code scale} decimals; empty for a zero denominator. */
  public Optional<BigDecimal> percent(int scale) {
    if (!isDefined()) {
      return Optional.empty();
    }
    return Optional.of(
        new BigDecimal(BigInteger.valueOf(numerator).multiply(HUNDRED))
            .divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP));
  }

  /**
   * The percentage as the report prints it: half-up to a whole percent, except an exact half which keeps one
   * decimal (87.5). Empty for a zero denominator.
   */
  public Optional<BigDecimal> displayPercent() {
    if (!isDefined()) {
      return Optional.empty();
    }
    BigInteger twice = BigInteger.valueOf(numerator).multiply(HUNDRED).multiply(BigInteger.TWO);
    BigInteger d = BigInteger.valueOf(denominator);
    boolean whole = BigInteger.valueOf(numerator).multiply(HUNDRED).mod(d).signum() == 0;
    boolean exactHalf = !whole && twice.mod(d).signum() == 0;
    return percent(exactHalf ? 1 : 0);
  }

  /** "33 %" (sv) or "33%" (en); "–" for a zero denominator. */
  public String format(Language language) {
    return displayPercent().map(p -> formatPercent(p, language)).orElse("–");
  }

  /** With one decimal, e.g. "87,1 %"; "–" for a zero denominator. */
  public String formatOneDecimal(Language language) {
    return percent(1).map(p -> formatPercent(p, language)).orElse("–");
  }

  static String formatPercent(BigDecimal p, Language language) {
    String plain = p.toPlainString();
    return language == Language.SV ? plain.replace('.', ',') + " %" : plain + "%";
  }

  /** Exact: {@code numerator × 100 ≥ percent × denominator}; false for a zero denominator. */
  public boolean isAtLeast(BigDecimal percent) {
    return isDefined() && scaled().compareTo(percent.multiply(BigDecimal.valueOf(denominator))) >= 0;
  }

  /** Exact: {@code numerator × 100 ≤ percent × denominator}; false for a zero denominator. */
  public boolean isAtMost(BigDecimal percent) {
    return isDefined() && scaled().compareTo(percent.multiply(BigDecimal.valueOf(denominator))) <= 0;
  }

  private BigDecimal scaled() {
    return new BigDecimal(BigInteger.valueOf(numerator).multiply(HUNDRED));
  }

  /**
   * Compares exactly by cross-multiplication; an undefined share sorts first. Note: this ordering is
   * inconsistent with {@link #equals(Object)}, as {@link BigDecimal}'s is: 1 of 2 and 2 of 4 compare as
   * equal but are not equal, because the count and the denominator are part of what a share reports.
   */
  @Override
  public int compareTo(Share other) {
    if (!isDefined() || !other.isDefined()) {
      return Boolean.compare(isDefined(), other.isDefined());
    }
    return BigInteger.valueOf(numerator)
        .multiply(BigInteger.valueOf(other.denominator))
        .compareTo(BigInteger.valueOf(other.numerator).multiply(BigInteger.valueOf(denominator)));
  }

  /** "5 av 15" / "5 of 15". */
  public String fraction(Language language) {
    return numerator + language.pick(" av ", " of ") + denominator;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Share && ((Share) o).numerator == numerator && ((Share) o).denominator == denominator;
  }

  @Override
  public int hashCode() {
    return Objects.hash(numerator, denominator);
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
