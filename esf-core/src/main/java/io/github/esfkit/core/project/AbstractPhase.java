package io.github.esfkit.core.project;

import io.github.esfkit.core.internal.EsfStyle;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * A phase (fas) of a project: its kind, its dates as a half-open {@link LocalDateRange}, and the month
 * count the source states for it, if any ("1 mars 2018 – 28 februari 2020 (24 månader)"). The value
 * keeps what the source says; {@link Project#validate()} checks phases against each other and the project
 * period. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractPhase {

  /** Which phase it is (analysis and planning, implementation, closing). */
  @Value.Parameter
  public abstract PhaseKind kind();

  /** The dates, half-open: {@code LocalDateRange.ofClosed(first, last)}. */
  @Value.Parameter
  public abstract LocalDateRange dates();

  /** The stated length in months, when the source states one. */
  public abstract OptionalInt statedMonths();

  /** The first day. */
  public LocalDate firstDay() {
    return dates().getStart();
  }

  /** The last day (inclusive); for an empty range the day before its start. */
  public LocalDate lastDay() {
    return dates().getEnd().minusDays(1);
  }

  /**
   * The last day the stated month count implies, {@code first day + N months − 1 day} (1 March 2018 and 24 months:
   * 29 February 2020); empty when no count is stated or it runs past the last date java.time can express.
   */
  public Optional<LocalDate> statedLastDay() {
    if (statedMonths().isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(PhaseValidator.impliedEnd(firstDay(), statedMonths().getAsInt()).minusDays(1));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** A phase from its first to its last day, inclusive. */
  public static Phase ofClosed(PhaseKind kind, LocalDate first, LocalDate last) {
    return Phase.of(kind, LocalDateRange.ofClosed(first, last));
  }

  /** A phase from its first to its last day, inclusive, with a stated month count. */
  public static Phase ofClosed(PhaseKind kind, LocalDate first, LocalDate last, int statedMonths) {
    return Phase.of(kind, LocalDateRange.ofClosed(first, last)).withStatedMonths(statedMonths);
  }

  @Value.Check
  void check() {
    if (statedMonths().isPresent() && (statedMonths().getAsInt() < 0 || statedMonths().getAsInt() > 1200)) {
      throw new IllegalArgumentException("statedMonths must be within 0..1200, not " + statedMonths().getAsInt());
    }
    if (dates().isUnboundedStart() || dates().isUnboundedEnd()) {
      throw new IllegalArgumentException("phase " + kind().labelSv() + " must have a bounded range: " + dates());
    }
  }
}
