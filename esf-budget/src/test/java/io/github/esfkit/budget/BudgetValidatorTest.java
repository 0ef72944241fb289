package io.github.esfkit.budget;

import static io.github.esfkit.budget.CostSection.ANALYSIS_AND_PLANNING;
import static io.github.esfkit.budget.CostSection.ERDF;
import static io.github.esfkit.budget.CostSection.IMPLEMENTATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.budget.eur.Eur;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.validation.Severity;
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.core.validation.Violation;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Every rule of {@link BudgetRule} broken by an input, and All In breaking none. */
class BudgetValidatorTest {

  private static Budget.Builder small() {
    return Budget.builder()
        .projectOwner(AllIn.OWNER)
        .addFlatRates(FlatRate.formIndirectCosts())
        .addCostLines(BudgetLine.of(IMPLEMENTATION, CostCategory.STAFF, "Personal", Sek.of(100_000)));
  }

  private static Violation only(ValidationResult result, BudgetRule rule) {
    List<Violation> v = result.withRule(rule.id());
    assertThat(v).as("violations of %s in %s", rule.id(), result).hasSize(1);
    assertThat(v.get(0).severity()).isEqualTo(rule.severity());
    assertThat(v.get(0).messageSv()).isNotBlank();
    assertThat(v.get(0).messageEn()).isNotBlank();
    return v.get(0);
  }

  @Test
  void allInBreaksNoRule() {
    assertThat(AllIn.budget().validate(AllIn.REQUIREMENT).violations()).isEmpty();
    assertThat(small().build().validate().violations()).isEmpty();
  }

  @Test
  void missingBudget() {
    assertThat(only(BudgetValidator.validate(null), BudgetRule.MISSING).path()).isEqualTo("budget");
  }

  @Test
  void amountInAnotherCurrency() {
    Budget b =
        small()
            .addCostLines(BudgetLine.of(IMPLEMENTATION, CostCategory.TRAVEL_AND_ACCOMMODATION, "Resa",
                Money.of(500, Eur.EUR)))
            .build();
    Violation v = only(b.validate(), BudgetRule.CURRENCY_NOT_SEK);
    assertThat(v.path()).isEqualTo("costLines[1].amount");
    assertThat(v.messageEn()).contains("EUR");
    assertThatThrownBy(b::overview).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR");

    Budget c =
        small()
            .addContributions(Contribution.of(CoFinancingCategory.PUBLIC_CASH_OWNER, AllIn.OWNER,
                Money.of(10, Eur.EUR)))
            .build();
    assertThat(only(c.validate(AllIn.REQUIREMENT), BudgetRule.CURRENCY_NOT_SEK).path())
        .isEqualTo("contributions[0].amount");
  }

  @Test
  void negativeAmounts() {
    Budget b = small().addCostLines(BudgetLine.of(ANALYSIS_AND_PLANNING, CostCategory.STAFF, "minus", Sek.of(-5)))
        .build();
    assertThat(only(b.validate(), BudgetRule.NEGATIVE_AMOUNT).path()).isEqualTo("costLines[1].amount");

    Budget units = small()
        .addCostLines(BudgetLine.ofUnits(IMPLEMENTATION, CostCategory.EXTERNAL_SERVICES, "x", new BigDecimal("-2"),
            Sek.of(100)))
        .build();
    assertThat(only(units.validate(), BudgetRule.NEGATIVE_AMOUNT).path()).isEqualTo("costLines[1].units");

    Budget contribution = small()
        .addContributions(Contribution.of(CoFinancingCategory.PUBLIC_CASH_THIRD_PARTY, AllIn.REGION, Sek.of(-1)))
        .build();
    assertThat(only(contribution.validate(), BudgetRule.NEGATIVE_AMOUNT).messageSv()).contains("-1 kr");
  }

