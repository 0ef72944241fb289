package io.github.esfkit.budget.claim;

import static io.github.esfkit.budget.claim.ClaimFixture.actuals;
import static io.github.esfkit.budget.claim.ClaimFixture.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.budget.CoFinancingCategory;
import io.github.esfkit.budget.CostCategory;
import io.github.esfkit.budget.CoFinancingRequirement;
import io.github.esfkit.budget.CostSection;
import io.github.esfkit.budget.RequirementStatus;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The fixture's claim for 2018-07-01 – 2018-12-31, every figure worked out by hand (example rates, not
 * ESF-rådet's):
 *
 * <pre>
 * D-1 born 1997-08-15, age 20 → 18-24, 52.50 kr/h: 40.5 h × 52.50 = 2 126.25 a month, Apr–Dec (6 in period)
 * D-2 born 1990-01-01, age 28 → 25-29, 61 kr/h:     60 h × 61    = 3 660.00 a month, Apr–Oct (4 in period)
 * D-3 born 1970-12-01, age 47 → 30-64, 74.25 kr/h: 25.25 h × 74.25 = 1 874.8125 → 1 874.81, May–Dec (6)
 *   participant compensation: period 12 757.50 + 14 640 + 11 248.86 = 38 646.36; to date 59 754.73
 * S-1 owner's Projektledare 120 h × 412 = 49 440 a month, Apr–Dec: period 296 640, to date 444 960
 * S-2 partner 1's Assistent 150.5 h × 259 = 38 979.50 a month: in kind, period 233 877, to date 350 815.50
 * indirect 15 % of staff: to date 66 744, before the period 0.15 × 148 320 = 22 248, period 44 496
 * costs: period 296 640 + 44 496 + 3 120.50 − 12 568 = 331 688.50; to date + 45 000 → 547 256.50
 * total financing to date 547 256.50 + 350 815.50 + 59 754.73 = 957 826.73; before the period 353 614.87
 * ESF = floor(24 630 399 / 52 423 478 × total): to date 450 020, before 166 140, this period 283 880
 * co-financing to date 350 815.50 + 59 754.73 + 50 000 = 460 570.23 = 48.0849 % &lt; 53 %: 47 077.9369 kr short
 * </pre>
 */
class ClaimHandCalculationTest {

  private final PaymentClaim claim = ClaimFixture.secondHalf2018().claim(actuals(rows())); // the public entry

  private static void figure(BigDecimal actual, String expected) {
    assertThat(actual).isEqualByComparingTo(expected);
  }

  @Test
  void participantCompensation() {
    ClaimLine l = claim.line(CoFinancingCategory.PUBLIC_PARTICIPANT_COMPENSATION).orElseThrow();
    figure(l.thisPeriod(), "38646.36");
    figure(l.toDate(), "59754.73");
    figure(l.budget(), "15975954");
    figure(l.remaining(), "15916199.27");
    figure(claim.participantHoursThisPeriod(), "634.5");
    figure(claim.participantHoursToDate(), "986.5");
  }

  @Test
  void staffInKindAndFlatRate() {
    ClaimLine staff = claim.line(CostSection.IMPLEMENTATION, CostCategory.STAFF).orElseThrow();
    figure(staff.thisPeriod(), "296640");
    figure(staff.toDate(), "444960");
    figure(staff.budget(), "17885739");
    ClaimLine inKind = claim.line(CoFinancingCategory.PUBLIC_IN_KIND).orElseThrow();
    figure(inKind.thisPeriod(), "233877");
    figure(inKind.toDate(), "350815.50");
    ClaimLine indirect = claim.line(CostSection.IMPLEMENTATION, CostCategory.INDIRECT_COSTS).orElseThrow();
    figure(indirect.thisPeriod(), "44496");
    figure(indirect.toDate(), "66744");
    figure(indirect.budget(), "2682861");
    figure(claim.staffHoursToDate(), "1080");
    figure(claim.inKindHoursToDate(), "1354.5");
  }

  @Test
  void totalsEsfAndCoFinancing() {
    figure(claim.costsThisPeriod(), "331688.50");
    figure(claim.costsToDate(), "547256.50");
    figure(claim.totalFinancingToDate(), "957826.73");
    figure(claim.totalFinancingThisPeriod(), "604211.86");
    figure(claim.esfToDate(), "450020");
    figure(claim.esfThisPeriod(), "283880");
    figure(claim.coFinancingToDate(), "460570.23");
    figure(claim.coFinancingThisPeriod(), "322523.36");
    assertThat(claim.coFinancingShareToDate().percent(4, java.math.RoundingMode.HALF_UP).orElseThrow()).isEqualByComparingTo("48.0849");
    assertThat(claim.requirementStatus()).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(claim.findings().violations()).singleElement().satisfies(v -> {
      assertThat(v.ruleId()).isEqualTo("CLAIM-COFINANCING-BEHIND");
      assertThat(v.messageEn()).contains("47077.9369 kr short");
    });
  }

  @Test
  void requirementStatusIsExplicitForEveryState() {
    // 48.0849 % to date: below 53 %, at least 48 %, and not compared at all without a requirement
    ClaimSetup setup = ClaimFixture.secondHalf2018();
    assertThat(claim.requirementStatus()).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(ClaimCalculator.compute(ClaimSetup.copyOf(setup).withRequirement(CoFinancingRequirement.ofPercent("48")),
        actuals(rows())).requirementStatus()).isEqualTo(RequirementStatus.MET);
    PaymentClaim unchecked = ClaimCalculator.compute(ClaimSetup.copyOf(setup).withRequirement(Optional.empty()),
        actuals(rows()));
    assertThat(unchecked.requirementStatus()).isEqualTo(RequirementStatus.NOT_CHECKED);
    assertThat(unchecked.requiredPercent()).isEmpty();
  }

  @Test
  void everyKronaTracesBackToItsRows() {
    for (ClaimLine l : claim.lines()) {
      BigDecimal all = BigDecimal.ZERO;
      BigDecimal inPeriod = BigDecimal.ZERO;
      for (TraceEntry e : claim.trace(l.id())) {
        all = all.add(e.amount());
        inPeriod = e.inPeriod() ? inPeriod.add(e.amount()) : inPeriod;
      }
      assertThat(all).as(l.id()).isEqualByComparingTo(l.toDate());
      assertThat(inPeriod).as(l.id()).isEqualByComparingTo(l.thisPeriod());
    }
    assertThat(claim.trace(CostSection.IMPLEMENTATION, CostCategory.TRAVEL_AND_ACCOMMODATION))
        .singleElement().satisfies(e -> {
          assertThat(e.reference()).isEqualTo("V-188");
          assertThat(e.source()).isEqualTo("l.csv:3");
          assertThat(e.kind()).isEqualTo(TraceEntry.Kind.LEDGER_LINE);
        });
    assertThat(claim.trace(CoFinancingCategory.PUBLIC_IN_KIND)).hasSize(9)
        .allSatisfy(e -> assertThat(e.attributedTo()).startsWith(ClaimFixture.partner(1).toString()));
  }
}
