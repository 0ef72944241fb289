package io.github.esfkit.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.budget.internal.AmountFormat;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.validation.Violation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A shortfall is stated once, in both readings, rounded once under a named policy: table = message. */
class ShortfallTest {

  /** All In's total financing with 27 783 000 kr co-financing: 52.9972 %, below 53 %. */
  private static BudgetOverview hairBelow() {
    return FinancingCase.overview(52_423_478L - 27_783_000L, 27_783_000L, "53");
  }

  @Test
  void bothReadingsOfAllInsHairBelow() {
    Shortfall s = hairBelow().shortfall().orElseThrow();
    // 0.53 × 52 423 478 − 27 783 000 = 1 443.34 exactly
    assertThat(s.atFixedTotalFinancing()).isEqualTo(Sek.parse("1443.34"));
    // 53 × 24 640 478 / 47 − 27 783 000 = 3 070.936… → 3 070.94 (up to the öre)
    assertThat(s.atFixedEsfGrant()).contains(Sek.parse("3070.94"));
    assertThat(s.rounding()).isEqualTo(RoundingPolicy.SHORTFALL);
  }

  @Test
  void addingEitherShortfallMeetsTheRequirement() {
    BudgetOverview o = hairBelow();
    Shortfall s = o.shortfall().orElseThrow();
    BigDecimal grant = Amounts.number(o.esfGrant());
    BigDecimal co = Amounts.number(o.totalCoFinancing());
    BigDecimal moved = Amounts.number(s.atFixedTotalFinancing());
    assertThat(FinancingSummary.of(Sek.of(grant.add(co)), Sek.of(grant.subtract(moved)))
        .meets(CoFinancingRequirement.ofPercent("53"))).isTrue();
    BigDecimal added = Amounts.number(s.atFixedEsfGrant().orElseThrow());
    assertThat(FinancingSummary.of(Sek.of(grant.add(co).add(added)), Sek.of(grant))
        .meets(CoFinancingRequirement.ofPercent("53"))).isTrue();
    // one öre less does not
    assertThat(FinancingSummary.of(Sek.of(grant.add(co).add(added).subtract(new BigDecimal("0.01"))), Sek.of(grant))
        .meets(CoFinancingRequirement.ofPercent("53"))).isFalse();
  }

  @Test
  void theMessageStatesTheSameFiguresAsTheOverview() {
    Budget b = FinancingCase.budget(52_423_478L - 27_783_000L, 27_783_000L);
    Violation v = b.validate(CoFinancingRequirement.ofPercent("53")).withRule("BUDGET-COFINANCING-BELOW-REQUIREMENT")
        .get(0);
    Shortfall s = b.overview(CoFinancingRequirement.ofPercent("53")).shortfall().orElseThrow();
    assertThat(v.message(Language.SV))
        .contains(AmountFormat.number(Amounts.number(s.atFixedTotalFinancing()), 2, Language.SV) + " kr")
        .contains(AmountFormat.number(Amounts.number(s.atFixedEsfGrant().orElseThrow()), 2, Language.SV) + " kr");
    assertThat(v.message(Language.EN)).contains("1,443.34 SEK short").contains("3,070.94 SEK more");
  }

  @Test
  void noShortfallWhenMetAndNoGrantReadingAtOneHundredPercent() {
    assertThat(AllIn.budget().overview(AllIn.REQUIREMENT).shortfall()).isEmpty();
    Shortfall all = FinancingCase.overview(100, 50, "100").shortfall().orElseThrow();
    assertThat(all.atFixedTotalFinancing()).isEqualTo(Sek.of(100));
    assertThat(all.atFixedEsfGrant()).isEmpty();
  }

  /** A budget with one staff line (no flat rate) and one cash contribution from a third party. */
  static final class FinancingCase {
    static Budget budget(long esfGrant, long coFinancing) {
      return Budget.builder()
          .addCostLines(BudgetLine.of(CostSection.IMPLEMENTATION, CostCategory.STAFF, Sek.of(esfGrant)))
          .addContributions(Contribution.of(CoFinancingCategory.PUBLIC_IN_KIND, CoFinancingSubLine.STAFF,
              AllIn.REGION, Sek.of(coFinancing)))
          .build();
    }

    static BudgetOverview overview(long esfGrant, long coFinancing, String percent) {
      return budget(esfGrant, coFinancing).overview(CoFinancingRequirement.ofPercent(percent));
    }
  }
}
