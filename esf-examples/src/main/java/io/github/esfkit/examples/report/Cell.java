package io.github.esfkit.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One value in a report table, typed so that each output format can show it properly: text, a count, an
 * amount in kronor, a percentage, a date, or a verdict mark. Immutable.
 */
public final class Cell {

  /** What the value is. */
  public enum Kind {
    /** Free text. */
    TEXT,
    /** A whole number of persons or things. */
    COUNT,
    /** An amount in Swedish kronor (whole kronor or öre). */
    AMOUNT,
    /** A percentage, shown with two decimals. */
    PERCENT,
    /** A date. */
    DATE,
    /** Empty. */
    EMPTY
  }

  private static final Cell EMPTY = new Cell(Kind.EMPTY, null);

  private final Kind kind;
  private final Object value;

  private Cell(Kind kind, Object value) {
    this.kind = kind;
    this.value = value;
  }

  /** Text. */
  public static Cell text(String s) {
    return s == null ? EMPTY : new Cell(Kind.TEXT, io.github.esfkit.core.Redaction.scrub(s)); // input text: one redaction
  }

  /** A count. */
  public static Cell count(long n) {
    return new Cell(Kind.COUNT, n);
  }

  /** An amount in kronor. */
  public static Cell amount(BigDecimal kronor) {
    return kronor == null ? EMPTY : new Cell(Kind.AMOUNT, kronor);
  }

  /** An amount in whole kronor. */
  public static Cell amount(long kronor) {
    return new Cell(Kind.AMOUNT, BigDecimal.valueOf(kronor));
  }

  /** A percentage (e.g. 46.98 for 46,98 %); rounded half-up to two decimals for display only. */
  public static Cell percent(BigDecimal percent) {
    return percent == null ? EMPTY : new Cell(Kind.PERCENT, percent);
  }

  /** A date. */
  public static Cell date(LocalDate d) {
    return d == null ? EMPTY : new Cell(Kind.DATE, d);
  }

  /** Nothing. */
  public static Cell empty() {
    return EMPTY;
  }

  /** The kind of value. */
  public Kind kind() {
    return kind;
  }

  /** The raw value: String, Long, BigDecimal, LocalDate, or null when empty. */
  public Object value() {
    return value;
  }

  /** True for numbers, which are right-aligned. */
  public boolean isNumeric() {
    return kind == Kind.COUNT || kind == Kind.AMOUNT || kind == Kind.PERCENT;
  }

  /** The percentage rounded half-up to two decimals, for display and JSON. */
  BigDecimal roundedPercent() {
    return ((BigDecimal) value).setScale(2, RoundingMode.HALF_UP);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cell && ((Cell) o).kind == kind && Objects.equals(((Cell) o).value, value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, value);
  }

  @Override
  public String toString() {
    return String.valueOf(value);
  }
}
