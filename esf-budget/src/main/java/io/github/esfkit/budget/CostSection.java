package io.github.esfkit.budget;

import io.github.esfkit.core.Language;
import java.util.List;

/**
 * A cost section of the 2014–2020 application form: one per budget phase under "Kostnader socialfonden",
 * and one for costs of ERDF character ("Kostnader regionalfondskaraktär").
 *
 * <p>The closing phase (avslutningsfas) has no section of its own: as on the form, its costs are budgeted
 * in {@link #IMPLEMENTATION}.
 */
public enum CostSection {
  /** Analys- och planeringsfas. */
  ANALYSIS_AND_PLANNING(
      "Kostnader socialfonden (Analys- och planeringsfas)",
      "ESF costs (analysis and planning phase)",
      false),
  /** Genomförandefas; also carries the closing phase (avslutningsfas). */
  IMPLEMENTATION("Kostnader socialfonden (Genomförandefas)", "ESF costs (implementation phase)", false),
  /** Kostnader av regionalfondskaraktär (ERUF): not split by phase. */
  ERDF("Kostnader regionalfondskaraktär", "ERDF-type costs", true);

  private final String sv;
  private final String en;
  private final boolean erdf;

  CostSection(String sv, String en, boolean erdf) {
    this.sv = sv;
    this.en = en;
    this.erdf = erdf;
  }

  /** The section's heading as the form prints it (Swedish) or in English. */
  public String label(Language language) {
    return language.pick(sv, en);
  }

  /** True for the ERDF-type section, false for a phase of Kostnader socialfonden. */
  public boolean isErdf() {
    return erdf;
  }

  /** True for a phase section, where flat rates apply. */
  public boolean isPhase() {
    return !erdf;
  }

  /** The categories the form lists in this section, in printed order. */
  public List<CostCategory> formCategories() {
    return erdf ? CostCategory.ERDF_FORM : CostCategory.ESF_FORM;
  }
}
