package io.github.esfkit.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.budget.eur.Eur;
import io.github.esfkit.budget.eur.EurConverter;
import io.github.esfkit.budget.eur.ExchangeRate;
import io.github.esfkit.budget.render.BudgetOverviewRenderer;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.id.Organisationsnummer;
import io.github.esfkit.core.validation.ValidationResult;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The quick-start snippet of the module README, verbatim, with its results. */
class ReadmeExampleTest {

  @Test
  void quickStart() {
    CoFinancier owner = CoFinancier.of("Exempels kommun", Organisationsnummer.parse("212000-0001")); // fictional
    Budget budget = Budget.builder()
        .projectOwner(owner)
        .addFlatRates(FlatRate.formIndirectCosts())                        // 15 % of each phase's staff costs
        .addCostLines(BudgetLine.of(CostSection.IMPLEMENTATION, CostCategory.STAFF, "Personal", Sek.of(17_885_739)))
        .addCostLines(BudgetLine.ofUnits(CostSection.IMPLEMENTATION, CostCategory.REVENUE, "Nystartsjobb",
            BigDecimal.valueOf(216), Sek.of(12_568)))
        .addContributions(Contribution.of(CoFinancingCategory.PUBLIC_CASH_OWNER, owner, Sek.of(1_302_333)))
        .build();

    CoFinancingRequirement krav = CoFinancingRequirement.ofPercent(new BigDecimal("53.00")); // call.requiredCoFinancingPercent()
    BudgetOverview overview = budget.overview(krav);     // the derived figures (B1–B12), exact
    ValidationResult result = budget.validate(krav);     // every BUDGET-* finding, the requirement included
    String text = BudgetOverviewRenderer.render(overview, Language.SV);
    YearMonth may2017 = YearMonth.of(2017, 5);
    BudgetOverview inEur = EurConverter.of(ExchangeRate.of(may2017, new BigDecimal("9.36"), "ESF-rådet"))
        .convert(overview, may2017);

    // 17 885 739 + 2 682 861 − 2 714 688 = 17 853 912
    assertThat(overview.totalCosts()).isEqualTo(Sek.of(17_853_912));
    assertThat(overview.esfGrant()).isEqualTo(Sek.of(17_853_912 - 1_302_333));
    assertThat(overview.requirementStatus()).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(result.hasRule("BUDGET-COFINANCING-BELOW-REQUIREMENT")).isTrue();
    assertThat(text).contains("17 853 912 kr");
    assertThat(inEur.currency()).isEqualTo(Eur.EUR);
  }
}
