package io.github.esfkit.budget;

import static io.github.esfkit.budget.CoFinancingSubLine.EQUIPMENT_AND_MATERIALS;
import static io.github.esfkit.budget.CoFinancingSubLine.EXTERNAL_SERVICES;
import static io.github.esfkit.budget.CoFinancingSubLine.STAFF;
import static io.github.esfkit.budget.CoFinancingSubLine.TRAVEL_AND_ACCOMMODATION;
import static io.github.esfkit.budget.CoFinancingSubLine.YOUTH_MOBILITY;

import io.github.esfkit.core.Language;
import java.util.List;

/**
 * The seven co-financing categories (medfinansieringskategorier) of the 2014–2020 form, in printed order,
 * with their sub-lines (budget.md §2.4). Cash categories count inside Summa kostnader and are deducted
 * from it to give the ESF grant; in-kind and participant compensation come on top of the costs.
 */
public enum CoFinancingCategory {
  /** Offentligt bidrag i annat än pengar: public contribution in kind. */
  PUBLIC_IN_KIND(
      "Offentligt bidrag i annat än pengar",
      "Public contribution in kind",
      true,
      Form.IN_KIND,
      List.of(STAFF, EXTERNAL_SERVICES, TRAVEL_AND_ACCOMMODATION, EQUIPMENT_AND_MATERIALS, YOUTH_MOBILITY)),
  /** Offentligt finansierad ersättning till deltagare: publicly financed compensation to participants. */
  PUBLIC_PARTICIPANT_COMPENSATION(
      "Offentligt finansierad ersättning till deltagare",
      "Publicly financed compensation to participants",
      true,
      Form.PARTICIPANT_COMPENSATION,
      List.of(CoFinancingSubLine.PARTICIPANT_ALLOWANCE, CoFinancingSubLine.ESTABLISHMENT_ALLOWANCE)),
  /** Offentliga kontanta medel tillförda projektet: public cash from third parties. */
  PUBLIC_CASH_THIRD_PARTY(
      "Offentliga kontanta medel tillförda projektet",
      "Public cash contributed to the project",
      true,
      Form.CASH_THIRD_PARTY,
      List.of(CoFinancingSubLine.PUBLIC_CASH)),
  /** Offentliga kontanta medel från projektägaren: public cash from the project owner. */
  PUBLIC_CASH_OWNER(
      "Offentliga kontanta medel från projektägaren",
      "Public cash from the project owner",
      true,
      Form.CASH_OWNER,
      List.of(CoFinancingSubLine.OWN_CONTRIBUTION)),
  /** Privata bidrag i annat än pengar: private contribution in kind. */
  PRIVATE_IN_KIND(
      "Privata bidrag i annat än pengar",
      "Private contribution in kind",
      false,
      Form.IN_KIND,
      List.of(STAFF, EXTERNAL_SERVICES, TRAVEL_AND_ACCOMMODATION, EQUIPMENT_AND_MATERIALS, YOUTH_MOBILITY)),
  /** Privata kontanta medel tillförda projektet: private cash from third parties. */
  PRIVATE_CASH_THIRD_PARTY(
      "Privata kontanta medel tillförda projektet",
      "Private cash contributed to the project",
      false,
      Form.CASH_THIRD_PARTY,
      List.of(CoFinancingSubLine.PRIVATE_CASH)),
  /** Privata kontanta medel från projektägaren: private cash from the project owner. */
  PRIVATE_CASH_OWNER(
      "Privata kontanta medel från projektägaren",
      "Private cash from the project owner",
      false,
      Form.CASH_OWNER,
      List.of(CoFinancingSubLine.OWN_CONTRIBUTION));

  /** How a category contributes. */
  public enum Form {
    /** Bidrag i annat än pengar: goods or staff time, valued; outside Summa kostnader. */
    IN_KIND,
    /** Ersättning till deltagare: benefits paid to participants; outside Summa kostnader. */
    PARTICIPANT_COMPENSATION,
    /** Kontanta medel tillförda projektet: cash from a third party; inside Summa kostnader. */
    CASH_THIRD_PARTY,
    /** Kontanta medel från projektägaren (egeninsats): the owner's cash; inside Summa kostnader. */
    CASH_OWNER
  }

  private final String sv;
  private final String en;
  private final boolean isPublic;
  private final Form form;
  private final List<CoFinancingSubLine> subLines;

  CoFinancingCategory(String sv, String en, boolean isPublic, Form form, List<CoFinancingSubLine> subLines) {
    this.sv = sv;
    this.en = en;
    this.isPublic = isPublic;
    this.form = form;
    this.subLines = subLines;
  }

  /** The category's label as the form prints it (Swedish) or in English. */
  public String label(Language language) {
    return language.pick(sv, en);
  }

  /** The heading the form groups it under: "Offentlig medfinansiering" or "Privat medfinansiering". */
  public String groupLabel(Language language) {
    return isPublic
        ? language.pick("Offentlig medfinansiering", "Public co-financing")
        : language.pick("Privat medfinansiering", "Private co-financing");
  }

  /** True for public (offentlig) co-financing, false for private. */
  public boolean isPublic() {
    return isPublic;
  }

  /** How the category contributes. */
  public Form form() {
    return form;
  }

  /** True for the four cash categories, deducted from Summa kostnader to give the ESF grant (B6). */
  public boolean isCash() {
    return form == Form.CASH_THIRD_PARTY || form == Form.CASH_OWNER;
  }

  /** True for contributions in kind (bidrag i annat än pengar). */
  public boolean isInKind() {
    return form == Form.IN_KIND;
  }

  /** True for the owner's own contribution (från projektägaren). */
  public boolean isFromOwner() {
    return form == Form.CASH_OWNER;
  }

  /** The sub-lines the form lists under this category, in printed order. */
  public List<CoFinancingSubLine> subLines() {
    return subLines;
  }

  /** The category's only or first sub-line; the natural one for cash categories. */
  public CoFinancingSubLine defaultSubLine() {
    return subLines.get(0);
  }
}
