package io.github.esfkit.indicators.common;

import java.time.LocalDate;

/**
 * Dates packed as {@code yyyymmdd} ints for the allocation-free fold: their natural order is the date
 * order, and full years between two of them are {@code (to - from) / 10000}. Years 1800–2999 only.
 */
final class Ymd {

  static final int MIN_YEAR = 1800;
  static final int MAX_YEAR = 2999;

  private Ymd() {}

  /** True when the date can be packed. */
  static boolean fits(LocalDate d) {
    return d.getYear() >= MIN_YEAR && d.getYear() <= MAX_YEAR;
  }

  static int of(LocalDate d) {
    return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
  }

  static LocalDate toDate(int ymd) {
    return LocalDate.of(ymd / 10000, (ymd / 100) % 100, ymd % 100);
  }

  /** True for a real calendar date within the supported years. */
  static boolean isValid(int ymd) {
    int y = ymd / 10000;
    int m = (ymd / 100) % 100;
    int d = ymd % 100;
    return ymd > 0 && y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= lengthOfMonth(y, m);
  }

  static boolean isLeap(int y) {
    return (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0);
  }

  /** Days of each month in a common year, by month number (index 0 unused). */
  private static final int[] MONTH_DAYS = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  static int lengthOfMonth(int y, int m) {
    return m == 2 && isLeap(y) ? 29 : MONTH_DAYS[m];
  }

  /** Days since 1970-01-01 (proleptic Gregorian, years ≥ 1). */
  static int toEpochDay(int ymd) {
    int y = ymd / 10000;
    int m = (ymd / 100) % 100;
    int d = ymd % 100;
    if (m <= 2) {
      y--;
    }
    int era = y / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
  }

  static int fromEpochDay(int epochDay) {
    int z = epochDay + 719468;
    int era = z / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int y = yoe + era * 400;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    int d = doy - (153 * mp + 2) / 5 + 1;
    int m = mp < 10 ? mp + 3 : mp - 9;
    return (y + (m <= 2 ? 1 : 0)) * 10000 + m * 100 + d;
  }

  static int plusDays(int ymd, int days) {
    return fromEpochDay(toEpochDay(ymd) + days);
  }

  /**
   * {@link #plusDays} for 0 to 28 days without the epoch-day round trip: every month has at least 28 days,
   * so the result is in the same month or the next.
   */
  static int plusUpTo28Days(int ymd, int days) {
    int ym = ymd / 100;
    int day = ymd % 100 + days;
    int length = lengthOfMonth(ym / 100, ym % 100);
    if (day <= length) {
      return ymd + days;
    }
    int next = ym % 100 == 12 ? (ym / 100 + 1) * 100 + 1 : ym + 1;
    return next * 100 + day - length;
  }

  /** Calendar months, as {@link LocalDate#plusMonths(long)}: the day is clamped to the month's length. */
  static int plusMonths(int ymd, int months) {
    int y = ymd / 10000;
    int m = (ymd / 100) % 100;
    int d = ymd % 100;
    int m0 = y * 12 + (m - 1) + months;
    int y2 = m0 / 12;
    int m2 = m0 % 12 + 1;
    return y2 * 10000 + m2 * 100 + (d <= 28 ? d : Math.min(d, lengthOfMonth(y2, m2)));
  }

  /** Full years from {@code from} to {@code to} ({@code to ≥ from}), as {@code Period.between}. */
  static int fullYears(int from, int to) {
    return (to - from) / 10000;
  }
}
