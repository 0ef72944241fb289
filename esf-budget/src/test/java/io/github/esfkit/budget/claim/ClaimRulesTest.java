package io.github.esfkit.budget.claim;

import static io.github.esfkit.budget.claim.ClaimFixture.OWNER;
import static io.github.esfkit.budget.claim.ClaimFixture.hours;
import static io.github.esfkit.budget.claim.ClaimFixture.participant;
import static io.github.esfkit.budget.claim.ClaimFixture.partner;
import static io.github.esfkit.budget.claim.ClaimFixture.time;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.budget.AllInAccess;
import io.github.esfkit.budget.BudgetLine;
import io.github.esfkit.budget.CoFinancingCategory;
import io.github.esfkit.budget.CostCategory;
import io.github.esfkit.budget.CostSection;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.core.id.Organisationsnummer;
import io.github.esfkit.core.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Collectors;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** One test per claim rule, each with rows that break it; a broken row is reported and not counted. */
class ClaimRulesTest {

  private static PaymentClaim claim(ClaimSetup setup, Object... extra) {
    return ClaimFixture.claimOf(setup, extra);
  }

  private static PaymentClaim claim(Object... extra) {
    return ClaimFixture.claimOf(ClaimFixture.secondHalf2018(), extra);
  }

  private static List<String> rules(PaymentClaim c) {
    return c.findings().violations().stream().map(Violation::ruleId)
        .filter(r -> !r.equals("CLAIM-COFINANCING-BEHIND")).collect(Collectors.toList());
  }

  private static final PaymentClaim BASE = claim();

  @Test
  void rowsAfterThePeriodAreNotCounted() {
    PaymentClaim c = claim(hours("D-1", YearMonth.of(2019, 1), "10", "a.csv:99"),
        time("S-1", OWNER, "Projektledare", YearMonth.of(2019, 1), "10", "t.csv:99"),
        LedgerLine.ofCost(LocalDate.of(2019, 1, 2), CostSection.IMPLEMENTATION, CostCategory.EXTERNAL_SERVICES,
            Sek.of(1000), "V-999"));
    assertThat(rules(c)).containsExactly("CLAIM-AFTER-PERIOD", "CLAIM-AFTER-PERIOD", "CLAIM-AFTER-PERIOD");
    assertThat(c.findings().withRule("CLAIM-AFTER-PERIOD")).allSatisfy(v -> assertThat(v.severity())
        .isEqualTo(io.github.esfkit.core.validation.Severity.WARNING));
    assertThat(ClaimFixture.fingerprint(c).split("\n")[0]).isEqualTo(ClaimFixture.fingerprint(BASE).split("\n")[0]);
    assertThat(c.esfToDate()).isEqualByComparingTo(BASE.esfToDate());
  }

  @Test
  void costOutsideItsPhase() {
    PaymentClaim c = claim(LedgerLine.ofCost(LocalDate.of(2018, 8, 1), CostSection.ANALYSIS_AND_PLANNING,
        CostCategory.EXTERNAL_SERVICES, Sek.of(1000), "V-500"));
    assertThat(rules(c)).containsExactly("CLAIM-COST-OUTSIDE-PHASE");
    assertThat(c.costsToDate()).isEqualByComparingTo(BASE.costsToDate());
  }

  @Test
  void costAlreadyPaidByAFlatRate() {
    PaymentClaim c = claim(LedgerLine.ofCost(LocalDate.of(2018, 8, 1), CostSection.IMPLEMENTATION,
        CostCategory.INDIRECT_COSTS, Sek.of(1000), "V-501"));
    assertThat(rules(c)).containsExactly("CLAIM-FLAT-RATE-COVERED");
    assertThat(c.costsToDate()).isEqualByComparingTo(BASE.costsToDate());
  }

  @Test
  void ledgerAmountInAnotherCurrency() {
    PaymentClaim c = claim(LedgerLine.ofCost(LocalDate.of(2018, 8, 1), CostSection.IMPLEMENTATION,
        CostCategory.EXTERNAL_SERVICES, Money.of(100, Monetary.getCurrency("EUR")), "V-502"));
    assertThat(rules(c)).containsExactly("CLAIM-LEDGER-CURRENCY");
  }

  @Test
  void unknownCoFinancier() {
    Organisationsnummer stranger = AllInAccess.partner(9).organisationsnummer().orElseThrow();
    PaymentClaim c = claim(time("S-9", stranger, "Assistent", YearMonth.of(2018, 8), "10", "t.csv:77"),
        LedgerLine.ofCoFinancing(LocalDate.of(2018, 8, 1), CostSection.IMPLEMENTATION,
            CoFinancingCategory.PUBLIC_CASH_THIRD_PARTY, stranger, Sek.of(500), "V-503"));
    assertThat(rules(c)).containsExactly("CLAIM-UNKNOWN-CO-FINANCIER", "CLAIM-UNKNOWN-CO-FINANCIER");
    assertThat(c.coFinancingToDate()).isEqualByComparingTo(BASE.coFinancingToDate());
  }

