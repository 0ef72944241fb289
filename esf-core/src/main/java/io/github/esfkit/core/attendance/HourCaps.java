package io.github.esfkit.core.attendance;

import io.github.esfkit.core.programme.ProgrammePeriod;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The eligible-hour caps of a programme period (tak för stödberättigande timmar), per employee:
 *
 * <ul>
 *   <li>ESF 2014–2020 (Svenska ESF-rådet): time above 1 662 hours per calendar year is not eligible; no
 *       daily cap;
 *   <li>ESF+ 2021–2027: at most 1 720 hours per calendar year and 13 hours a day.
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class HourCaps {

  private final BigDecimal perYear;
  private final Optional<BigDecimal> perDay;

  private HourCaps(BigDecimal perYear, Optional<BigDecimal> perDay) {
    this.perYear = perYear;
    this.perDay = perDay;
  }

  /** The caps of a programme period. */
  public static HourCaps of(ProgrammePeriod period) {
    switch (period) {
      case ESF_2014_2020:
        return new HourCaps(new BigDecimal(1662), Optional.empty());
      default:
        return new HourCaps(new BigDecimal(1720), Optional.of(new BigDecimal(13)));
    }
  }

  /** Caps given by the caller, e.g. another programme's. */
  public static HourCaps of(BigDecimal perYear, Optional<BigDecimal> perDay) {
    if (perYear.signum() <= 0 || perDay.map(d -> d.signum() <= 0).orElse(false)) {
      throw new IllegalArgumentException("hour caps must be positive: " + perYear + ", " + perDay);
    }
    return new HourCaps(perYear, perDay);
  }

  /** Eligible hours per calendar year and employee. */
  public BigDecimal perYear() {
    return perYear;
  }

  /** Eligible hours per day, when capped. */
  public Optional<BigDecimal> perDay() {
    return perDay;
  }

  @Override
  public String toString() {
    return "HourCaps{" + perYear.toPlainString() + " h/year" + perDay.map(d -> ", " + d.toPlainString() + " h/day").orElse("")
        + "}";
  }
}
