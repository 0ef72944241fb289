package io.github.esfkit.core.programme;

import java.time.LocalDate;
import org.threeten.extra.LocalDateRange;

/**
 * A programme period (programperiod) of the European Social Fund; it decides the rule set: indicator
 * catalogue, gender values, flat-rate options.
 */
public enum ProgrammePeriod {
  /** ESF 2014–2020 (Reg. 1303/2013, 1304/2013); expenditure eligible 2014-01-01 to 2023-12-31. */
  ESF_2014_2020("2014-2020", "ESF", LocalDate.of(2014, 1, 1), LocalDate.of(2023, 12, 31)),
  /** ESF+ 2021–2027 (Reg. 2021/1060, 2021/1057); eligibility end 2029-12-31 (to verify). */
  ESF_PLUS_2021_2027("2021-2027", "ESF+", LocalDate.of(2021, 1, 1), LocalDate.of(2029, 12, 31));

  private final String code;
  private final String fund;
  private final LocalDateRange eligibility;

  ProgrammePeriod(String code, String fund, LocalDate first, LocalDate last) {
    this.code = code;
    this.fund = fund;
    this.eligibility = LocalDateRange.ofClosed(first, last);
  }

  /** {@code 2014-2020} or {@code 2021-2027}, as the command line takes it. */
  public String code() {
    return code;
  }

  /** The fund's name, ESF or ESF+. */
  public String fund() {
    return fund;
  }

  /** The period in which expenditure is eligible. */
  public LocalDateRange eligibility() {
    return eligibility;
  }

  /** True when ESF+ records non-binary persons as their own gender. */
  public boolean hasNonBinaryGender() {
    return this == ESF_PLUS_2021_2027;
  }

  /**
   * The programme period a project period implies, only when unambiguous: the dates lie within the
   * eligibility period of exactly one programme period. A project running 2021–2023 fits both (2014–2020
   * projects could run until the end of 2023) and gives empty; take the period from the call instead.
   */
  public static java.util.Optional<ProgrammePeriod> inferFromDates(LocalDateRange projectPeriod) {
    java.util.Objects.requireNonNull(projectPeriod, "projectPeriod");
    ProgrammePeriod found = null;
    for (ProgrammePeriod p : values()) {
      if (p.eligibility.encloses(projectPeriod)) {
        if (found != null) {
          return java.util.Optional.empty();
        }
        found = p;
      }
    }
    return java.util.Optional.ofNullable(found);
  }

  /** Parses {@link #code()}; throws {@link IllegalArgumentException} naming the accepted codes. */
  public static ProgrammePeriod fromCode(String code) {
    java.util.Objects.requireNonNull(code, "code");
    for (ProgrammePeriod p : values()) {
      if (p.code.equals(code)) {
        return p;
      }
    }
    throw new IllegalArgumentException("programme period must be 2014-2020 or 2021-2027, not '" + code + "'");
  }
}