  @Test
  void participantWithoutGroupRateOrPayer() {
    PaymentClaim c = claim(
        participant("D-7", 1, LocalDate.of(1950, 1, 1), LocalDate.of(2018, 8, 1), null), // 68: no age group
        hours("D-7", YearMonth.of(2018, 8), "10", "a.csv:70"),
        participant("D-8", 9, LocalDate.of(1990, 1, 1), LocalDate.of(2018, 8, 1), null), // Kommun9: no payer
        hours("D-8", YearMonth.of(2018, 8), "10", "a.csv:71"),
        participant("D-6", 1, LocalDate.of(1990, 1, 1), LocalDate.of(2018, 8, 1), null),
        io.github.esfkit.core.attendance.Attendance.builder().participantId("D-6").month(YearMonth.of(2018, 8))
            .hours(BigDecimal.TEN).group("etableringsersättning").source("a.csv:72").build());
    assertThat(rules(c)).containsExactlyInAnyOrder("CLAIM-NO-PARTICIPANT-GROUP", "CLAIM-NO-RATE",
        "CLAIM-NO-ALLOWANCE-PAYER");
    assertThat(c.participantHoursToDate()).isEqualByComparingTo(BASE.participantHoursToDate());
  }

  @Test
  void noHourlyCostForAFunction() {
    PaymentClaim c = claim(time("S-5", OWNER, "Kock", YearMonth.of(2018, 8), "10", "t.csv:80"));
    assertThat(rules(c)).containsExactly("CLAIM-NO-HOURLY-COST");
    assertThat(c.findings().withRule("CLAIM-NO-HOURLY-COST").get(0).messageEn()).contains("Kock");
  }

  @Test
  void twoDifferentParticipationsWithOneId() {
    PaymentClaim c = claim(participant("D-1", 1, LocalDate.of(1997, 8, 15), LocalDate.of(2018, 3, 6), null));
    assertThat(rules(c)).contains("CLAIM-PARTICIPATION-CONFLICT");
  }

  @Test
  void budgetThatCannotBeComputed() {
    ClaimSetup setup = ClaimFixture.secondHalf2018()
        .withBudget(AllInAccess.builder().addCostLines(BudgetLine.of(CostSection.IMPLEMENTATION,
            CostCategory.EXTERNAL_SERVICES, Money.of(1, Monetary.getCurrency("EUR")))).build());
    PaymentClaim c = claim(setup);
    assertThat(rules(c)).contains("CLAIM-BUDGET-UNUSABLE");
    assertThat(c.costsToDate()).isEqualByComparingTo(BASE.costsToDate());
  }

  @Test
  void lateEntryOnlyWhenConfigured() {
    Object late = participant("D-9", 1, LocalDate.of(1990, 1, 1), LocalDate.of(2019, 12, 2), null);
    assertThat(rules(claim(late))).isEmpty();
    ClaimSetup strict = ClaimFixture.setup(LocalDate.of(2018, 7, 1), LocalDate.of(2018, 12, 31))
        .lateEntryBanMonths(3).build();
    PaymentClaim c = claim(strict, late,
        participant("D-10", 1, LocalDate.of(1990, 1, 1), LocalDate.of(2019, 11, 30), null));
    assertThat(rules(c)).containsExactly("CLAIM-LATE-ENTRY");
    assertThat(c.findings().withRule("CLAIM-LATE-ENTRY").get(0).messageEn()).contains("2019-12-01");
  }

  @Test
  void overBudgetIsFlagged() {
    PaymentClaim c = claim(LedgerLine.ofCost(LocalDate.of(2018, 8, 1), CostSection.IMPLEMENTATION,
        CostCategory.YOUTH_MOBILITY, Sek.of(10), "V-600"));
    assertThat(rules(c)).containsExactly("CLAIM-OVER-BUDGET");
    assertThat(c.line(CostSection.IMPLEMENTATION, CostCategory.YOUTH_MOBILITY).orElseThrow().remaining())
        .isEqualByComparingTo("-10");
  }

  @Test
  void coFinancingBehindAndEsfAboveGrant() {
    assertThat(BASE.findings().hasRule("CLAIM-COFINANCING-BEHIND")).isTrue();
    PaymentClaim c = claim(LedgerLine.ofCost(LocalDate.of(2018, 8, 1), CostSection.IMPLEMENTATION,
        CostCategory.EXTERNAL_SERVICES, Sek.of(60_000_000), "V-601"));
    assertThat(rules(c)).contains("CLAIM-ESF-ABOVE-GRANT", "CLAIM-OVER-BUDGET");
    assertThat(c.esfToDate()).isGreaterThan(c.esfGrant());
  }

  @Test
  void attendanceAndTimeRulesReachTheClaim() {
    PaymentClaim c = claim(hours("D-99", YearMonth.of(2018, 8), "10", "a.csv:90"),
        time("S-1", OWNER, "Projektledare", YearMonth.of(2018, 8), "5", "t.csv:91").withApprovedBy("S-1"));
    assertThat(rules(c)).contains("ATT-UNKNOWN-PARTICIPANT", "TIME-SELF-APPROVED");
    assertThat(c.participantHoursToDate()).isEqualByComparingTo(BASE.participantHoursToDate());
  }
}
