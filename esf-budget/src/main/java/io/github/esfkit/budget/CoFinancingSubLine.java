package io.github.esfkit.budget;

import io.github.esfkit.core.Language;

/**
 * A sub-line of a co-financing category (medfinansieringsrad), as the form lists it under each of the
 * seven categories. In-kind sub-lines mirror the cost categories without indirect costs and revenue.
 */
public enum CoFinancingSubLine {
  /** Personal (in kind). */
  STAFF("Personal", "Staff"),
  /** Externa tjänster (in kind). */
  EXTERNAL_SERVICES("Externa tjänster", "External services"),
  /** Resor och logi (in kind). */
  TRAVEL_AND_ACCOMMODATION("Resor och logi", "Travel and accommodation"),
  /** Utrustning och materiel (in kind); in All In the partners' premises. */
  EQUIPMENT_AND_MATERIALS("Utrustning och materiel", "Equipment and materials"),
  /** Ungas mobilitet (in kind). */
  YOUTH_MOBILITY("Ungas mobilitet", "Youth mobility"),
  /** Deltagarersättning: allowances paid to participants. */
  PARTICIPANT_ALLOWANCE("Deltagarersättning", "Participant allowance"),
  /** Etableringsersättning: establishment allowance of newly arrived immigrants. */
  ESTABLISHMENT_ALLOWANCE("Etableringsersättning", "Establishment allowance"),
  /** Kontanta offentliga medel: public cash from third parties. */
  PUBLIC_CASH("Kontanta offentliga medel", "Public cash"),
  /** Kontanta privata medel: private cash from third parties. */
  PRIVATE_CASH("Kontanta privata medel", "Private cash"),
  /** Egeninsats: the project owner's own (cash) contribution. */
  OWN_CONTRIBUTION("Egeninsats", "Own contribution");

  private final String sv;
  private final String en;

  CoFinancingSubLine(String sv, String en) {
    this.sv = sv;
    this.en = en;
  }

  /** The sub-line's label as the form prints it (Swedish) or in English. */
  public String label(Language language) {
    return language.pick(sv, en);
  }
}
