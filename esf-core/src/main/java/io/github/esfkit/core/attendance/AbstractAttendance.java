package io.github.esfkit.core.attendance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One attendance row (närvarorapport): the hours a participant took part in the project in a calendar
 * month, or on one day of it (day rows are summed per month). The participant is named by the
 * pseudonymous id of the participant format, never by personnummer. An optional participant group (e.g.
 * an allowance type, "aktivitetsstöd") overrides the grouping by age when valuing the hours.
 *
 * <p>Values are taken as given (negative or over-precise hours included) so that
 * {@link AttendanceValidator} can report them. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractAttendance {

  /** The participant's pseudonymous id, as in the participant file. */
  public abstract String participantId();

  /** The calendar month. */
  public abstract YearMonth month();

  /** The day, when the row reports one day; empty for a month row. */
  public abstract Optional<LocalDate> day();

  /** Attended hours, as confirmed by the participant. */
  public abstract BigDecimal hours();

  /** A participant group that overrides grouping by age, e.g. an allowance type. */
  public abstract Optional<String> group();

  /** Where the row came from, e.g. {@code attendance.csv:12}; empty when not from a file. */
  @Value.Default
  public String source() {
    return "";
  }

  /** The identity of the row: participant, month and day. Two rows with one key are duplicates. */
  @Value.Lazy
  public String key() {
    return participantId() + "|" + month() + "|" + day().map(LocalDate::toString).orElse("");
  }

  /** A month row. */
  public static Attendance ofMonth(String participantId, YearMonth month, BigDecimal hours) {
    return Attendance.builder().participantId(participantId).month(month).hours(hours).build();
  }

  /** A day row. */
  public static Attendance ofDay(String participantId, LocalDate day, BigDecimal hours) {
    return Attendance.builder()
        .participantId(participantId)
        .month(YearMonth.from(day))
        .day(day)
        .hours(hours)
        .build();
  }

  @Value.Check
  void check() {
    if (day().isPresent() && !YearMonth.from(day().get()).equals(month())) {
      throw new IllegalArgumentException("day " + day().get() + " is not in month " + month());
    }
  }

  @Override
  public String toString() {
    return "Attendance{" + month() + day().map(d -> " " + d).orElse("") + ", " + hours().toPlainString() + " h"
        + (source().isEmpty() ? "" : ", " + source()) + "}";
  }
}
