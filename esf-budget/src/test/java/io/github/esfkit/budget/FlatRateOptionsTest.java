package io.github.esfkit.budget;

import io.github.esfkit.core.programme.FlatRateOption;
import static io.github.esfkit.budget.CostSection.ANALYSIS_AND_PLANNING;
import static io.github.esfkit.budget.CostSection.IMPLEMENTATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The flat-rate options, their order of computation, per-phase rounding and staff unit costs. */
class FlatRateOptionsTest {

  private static BudgetLine line(CostSection s, CostCategory c, long kr) {
    return BudgetLine.of(s, c, Sek.of(kr));
  }

  @Test
  void theFormsAllInFiguresAgreeWithTheOracle() {
    assertThat(BudgetProperties.oracle(BigInteger.valueOf(1_265_322_00L), 15_00, RoundingPolicy.KRONA_HALF_UP))
        .isEqualTo(189_798);
    assertThat(BudgetProperties.oracle(BigInteger.valueOf(17_885_739_00L), 15_00, RoundingPolicy.KRONA_HALF_UP))
        .isEqualTo(2_682_861);
    // ceiling would give 189 799 and truncation 2 682 860: the sources exclude both
    assertThat(FlatRate.formIndirectCosts().apply(BigDecimal.valueOf(1_265_322), RoundingPolicy.KRONA_DOWN))
        .isEqualByComparingTo("189798");
    assertThat(FlatRate.formIndirectCosts().apply(BigDecimal.valueOf(17_885_739), RoundingPolicy.KRONA_DOWN))
        .isEqualByComparingTo("2682860");
    assertThat(BudgetCalculator.flatRateAmounts(AllIn.budget()).get(IMPLEMENTATION))
        .containsEntry(FlatRateOption.INDIRECT_15_OF_STAFF, new BigDecimal("2682861"));
  }

  @Test
  void sevenPercentOfDirectCosts() {
    Budget b = Budget.builder()
        .addFlatRates(FlatRate.of(FlatRateOption.INDIRECT_7_OF_DIRECT))
        .addCostLines(line(IMPLEMENTATION, CostCategory.STAFF, 100_000))
        .addCostLines(line(IMPLEMENTATION, CostCategory.EXTERNAL_SERVICES, 50_000))
        .addCostLines(line(IMPLEMENTATION, CostCategory.REVENUE, 20_000))
        .build();
    // base 150 000 (revenue does not reduce it) → 10 500
    CostTable t = b.overview().costTable(IMPLEMENTATION);
    assertThat(t.amount(CostCategory.INDIRECT_COSTS)).isEqualTo(Sek.of(10_500));
    assertThat(t.total()).isEqualTo(Sek.of(140_500));
  }

  @Test
  void fortyPercentOfStaffWithParticipantCostsOutside() {
    Budget b = Budget.builder()
        .addFlatRates(FlatRate.of(FlatRateOption.OTHER_COSTS_40_OF_STAFF))
        .addCostLines(line(IMPLEMENTATION, CostCategory.STAFF, 100_000))
        .addCostLines(line(IMPLEMENTATION, CostCategory.PARTICIPANT_COSTS, 30_000))
        .build();
    CostTable t = b.overview().costTable(IMPLEMENTATION);
    assertThat(t.amount(CostCategory.OTHER_COSTS)).isEqualTo(Sek.of(40_000));
    assertThat(t.amount(CostCategory.INDIRECT_COSTS)).isEqualTo(Sek.of(0));
    assertThat(t.total()).isEqualTo(Sek.of(170_000));
    assertThat(t.rows().keySet()).contains(CostCategory.PARTICIPANT_COSTS, CostCategory.OTHER_COSTS);
    assertThat(b.validate().violations()).isEmpty();
  }

  @Test
  void staffFlatRateIsComputedFirstWhateverTheListOrder() {
    Budget b = Budget.builder()
        .addFlatRates(FlatRate.of(FlatRateOption.INDIRECT_7_OF_DIRECT))
        .addFlatRates(FlatRate.of(FlatRateOption.STAFF_20_OF_OTHER_DIRECT))
        .addCostLines(line(IMPLEMENTATION, CostCategory.EXTERNAL_SERVICES, 100_000))
        .addCostLines(line(IMPLEMENTATION, CostCategory.TRAVEL_AND_ACCOMMODATION, 50_000))
        .build();
    CostTable t = b.overview().costTable(IMPLEMENTATION);
    assertThat(t.amount(CostCategory.STAFF)).isEqualTo(Sek.of(30_000));
    assertThat(t.amount(CostCategory.INDIRECT_COSTS)).isEqualTo(Sek.of(12_600)); // 7 % of 180 000
    assertThat(t.total()).isEqualTo(Sek.of(192_600));
  }

