package io.github.esfkit.budget;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.programme.ProgrammePeriod;
import java.util.Objects;
import java.util.Optional;

/**
 * The 17 rows of the form's Budgetöversikt (budget overview), in printed order (budget.md §2.1). Rows
 * 1–14 are amounts, 15–17 percentages; the label "ESF-stöd" occurs twice.
 */
public enum OverviewRow {
  /** 1. Kostnader socialfonden. */
  ESF_COSTS("Kostnader socialfonden", "ESF costs", false, null),
  /** 2. Kostnader av regionalfondskaraktär (ERUF). */
  ERDF_COSTS("Kostnader av regionalfondskaraktär (ERUF)", "ERDF-type costs", false, null),
  /** 3. Summa kostnader. */
  TOTAL_COSTS("Summa kostnader", "Total costs", false, null),
  /** 4. Avgår kontant medfinansiering. */
  LESS_CASH_CO_FINANCING("Avgår kontant medfinansiering", "Less cash co-financing", false, null),
  /** 5. ESF-stöd (kronor). */
  ESF_GRANT("ESF-stöd", "ESF grant", false, null),
  /** 6. Offentligt bidrag i annat än pengar. */
  PUBLIC_IN_KIND(null, null, false, CoFinancingCategory.PUBLIC_IN_KIND),
  /** 7. Offentligt finansierad ersättning till deltagare. */
  PUBLIC_PARTICIPANT_COMPENSATION(null, null, false, CoFinancingCategory.PUBLIC_PARTICIPANT_COMPENSATION),
  /** 8. Offentliga kontanta medel tillförda projektet. */
  PUBLIC_CASH_THIRD_PARTY(null, null, false, CoFinancingCategory.PUBLIC_CASH_THIRD_PARTY),
  /** 9. Offentliga kontanta medel från projektägaren. */
  PUBLIC_CASH_OWNER(null, null, false, CoFinancingCategory.PUBLIC_CASH_OWNER),
  /** 10. Privata bidrag i annat än pengar. */
  PRIVATE_IN_KIND(null, null, false, CoFinancingCategory.PRIVATE_IN_KIND),
  /** 11. Privata kontanta medel tillförda projektet. */
  PRIVATE_CASH_THIRD_PARTY(null, null, false, CoFinancingCategory.PRIVATE_CASH_THIRD_PARTY),
  /** 12. Privata kontanta medel från projektägaren. */
  PRIVATE_CASH_OWNER(null, null, false, CoFinancingCategory.PRIVATE_CASH_OWNER),
  /** 13. Summa offentlig och privat medfinansiering. */
  TOTAL_CO_FINANCING("Summa offentlig och privat medfinansiering", "Total public and private co-financing", false, null),
  /** 14. Summa total finansiering. */
  TOTAL_FINANCING("Summa total finansiering", "Total financing", false, null),
  /** 15. ESF-stöd (percent of total financing). */
  ESF_GRANT_SHARE("ESF-stöd", "ESF grant", true, null),
  /** 16. Budgeterad medfinansiering från projektet (percent). */
  CO_FINANCING_SHARE("Budgeterad medfinansiering från projektet", "Budgeted co-financing from the project", true, null),
  /** 17. Krav på medfinansiering från projektet enligt utlysningen (percent). */
  REQUIRED_CO_FINANCING_SHARE(
      "Krav på medfinansiering från projektet enligt utlysningen:",
      "Co-financing required from the project by the call:",
      true,
      null);

  private final String sv;
  private final String en;
  private final boolean percent;
  private final CoFinancingCategory category;

  OverviewRow(String sv, String en, boolean percent, CoFinancingCategory category) {
    this.sv = sv;
    this.en = en;
    this.percent = percent;
    this.category = category;
  }

  /** The label as the form prints it (Swedish) or in English. */
  public String label(Language language) {
    return category != null ? category.label(language) : language.pick(sv, en);
  }

  /** True when the period's layout has the row: ESF+ has no ERDF-type costs. */
  public boolean isIn(ProgrammePeriod period) {
    Objects.requireNonNull(period, "period");
    return this != ERDF_COSTS || period == ProgrammePeriod.ESF_2014_2020;
  }

  /** True for the three percentage rows. */
  public boolean isPercent() {
    return percent;
  }

  /** The co-financing category a row 6–12 shows. */
  public Optional<CoFinancingCategory> coFinancingCategory() {
    return Optional.ofNullable(category);
  }

  /** The row showing a co-financing category. */
  public static OverviewRow of(CoFinancingCategory category) {
    Objects.requireNonNull(category, "category");
    for (OverviewRow row : values()) {
      if (row.category == category) {
        return row;
      }
    }
    throw new IllegalArgumentException("no overview row for " + category);
  }
}
