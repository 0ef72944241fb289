package io.github.esfkit.budget;

import io.github.esfkit.core.Language;
import java.util.List;

/**
 * A cost category (kostnadsslag) of a cost section. The 2014–2020 form lists seven in each phase section
 * (Personal, Externa tjänster, Resor och logi, Ungas mobilitet, Utrustning och materiel, Indirekta
 * kostnader, Intäkter) and seven, partly different, for ERDF-type costs (Lokaler och administration,
 * Investeringar och utrustning instead of Ungas mobilitet, Utrustning och materiel). Four ESF+ categories
 * complete the set: {@link #OTHER_COSTS} and {@link #PARTICIPANT_COSTS} for the 40 % option, {@link
 * #UNIT_COSTS} and {@link #LUMP_SUMS} for lines under Reg. 2021/1060 Art. 53(1)(b)–(c), which are no base
 * of any flat rate.
 *
 * <p>{@link #REVENUE} (Intäkter) is entered as a positive amount and subtracted.
 */
public enum CostCategory {
  /** Personal: staff costs. */
  STAFF("Personal", "Staff"),
  /** Externa tjänster: external services. */
  EXTERNAL_SERVICES("Externa tjänster", "External services"),
  /** Lokaler och administration: premises and administration (ERDF type only). */
  PREMISES_AND_ADMINISTRATION("Lokaler och administration", "Premises and administration"),
  /** Resor och logi: travel and accommodation. */
  TRAVEL_AND_ACCOMMODATION("Resor och logi", "Travel and accommodation"),
  /** Ungas mobilitet: youth mobility. */
  YOUTH_MOBILITY("Ungas mobilitet", "Youth mobility"),
  /** Utrustning och materiel: equipment and materials. */
  EQUIPMENT_AND_MATERIALS("Utrustning och materiel", "Equipment and materials"),
  /** Investeringar och utrustning: investments and equipment (ERDF type only). */
  INVESTMENTS_AND_EQUIPMENT("Investeringar och utrustning", "Investments and equipment"),
  /** Deltagarkostnader: salaries and allowances paid to participants, outside the 40 % rate (ESF+). */
  PARTICIPANT_COSTS("Deltagarkostnader", "Participant costs"),
  /** Övriga kostnader: the remaining costs covered by the 40 % flat rate on staff costs (ESF+). */
  OTHER_COSTS("Övriga kostnader (schablon)", "Other costs (flat rate)"),
  /** Enhetskostnader: a line priced per unit (e.g. per participant or per hour) under a unit-cost option (ESF+). */
  UNIT_COSTS("Enhetskostnader", "Unit costs"),
  /** Klumpsummor: a lump sum paid for a defined output (ESF+). */
  LUMP_SUMS("Klumpsummor", "Lump sums"),
  /** Indirekta kostnader: indirect costs, usually a flat rate. */
  INDIRECT_COSTS("Indirekta kostnader", "Indirect costs"),
  /** Intäkter: revenue, entered positive and subtracted from the section total. */
  REVENUE("Intäkter", "Revenue");

  static final List<CostCategory> ESF_FORM =
      List.of(
          STAFF,
          EXTERNAL_SERVICES,
          TRAVEL_AND_ACCOMMODATION,
          YOUTH_MOBILITY,
          EQUIPMENT_AND_MATERIALS,
          INDIRECT_COSTS,
          REVENUE);

  static final List<CostCategory> ERDF_FORM =
      List.of(
          STAFF,
          EXTERNAL_SERVICES,
          PREMISES_AND_ADMINISTRATION,
          TRAVEL_AND_ACCOMMODATION,
          INVESTMENTS_AND_EQUIPMENT,
          INDIRECT_COSTS,
          REVENUE);

  private final String sv;
  private final String en;

  CostCategory(String sv, String en) {
    this.sv = sv;
    this.en = en;
  }

  /** The category's label as the form prints it (Swedish) or in English. */
  public String label(Language language) {
    return language.pick(sv, en);
  }

  /** True for {@link #REVENUE}, which is subtracted. */
  public boolean isDeducted() {
    return this == REVENUE;
  }

  /**
   * True for a direct cost other than staff: the base of the 20 % staff flat rate and, with staff, of the
   * 7 % indirect-cost flat rate.
   */
  public boolean isOtherDirectCost() {
    switch (this) {
      case EXTERNAL_SERVICES:
      case PREMISES_AND_ADMINISTRATION:
      case TRAVEL_AND_ACCOMMODATION:
      case YOUTH_MOBILITY:
      case EQUIPMENT_AND_MATERIALS:
      case INVESTMENTS_AND_EQUIPMENT:
      case PARTICIPANT_COSTS:
        return true;
      default:
        return false;
    }
  }

  /** True when the category may appear in the given section (the extra ESF+ categories only in phases). */
  public boolean isAllowedIn(CostSection section) {
    if (section.formCategories().contains(this)) {
      return true;
    }
    return section.isPhase()
        && (this == PARTICIPANT_COSTS || this == OTHER_COSTS || this == UNIT_COSTS || this == LUMP_SUMS);
  }
}
