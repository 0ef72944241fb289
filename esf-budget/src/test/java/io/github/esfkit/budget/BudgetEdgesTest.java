package io.github.esfkit.budget;

import static io.github.esfkit.budget.CostSection.IMPLEMENTATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.budget.eur.Eur;
import io.github.esfkit.core.id.CfarNumber;
import io.github.esfkit.core.programme.FlatRateOption;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Edges of the budget's values and calculator: the range of numbers it computes with, amounts in another
 * currency, the order flat rates are applied in, staff hourly rates, and what a co-financier and a budget
 * show of themselves.
 */
class BudgetEdgesTest {

  private static Budget.Builder small() {
    return Budget.builder().projectOwner(AllIn.OWNER).addFlatRates(FlatRate.formIndirectCosts())
        .addCostLines(BudgetLine.of(IMPLEMENTATION, CostCategory.STAFF, "Personal", Sek.of(100_000)));
  }

  @Test
  void numbersInRangeHaveAtMostFifteenIntegerDigitsAndTwentyDecimals() {
    assertThat(BudgetCalculator.isInRange(new BigDecimal("999999999999999"))).isTrue();
    assertThat(BudgetCalculator.isInRange(new BigDecimal("1000000000000000"))).isFalse();
    assertThat(BudgetCalculator.isInRange(new BigDecimal("-999999999999999"))).isTrue();
    assertThat(BudgetCalculator.isInRange(new BigDecimal("0.12345678901234567890"))).isTrue();
    assertThat(BudgetCalculator.isInRange(new BigDecimal("0.123456789012345678901"))).isFalse();
    // trailing zeros beyond twenty decimals do not count
    assertThat(BudgetCalculator.isInRange(new BigDecimal("1.000000000000000000000000"))).isTrue();
    assertThat(BudgetCalculator.isInRange(new BigDecimal("1E+14"))).isTrue();
    assertThat(BudgetCalculator.isInRange(new BigDecimal("1E+15"))).isFalse();
  }

  @Test
  void outOfRangeNumbersAreNamedByTheirPath() {
    Budget b = small()
        .addCostLines(BudgetLine.ofUnits(IMPLEMENTATION, CostCategory.EXTERNAL_SERVICES, "x", BigDecimal.ONE,
            Sek.of(new BigDecimal("1E+15"))))
        .printedTotals(PrintedTotals.builder().putAmounts(OverviewRow.ESF_COSTS, Sek.of(new BigDecimal("1E+15")))
            .putSectionTotals(IMPLEMENTATION, Sek.of(new BigDecimal("1E+16"))).build())
        .build();
    assertThat(BudgetCalculator.outOfRange(b)).containsExactly("costLines[1].unitPrice",
        "printedTotals.sectionTotals[IMPLEMENTATION]", "printedTotals.amounts[ESF_COSTS]");
    assertThatThrownBy(b::overview).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the number at costLines[1].unitPrice is out of range (more than 15 integer digits or 20 decimals)");
    Budget printedOnly = small().printedTotals(PrintedTotals.builder()
        .putAmounts(OverviewRow.ESF_COSTS, Sek.of(new BigDecimal("1E+15"))).build()).build();
    assertThatThrownBy(printedOnly::overview).hasMessageContaining("printedTotals.amounts[ESF_COSTS]");
    assertThat(BudgetCalculator.outOfRange(small().build())).isEmpty();
  }

