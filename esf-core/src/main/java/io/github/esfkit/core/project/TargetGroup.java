package io.github.esfkit.core.project;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The participant categories of the 2014–2020 application form ("Deltagare i projektet"), verbatim. They
 * are independent of the age bands: ticking 15-24 without "Unga (15-24 år)" is valid. The first three
 * belong to programme area 1.
 */
public enum TargetGroup {
  /** Anställda (area 1). */
  EMPLOYED("Anställda"),
  /** Företagare (area 1). */
  ENTREPRENEURS("Företagare"),
  /** Verksamma inom ideell sektor (area 1). */
  NON_PROFIT_SECTOR("Verksamma inom ideell sektor"),
  /** Unga (15-24 år). */
  YOUNG_PEOPLE("Unga (15-24 år)"),
  /** Nyanlända invandrare. */
  NEWLY_ARRIVED_IMMIGRANTS("Nyanlända invandrare"),
  /** Långtidsarbetslösa. */
  LONG_TERM_UNEMPLOYED("Långtidsarbetslösa"),
  /** Har en funktionsnedsättning som medför nedsatt arbetsförmåga. */
  DISABILITY_REDUCING_WORK_CAPACITY("Har en funktionsnedsättning som medför nedsatt arbetsförmåga"),
  /** Är eller har varit sjukskrivna och har behov av stöd för återgång i arbete. */
  SICK_LEAVE_RETURN_TO_WORK("Är eller har varit sjukskrivna och har behov av stöd för återgång i arbete"),
  /** Är utanför arbetsmarknaden (mer än 12 månader). */
  OUTSIDE_LABOUR_MARKET_OVER_12_MONTHS("Är utanför arbetsmarknaden (mer än 12 månader)"),
  /** Långtidsarbetslösa ej anmälda på AF. */
  LONG_TERM_UNEMPLOYED_NOT_REGISTERED("Långtidsarbetslösa ej anmälda på AF");

  private final String formLabel;

  TargetGroup(String formLabel) {
    this.formLabel = formLabel;
  }

  /** The form's label, verbatim. */
  public String formLabel() {
    return formLabel;
  }

  /** True for the categories that only programme area 1 uses. */
  public boolean isAreaOneCategory() {
    return this == EMPLOYED || this == ENTREPRENEURS || this == NON_PROFIT_SECTOR;
  }

  /** Finds a category by its form label, ignoring case and surrounding blanks. */
  public static Optional<TargetGroup> fromLabel(String label) {
    Objects.requireNonNull(label, "label");
    String l = label.replace('\u00A0', ' ').strip().toLowerCase(Locale.ROOT);
    for (TargetGroup g : values()) {
      if (g.formLabel.toLowerCase(Locale.ROOT).equals(l)) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
