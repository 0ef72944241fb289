package io.github.esfkit.core.programme;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A programme area (programområde, priority axis) of one programme period, keyed on its code: {@code 1},
 * {@code 2}, {@code 3} in ESF 2014–2020 and {@code A} to {@code E} in ESF+ 2021–2027.
 *
 * <p>Titles are the Swedish ones of the programme; where {@link #titleVerified()} is false the title is
 * <b>to verify</b> against the programme text. Only the code is used for matching: sources give
 * objectives the area's title (e.g. "Mål 2.1 Öka övergångarna till arbete").
 */
public enum ProgrammeArea {
  /** 2014–2020 area 1, Kompetensförsörjning (skills supply). Title to verify. */
  ESF_1(ProgrammePeriod.ESF_2014_2020, "1", "Kompetensförsörjning", "Skills supply", false),
  /**
   * 2014–2020 area 2, Öka övergångarna till arbete (increase transitions to work); the form prints
   * "Programområde 2 - Ökade övergångar till arbete".
   */
  ESF_2(ProgrammePeriod.ESF_2014_2020, "2", "Öka övergångarna till arbete", "Increase transitions to work", true),
  /**
   * 2014–2020 area 3, Sysselsättningsinitiativet för unga (Youth Employment Initiative), only in
   * Sydsverige, Norra Mellansverige and Mellersta Norrland.
   */
  ESF_3(ProgrammePeriod.ESF_2014_2020, "3", "Sysselsättningsinitiativet för unga", "Youth Employment Initiative",
      true),
  /** ESF+ area A, the largest, with regional and national calls. */
  ESF_PLUS_A(ProgrammePeriod.ESF_PLUS_2021_2027, "A",
      "Öka möjligheten till ett inkluderande och hållbart arbetsliv för alla",
      "An inclusive and sustainable working life for all", true),
  /** ESF+ area B (esf.se now also writes "Öka möjligheten till arbete"); national calls. */
  ESF_PLUS_B(ProgrammePeriod.ESF_PLUS_2021_2027, "B", "Öka övergångarna till arbete",
      "Increase transitions to work", true),
  /** ESF+ area C; national calls. */
  ESF_PLUS_C(ProgrammePeriod.ESF_PLUS_2021_2027, "C", "Minska risken för ekonomisk utsatthet",
      "Reduce the risk of economic vulnerability", true),
  /** ESF+ area D, only in Mellersta Norrland and Övre Norrland. */
  ESF_PLUS_D(ProgrammePeriod.ESF_PLUS_2021_2027, "D", "Öka kapaciteten i den glesa geografin",
      "Increase capacity in sparsely populated areas", true),
  /** ESF+ area E; national calls. */
  ESF_PLUS_E(ProgrammePeriod.ESF_PLUS_2021_2027, "E", "Social innovation", "Social innovation", true);

  private final ProgrammePeriod period;
  private final String code;
  private final String titleSv;
  private final String titleEn;
  private final boolean titleVerified;

  ProgrammeArea(ProgrammePeriod period, String code, String titleSv, String titleEn, boolean titleVerified) {
    this.period = period;
    this.code = code;
    this.titleSv = titleSv;
    this.titleEn = titleEn;
    this.titleVerified = titleVerified;
  }

  /** The programme period the area belongs to. */
  public ProgrammePeriod period() {
    return period;
  }

  /** The code: {@code 1}–{@code 3} or {@code A}–{@code E}. */
  public String code() {
    return code;
  }

  /** The Swedish title. */
  public String titleSv() {
    return titleSv;
  }

  /** An English title. */
  public String titleEn() {
    return titleEn;
  }

  /** False when the title is still to verify against the programme text. */
  public boolean titleVerified() {
    return titleVerified;
  }

  /**
   * The regions where calls of this area may run; empty means no restriction (national or all regions).
   * Area 3 (2014–2020) and area D (ESF+) are regionally restricted.
   */
  public java.util.Set<Region> restrictedToRegions() {
    switch (this) {
      case ESF_3:
        return java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(Region.SYDSVERIGE, Region.NORRA_MELLANSVERIGE, Region.MELLERSTA_NORRLAND));
      case ESF_PLUS_D:
        return java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(Region.MELLERSTA_NORRLAND, Region.OVRE_NORRLAND));
      default:
        return java.util.Set.of();
    }
  }

  /**
   * Finds the area of a period by code, ignoring case and surrounding blanks, and accepting the form's
   * prefix ("Programområde 2").
   */
  public static Optional<ProgrammeArea> find(ProgrammePeriod period, String code) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(code, "code");
    String c = code.trim().toUpperCase(Locale.ROOT);
    if (c.startsWith("PROGRAMOMRÅDE")) {
      c = c.substring("PROGRAMOMRÅDE".length()).trim();
    }
    for (ProgrammeArea a : values()) {
      if (a.period == period && a.code.equals(c)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** Like {@link #find} but throws {@link IllegalArgumentException} naming the period's codes. */
  public static ProgrammeArea of(ProgrammePeriod period, String code) {
    return find(period, code).orElseThrow(() -> new IllegalArgumentException(
        "no programme area '" + code + "' in " + period.code()
            + (period == ProgrammePeriod.ESF_2014_2020 ? " (1, 2, 3)" : " (A-E)")));
  }
}