  @Test
  void aRequirementOutOfRangeIsRefused() {
    assertThatThrownBy(() -> small().build().overview(CoFinancingRequirement.ofPercent(new BigDecimal("50.000000000000000000001"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the required co-financing percent is out of range (more than 15 integer digits or 20 decimals)");
    assertThat(small().build().overview(CoFinancingRequirement.ofPercent("53")).requirement()).isPresent();
  }

  @Test
  void aContributionInAnotherCurrencyIsRefusedByEveryFigure() {
    Budget b = small().addContributions(Contribution.of(CoFinancingCategory.PUBLIC_CASH_OWNER, AllIn.OWNER,
        Money.of(10, Eur.EUR))).build();
    assertThatThrownBy(b::overview).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR");
    assertThatThrownBy(b::coFinancingByContributor).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EUR");
  }

  @Test
  void coFinancingByContributorKeysOneWorkplaceOnce() {
    CoFinancier a = CoFinancier.of("Region Örebro län", AllIn.orgnr(2), CfarNumber.parse("19467000"));
    CoFinancier sameWorkplace = CoFinancier.ofPrinted("Region Örebro", AllIn.orgnr(2).toString(),
        Optional.of("1946 7000"));
    CoFinancier otherWorkplace = CoFinancier.of("Region Örebro län", AllIn.orgnr(2), CfarNumber.parse("19273242"));
    Budget b = small()
        .addContributions(Contribution.of(CoFinancingCategory.PUBLIC_CASH_THIRD_PARTY, a, Sek.of(100)))
        .addContributions(Contribution.of(CoFinancingCategory.PUBLIC_CASH_THIRD_PARTY, sameWorkplace, Sek.of(50)))
        .addContributions(Contribution.of(CoFinancingCategory.PUBLIC_CASH_THIRD_PARTY, otherWorkplace, Sek.of(7)))
        .build();
    Map<CoFinancier, Money> by = b.coFinancingByContributor();
    assertThat(by).containsExactly(Map.entry(a, Sek.of(150)), Map.entry(otherWorkplace, Sek.of(7)));
    assertThat(a.isSameCoFinancier(sameWorkplace)).isTrue();
    assertThat(a.isSameCoFinancier(otherWorkplace)).isFalse();
    assertThat(a.isSameOrganisation(otherWorkplace)).isTrue();
    assertThat(a.cfar()).contains(CfarNumber.parse("19467000"));
    assertThat(CoFinancier.of("x", AllIn.orgnr(2)).cfar()).isEmpty();
  }

  @Test
  void flatRatesApplyStaffFirstWhateverTheirOrder() {
    Budget.Builder base = Budget.builder().projectOwner(AllIn.OWNER)
        .addCostLines(BudgetLine.of(IMPLEMENTATION, CostCategory.EXTERNAL_SERVICES, Sek.of(100_000)));
    // staff = 20 % of other direct costs = 20 000; indirect = 15 % of staff = 3 000
    Budget staffFirst = base.addFlatRates(FlatRate.of(FlatRateOption.STAFF_20_OF_OTHER_DIRECT),
        FlatRate.of(FlatRateOption.INDIRECT_15_OF_STAFF)).build();
    Budget indirectFirst = Budget.builder().projectOwner(AllIn.OWNER)
        .addCostLines(BudgetLine.of(IMPLEMENTATION, CostCategory.EXTERNAL_SERVICES, Sek.of(100_000)))
        .addFlatRates(FlatRate.of(FlatRateOption.INDIRECT_15_OF_STAFF),
            FlatRate.of(FlatRateOption.STAFF_20_OF_OTHER_DIRECT)).build();
    for (Budget b : new Budget[] {staffFirst, indirectFirst}) {
      CostTable t = b.overview().costTable(IMPLEMENTATION);
      assertThat(t.amount(CostCategory.STAFF)).isEqualTo(Sek.of(20_000));
      assertThat(t.amount(CostCategory.INDIRECT_COSTS)).isEqualTo(Sek.of(3_000));
      assertThat(t.total()).isEqualTo(Sek.of(123_000));
    }
  }

  @Test
  void staffHoursAtTheHourlyRateCheckTheirInputs() {
    // 430 000 kr ÷ (1 720 h × 0.5) = 500 kr an hour
    BudgetLine half = BudgetLine.ofStaffHours(IMPLEMENTATION, "Projektledare", BigDecimal.TEN, Sek.of(430_000),
        new BigDecimal("0.5"));
    assertThat(half.unitPrice()).contains(Sek.of(500));
    assertThat(half.total()).isEqualTo(Sek.of(5_000));
    assertThat(half.category()).isEqualTo(CostCategory.STAFF);
    BudgetLine full = BudgetLine.ofStaffHours(IMPLEMENTATION, "Projektledare", BigDecimal.ONE, Sek.of(0), BigDecimal.ONE);
    assertThat(full.total()).isEqualTo(Sek.of(0));
    assertThatThrownBy(() -> BudgetLine.ofStaffHours(IMPLEMENTATION, " ", BigDecimal.ONE, Sek.of(1), BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("function");
    assertThatThrownBy(() -> BudgetLine.ofStaffHours(IMPLEMENTATION, "Assistent", BigDecimal.ONE, Sek.of(-1),
        BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Assistent");
    assertThatThrownBy(() -> BudgetLine.ofStaffHours(IMPLEMENTATION, "Assistent", BigDecimal.ONE, Sek.of(1),
        BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BudgetLine.ofStaffHours(IMPLEMENTATION, "Assistent", BigDecimal.ONE, Sek.of(1),
        new BigDecimal("1.01"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCoFinancierShowsOnlyNumbersThatCannotBeAPersonnummer() {
    assertThat(CoFinancier.of("Region", AllIn.orgnr(2))).hasToString("Region (" + AllIn.orgnr(2) + ")");
    assertThat(CoFinancier.of("Region", AllIn.orgnr(2), CfarNumber.parse("19467000")))
        .hasToString("Region (" + AllIn.orgnr(2) + ", CFAR 19467000)");
    // an invalid number of six digits or more is masked; of five it is shown
    assertThat(CoFinancier.ofPrinted("A", "12345", Optional.empty())).hasToString("A (12345)");
    assertThat(CoFinancier.ofPrinted("A", "123456", Optional.empty())).hasToString("A (invalid, masked)");
    // a CFAR field of ten characters or more is masked; of nine it is shown
    assertThat(CoFinancier.ofPrinted("A", "12345", Optional.of(" 123456789 "))).hasToString("A (12345, CFAR 123456789)");
    assertThat(CoFinancier.ofPrinted("A", "12345", Optional.of("1234567890"))).hasToString("A (12345, CFAR masked)");
  }

  @Test
  void aBudgetShowsItsTitleOwnerAndCounts() {
    assertThat(small().title("All In").build()).hasToString("Budget{title='All In', owner=" + AllIn.OWNER
        + ", costLines=1, contributions=0, flatRates=1}");
    assertThat(Budget.builder().build()).hasToString("Budget{costLines=0, contributions=0, flatRates=0}");
  }

  @Test
  void categoryAndStatusFlags() {
    assertThat(CoFinancingCategory.PUBLIC_CASH_OWNER.isPublic()).isTrue();
    assertThat(CoFinancingCategory.PRIVATE_CASH_OWNER.isPublic()).isFalse();
    assertThat(RequirementStatus.MET.isMet()).isTrue();
    assertThat(RequirementStatus.NOT_MET.isMet()).isFalse();
    assertThat(RequirementStatus.NOT_CHECKED.isMet()).isFalse();
  }
}
