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

  static int lengthOfMonth(int y, int m) {
    switch (m) {
      case 2:
        return isLeap(y) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
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

  /** Calendar months, as {@link LocalDate#plusMonths(long)}: the day is clamped to the month's length. */
  static int plusMonths(int ymd, int months) {
    int y = ymd / 10000;
    int m = (ymd / 100) % 100;
    int d = ymd % 100;
    int m0 = y * 12 + (m - 1) + months;
    int y2 = m0 / 12;
    int m2 = m0 % 12 + 1;
    return y2 * 10000 + m2 * 100 + Math.min(d, lengthOfMonth(y2, m2));
  }

  /** Full years from {@code from} to {@code to} ({@code to ≥ from}), as {@code Period.between}. */
  static int fullYears(int from, int to) {
    return (to - from) / 10000;
  }
}
