package io.github.esfkit.core.programme;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the eight ESF regions, the NUTS 2 regions of Sweden, with NUTS code and counties (Statistics
 * Sweden's list, valid from 2008). The 2014–2020 form asks where the project mainly runs ("Projektet ska
 * huvudsakligen bedrivas i"); its labels differ in case and, for Småland, in one word from the official
 * names: {@link #fromLabel(String)} matches both, ignoring case.
 */
public enum Region {
  /** Övre Norrland, SE33. */
  OVRE_NORRLAND("SE33", "Övre Norrland", "Övre norrland", County.VASTERBOTTEN, County.NORRBOTTEN),
  /** Mellersta Norrland, SE32. */
  MELLERSTA_NORRLAND("SE32", "Mellersta Norrland", "Mellersta norrland", County.VASTERNORRLAND, County.JAMTLAND),
  /** Norra Mellansverige, SE31. */
  NORRA_MELLANSVERIGE("SE31", "Norra Mellansverige", "Norra mellansverige", County.VARMLAND, County.DALARNA,
      County.GAVLEBORG),
  /** Östra Mellansverige, SE12. */
  OSTRA_MELLANSVERIGE("SE12", "Östra Mellansverige", "Östra mellansverige", County.UPPSALA, County.SODERMANLAND,
      County.OSTERGOTLAND, County.OREBRO, County.VASTMANLAND),
  /** Stockholm, SE11. */
  STOCKHOLM("SE11", "Stockholm", "Stockholm", County.STOCKHOLM),
  /** Småland med öarna, SE21; the form writes "Småland och öarna". */
  SMALAND_MED_OARNA("SE21", "Småland med öarna", "Småland och öarna", County.JONKOPING, County.KRONOBERG,
      County.KALMAR, County.GOTLAND),
  /** Västsverige, SE23. */
  VASTSVERIGE("SE23", "Västsverige", "Västsverige", County.HALLAND, County.VASTRA_GOTALAND),
  /** Sydsverige, SE22. */
  SYDSVERIGE("SE22", "Sydsverige", "Sydsverige", County.BLEKINGE, County.SKANE);

  private final String nutsCode;
  private final String officialName;
  private final String formLabel;
  private final List<County> counties;

  Region(String nutsCode, String officialName, String formLabel, County... counties) {
    this.nutsCode = nutsCode;
    this.officialName = officialName;
    this.formLabel = formLabel;
    this.counties = List.of(counties);
  }

  /** The NUTS 2 code, e.g. {@code SE12}. */
  public String nutsCode() {
    return nutsCode;
  }

  /** The official NUTS 2 name, e.g. {@code Småland med öarna}. */
  public String officialName() {
    return officialName;
  }

  /** The label printed on the 2014–2020 application form, e.g. {@code Östra mellansverige}. */
  public String formLabel() {
    return formLabel;
  }

  /** The counties (län) of the region, in order of county code. */
  public List<County> counties() {
    return counties;
  }

  /**
   * Finds a region by form label or official name, ignoring case, surrounding blanks and repeated or
   * non-breaking spaces.
   */
  public static Optional<Region> fromLabel(String label) {
    Objects.requireNonNull(label, "label");
    String l = normalise(label);
    for (Region r : values()) {
      if (normalise(r.formLabel).equals(l) || normalise(r.officialName).equals(l)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** Finds a region by NUTS code, ignoring case. */
  public static Optional<Region> fromNutsCode(String code) {
    Objects.requireNonNull(code, "code");
    for (Region r : values()) {
      if (r.nutsCode.equalsIgnoreCase(code.trim())) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  private static String normalise(String s) {
    return s.replace('\u00A0', ' ').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
