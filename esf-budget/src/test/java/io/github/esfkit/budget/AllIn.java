package io.github.esfkit.budget;

import static io.github.esfkit.budget.CostCategory.EQUIPMENT_AND_MATERIALS;
import static io.github.esfkit.budget.CostCategory.EXTERNAL_SERVICES;
import static io.github.esfkit.budget.CostCategory.REVENUE;
import static io.github.esfkit.budget.CostCategory.STAFF;
import static io.github.esfkit.budget.CostCategory.TRAVEL_AND_ACCOMMODATION;
import static io.github.esfkit.budget.CostSection.ANALYSIS_AND_PLANNING;
import static io.github.esfkit.budget.CostSection.IMPLEMENTATION;

import io.github.esfkit.core.id.Organisationsnummer;
import io.github.esfkit.core.testing.CoreGenerators;
import java.math.BigDecimal;

/**
 * The All In budget built from its inputs only (budget.md §4): costs per phase without indirect costs,
 * revenue as units × unit price, and co-financing attributed to co-financiers. Organisation numbers are
 * fictional (valid check digit), the amounts are the application's.
 */
final class AllIn {

  private AllIn() {}

  /** A fictional but valid organisation number 21200NNNN-C. */
  static Organisationsnummer orgnr(int n) {
    String payload = String.format("21200%04d", n);
    return Organisationsnummer.parse(payload + CoreGenerators.luhnCheckDigit(payload));
  }

  static final CoFinancier OWNER = CoFinancier.of("Hällefors kommun", orgnr(1));
  static final CoFinancier REGION = CoFinancier.of("Region Örebro län", orgnr(2));
  static final CoFinancier ALLOWANCE_PAYERS =
      CoFinancier.of("Kommunerna i All In (ekonomiskt bistånd, fördelning ej angiven)", orgnr(3));

  static CoFinancier partner(int i) {
    return CoFinancier.of("Partnerkommun " + i, orgnr(10 + i));
  }

  static Budget.Builder builder() {
    Budget.Builder b =
        Budget.builder()
            .title("All In")
            .projectOwner(OWNER)
            .addFlatRates(FlatRate.formIndirectCosts())
            .addCostLines(BudgetLine.of(ANALYSIS_AND_PLANNING, STAFF, "Personal", Sek.of(1_265_322)))
            .addCostLines(BudgetLine.of(ANALYSIS_AND_PLANNING, EXTERNAL_SERVICES, "Externa tjänster", Sek.of(200_000)))
            .addCostLines(BudgetLine.of(ANALYSIS_AND_PLANNING, TRAVEL_AND_ACCOMMODATION, "Resor", Sek.of(174_000)))
            .addCostLines(BudgetLine.of(ANALYSIS_AND_PLANNING, EQUIPMENT_AND_MATERIALS, "Utrustning", Sek.of(310_400)))
            .addCostLines(BudgetLine.of(IMPLEMENTATION, STAFF, "Personal", Sek.of(17_885_739)))
            .addCostLines(BudgetLine.of(IMPLEMENTATION, EXTERNAL_SERVICES, "Externa tjänster", Sek.of(2_324_000)))
            .addCostLines(BudgetLine.of(IMPLEMENTATION, TRAVEL_AND_ACCOMMODATION, "Resor", Sek.of(2_264_500)))
            .addCostLines(BudgetLine.of(IMPLEMENTATION, EQUIPMENT_AND_MATERIALS, "Utrustning", Sek.of(1_450_800)))
            .addCostLines(
                BudgetLine.ofUnits(
                    IMPLEMENTATION,
                    REVENUE,
                    "Anställningsbidrag (Nystartsjobb), 9 assistenter × 24 månader",
                    BigDecimal.valueOf(9 * 24),
                    Sek.of(12_568)));
    for (int i = 1; i <= 8; i++) {
      b.addContributions(
          Contribution.of(CoFinancingCategory.PUBLIC_IN_KIND, CoFinancingSubLine.STAFF, partner(i), Sek.of(1_147_849)));
      b.addContributions(
          Contribution.of(
              CoFinancingCategory.PUBLIC_IN_KIND,
              CoFinancingSubLine.EQUIPMENT_AND_MATERIALS,
              partner(i),
              Sek.of(154_000)));
    }
    return b.addContributions(
            Contribution.of(
                CoFinancingCategory.PUBLIC_PARTICIPANT_COMPENSATION,
                CoFinancingSubLine.PARTICIPANT_ALLOWANCE,
                ALLOWANCE_PAYERS,
                Sek.of(15_975_954)))
        .addContributions(Contribution.of(CoFinancingCategory.PUBLIC_CASH_THIRD_PARTY, REGION, Sek.of(100_000)))
        .addContributions(Contribution.of(CoFinancingCategory.PUBLIC_CASH_OWNER, OWNER, Sek.of(1_302_333)));
  }

  static Budget budget() {
    return builder().build();
  }

  static final CoFinancingRequirement REQUIREMENT =
      CoFinancingRequirement.builder()
          .percent(new BigDecimal("53.00"))
          .callLabel("Minska långtidsarbetslösheten i Östra Mellansverige NR2")
          .build();
}
