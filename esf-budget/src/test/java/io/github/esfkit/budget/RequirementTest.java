package io.github.esfkit.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.Share;
import io.github.esfkit.core.validation.Severity;
import io.github.esfkit.core.validation.Violation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact comparison of co-financing with the call's requirement (B11, B12) and the SIA shares. */
class RequirementTest {

  @Test
  void siaSharesFromItsTwoFigures() {
    FinancingSummary sia = FinancingSummary.of(Sek.of(42_893_714), Sek.of(23_979_826));
    assertThat(RoundingPolicy.PERCENT_DISPLAY.percentOf(sia.esfShare())).isEqualByComparingTo("55.91");
    assertThat(sia.coFinancing()).isEqualTo(Sek.of(18_913_888));
    assertThat(RoundingPolicy.PERCENT_DISPLAY.percentOf(sia.coFinancingShare())).isEqualByComparingTo("44.09");
    assertThat(sia.meets(CoFinancingRequirement.ofPercent("46"))).isFalse();
    // 44.0948 %: meets 44.09 exactly, not 44.10, and not area A's 46 % (budget.md §6.3)
    assertThat(sia.meets(CoFinancingRequirement.ofPercent("44.09"))).isTrue();
    assertThat(sia.meets(CoFinancingRequirement.ofPercent("44.10"))).isFalse();
  }

  @Test
  void aHairBelowDisplaysAsTheRequirementButFails() {
    // same total financing as All In, co-financing 27 783 000 kr → 52.9972 %
    FinancingSummary f = FinancingSummary.of(Sek.of(52_423_478), Sek.of(52_423_478 - 27_783_000));
    assertThat(RoundingPolicy.PERCENT_DISPLAY.percentOf(f.coFinancingShare())).isEqualByComparingTo("53.00");
    assertThat(f.meets(CoFinancingRequirement.ofPercent("53"))).isFalse();
  }

  @Test
  void belowRequirementIsReportedWithBothFigures() {
    Budget exact = hairBelow();
    BudgetOverview eo = exact.overview(CoFinancingRequirement.ofPercent("53"));
    assertThat(eo.totalFinancing()).isEqualTo(Sek.of(52_423_478));
    assertThat(eo.totalCoFinancing()).isEqualTo(Sek.of(27_783_000));
    assertThat(RoundingPolicy.PERCENT_DISPLAY.percentOf(eo.coFinancingShare())).isEqualByComparingTo("53.00");
    assertThat(eo.requirementStatus()).isEqualTo(RequirementStatus.NOT_MET);

    List<Violation> v =
        exact.validate(CoFinancingRequirement.ofPercent("53")).withRule("BUDGET-COFINANCING-BELOW-REQUIREMENT");
    assertThat(v).hasSize(1);
    assertThat(v.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(v.get(0).message(Language.SV))
        .contains("52,9972 %")
        .contains("53,00 %")
        .contains("27 783 000 kr")
        .contains("52 423 478 kr")
        .contains("1 443,34 kr");
    assertThat(v.get(0).message(Language.EN)).contains("52.9972 %").contains("53.00 %");
    assertThat(exact.validate(CoFinancingRequirement.ofPercent("52.99")).hasRule("BUDGET-COFINANCING-BELOW-REQUIREMENT"))
        .isFalse();
  }

  @Test
  void thirtyThreePointZeroZeroZeroFiveDoesNotMeetThirtyThreePointThirty() {
    Share share = Share.of(new BigDecimal("330005"), new BigDecimal("1000000"));
    assertThat(RoundingPolicy.PERCENT_DISPLAY.percentOf(share)).isEqualByComparingTo("33.00");
    assertThat(CoFinancingRequirement.ofPercent("33.30").isMetBy(share)).isFalse();
    assertThat(CoFinancingRequirement.ofPercent("33.0005").isMetBy(share)).isTrue();
    assertThat(CoFinancingRequirement.ofPercent("33.00051").isMetBy(share)).isFalse();
  }

  @Test
  void aShareOfNoFinancingDisplaysAsZeroAndIsNotHeldAgainstTheRequirement() {
    Share none = Share.of(BigDecimal.ZERO, BigDecimal.ZERO);
    assertThat(RoundingPolicy.PERCENT_DISPLAY.percentOf(none)).isEqualTo(new BigDecimal("0.00"));
    assertThat(CoFinancingRequirement.ofPercent("53").isMetBy(none)).isTrue();
  }

  @Test
  void allInMeetsItsRequirementByExactArithmetic() {
    BudgetOverview o = AllIn.budget().overview(AllIn.REQUIREMENT);
    // 27 793 079 × 100 = 2 779 307 900 ≥ 53 × 52 423 478 = 2 778 444 334
    assertThat(o.requirementStatus()).isEqualTo(RequirementStatus.MET);
    assertThat(o.coFinancingShare().isAtLeastPercent(new BigDecimal("53.0164"))).isTrue();
    assertThat(o.coFinancingShare().isAtLeastPercent(new BigDecimal("53.0165"))).isFalse();
  }

  /** Total financing 52 423 478 kr of which co-financing 27 783 000 kr, all through in-kind and allowances. */
  static Budget hairBelow() {
    // costs: 24 640 478 kr of staff in the implementation phase, no indirect flat rate → ESF grant 24 640 478
    return Budget.builder()
        .projectOwner(AllIn.OWNER)
        .addCostLines(
            BudgetLine.of(CostSection.IMPLEMENTATION, CostCategory.STAFF, "Personal", Sek.of(52_423_478 - 27_783_000)))
        .addContributions(
            Contribution.of(
                CoFinancingCategory.PUBLIC_PARTICIPANT_COMPENSATION,
                CoFinancingSubLine.PARTICIPANT_ALLOWANCE,
                AllIn.ALLOWANCE_PAYERS,
                Sek.of(27_783_000)))
        .build();
  }
}
