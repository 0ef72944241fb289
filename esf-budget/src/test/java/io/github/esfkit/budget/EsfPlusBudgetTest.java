package io.github.esfkit.budget;

import static io.github.esfkit.budget.CostSection.IMPLEMENTATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.id.Diarienummer;
import io.github.esfkit.core.programme.Call;
import io.github.esfkit.core.programme.FlatRateOption;
import io.github.esfkit.core.programme.ProgrammeArea;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.core.validation.Violation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ESF+ 2021–2027 budgets: each simplified cost option of Reg. 2021/1060 computed on a budget that
 * exercises it, the forbidden combinations, the call's list of allowed flat rates and the ESF+ layout.
 */
class EsfPlusBudgetTest {

  private static BudgetLine line(CostCategory c, long kr) {
    return BudgetLine.of(IMPLEMENTATION, c, Sek.of(kr));
  }

  private static Budget.Builder esfPlus() {
    return Budget.builder().programmePeriod(ProgrammePeriod.ESF_PLUS_2021_2027)
        .addCostLines(line(CostCategory.STAFF, 1_000_000))
        .addCostLines(line(CostCategory.EXTERNAL_SERVICES, 300_000))
        .addCostLines(line(CostCategory.TRAVEL_AND_ACCOMMODATION, 100_000));
  }

  private static CostTable implementation(Budget b) {
    return b.overview().costTable(IMPLEMENTATION);
  }

  private static List<String> rules(ValidationResult r) {
    return r.violations().stream().map(Violation::ruleId).toList();
  }

  @Test
  void sevenPercentOfDirectCosts() {
    Budget b = esfPlus().addFlatRates(FlatRate.of(FlatRateOption.INDIRECT_7_OF_DIRECT)).build();
    assertThat(implementation(b).amount(CostCategory.INDIRECT_COSTS)).isEqualTo(Sek.of(98_000)); // 7 % of 1 400 000
    assertThat(implementation(b).total()).isEqualTo(Sek.of(1_498_000));
    assertThat(b.validate().violations()).isEmpty();
  }

  @Test
  void fifteenPercentOfDirectStaffCosts() {
    Budget b = esfPlus().addFlatRates(FlatRate.of(FlatRateOption.INDIRECT_15_OF_STAFF)).build();
    assertThat(implementation(b).amount(CostCategory.INDIRECT_COSTS)).isEqualTo(Sek.of(150_000));
    assertThat(b.validate().violations()).isEmpty();
  }

  @Test
  void upToTwentyFivePercentWithAJustification() {
    FlatRate justified = FlatRate.builder().option(FlatRateOption.INDIRECT_25_OF_DIRECT)
        .ratePercent(new BigDecimal("22.5")).justification("Beräkning enligt bilaga 4 (historiska kostnader)").build();
    Budget b = esfPlus().addFlatRates(justified).build();
    assertThat(implementation(b).amount(CostCategory.INDIRECT_COSTS)).isEqualTo(Sek.of(315_000)); // 22.5 % of 1 400 000
    assertThat(b.validate().violations()).isEmpty();

    Budget unjustified = esfPlus().addFlatRates(FlatRate.of(FlatRateOption.INDIRECT_25_OF_DIRECT)).build();
    assertThat(implementation(unjustified).amount(CostCategory.INDIRECT_COSTS)).isEqualTo(Sek.of(350_000));
    assertThat(rules(unjustified.validate())).containsExactly("BUDGET-FLAT-RATE-JUSTIFICATION");
    Budget above = esfPlus().addFlatRates(justified.withRatePercent(new BigDecimal("26"))).build();
    assertThat(rules(above.validate())).containsExactly("BUDGET-FLAT-RATE-ABOVE-CAP");
  }

  @Test
  void staffAtTwentyPercentOfOtherDirectCosts() {
    Budget b = Budget.builder().programmePeriod(ProgrammePeriod.ESF_PLUS_2021_2027)
        .addFlatRates(FlatRate.of(FlatRateOption.STAFF_20_OF_OTHER_DIRECT))
        .addCostLines(line(CostCategory.EXTERNAL_SERVICES, 400_000))
        .addCostLines(line(CostCategory.EQUIPMENT_AND_MATERIALS, 100_000))
        .build();
    assertThat(implementation(b).amount(CostCategory.STAFF)).isEqualTo(Sek.of(100_000));
    assertThat(implementation(b).total()).isEqualTo(Sek.of(600_000));
    assertThat(b.validate().violations()).isEmpty();
  }