  @Test
  void fractionalKronor() {
    Budget b = small()
        .addCostLines(BudgetLine.of(IMPLEMENTATION, CostCategory.EXTERNAL_SERVICES, "öre", Sek.parse("1000.50")))
        .build();
    assertThat(only(b.validate(), BudgetRule.FRACTIONAL_KRONOR).messageSv()).contains("1 000,50 kr");
    Budget units = small()
        .addCostLines(BudgetLine.ofUnits(IMPLEMENTATION, CostCategory.EXTERNAL_SERVICES, "halv", new BigDecimal("1.5"),
            Sek.of(333)))
        .build();
    assertThat(only(units.validate(), BudgetRule.FRACTIONAL_KRONOR).messageSv()).contains("499,50 kr");
    assertThat(units.validate().isValid()).isTrue();
  }

  @Test
  void categoryNotInSection() {
    Budget b = small()
        .addCostLines(BudgetLine.of(ERDF, CostCategory.YOUTH_MOBILITY, Sek.of(1)))
        .addCostLines(BudgetLine.of(IMPLEMENTATION, CostCategory.PREMISES_AND_ADMINISTRATION, Sek.of(1)))
        .build();
    List<Violation> v = b.validate().withRule(BudgetRule.CATEGORY_NOT_IN_SECTION.id());
    assertThat(v).extracting(Violation::path).containsExactly("costLines[1].category", "costLines[2].category");
  }

  @Test
  void coFinancingSubLineNotInCategory() {
    Budget b = small()
        .addContributions(Contribution.of(CoFinancingCategory.PUBLIC_CASH_OWNER, CoFinancingSubLine.STAFF,
            AllIn.OWNER, Sek.of(1)))
        .build();
    assertThat(only(b.validate(), BudgetRule.CO_FINANCING_SUB_LINE).messageSv())
        .contains("Personal")
        .contains("Offentliga kontanta medel från projektägaren");
  }

  @Test
  void ownerInKind() {
    Budget b = small()
        .addContributions(Contribution.of(CoFinancingCategory.PUBLIC_IN_KIND, CoFinancingSubLine.STAFF,
            CoFinancier.of(AllIn.OWNER.organisationsnummer(), "Hällefors kommun, socialtjänsten"), Sek.of(50_000)))
        .build();
    Violation v = only(b.validate(), BudgetRule.OWNER_IN_KIND);
    assertThat(v.path()).isEqualTo("contributions[0]");
    assertThat(v.messageEn()).contains("own contribution is cash");
    // the same contribution from a partner is fine
    Budget partner = small()
        .addContributions(Contribution.of(CoFinancingCategory.PUBLIC_IN_KIND, CoFinancingSubLine.STAFF,
            AllIn.partner(1), Sek.of(50_000)))
        .build();
    assertThat(partner.validate().violations()).isEmpty();
  }

  @Test
  void soleTraderOrganisationNumberNeverShown() {
    // an enskild firma's organisation number is the owner's personnummer (here 19811228-9874)
    CoFinancier firm = CoFinancier.of(io.github.esfkit.core.id.Organisationsnummer.parse("811228-9874"), "Firma A");
    Budget b = Budget.builder()
        .projectOwner(firm)
        .addCostLines(BudgetLine.of(IMPLEMENTATION, CostCategory.STAFF, "Personal", Sek.of(100_000)))
        .addContributions(Contribution.of(CoFinancingCategory.PRIVATE_IN_KIND, CoFinancingSubLine.STAFF, firm,
            Sek.of(-5)))
        .addContributions(Contribution.of(CoFinancingCategory.PRIVATE_CASH_THIRD_PARTY, firm, Sek.of(1)))
        .addContributions(Contribution.of(CoFinancingCategory.PRIVATE_CASH_OWNER, AllIn.REGION, Sek.of(1)))
        .build();
    ValidationResult r = b.validate();
    assertThat(r.withRule(BudgetRule.OWNER_IN_KIND.id())).hasSize(1);
    assertThat(r.withRule(BudgetRule.OWNER_CASH_CATEGORY.id())).hasSize(2);
    assertThat(r.withRule(BudgetRule.NEGATIVE_AMOUNT.id())).hasSize(1);
    for (Violation v : r.violations()) {
      assertThat(v.messageSv() + v.messageEn() + v.path()).doesNotContain("9874");
    }
    assertThat(firm.toString()).isEqualTo("Firma A (811228-****)");
    assertThat(b.toString()).doesNotContain("9874");
    assertThat(BudgetCalculator.coFinancingByContributor(b).toString()).doesNotContain("9874");
    assertThatThrownBy(() -> CoFinancier.of(firm.organisationsnummer(), " "))
        .hasMessageNotContaining("9874");
  }

