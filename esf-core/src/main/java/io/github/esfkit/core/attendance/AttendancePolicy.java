package io.github.esfkit.core.attendance;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The limits attendance rows are checked against (närvaroregler): the ceiling of hours in a month and the
 * decimals allowed. The default ceiling is full time, 8 hours for every weekday (Monday to Friday) of the
 * month, e.g. 184 hours in March 2018; the default precision is two decimals (whole minutes are not
 * representable, quarter hours are). Both are documented choices of the library, not of a source: callers
 * with a different rule pass their own. Immutable and thread-safe.
 */
public final class AttendancePolicy {

  private static final AttendancePolicy STANDARD = new AttendancePolicy(new BigDecimal(8), 2);

  private final BigDecimal hoursPerWeekday;
  private final int maxDecimals;

  private AttendancePolicy(BigDecimal hoursPerWeekday, int maxDecimals) {
    if (hoursPerWeekday.signum() <= 0 || hoursPerWeekday.compareTo(new BigDecimal(24)) > 0) {
      throw new IllegalArgumentException("hours per weekday must be within (0, 24]: " + hoursPerWeekday);
    }
    if (maxDecimals < 0 || maxDecimals > 6) {
      throw new IllegalArgumentException("decimals must be within 0..6: " + maxDecimals);
    }
    this.hoursPerWeekday = hoursPerWeekday;
    this.maxDecimals = maxDecimals;
  }

  /** 8 hours per weekday, two decimals. */
  public static AttendancePolicy standard() {
    return STANDARD;
  }

  /** A ceiling of {@code hoursPerWeekday} per weekday of the month and at most {@code maxDecimals}. */
  public static AttendancePolicy of(BigDecimal hoursPerWeekday, int maxDecimals) {
    return new AttendancePolicy(hoursPerWeekday, maxDecimals);
  }

  /** The most hours a participant can attend in the month. */
  public BigDecimal ceiling(YearMonth month) {
    int weekdays = 0;
    for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        weekdays++;
      }
    }
    return hoursPerWeekday.multiply(BigDecimal.valueOf(weekdays));
  }

  /** The most hours on one day: the hours of a weekday. */
  public BigDecimal dayCeiling() {
    return hoursPerWeekday;
  }

  /** The decimals allowed in an hour figure. */
  public int maxDecimals() {
    return maxDecimals;
  }

  @Override
  public String toString() {
    return "AttendancePolicy{" + hoursPerWeekday.toPlainString() + " h per weekday, " + maxDecimals + " decimals}";
  }
}
