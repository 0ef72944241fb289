package io.github.esfkit.budget.claim;

import static io.github.esfkit.budget.claim.ClaimFixture.OWNER;
import static io.github.esfkit.budget.claim.ClaimFixture.hours;
import static io.github.esfkit.budget.claim.ClaimFixture.participant;
import static io.github.esfkit.budget.claim.ClaimFixture.partner;
import static io.github.esfkit.budget.claim.ClaimFixture.time;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.budget.AllInAccess;
import io.github.esfkit.budget.Budget;
import io.github.esfkit.budget.BudgetLine;
import io.github.esfkit.budget.CoFinancingCategory;
import io.github.esfkit.budget.CostCategory;
import io.github.esfkit.budget.CostSection;
import io.github.esfkit.budget.FlatRate;
import io.github.esfkit.budget.RoundingPolicy;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.core.programme.FlatRateOption;
import io.github.esfkit.core.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Edges of {@link ClaimCalculator} the hand-calculated claim does not reach: rows before the period, the
 * phase a time report falls in, sections without phases, attribution of co-financing lines, the earliest row
 * after the period, the boundaries of a late entry, and a budget without financing.
 */
class ClaimCalculatorEdgesTest {

  private static PaymentClaim claim(ClaimSetup setup, Object... extra) {
    return ClaimFixture.claimOf(setup, extra);
  }

  private static PaymentClaim claim(Object... extra) {
    return ClaimFixture.claimOf(ClaimFixture.secondHalf2018(), extra);
  }

  private static final PaymentClaim BASE = claim();

  @Test
  void noFlatRateTraceWithoutABase() {
    // the fixture has no staff in the analysis phase: its flat rate adds no rows, before or in the period
    assertThat(BASE.trace(CostSection.ANALYSIS_AND_PLANNING, CostCategory.INDIRECT_COSTS)).isEmpty();
    assertThat(BASE.trace(CostSection.IMPLEMENTATION, CostCategory.INDIRECT_COSTS))
        .extracting(TraceEntry::kind).containsOnly(TraceEntry.Kind.FLAT_RATE).hasSize(2);
  }