  @Test
  void numbersOutOfRangeAreReportedNotThrown() {
    // scales and magnitudes that make BigDecimal arithmetic overflow or formatting explode
    Budget b = Budget.builder()
        .projectOwner(AllIn.OWNER)
        .addFlatRates(FlatRate.of(FlatRateType.INDIRECT_15_OF_STAFF, new BigDecimal("1E-2147483647")))
        .addCostLines(BudgetLine.of(IMPLEMENTATION, CostCategory.STAFF, "Personal", Sek.of(100)))
        .addCostLines(BudgetLine.ofUnits(IMPLEMENTATION, CostCategory.EXTERNAL_SERVICES, "Konsult",
            new BigDecimal("1E-2147483647"), Sek.parse("0.1")))
        .addCostLines(BudgetLine.of(IMPLEMENTATION, CostCategory.TRAVEL_AND_ACCOMMODATION, "Resor",
            Sek.of(new BigDecimal("1E+999999999"))))
        .addCostLines(BudgetLine.of(IMPLEMENTATION, CostCategory.EQUIPMENT_AND_MATERIALS, "Material",
            Sek.of(new BigDecimal("0.00001"))))
        .addCostLines(BudgetLine.of(ERDF, CostCategory.YOUTH_MOBILITY, "Fel sektion", Sek.of(-1)))
        .addContributions(Contribution.of(CoFinancingCategory.PUBLIC_CASH_THIRD_PARTY, AllIn.REGION,
            Sek.of(new BigDecimal("1E+20"))))
        .printedTotals(PrintedTotals.builder()
            .putPercents(OverviewRow.ESF_GRANT_SHARE, new BigDecimal("1E-2147483647"))
            .putAmounts(OverviewRow.ESF_COSTS, Sek.of(5))
            .build())
        .build();
    ValidationResult r = b.validate(CoFinancingRequirement.ofPercent(new BigDecimal("1E-2147483647")));
    assertThat(r.withRule(BudgetRule.NUMBER_OUT_OF_RANGE.id()))
        .extracting(Violation::path)
        .containsExactly("costLines[1].units", "costLines[2].amount", "contributions[0].amount",
            "flatRates[0].ratePercent", "printedTotals.percents[ESF_GRANT_SHARE]", "requirement.percent");
    for (Violation v : r.withRule(BudgetRule.NUMBER_OUT_OF_RANGE.id())) {
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.messageSv() + v.messageEn()).hasSizeLessThan(1_000);
    }
    // the rules of the values that are in range still run
    assertThat(r.withRule(BudgetRule.FRACTIONAL_KRONOR.id())).extracting(Violation::path)
        .containsExactly("costLines[3].amount");
    assertThat(r.withRule(BudgetRule.NEGATIVE_AMOUNT.id())).extracting(Violation::path)
        .containsExactly("costLines[4].amount");
    assertThat(r.withRule(BudgetRule.CATEGORY_NOT_IN_SECTION.id())).hasSize(1);
    assertThat(r.isValid()).isFalse();
    // the calculator rejects them with a clear message instead of an ArithmeticException
    assertThatThrownBy(b::overview).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("costLines[1].units");
    assertThatThrownBy(() -> BudgetCalculator.flatRateAmounts(b)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ownerCashInTheWrongCategory() {
    Budget b = small()
        .addContributions(Contribution.of(CoFinancingCategory.PUBLIC_CASH_OWNER, AllIn.REGION, Sek.of(1)))
        .addContributions(Contribution.of(CoFinancingCategory.PUBLIC_CASH_THIRD_PARTY, AllIn.OWNER, Sek.of(1)))
        .build();
    assertThat(b.validate().withRule(BudgetRule.OWNER_CASH_CATEGORY.id()))
        .extracting(Violation::path)
        .containsExactly("contributions[0]", "contributions[1]");
  }

  @Test
  void forbiddenFlatRateCombinations() {
    Budget twoIndirect = small().addFlatRates(FlatRate.of(FlatRateType.INDIRECT_7_OF_DIRECT)).build();
    assertThat(only(twoIndirect.validate(), BudgetRule.FLAT_RATE_COMBINATION).messageEn())
        .contains("at most one flat rate for indirect costs");

    Budget fortyAndTwenty = Budget.builder()
        .addFlatRates(FlatRate.of(FlatRateType.STAFF_20_OF_OTHER_DIRECT))
        .addFlatRates(FlatRate.of(FlatRateType.OTHER_COSTS_40_OF_STAFF))
        .build();
    assertThat(only(fortyAndTwenty.validate(), BudgetRule.FLAT_RATE_COMBINATION).messageEn())
        .contains("excludes every other flat rate");

    Budget twice = small().addFlatRates(FlatRate.formIndirectCosts()).build();
    assertThat(only(twice.validate(), BudgetRule.FLAT_RATE_COMBINATION).messageEn()).contains("twice");

    Budget allowed = Budget.builder()
        .addFlatRates(FlatRate.of(FlatRateType.STAFF_20_OF_OTHER_DIRECT))
        .addFlatRates(FlatRate.of(FlatRateType.INDIRECT_7_OF_DIRECT))
        .build();
    assertThat(allowed.validate().hasRule(BudgetRule.FLAT_RATE_COMBINATION.id())).isFalse();
  }

  @Test
  void flatRateAboveCap() {
    Budget b = Budget.builder().addFlatRates(FlatRate.of(FlatRateType.INDIRECT_15_OF_STAFF, new BigDecimal("16")))
        .build();
    assertThat(only(b.validate(), BudgetRule.FLAT_RATE_ABOVE_CAP).messageSv()).contains("16,00 %").contains("15,00 %");
    Budget negative = Budget.builder().addFlatRates(FlatRate.of(FlatRateType.INDIRECT_7_OF_DIRECT, new BigDecimal("-1")))
        .build();
    assertThat(only(negative.validate(), BudgetRule.FLAT_RATE_ABOVE_CAP).path()).isEqualTo("flatRates[0].ratePercent");
    Budget lower = Budget.builder().addFlatRates(FlatRate.of(FlatRateType.INDIRECT_7_OF_DIRECT, new BigDecimal("5")))
        .build();
    assertThat(lower.validate().violations()).isEmpty();
  }

  @Test
  void costCoveredByAFlatRate() {
    Budget forty = Budget.builder()
        .addFlatRates(FlatRate.of(FlatRateType.OTHER_COSTS_40_OF_STAFF))
        .addCostLines(BudgetLine.of(IMPLEMENTATION, CostCategory.STAFF, Sek.of(100_000)))
        .addCostLines(BudgetLine.of(IMPLEMENTATION, CostCategory.PARTICIPANT_COSTS, Sek.of(30_000)))
        .addCostLines(BudgetLine.of(IMPLEMENTATION, CostCategory.TRAVEL_AND_ACCOMMODATION, "Resor", Sek.of(5_000)))
        .build();
    assertThat(only(forty.validate(), BudgetRule.FLAT_RATE_COVERED_COST).path()).isEqualTo("costLines[2]");

    Budget fortyIndirect = Budget.builder()
        .addFlatRates(FlatRate.of(FlatRateType.OTHER_COSTS_40_OF_STAFF))
        .addCostLines(BudgetLine.of(IMPLEMENTATION, CostCategory.STAFF, Sek.of(100_000)))
        .addCostLines(BudgetLine.of(IMPLEMENTATION, CostCategory.INDIRECT_COSTS, Sek.of(15_000)))
        .build();
    assertThat(fortyIndirect.validate().violations())
        .extracting(Violation::ruleId)
        .containsExactly(BudgetRule.FLAT_RATE_COVERED_COST.id());

    Budget twenty = Budget.builder()
        .addFlatRates(FlatRate.of(FlatRateType.STAFF_20_OF_OTHER_DIRECT))
        .addCostLines(BudgetLine.of(IMPLEMENTATION, CostCategory.STAFF, "Personal", Sek.of(100_000)))
        .build();
    assertThat(only(twenty.validate(), BudgetRule.FLAT_RATE_COVERED_COST).messageSv()).contains("Personal");
  }

  @Test
  void indirectCostsThatDoNotMatchTheFlatRate() {
    Budget wrong = AllIn.builder()
        .addCostLines(BudgetLine.of(ANALYSIS_AND_PLANNING, CostCategory.INDIRECT_COSTS, Sek.of(189_799)))
        .build();
    Violation v = only(wrong.validate(), BudgetRule.INDIRECT_COSTS_FLAT_RATE);
    assertThat(v.path()).isEqualTo("costTables[ANALYSIS_AND_PLANNING].INDIRECT_COSTS");
    assertThat(v.messageSv()).contains("189 799 kr").contains("189 798 kr");

    Budget right = AllIn.builder()
        .addCostLines(BudgetLine.of(ANALYSIS_AND_PLANNING, CostCategory.INDIRECT_COSTS, Sek.of(189_798)))
        .addCostLines(BudgetLine.of(IMPLEMENTATION, CostCategory.INDIRECT_COSTS, Sek.of(2_682_861)))
        .build();
    assertThat(right.validate(AllIn.REQUIREMENT).violations()).isEmpty();
    assertThat(right.overview()).isEqualTo(AllIn.budget().overview());
  }

  @Test
  void indirectCostsWithoutAFlatRate() {
    Budget b = Budget.builder()
        .addCostLines(BudgetLine.of(IMPLEMENTATION, CostCategory.STAFF, Sek.of(100)))
        .addCostLines(BudgetLine.of(IMPLEMENTATION, CostCategory.INDIRECT_COSTS, Sek.of(15)))
        .build();
    only(b.validate(), BudgetRule.INDIRECT_COSTS_WITHOUT_FLAT_RATE);
    assertThat(b.overview().costTable(IMPLEMENTATION).total()).isEqualTo(Sek.of(115));
  }

  @Test
  void printedTotalThatDoesNotAddUp() {
    Budget b = AllIn.builder()
        .printedTotals(PrintedTotals.builder()
            .putAmounts(OverviewRow.TOTAL_COSTS, Sek.of(26_032_733))
            .putSectionTotals(ANALYSIS_AND_PLANNING, Sek.of(2_139_521))
            .putAmounts(OverviewRow.PUBLIC_IN_KIND, Sek.of(10_414_792))
            .build())
        .build();
    List<Violation> v = b.validate().withRule(BudgetRule.TOTAL_MISMATCH.id());
    assertThat(v).extracting(Violation::path)
        .containsExactlyInAnyOrder("printedTotals.amounts[TOTAL_COSTS]",
            "printedTotals.sectionTotals[ANALYSIS_AND_PLANNING]");
    assertThat(v).anySatisfy(x -> assertThat(x.messageSv()).contains("26 032 733 kr").contains("26 032 732 kr"));
  }

  @Test
  void printedShareThatDiffers() {
    Budget b = AllIn.builder()
        .printedTotals(PrintedTotals.builder().putPercents(OverviewRow.ESF_GRANT_SHARE, new BigDecimal("46.99")).build())
        .build();
    assertThat(only(b.validate(), BudgetRule.SHARE_MISMATCH).messageSv()).contains("46,99 %").contains("46,98 %");
  }

  @Test
  void printedValueOfTheWrongKind() {
    Budget b = AllIn.builder()
        .printedTotals(PrintedTotals.builder()
            .putAmounts(OverviewRow.ESF_GRANT_SHARE, Sek.of(47))
            .putPercents(OverviewRow.TOTAL_COSTS, BigDecimal.ONE)
            .build())
        .build();
    assertThat(b.validate().withRule(BudgetRule.PRINTED_ROW_KIND.id())).hasSize(2);
  }

  @Test
  void collectsEveryViolationAndNeverThrows() {
    Budget bad = Budget.builder()
        .projectOwner(AllIn.OWNER)
        .addFlatRates(FlatRate.of(FlatRateType.OTHER_COSTS_40_OF_STAFF, new BigDecimal("41")))
        .addFlatRates(FlatRate.formIndirectCosts())
        .addCostLines(BudgetLine.of(IMPLEMENTATION, CostCategory.STAFF, Sek.of(-100)))
        .addCostLines(BudgetLine.of(ERDF, CostCategory.YOUTH_MOBILITY, Money.of(3, Eur.EUR)))
        .addCostLines(BudgetLine.of(IMPLEMENTATION, CostCategory.EXTERNAL_SERVICES, Sek.parse("0.5")))
        .addContributions(Contribution.of(CoFinancingCategory.PRIVATE_IN_KIND, CoFinancingSubLine.PUBLIC_CASH,
            AllIn.OWNER, Money.of(-7, Eur.EUR)))
        .printedTotals(PrintedTotals.builder().putAmounts(OverviewRow.ESF_GRANT, Money.of(1, Eur.EUR)).build())
        .build();
    ValidationResult r = bad.validate(CoFinancingRequirement.ofPercent("100"));
    List<String> ids = r.violations().stream().map(Violation::ruleId).distinct().collect(Collectors.toList());
    assertThat(ids).contains(
        "BUDGET-FLAT-RATE-ABOVE-CAP", "BUDGET-FLAT-RATE-COMBINATION", "BUDGET-NEGATIVE-AMOUNT",
        "BUDGET-CURRENCY-NOT-SEK", "BUDGET-CATEGORY-NOT-IN-SECTION", "BUDGET-FRACTIONAL-KRONOR",
        "BUDGET-FLAT-RATE-COVERED-COST", "BUDGET-COFINANCING-SUBLINE", "BUDGET-OWNER-IN-KIND",
        "BUDGET-COFINANCING-BELOW-REQUIREMENT");
    assertThat(r.isValid()).isFalse();
    // empty budget, zero total financing
    assertThat(Budget.builder().build().validate(CoFinancingRequirement.ofPercent("53")).violations()).isEmpty();
    assertThat(BudgetValidator.validate(Budget.builder().build(), Optional.empty()).isEmpty()).isTrue();
  }

  @Test
  void ruleIdsAreStableAndUnique() {
    List<String> ids = Arrays.stream(BudgetRule.values()).map(BudgetRule::id).collect(Collectors.toList());
    assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.startsWith("BUDGET-"));
    assertThat(BudgetRule.CO_FINANCING_BELOW_REQUIREMENT.id()).isEqualTo("BUDGET-COFINANCING-BELOW-REQUIREMENT");
    assertThat(Arrays.stream(BudgetRule.values()).filter(r -> r.severity() == Severity.WARNING).count()).isEqualTo(4);
    assertThat(Violation.of("X", Severity.INFO, "p", "sv", "en").message(Language.EN)).isEqualTo("en");
  }
}