  @Test
  void remainingCostsAtFortyPercentOfStaffWithParticipantCostsOutside() {
    Budget b = Budget.builder().programmePeriod(ProgrammePeriod.ESF_PLUS_2021_2027)
        .addFlatRates(FlatRate.of(FlatRateOption.OTHER_COSTS_40_OF_STAFF))
        .addCostLines(line(CostCategory.STAFF, 1_000_000))
        .addCostLines(line(CostCategory.PARTICIPANT_COSTS, 250_000))
        .build();
    assertThat(implementation(b).amount(CostCategory.OTHER_COSTS)).isEqualTo(Sek.of(400_000));
    assertThat(implementation(b).total()).isEqualTo(Sek.of(1_650_000));
    assertThat(b.validate().violations()).isEmpty();
  }

  @Test
  void theHourlyRateDividesAnnualCostsBy1720Hours() {
    BudgetLine coordinator = BudgetLine.ofStaffHours(IMPLEMENTATION, "Samordnare", BigDecimal.valueOf(1_200),
        Sek.of(516_000), BigDecimal.ONE);
    assertThat(coordinator.unitPrice()).contains(Sek.of(300)); // 516 000 / 1 720
    assertThat(coordinator.description()).isEqualTo("Samordnare, 1 200 h");
    BudgetLine halfTime = BudgetLine.ofStaffHours(IMPLEMENTATION, "Samordnare", BigDecimal.TEN, Sek.of(516_000),
        new BigDecimal("0.5"));
    assertThat(halfTime.unitPrice()).contains(Sek.of(600)); // 516 000 / 860
    // 500 000 / 1 720 = 290.6976… → 290.70, rounded once under the named policy
    assertThat(BudgetLine.ofStaffHours(IMPLEMENTATION, "Handledare", BigDecimal.ONE, Sek.of(500_000), BigDecimal.ONE)
        .unitPrice()).contains(Sek.parse("290.70"));
    assertThat(BudgetLine.ANNUAL_HOURS).isEqualByComparingTo("1720");
    for (String share : new String[] {"0", "1.01", "-0.5"}) {
      assertThatThrownBy(() -> BudgetLine.ofStaffHours(IMPLEMENTATION, "Samordnare", BigDecimal.ONE, Sek.of(1),
          new BigDecimal(share))).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> BudgetLine.ofStaffHours(IMPLEMENTATION, " ", BigDecimal.ONE, Sek.of(1), BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BudgetLine.ofStaffHours(IMPLEMENTATION, "x", BigDecimal.ONE, Sek.of(-1), BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
    Budget b = Budget.builder().programmePeriod(ProgrammePeriod.ESF_PLUS_2021_2027).addCostLines(coordinator).build();
    assertThat(implementation(b).amount(CostCategory.STAFF)).isEqualTo(Sek.of(360_000));
  }

  @Test
  void unitCostsAndLumpSumsAreLinesOutsideEveryFlatRateBase() {
    Budget b = esfPlus().addFlatRates(FlatRate.of(FlatRateOption.INDIRECT_7_OF_DIRECT))
        .addCostLines(BudgetLine.ofUnits(IMPLEMENTATION, CostCategory.UNIT_COSTS, "Deltagare som fullföljt",
            BigDecimal.valueOf(40), Sek.of(12_500)))
        .addCostLines(BudgetLine.of(IMPLEMENTATION, CostCategory.LUMP_SUMS, "Slutkonferens", Sek.of(80_000)))
        .build();
    assertThat(implementation(b).amount(CostCategory.INDIRECT_COSTS)).isEqualTo(Sek.of(98_000));
    assertThat(implementation(b).total()).isEqualTo(Sek.of(1_400_000 + 98_000 + 500_000 + 80_000));
    assertThat(b.validate().violations()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
      "INDIRECT_15_OF_STAFF, INDIRECT_7_OF_DIRECT",
      "INDIRECT_15_OF_STAFF, INDIRECT_25_OF_DIRECT",
      "INDIRECT_7_OF_DIRECT, INDIRECT_25_OF_DIRECT",
      "OTHER_COSTS_40_OF_STAFF, INDIRECT_15_OF_STAFF",
      "OTHER_COSTS_40_OF_STAFF, INDIRECT_7_OF_DIRECT",
      "OTHER_COSTS_40_OF_STAFF, INDIRECT_25_OF_DIRECT",
      "OTHER_COSTS_40_OF_STAFF, STAFF_20_OF_OTHER_DIRECT",
      "INDIRECT_7_OF_DIRECT, INDIRECT_7_OF_DIRECT",
      "STAFF_20_OF_OTHER_DIRECT, STAFF_20_OF_OTHER_DIRECT"})
  void forbiddenCombinationsAreRejected(FlatRateOption a, FlatRateOption b) {
    Budget budget = Budget.builder().programmePeriod(ProgrammePeriod.ESF_PLUS_2021_2027)
        .addCostLines(line(CostCategory.PARTICIPANT_COSTS, 100_000))
        .addFlatRates(FlatRate.builder().option(a).justification("beräkning").build())
        .addFlatRates(FlatRate.builder().option(b).justification("beräkning").build())
        .build();
    assertThat(rules(budget.validate())).containsExactly("BUDGET-FLAT-RATE-COMBINATION");
  }

  @Test
  void allowedCombinationsPass() {
    Budget budget = Budget.builder().programmePeriod(ProgrammePeriod.ESF_PLUS_2021_2027)
        .addCostLines(line(CostCategory.EXTERNAL_SERVICES, 100_000))
        .addFlatRates(FlatRate.of(FlatRateOption.STAFF_20_OF_OTHER_DIRECT))
        .addFlatRates(FlatRate.of(FlatRateOption.INDIRECT_15_OF_STAFF))
        .build();
    assertThat(budget.validate().violations()).isEmpty();
    assertThat(implementation(budget).amount(CostCategory.INDIRECT_COSTS)).isEqualTo(Sek.of(3_000)); // 15 % of 20 000
  }

  @Test
  void aFlatRateOutsideTheCallsListIsReported() {
    Call call = Call.builder().diarienummer(Diarienummer.parse("2023/00001")).name("Exempelutlysning")
        .programmePeriod(ProgrammePeriod.ESF_PLUS_2021_2027).programmeArea(ProgrammeArea.ESF_PLUS_A)
        .requiredCoFinancingPercent(new BigDecimal("46"))
        .addAllowedFlatRates(FlatRateOption.INDIRECT_15_OF_STAFF, FlatRateOption.OTHER_COSTS_40_OF_STAFF).build();
    Budget seven = esfPlus().addFlatRates(FlatRate.of(FlatRateOption.INDIRECT_7_OF_DIRECT))
        .addContributions(Contribution.of(CoFinancingCategory.PUBLIC_CASH_THIRD_PARTY,
            CoFinancier.of("Region Exempel", io.github.esfkit.core.id.Organisationsnummer.parse("232100-0164")),
            Sek.of(1_000_000)))
        .build();
    ValidationResult r = seven.validate(call);
    assertThat(rules(r)).containsExactly("BUDGET-FLAT-RATE-NOT-IN-CALL");
    assertThat(r.violations().get(0).path()).isEqualTo("flatRates[0]");
    assertThat(r.violations().get(0).message(Language.EN)).contains("7 % of direct costs").contains("40 % of staff");
    Budget fifteen = esfPlus().addFlatRates(FlatRate.of(FlatRateOption.INDIRECT_15_OF_STAFF))
        .addAllContributions(seven.contributions()).build();
    assertThat(fifteen.validate(call).violations()).isEmpty();
    assertThat(rules(fifteen.withProgrammePeriod(ProgrammePeriod.ESF_2014_2020).validate(call)))
        .containsExactly("BUDGET-PERIOD-NOT-CALL");
  }

  @Test
  void sevenPercentDoesNotExistIn2014To2020() {
    Budget b = esfPlus().addFlatRates(FlatRate.of(FlatRateOption.INDIRECT_7_OF_DIRECT)).build()
        .withProgrammePeriod(ProgrammePeriod.ESF_2014_2020);
    assertThat(rules(b.validate())).containsExactly("BUDGET-FLAT-RATE-PERIOD");
  }

  @Test
  void theEsfPlusOverviewHasNoErdfRows() {
    Budget b = esfPlus().addFlatRates(FlatRate.of(FlatRateOption.INDIRECT_15_OF_STAFF)).build();
    BudgetOverview o = b.overview();
    assertThat(o.lines()).hasSize(16).noneMatch(l -> l.row() == OverviewRow.ERDF_COSTS);
    assertThat(o.costTables()).noneMatch(t -> t.section() == CostSection.ERDF);
    assertThat(b.withProgrammePeriod(ProgrammePeriod.ESF_2014_2020).overview().lines()).hasSize(17);
    Budget erdf = esfPlus().addCostLines(BudgetLine.of(CostSection.ERDF, CostCategory.STAFF, Sek.of(1))).build();
    assertThat(rules(erdf.validate())).containsExactly("BUDGET-ERDF-IN-ESF-PLUS");
  }
}