  @Test
  void roundingIsPerPhaseNotOnTheTotal() {
    Budget b = Budget.builder()
        .addFlatRates(FlatRate.formIndirectCosts())
        .addCostLines(line(ANALYSIS_AND_PLANNING, CostCategory.STAFF, 10))
        .addCostLines(line(IMPLEMENTATION, CostCategory.STAFF, 10))
        .build();
    BudgetOverview o = b.overview();
    // 1.5 → 2 in each phase; on the summed staff it would be round(3.0) = 3
    assertThat(o.costTable(ANALYSIS_AND_PLANNING).amount(CostCategory.INDIRECT_COSTS)).isEqualTo(Sek.of(2));
    assertThat(o.costTable(IMPLEMENTATION).amount(CostCategory.INDIRECT_COSTS)).isEqualTo(Sek.of(2));
    assertThat(o.esfCosts()).isEqualTo(Sek.of(24));
    Budget truncating = b.withFlatRateRounding(RoundingPolicy.KRONA_DOWN);
    assertThat(truncating.overview().esfCosts()).isEqualTo(Sek.of(22));
    Budget even = b.withFlatRateRounding(RoundingPolicy.KRONA_HALF_EVEN);
    assertThat(even.overview().esfCosts()).isEqualTo(Sek.of(24)); // 1.5 → 2 (even)
  }

  @Test
  void flatRatesDoNotApplyToErdfTypeCosts() {
    Budget b = Budget.builder()
        .addFlatRates(FlatRate.formIndirectCosts())
        .addCostLines(line(CostSection.ERDF, CostCategory.STAFF, 1_000))
        .addCostLines(line(CostSection.ERDF, CostCategory.INDIRECT_COSTS, 200))
        .build();
    assertThat(b.overview().erdfCosts()).isEqualTo(Sek.of(1_200));
    assertThat(b.validate().violations()).isEmpty();
  }