  @Test
  void staffTimeInTheAnalysisPhaseBeforeThePeriod() {
    // January 2018 lies in the analysis and planning phase (2017-09-01 – 2018-02-28), before the period
    PaymentClaim c = claim(time("S-1", OWNER, "Projektledare", YearMonth.of(2018, 1), "100", "t.csv:50"));
    assertThat(c.findings().violations()).extracting(Violation::ruleId).containsExactly("CLAIM-COFINANCING-BEHIND");
    ClaimLine staff = c.line(CostSection.ANALYSIS_AND_PLANNING, CostCategory.STAFF).orElseThrow();
    assertThat(staff.toDate()).isEqualByComparingTo("41200");
    assertThat(staff.thisPeriod()).isEqualByComparingTo("0");
    // the flat rate on it falls before the period: 15 % of 41 200 = 6 180, nothing in the period
    ClaimLine indirect = c.line(CostSection.ANALYSIS_AND_PLANNING, CostCategory.INDIRECT_COSTS).orElseThrow();
    assertThat(indirect.toDate()).isEqualByComparingTo("6180");
    assertThat(indirect.thisPeriod()).isEqualByComparingTo("0");
    assertThat(c.trace(CostSection.ANALYSIS_AND_PLANNING, CostCategory.INDIRECT_COSTS))
        .extracting(TraceEntry::kind, TraceEntry::inPeriod, e -> e.amount().stripTrailingZeros().toPlainString(),
            TraceEntry::date)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(TraceEntry.Kind.FLAT_RATE, false, "6180", LocalDate.of(2018, 7, 1)),
            org.assertj.core.groups.Tuple.tuple(TraceEntry.Kind.FLAT_RATE, true, "0", LocalDate.of(2018, 7, 1)));
    assertThat(c.trace(CostSection.ANALYSIS_AND_PLANNING, CostCategory.INDIRECT_COSTS).get(0).reference())
        .contains("före perioden / before the period");
    assertThat(c.costsToDate()).isEqualByComparingTo(BASE.costsToDate().add(new BigDecimal("47380")));
    assertThat(c.costsThisPeriod()).isEqualByComparingTo(BASE.costsThisPeriod());
    assertThat(c.staffHoursToDate()).isEqualByComparingTo(BASE.staffHoursToDate().add(BigDecimal.valueOf(100)));
    // ESF to date grows, ESF of the period does not (it is the difference of two roundings down)
    assertThat(c.esfToDate()).isGreaterThan(BASE.esfToDate());
  }

  @Test
  void aTimeReportsStatedPhaseWinsOverItsMonth() {
    // February 2018 straddles the phases: analysis to the 14th, implementation from the 15th
    io.github.esfkit.core.project.Project split = ClaimFixture.PROJECT.withPhases(
        io.github.esfkit.core.project.Phase.ofClosed(io.github.esfkit.core.project.PhaseKind.ANALYSIS_AND_PLANNING,
            LocalDate.of(2017, 9, 1), LocalDate.of(2018, 2, 14)),
        io.github.esfkit.core.project.Phase.ofClosed(io.github.esfkit.core.project.PhaseKind.IMPLEMENTATION,
            LocalDate.of(2018, 2, 15), LocalDate.of(2020, 2, 29)),
        ClaimFixture.PROJECT.phases().get(2));
    PaymentClaim c = claim(ClaimFixture.secondHalf2018().withProject(split),
        time("S-1", OWNER, "Projektledare", YearMonth.of(2018, 2), "10", "t.csv:51")
            .withPhase(io.github.esfkit.core.project.PhaseKind.IMPLEMENTATION),
        time("S-4", OWNER, "Projektledare", YearMonth.of(2018, 2), "20", "t.csv:52"));
    assertThat(c.findings().violations()).extracting(Violation::ruleId).containsExactly("CLAIM-COFINANCING-BEHIND");
    // stated: implementation; not stated: the phase of the month's first day
    assertThat(c.line(CostSection.IMPLEMENTATION, CostCategory.STAFF).orElseThrow().toDate())
        .isEqualByComparingTo(BASE.line(CostSection.IMPLEMENTATION, CostCategory.STAFF).orElseThrow().toDate()
            .add(new BigDecimal("4120")));
    assertThat(c.line(CostSection.ANALYSIS_AND_PLANNING, CostCategory.STAFF).orElseThrow().toDate())
        .isEqualByComparingTo("8240");
  }

  @Test
  void aCostInTheImplementationSectionMayFallInTheClosingPhaseNotInTheAnalysisPhase() {
    PaymentClaim analysisDate = claim(LedgerLine.ofCost(LocalDate.of(2018, 2, 28), CostSection.IMPLEMENTATION,
        CostCategory.EXTERNAL_SERVICES, Sek.of(1000), "V-700"));
    assertThat(analysisDate.findings().withRule("CLAIM-COST-OUTSIDE-PHASE")).singleElement()
        .satisfies(v -> assertThat(v.messageEn()).contains("2018-02-28")
            .contains(CostSection.IMPLEMENTATION.label(io.github.esfkit.core.Language.EN)));
    PaymentClaim firstDay = claim(LedgerLine.ofCost(LocalDate.of(2018, 3, 1), CostSection.IMPLEMENTATION,
        CostCategory.EXTERNAL_SERVICES, Sek.of(1000), "V-701"));
    assertThat(firstDay.findings().withRule("CLAIM-COST-OUTSIDE-PHASE")).isEmpty();
    assertThat(firstDay.costsToDate()).isEqualByComparingTo(BASE.costsToDate().add(BigDecimal.valueOf(1000)));
    // the analysis section takes costs of its own phase, to date but not in the period
    PaymentClaim analysis = claim(LedgerLine.ofCost(LocalDate.of(2018, 2, 28), CostSection.ANALYSIS_AND_PLANNING,
        CostCategory.EXTERNAL_SERVICES, Sek.of(1000), "V-702"));
    assertThat(analysis.findings().withRule("CLAIM-COST-OUTSIDE-PHASE")).isEmpty();
    assertThat(analysis.line(CostSection.ANALYSIS_AND_PLANNING, CostCategory.EXTERNAL_SERVICES).orElseThrow()
        .toDate()).isEqualByComparingTo("1000");
    // the closing phase belongs to the implementation section
    ClaimSetup closing = ClaimFixture.setup(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 5, 31)).build();
    PaymentClaim late = claim(closing, LedgerLine.ofCost(LocalDate.of(2020, 4, 1), CostSection.IMPLEMENTATION,
        CostCategory.EXTERNAL_SERVICES, Sek.of(1000), "V-703"));
    assertThat(late.findings().withRule("CLAIM-COST-OUTSIDE-PHASE")).isEmpty();
    assertThat(late.line(CostSection.IMPLEMENTATION, CostCategory.EXTERNAL_SERVICES).orElseThrow().thisPeriod())
        .isEqualByComparingTo("1000");
  }

  @Test
  void erdfCostsAndProjectsWithoutPhasesUseTheProjectPeriod() {
    PaymentClaim erdf = claim(LedgerLine.ofCost(LocalDate.of(2018, 8, 1), CostSection.ERDF,
        CostCategory.EQUIPMENT_AND_MATERIALS, Sek.of(2000), "V-710"));
    assertThat(erdf.findings().withRule("CLAIM-COST-OUTSIDE-PHASE")).isEmpty();
    assertThat(erdf.line(CostSection.ERDF, CostCategory.EQUIPMENT_AND_MATERIALS).orElseThrow().thisPeriod())
        .isEqualByComparingTo("2000");
    PaymentClaim erdfBefore = claim(LedgerLine.ofCost(LocalDate.of(2017, 8, 31), CostSection.ERDF,
        CostCategory.EQUIPMENT_AND_MATERIALS, Sek.of(2000), "V-711"));
    assertThat(erdfBefore.findings().withRule("CLAIM-COST-OUTSIDE-PHASE")).hasSize(1);
    ClaimSetup noPhases = ClaimFixture.secondHalf2018().withProject(ClaimFixture.PROJECT.withPhases(List.of()));
    PaymentClaim c = claim(noPhases, LedgerLine.ofCost(LocalDate.of(2017, 9, 1), CostSection.ANALYSIS_AND_PLANNING,
        CostCategory.EXTERNAL_SERVICES, Sek.of(3000), "V-712"));
    assertThat(c.findings().withRule("CLAIM-COST-OUTSIDE-PHASE")).isEmpty();
    assertThat(c.line(CostSection.ANALYSIS_AND_PLANNING, CostCategory.EXTERNAL_SERVICES).orElseThrow().toDate())
        .isEqualByComparingTo("3000");
  }

  @Test
  void coFinancingLinesAreAttributed() {
    PaymentClaim c = claim(LedgerLine.ofCoFinancing(LocalDate.of(2018, 8, 1), CostSection.IMPLEMENTATION,
        CoFinancingCategory.PUBLIC_CASH_THIRD_PARTY, partner(2), Sek.of(500), "V-720"));
    assertThat(c.trace(CoFinancingCategory.PUBLIC_CASH_THIRD_PARTY)).singleElement()
        .satisfies(e -> assertThat(e.attributedTo()).isEqualTo(partner(2).toString()));
    assertThat(c.coFinancingToDate()).isEqualByComparingTo(BASE.coFinancingToDate().add(BigDecimal.valueOf(500)));
    assertThat(c.coFinancingThisPeriod())
        .isEqualByComparingTo(BASE.coFinancingThisPeriod().add(BigDecimal.valueOf(500)));
    // cash co-financing is not total financing; in kind is
    assertThat(c.totalFinancingToDate()).isEqualByComparingTo(BASE.totalFinancingToDate());
    // an attribution with a CFAR number shows it in the trace
    io.github.esfkit.core.id.CfarNumber cfar = io.github.esfkit.core.id.CfarNumber.parse("19467000");
    ClaimSetup.Builder b = ClaimFixture.setup(LocalDate.of(2018, 7, 1), LocalDate.of(2018, 12, 31));
    ClaimSetup s = b.build();
    List<Attribution> withCfar = new ArrayList<>();
    withCfar.add(Attribution.builder().organisationsnummer(partner(1)).name("Partnerkommun 1").cfar(cfar)
        .inKindCategory(CoFinancingCategory.PRIVATE_IN_KIND).build());
    withCfar.addAll(s.coFinanciers());
    PaymentClaim p = claim(s.withCoFinanciers(withCfar));
    // the first attribution of an organisation number wins
    assertThat(p.trace(CoFinancingCategory.PRIVATE_IN_KIND)).hasSize(9)
        .allSatisfy(e -> assertThat(e.attributedTo()).isEqualTo(partner(1) + " / CFAR " + cfar));
    assertThat(p.trace(CoFinancingCategory.PUBLIC_IN_KIND)).isEmpty();
    assertThat(p.line(CoFinancingCategory.PRIVATE_IN_KIND).orElseThrow().toDate()).isEqualByComparingTo("350815.50");
    assertThat(p.inKindHoursToDate()).isEqualByComparingTo("1354.5");
  }

  @Test
  void rowsAfterThePeriodNameTheEarliest() {
    PaymentClaim c = claim(hours("D-1", YearMonth.of(2019, 3), "10", "a.csv:91"),
        hours("D-1", YearMonth.of(2019, 1), "10", "a.csv:90"),
        hours("D-1", YearMonth.of(2019, 2), "10", "a.csv:92"),
        // as early as the earliest, checked after it: the first one found stays named
        hours("D-3", YearMonth.of(2019, 1), "10", "a.csv:95"),
        time("S-1", OWNER, "Projektledare", YearMonth.of(2019, 1), "10", "t.csv:93"),
        LedgerLine.ofCost(LocalDate.of(2019, 1, 1), CostSection.IMPLEMENTATION, CostCategory.EXTERNAL_SERVICES,
            Sek.of(1000), "V-730").withSource("l.csv:94"),
        // the period's last day is in the period
        LedgerLine.ofCost(LocalDate.of(2018, 12, 31), CostSection.IMPLEMENTATION, CostCategory.EXTERNAL_SERVICES,
            Sek.of(7), "V-731"));
    List<Violation> later = c.findings().withRule("CLAIM-AFTER-PERIOD");
    assertThat(later).hasSize(3);
    Violation attendance = later.stream().filter(v -> v.messageEn().contains("(attendance)")).findFirst().orElseThrow();
    assertThat(attendance.path()).isEqualTo("a.csv:90");
    assertThat(attendance.messageEn()).startsWith("4 rows (attendance)").contains("period ending 2018-12-31")
        .contains("the earliest: 2019-01-01");
    assertThat(attendance.messageSv()).startsWith("4 rader (närvaro)");
    assertThat(later).extracting(Violation::path).containsExactlyInAnyOrder("a.csv:90", "t.csv:93", "l.csv:94");
    assertThat(later).extracting(Violation::messageSv).anySatisfy(m -> assertThat(m).startsWith("1 rader (huvudbok)"))
        .anySatisfy(m -> assertThat(m).startsWith("1 rader (tidrapporter)"));
    assertThat(c.costsThisPeriod()).isEqualByComparingTo(BASE.costsThisPeriod().add(BigDecimal.valueOf(7)));
  }

  @Test
  void rowsWithoutASourceAreNamedByMonthOrVoucher() {
    PaymentClaim c = claim(hours("D-1", YearMonth.of(2019, 2), "10", ""),
        time("S-1", OWNER, "Projektledare", YearMonth.of(2019, 1), "10", ""),
        LedgerLine.ofCost(LocalDate.of(2019, 1, 1), CostSection.IMPLEMENTATION, CostCategory.EXTERNAL_SERVICES,
            Sek.of(1000), "V-740"));
    assertThat(c.findings().withRule("CLAIM-AFTER-PERIOD")).extracting(Violation::path)
        .containsExactlyInAnyOrder("attendance[2019-02]", "timeReports[2019-01]", "ledger[V-740]");
  }

  @Test
  void lateEntryBoundaries() {
    // implementation ends 2020-02-29: with a ban of 3 months, entries from 2019-12-01 to 2020-02-29 are late
    ClaimSetup strict = ClaimFixture.setup(LocalDate.of(2018, 7, 1), LocalDate.of(2018, 12, 31))
        .lateEntryBanMonths(3).build();
    PaymentClaim c = claim(strict,
        participant("D-10", 1, LocalDate.of(1990, 1, 1), LocalDate.of(2019, 12, 1), null),
        participant("D-11", 1, LocalDate.of(1990, 1, 1), LocalDate.of(2019, 12, 1), null),
        participant("D-12", 1, LocalDate.of(1990, 1, 1), LocalDate.of(2020, 2, 29), null),
        participant("D-13", 1, LocalDate.of(1990, 1, 1), LocalDate.of(2020, 3, 1), null),
        participant("D-14", 1, LocalDate.of(1990, 1, 1), LocalDate.of(2019, 11, 30), null));
    List<Violation> late = c.findings().withRule("CLAIM-LATE-ENTRY");
    assertThat(late).extracting(Violation::path)
        .containsExactly("participations[entry 2019-12-01]", "participations[entry 2020-02-29]");
    assertThat(late.get(0).messageEn()).startsWith("2 participant(s) entered on 2019-12-01")
        .contains("last 3 months").contains("(from 2019-12-01)");
    assertThat(late.get(0).messageSv()).startsWith("2 deltagare skrevs in 2019-12-01");
    assertThat(late.get(1).messageEn()).startsWith("1 participant(s)");
    // without an implementation phase the project's last day ends the ban
    ClaimSetup noImplementation = strict.withProject(ClaimFixture.PROJECT.withPhases(ClaimFixture.PROJECT.phases()
        .get(0)));
    PaymentClaim p = claim(noImplementation,
        participant("D-13", 1, LocalDate.of(1990, 1, 1), LocalDate.of(2020, 3, 1), null),
        participant("D-14", 1, LocalDate.of(1990, 1, 1), LocalDate.of(2020, 2, 29), null));
    assertThat(p.findings().withRule("CLAIM-LATE-ENTRY")).extracting(Violation::path)
        .containsExactly("participations[entry 2020-03-01]");
  }

  @Test
  void staffTimeAlreadyPaidByAFlatRate() {
    Budget staffByFlatRate = Budget.builder().projectOwner(AllInAccess.owner())
        .addFlatRates(FlatRate.of(FlatRateOption.STAFF_20_OF_OTHER_DIRECT))
        .addCostLines(BudgetLine.of(CostSection.IMPLEMENTATION, CostCategory.EXTERNAL_SERVICES, Sek.of(1_000_000)))
        .build();
    PaymentClaim c = claim(ClaimFixture.secondHalf2018().withBudget(staffByFlatRate));
    List<Violation> covered = c.findings().withRule("CLAIM-FLAT-RATE-COVERED");
    // nine months of the owner's project manager, one finding each
    assertThat(covered).hasSize(9).allSatisfy(v -> assertThat(v.path()).startsWith("t.csv:"));
    assertThat(covered.get(0).messageEn()).contains(CostCategory.STAFF.label(io.github.esfkit.core.Language.EN));
    assertThat(c.staffHoursToDate()).isEqualByComparingTo("0");
    // the partner's in-kind time is not a staff cost of the project
    assertThat(c.inKindHoursToDate()).isEqualByComparingTo("1354.5");
    // staff at 20 % of other direct costs: 20 % of the ledger's external services and travel
    assertThat(c.line(CostSection.IMPLEMENTATION, CostCategory.STAFF).orElseThrow().toDate())
        .isEqualByComparingTo("9624");
  }

  @Test
  void noHourlyCostInAModelKeyedByPerson() {
    ClaimSetup byPerson = ClaimFixture.secondHalf2018().withStaffCosts(HourlyCostModel.annualGrossCost(
        Map.of("S-1", Sek.of(500_000)), RoundingPolicy.CENT_HALF_UP));
    PaymentClaim c = claim(byPerson);
    List<Violation> v = c.findings().withRule("CLAIM-NO-HOURLY-COST");
    // each of S-2's nine reports, by its own place
    assertThat(v).hasSize(9).allSatisfy(x -> assertThat(x.path()).isEqualTo("staffCosts"));
    assertThat(v.get(0).messageEn()).startsWith("1 time reports (t.csv:").contains("annual gross employment cost");
    assertThat(v.get(0).messageSv()).contains("årlig bruttolönekostnad");
    // S-1: 120 h × 290.70 a month
    assertThat(c.line(CostSection.IMPLEMENTATION, CostCategory.STAFF).orElseThrow().toDate())
        .isEqualByComparingTo(new BigDecimal("290.70").multiply(BigDecimal.valueOf(120 * 9)));
  }

  @Test
  void aBudgetWithoutFinancingClaimsNoEsf() {
    Budget empty = Budget.builder().projectOwner(AllInAccess.owner()).build();
    PaymentClaim c = claim(ClaimFixture.secondHalf2018().withBudget(empty));
    assertThat(c.esfGrant()).isEqualByComparingTo("0");
    assertThat(c.esfToDate()).isEqualByComparingTo("0");
    assertThat(c.esfThisPeriod()).isEqualByComparingTo("0");
    assertThat(c.aidRate().isDefined()).isFalse();
    assertThat(c.findings().withRule("CLAIM-ESF-ABOVE-GRANT")).isEmpty();
    // every line with actuals is over a budget of 0
    assertThat(c.findings().withRule("CLAIM-OVER-BUDGET")).isNotEmpty()
        .allSatisfy(v -> assertThat(v.messageEn()).contains("exceeds the budget of 0 kr"));
    assertThat(c.lines()).allSatisfy(l -> assertThat(l.budget()).isEqualByComparingTo("0"));
  }

  @Test
  void coFinancingBehindNamesTheShortfall() {
    Violation v = BASE.findings().withRule("CLAIM-COFINANCING-BEHIND").get(0);
    assertThat(v.path()).isEqualTo("coFinancing");
    assertThat(v.messageEn()).contains("48.0849 %").contains("53.00 %");
    assertThat(v.messageSv()).contains("48.0849 %").contains("47077.9369 kr saknas");
    PaymentClaim met = claim(ClaimFixture.secondHalf2018()
        .withRequirement(io.github.esfkit.budget.CoFinancingRequirement.ofPercent("48")));
    assertThat(met.findings().withRule("CLAIM-COFINANCING-BEHIND")).isEmpty();
    PaymentClaim none = claim(ClaimFixture.secondHalf2018().withRequirement(java.util.Optional.empty()));
    assertThat(none.findings().withRule("CLAIM-COFINANCING-BEHIND")).isEmpty();
  }

  @Test
  void esfAboveTheGrantNamesBoth() {
    PaymentClaim c = claim(LedgerLine.ofCost(LocalDate.of(2018, 8, 1), CostSection.IMPLEMENTATION,
        CostCategory.EXTERNAL_SERVICES, Sek.of(60_000_000), "V-601"));
    Violation v = c.findings().withRule("CLAIM-ESF-ABOVE-GRANT").get(0);
    assertThat(v.path()).isEqualTo("esf");
    assertThat(v.messageEn()).contains("exceeds the grant of 24630399 kr")
        .contains(c.esfToDate().toPlainString());
    Violation over = c.findings().withRule("CLAIM-OVER-BUDGET").stream()
        .filter(x -> x.path().equals("IMPLEMENTATION/EXTERNAL_SERVICES")).findFirst().orElseThrow();
    assertThat(over.messageEn()).contains("actual to date 60045000 kr exceeds the budget of 2324000 kr");
  }
}
