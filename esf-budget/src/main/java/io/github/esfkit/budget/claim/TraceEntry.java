package io.github.esfkit.budget.claim;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One source of an amount in a payment claim (verifierande rad): an attendance row, a time report, a ledger
 * line with its voucher, or a flat rate computed on other rows. Carries where the row is
 * ({@link #source()}, e.g. {@code attendance.csv:12}), its reference (voucher number, month), the hours and
 * rate when valued from hours, the amount, the co-financier it is attributed to and whether it falls in
 * the claim period. Never carries a person's id. Immutable and thread-safe.
 */
public final class TraceEntry {

  /** The kind of source. */
  public enum Kind {
    /** A participant's attendance row. */
    ATTENDANCE,
    /** A staff or in-kind time report. */
    TIME_REPORT,
    /** A ledger line. */
    LEDGER_LINE,
    /** A flat rate computed on other rows. */
    FLAT_RATE
  }

  private final Kind kind;
  private final String source;
  private final String reference;
  private final LocalDate date;
  private final boolean inPeriod;
  private final Optional<BigDecimal> hours;
  private final Optional<BigDecimal> rate;
  private final BigDecimal amount;
  private final String attributedTo;

  TraceEntry(Kind kind, String source, String reference, LocalDate date, boolean inPeriod,
      Optional<BigDecimal> hours, Optional<BigDecimal> rate, BigDecimal amount, String attributedTo) {
    this.kind = kind;
    this.source = source;
    this.reference = reference;
    this.date = date;
    this.inPeriod = inPeriod;
    this.hours = hours;
    this.rate = rate;
    this.amount = amount;
    this.attributedTo = attributedTo;
  }

  /** The kind of source. */
  public Kind kind() {
    return kind;
  }

  /** Where the row is, e.g. {@code ledger.csv:4}; empty when it did not come from a file. */
  public String source() {
    return source;
  }

  /** The voucher number, month or flat-rate description. */
  public String reference() {
    return reference;
  }

  /** The date (first day of the month for hours). */
  public LocalDate date() {
    return date;
  }

  /** True when the row falls in the claim period. */
  public boolean inPeriod() {
    return inPeriod;
  }

  /** The hours counted, for a row valued from hours. */
  public Optional<BigDecimal> hours() {
    return hours;
  }

  /** The rate per hour, for a row valued from hours. */
  public Optional<BigDecimal> rate() {
    return rate;
  }

  /** The amount in kronor this row adds (revenue positive; it is subtracted in totals). */
  public BigDecimal amount() {
    return amount;
  }

  /** The co-financier (organisation number / CFAR), empty for a cost. */
  public String attributedTo() {
    return attributedTo;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TraceEntry)) {
      return false;
    }
    TraceEntry t = (TraceEntry) o;
    return kind == t.kind && source.equals(t.source) && reference.equals(t.reference) && date.equals(t.date)
        && inPeriod == t.inPeriod && hours.equals(t.hours) && rate.equals(t.rate) && amount.compareTo(t.amount) == 0
        && attributedTo.equals(t.attributedTo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, source, reference, date, inPeriod);
  }

  @Override
  public String toString() {
    return kind + " " + source + " " + reference + " " + date + " " + amount.toPlainString();
  }
}