  @Test
  void staffUnitCostPerFunctionAndMonth() {
    BudgetLine line = BudgetLine.ofStaffMonths(IMPLEMENTATION, "Projektledare större projekt", new BigDecimal("24"),
        Sek.of(62_500));
    assertThat(line.total()).isEqualTo(Sek.of(1_500_000));
    assertThat(line.category()).isEqualTo(CostCategory.STAFF);
    assertThat(line.description()).isEqualTo("Projektledare större projekt, 24 mån");
    Budget b = Budget.builder()
        .addFlatRates(FlatRate.of(FlatRateOption.OTHER_COSTS_40_OF_STAFF))
        .addCostLines(line)
        .addCostLines(BudgetLine.ofStaffMonths(IMPLEMENTATION, "Projektmedarbetare", new BigDecimal("12.5"), Sek.of(45_000)))
        .build();
    assertThat(b.costLines().get(1).description()).isEqualTo("Projektmedarbetare, 12,5 mån");
    // 1 500 000 + 562 500 = 2 062 500 staff; + 40 % = 825 000
    assertThat(b.overview().costTable(IMPLEMENTATION).total()).isEqualTo(Sek.of(2_887_500));
    assertThatThrownBy(() -> BudgetLine.ofStaffMonths(IMPLEMENTATION, " ", BigDecimal.ONE, Sek.of(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BudgetLine.ofStaffMonths(IMPLEMENTATION, "x", BigDecimal.ONE, Sek.of(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void optionsCarryTheirRule() {
    FlatRate t = FlatRate.formIndirectCosts();
    assertThat(t.isInBase(CostCategory.STAFF)).isTrue();
    assertThat(t.isInBase(CostCategory.EXTERNAL_SERVICES)).isFalse();
    FlatRate seven = FlatRate.of(FlatRateOption.INDIRECT_7_OF_DIRECT);
    assertThat(seven.isInBase(CostCategory.STAFF)).isTrue();
    assertThat(seven.isInBase(CostCategory.EXTERNAL_SERVICES)).isTrue();
    assertThat(seven.isInBase(CostCategory.REVENUE)).isFalse();
    assertThat(seven.isInBase(CostCategory.INDIRECT_COSTS)).isFalse();
    FlatRate twenty = FlatRate.of(FlatRateOption.STAFF_20_OF_OTHER_DIRECT);
    assertThat(twenty.isInBase(CostCategory.STAFF)).isFalse();
    assertThat(twenty.isInBase(CostCategory.EXTERNAL_SERVICES)).isTrue();
    assertThat(t.target()).isEqualTo(CostCategory.INDIRECT_COSTS);
    assertThat(t.option().maxPercent()).isEqualByComparingTo("15");
    assertThat(t.option().legalBasis()).contains("68").contains("54");
    assertThat(FlatRate.of(FlatRateOption.STAFF_20_OF_OTHER_DIRECT).order()).isLessThan(t.order());
    assertThat(FlatRate.of(FlatRateOption.OTHER_COSTS_40_OF_STAFF).covers(CostCategory.EXTERNAL_SERVICES)).isTrue();
    assertThat(FlatRate.of(FlatRateOption.OTHER_COSTS_40_OF_STAFF).covers(CostCategory.PARTICIPANT_COSTS)).isFalse();
    assertThat(FlatRate.of(FlatRateOption.INDIRECT_7_OF_DIRECT).ratePercent()).isEqualByComparingTo("7");
  }

  @Test
  void budgetLineNeedsExactlyOneForm() {
    assertThatThrownBy(() -> BudgetLine.builder().section(IMPLEMENTATION).category(CostCategory.STAFF).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BudgetLine.builder().section(IMPLEMENTATION).category(CostCategory.STAFF)
            .amount(Sek.of(1)).units(BigDecimal.ONE).unitPrice(Sek.of(1)).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BudgetLine.builder().section(IMPLEMENTATION).category(CostCategory.STAFF)
            .units(BigDecimal.ONE).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void unitPriceWithOreIsFineWhenTheLineIsWholeKronor() {
    Budget b = Budget.builder()
        .addCostLines(BudgetLine.ofUnits(IMPLEMENTATION, CostCategory.TRAVEL_AND_ACCOMMODATION, "Resor",
            new BigDecimal("2"), Sek.parse("100.50")))
        .build();
    assertThat(b.overview().costTable(IMPLEMENTATION).total()).isEqualTo(Sek.of(201));
    assertThat(b.validate().violations()).isEmpty();
  }

  @Test
  void coFinancingPerCoFinancier() {
    java.util.Map<CoFinancier, org.javamoney.moneta.Money> by = BudgetCalculator.coFinancingByContributor(AllIn.budget());
    assertThat(by).hasSize(11);
    assertThat(by.get(AllIn.partner(1))).isEqualTo(Sek.of(1_147_849 + 154_000));
    assertThat(by.get(AllIn.OWNER)).isEqualTo(Sek.of(1_302_333));
    assertThat(by.values().stream().reduce(Sek.zero(), org.javamoney.moneta.Money::add)).isEqualTo(Sek.of(27_793_079));
  }

  @Test
  void coFinancingPerCoFinancierGoesByOrganisationNumber() {
    // one organisation under two names, as sources spell them: one co-financier, first name kept
    CoFinancier other = CoFinancier.of("Hällefors kommun, socialtjänsten", AllIn.OWNER.organisationsnummer().orElseThrow());
    Budget b = Budget.builder()
        .addContributions(Contribution.of(CoFinancingCategory.PUBLIC_CASH_OWNER, AllIn.OWNER, Sek.of(1_000)))
        .addContributions(Contribution.of(CoFinancingCategory.PUBLIC_CASH_THIRD_PARTY, AllIn.REGION, Sek.of(7)))
        .addContributions(Contribution.of(CoFinancingCategory.PUBLIC_CASH_OWNER, other, Sek.of(234)))
        .build();
    java.util.Map<CoFinancier, org.javamoney.moneta.Money> by = BudgetCalculator.coFinancingByContributor(b);
    assertThat(by).containsExactly(
        java.util.Map.entry(AllIn.OWNER, Sek.of(1_234)), java.util.Map.entry(AllIn.REGION, Sek.of(7)));
  }
}
