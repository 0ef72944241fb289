package io.github.esfkit.budget.claim;

import static io.github.esfkit.budget.claim.ClaimFixture.OWNER;
import static io.github.esfkit.budget.claim.ClaimFixture.participant;
import static io.github.esfkit.budget.claim.ClaimFixture.partner;
import static io.github.esfkit.budget.claim.ClaimFixture.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.esfkit.budget.BudgetLine;
import io.github.esfkit.budget.CoFinancingCategory;
import io.github.esfkit.budget.CostCategory;
import io.github.esfkit.budget.CostSection;
import io.github.esfkit.budget.RoundingPolicy;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.budget.eur.Eur;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.Share;
import io.github.esfkit.core.attendance.Attendance;
import io.github.esfkit.core.id.CfarNumber;
import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.project.AgeBand;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The small values of a claim: trace entries, lines, rate tables, hourly cost models, attributions. */
class ClaimPartsTest {

  private static final LocalDate AUG = LocalDate.of(2018, 8, 1);

  private static TraceEntry entry(TraceEntry.Kind kind, String source, String reference, LocalDate date,
      boolean inPeriod, String hours, String rate, String amount, String attributedTo) {
    return new TraceEntry(kind, source, reference, date, inPeriod, Optional.ofNullable(hours).map(BigDecimal::new),
        Optional.ofNullable(rate).map(BigDecimal::new), new BigDecimal(amount), attributedTo);
  }

  @Test
  void traceEntryIsAValue() {
    TraceEntry e = entry(TraceEntry.Kind.TIME_REPORT, "t.csv:3", "2018-08 Assistent", AUG, true, "10", "259", "2590",
        "x");
    assertThat(e.kind()).isEqualTo(TraceEntry.Kind.TIME_REPORT);
    assertThat(e.source()).isEqualTo("t.csv:3");
    assertThat(e.reference()).isEqualTo("2018-08 Assistent");
    assertThat(e.date()).isEqualTo(AUG);
    assertThat(e.inPeriod()).isTrue();
    assertThat(e.hours()).contains(BigDecimal.TEN);
    assertThat(e.rate()).contains(new BigDecimal("259"));
    assertThat(e.amount()).isEqualByComparingTo("2590");
    assertThat(e.attributedTo()).isEqualTo("x");
    assertThat(e.toString()).isEqualTo("TIME_REPORT t.csv:3 2018-08 Assistent 2018-08-01 2590");
    new EqualsTester()
        .addEqualityGroup(e, entry(TraceEntry.Kind.TIME_REPORT, "t.csv:3", "2018-08 Assistent", AUG, true, "10", "259",
            "2590.00", "x"))
        .addEqualityGroup(entry(TraceEntry.Kind.LEDGER_LINE, "t.csv:3", "2018-08 Assistent", AUG, true, "10", "259",
            "2590", "x"))
        .addEqualityGroup(entry(TraceEntry.Kind.TIME_REPORT, "t.csv:4", "2018-08 Assistent", AUG, true, "10", "259",
            "2590", "x"))
        .addEqualityGroup(entry(TraceEntry.Kind.TIME_REPORT, "t.csv:3", "2018-09 Assistent", AUG, true, "10", "259",
            "2590", "x"))
        .addEqualityGroup(entry(TraceEntry.Kind.TIME_REPORT, "t.csv:3", "2018-08 Assistent", AUG.plusDays(1), true,
            "10", "259", "2590", "x"))
        .addEqualityGroup(entry(TraceEntry.Kind.TIME_REPORT, "t.csv:3", "2018-08 Assistent", AUG, false, "10", "259",
            "2590", "x"))
        .addEqualityGroup(entry(TraceEntry.Kind.TIME_REPORT, "t.csv:3", "2018-08 Assistent", AUG, true, "11", "259",
            "2590", "x"))
        .addEqualityGroup(entry(TraceEntry.Kind.TIME_REPORT, "t.csv:3", "2018-08 Assistent", AUG, true, "10", null,
            "2590", "x"))
        .addEqualityGroup(entry(TraceEntry.Kind.TIME_REPORT, "t.csv:3", "2018-08 Assistent", AUG, true, "10", "259",
            "2591", "x"))
        .addEqualityGroup(entry(TraceEntry.Kind.TIME_REPORT, "t.csv:3", "2018-08 Assistent", AUG, true, "10", "259",
            "2590", "y"))
        .addEqualityGroup("TIME_REPORT t.csv:3 2018-08 Assistent 2018-08-01 2590")
        .testEquals();
    assertThat(e.hashCode()).isNotEqualTo(entry(TraceEntry.Kind.LEDGER_LINE, "t.csv:3", "2018-08 Assistent", AUG, true,
        "10", "259", "2590", "x").hashCode());
  }

  @Test
  void costLine() {
    ClaimLine l = ClaimLine.cost(CostSection.IMPLEMENTATION, CostCategory.STAFF, new BigDecimal("100"),
        new BigDecimal("30"), new BigDecimal("80"));
    assertThat(l.id()).isEqualTo("IMPLEMENTATION/STAFF").isEqualTo(ClaimLine.costId(CostSection.IMPLEMENTATION,
        CostCategory.STAFF));
    assertThat(l.section()).contains(CostSection.IMPLEMENTATION);
    assertThat(l.costCategory()).contains(CostCategory.STAFF);
    assertThat(l.coFinancing()).isEmpty();
    assertThat(l.isCoFinancing()).isFalse();
    assertThat(l.budget()).isEqualByComparingTo("100");
    assertThat(l.thisPeriod()).isEqualByComparingTo("30");
    assertThat(l.toDate()).isEqualByComparingTo("80");
    assertThat(l.remaining()).isEqualByComparingTo("20");
    assertThat(l.shareUsed()).isEqualTo(Share.of(80, 100));
    assertThat(l.isOverBudget()).isFalse();
    assertThat(l.label(Language.EN)).isEqualTo(CostSection.IMPLEMENTATION.label(Language.EN) + ": "
        + CostCategory.STAFF.label(Language.EN));
    assertThat(l.label(Language.SV)).isEqualTo(CostSection.IMPLEMENTATION.label(Language.SV) + ": "
        + CostCategory.STAFF.label(Language.SV));
    assertThat(l).hasToString("IMPLEMENTATION/STAFF budget 100, period 30, to date 80");
    // the budget itself is not over it; one öre more is
    assertThat(ClaimLine.cost(CostSection.ERDF, CostCategory.STAFF, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.TEN)
        .isOverBudget()).isFalse();
    assertThat(ClaimLine.cost(CostSection.ERDF, CostCategory.STAFF, BigDecimal.TEN, BigDecimal.ZERO,
        new BigDecimal("10.01")).isOverBudget()).isTrue();
  }

  @Test
  void coFinancingLine() {
    ClaimLine l = ClaimLine.coFinancing(CoFinancingCategory.PUBLIC_IN_KIND, new BigDecimal("50"), BigDecimal.ONE,
        new BigDecimal("60"));
    assertThat(l.id()).isEqualTo("PUBLIC_IN_KIND");
    assertThat(l.isCoFinancing()).isTrue();
    assertThat(l.coFinancing()).contains(CoFinancingCategory.PUBLIC_IN_KIND);
    assertThat(l.section()).isEmpty();
    assertThat(l.costCategory()).isEmpty();
    assertThat(l.label(Language.SV)).isEqualTo(CoFinancingCategory.PUBLIC_IN_KIND.label(Language.SV));
    assertThat(l.remaining()).isEqualByComparingTo("-10");
    assertThat(l.isOverBudget()).isTrue();
  }

  @Test
  void paymentClaimFindsLinesAndTraces() {
    PaymentClaim c = ClaimCalculator.compute(ClaimFixture.secondHalf2018(), ClaimFixture.actuals(ClaimFixture.rows()));
    assertThat(c.period()).isEqualTo(ClaimFixture.secondHalf2018().period());
    assertThat(c.line("IMPLEMENTATION/STAFF")).isEqualTo(c.line(CostSection.IMPLEMENTATION, CostCategory.STAFF))
        .isPresent();
    assertThat(c.line("PUBLIC_IN_KIND")).isEqualTo(c.line(CoFinancingCategory.PUBLIC_IN_KIND)).isPresent();
    assertThat(c.line("NO/SUCH")).isEmpty();
    assertThat(c.trace("NO/SUCH")).isEmpty();
    assertThat(c.trace(CostSection.IMPLEMENTATION, CostCategory.STAFF)).hasSize(9)
        .isEqualTo(c.trace("IMPLEMENTATION/STAFF"));
    assertThat(c.trace(CoFinancingCategory.PUBLIC_CASH_OWNER)).singleElement()
        .satisfies(e -> assertThat(e.attributedTo()).isEqualTo(OWNER.toString()));
    // cost lines by section, then co-financing lines
    assertThat(c.lines().get(0).isCoFinancing()).isFalse();
    assertThat(c.lines().get(c.lines().size() - 1).isCoFinancing()).isTrue();
    assertThat(c.aidRate()).isEqualTo(Share.of(c.esfGrant(), new BigDecimal("52423478")));
    assertThat(c.toString()).isEqualTo("PaymentClaim{" + c.period() + ", ESF 283880, " + c.lines().size()
        + " lines, 1 findings}");
  }

  @Test
  void participantRatesByStartYearAndGroup() {
    ParticipantRates r = ClaimFixture.rates();
    assertThat(r.ageGroups()).containsExactly(AgeBand.of(18, 24), AgeBand.of(25, 29), AgeBand.of(30, 64));
    assertThat(r.perHour(2017, "18-24")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("52.50"));
    assertThat(r.perHour(2018, "18-24")).isEmpty();
    assertThat(r.perHour(2017, "65-99")).isEmpty();
    assertThat(r).hasToString("ParticipantRates{groups [18-24, 25-29, 30-64], 3 rates}");
    // a group is stripped where it is stored and where it is read from an attendance row
    ParticipantRates own = ParticipantRates.builder().rate(2017, "  etablering ", Sek.of(10)).build();
    assertThat(own.perHour(2017, "etablering")).contains(BigDecimal.TEN);
    Participation p = participant("D-1", 1, LocalDate.of(2000, 3, 1), LocalDate.of(2018, 3, 1), null);
    Attendance row = Attendance.builder().participantId("D-1").month(YearMonth.of(2018, 3)).hours(BigDecimal.ONE)
        .group(" etablering ").build();
    assertThat(own.group(row, p)).contains("etablering");
    assertThat(r.group(row, p)).contains("etablering");
  }

  @Test
  void ageIsTakenOnTheFirstDayOfTheMonth() {
    ParticipantRates r = ClaimFixture.rates();
    Participation eighteenOnFirst = participant("D-1", 1, LocalDate.of(2000, 3, 1), LocalDate.of(2018, 3, 1), null);
    assertThat(r.group(eighteenOnFirst, YearMonth.of(2018, 3))).contains("18-24");
    assertThat(r.group(eighteenOnFirst, YearMonth.of(2018, 2))).isEmpty();
    Participation eighteenOnSecond = participant("D-2", 1, LocalDate.of(2000, 3, 2), LocalDate.of(2018, 3, 1), null);
    assertThat(r.group(eighteenOnSecond, YearMonth.of(2018, 3))).isEmpty();
    assertThat(r.group(eighteenOnSecond, YearMonth.of(2018, 4))).contains("18-24");
    // 24 is the last year of the first band, 25 the first of the next
    assertThat(r.group(eighteenOnFirst, YearMonth.of(2025, 2))).contains("18-24");
    assertThat(r.group(eighteenOnFirst, YearMonth.of(2025, 3))).contains("25-29");
    Attendance row = Attendance.builder().participantId("D-1").month(YearMonth.of(2025, 3)).hours(BigDecimal.ONE)
        .build();
    assertThat(r.group(row, eighteenOnFirst)).contains("25-29");
    Participation unknownBirth = eighteenOnFirst.withBirthDate(Answer.notCollected());
    assertThat(r.group(unknownBirth, YearMonth.of(2018, 3))).isEmpty();
  }

  @Test
  void ratesAreNonNegativeKronor() {
    assertThatThrownBy(() -> ParticipantRates.builder().rate(2017, "18-24", Sek.of(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("18-24");
    assertThatThrownBy(() -> ParticipantRates.builder().rate(2017, "18-24", Money.of(1, Eur.EUR)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ParticipantRates.builder().rate(2017, "18-24", Sek.of(0)).build().perHour(2017, "18-24"))
        .contains(BigDecimal.ZERO);
    Map<String, Money> negative = Map.of("Assistent", Sek.of(-1));
    assertThatThrownBy(() -> HourlyCostModel.unitCosts(2017, negative)).isInstanceOf(IllegalArgumentException.class);
    Map<String, Money> euros = Map.of("Assistent", Money.of(1, Eur.EUR));
    assertThatThrownBy(() -> HourlyCostModel.annualGrossCost(euros, RoundingPolicy.CENT_HALF_UP))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(HourlyCostModel.unitCosts(2017, Map.of("Assistent", Sek.of(0))).hourlyCost(
        time("S-2", partner(1), "Assistent", YearMonth.of(2018, 8), "1", "t.csv:1"))).contains(BigDecimal.ZERO);
  }

  @Test
  void unitCostsByFunction() {
    Map<String, Money> t = new LinkedHashMap<>();
    t.put(" Assistent ", Sek.of(259));
    t.put("Projektledare", Sek.of(412));
    HourlyCostModel m = HourlyCostModel.unitCosts(2017, t);
    assertThat(m.isByFunction()).isTrue();
    assertThat(m.hourlyCost(time("S-2", partner(1), "Assistent", YearMonth.of(2018, 8), "1", "t.csv:1")))
        .contains(new BigDecimal("259"));
    assertThat(m.hourlyCost(time("S-2", partner(1), "Kock", YearMonth.of(2018, 8), "1", "t.csv:1"))).isEmpty();
    // keyed by function, not by person
    assertThat(m.hourlyCost(time("Projektledare", partner(1), "Kock", YearMonth.of(2018, 8), "1", "t.csv:1")))
        .isEmpty();
    assertThat(m.name(Language.SV)).isEqualTo("enhetskostnad per timme och funktion (tabell 2017)");
    assertThat(m.name(Language.EN)).isEqualTo("unit cost per hour by function (table 2017)");
    assertThat(m.rounding()).isEqualTo(RoundingPolicy.CENT_HALF_UP);
    assertThat(m).hasToString("HourlyCostModel{unit cost per hour by function (table 2017), 2 entries, "
        + RoundingPolicy.CENT_HALF_UP + "}");
  }

  @Test
  void annualGrossCostOver1720Hours() {
    // 500 000 / 1 720 = 290.6976… kr
    HourlyCostModel m = HourlyCostModel.annualGrossCost(Map.of("S-1", Sek.of(500_000)), RoundingPolicy.CENT_HALF_UP);
    assertThat(m.isByFunction()).isFalse();
    assertThat(m.hourlyCost(time("S-1", OWNER, "Projektledare", YearMonth.of(2018, 8), "1", "t.csv:1")))
        .contains(new BigDecimal("290.70"));
    assertThat(HourlyCostModel.annualGrossCost(Map.of("S-1", Sek.of(500_000)), RoundingPolicy.CENT_DOWN)
        .hourlyCost(time("S-1", OWNER, "Projektledare", YearMonth.of(2018, 8), "1", "t.csv:1")))
        .contains(new BigDecimal("290.69"));
    assertThat(m.hourlyCost(time("S-2", OWNER, "S-1", YearMonth.of(2018, 8), "1", "t.csv:1"))).isEmpty();
    assertThat(m.name(Language.EN)).isEqualTo("annual gross employment cost / 1 720");
    assertThat(m.name(Language.SV)).isEqualTo("årlig bruttolönekostnad / 1 720");
    assertThat(m.rounding()).isEqualTo(RoundingPolicy.CENT_HALF_UP);
    assertThat(BudgetLine.ANNUAL_HOURS).isEqualByComparingTo("1720");
  }

  @Test
  void monthlySalaryTimesTwelveOver1720Hours() {
    // 35 000 × 12 / 1 720 = 244.1860… kr
    HourlyCostModel m = HourlyCostModel.monthlySalary(Map.of("S-1", Sek.of(35_000)), RoundingPolicy.CENT_HALF_UP);
    assertThat(m.isByFunction()).isFalse();
    assertThat(m.hourlyCost(time("S-1", OWNER, "Projektledare", YearMonth.of(2018, 8), "1", "t.csv:1")))
        .contains(new BigDecimal("244.19"));
    assertThat(m.hourlyCost(time("S-9", OWNER, "Projektledare", YearMonth.of(2018, 8), "1", "t.csv:1"))).isEmpty();
    assertThat(m.name(Language.EN)).isEqualTo("monthly salary × 12 / 1 720");
    assertThat(m.name(Language.SV)).isEqualTo("månadslön × 12 / 1 720");
    assertThat(m.toString()).contains("1 entries").contains("monthly salary");
  }

  @Test
  void attributionReferenceAndInKindCategory() {
    Attribution plain = Attribution.of(partner(1), "Partnerkommun 1");
    assertThat(plain.reference()).isEqualTo(partner(1).toString());
    assertThat(plain.inKindCategory()).isEqualTo(CoFinancingCategory.PUBLIC_IN_KIND);
    CfarNumber cfar = CfarNumber.parse("19467000");
    Attribution withCfar = Attribution.builder().organisationsnummer(partner(1)).name("Partnerkommun 1").cfar(cfar)
        .inKindCategory(CoFinancingCategory.PRIVATE_IN_KIND).build();
    assertThat(withCfar.reference()).isEqualTo(partner(1) + " / CFAR " + cfar);
    assertThat(withCfar.inKindCategory()).isEqualTo(CoFinancingCategory.PRIVATE_IN_KIND);
    assertThatThrownBy(() -> Attribution.builder().organisationsnummer(partner(1)).name("x")
        .inKindCategory(CoFinancingCategory.PUBLIC_CASH_THIRD_PARTY).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PUBLIC_CASH_THIRD_PARTY");
  }

  @Test
  void ledgerLineNeedsExactlyOneKind() {
    assertThatThrownBy(() -> LedgerLine.builder().date(AUG).section(CostSection.IMPLEMENTATION)
        .amount(Sek.of(1)).voucher("V-1").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("V-1");
    assertThatThrownBy(() -> LedgerLine.builder().date(AUG).section(CostSection.IMPLEMENTATION)
        .costCategory(CostCategory.STAFF).coFinancing(CoFinancingCategory.PUBLIC_CASH_OWNER).contributor(OWNER)
        .amount(Sek.of(1)).voucher("V-2").build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LedgerLine.builder().date(AUG).section(CostSection.IMPLEMENTATION)
        .coFinancing(CoFinancingCategory.PUBLIC_CASH_OWNER).amount(Sek.of(1)).voucher("V-3").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contributor");
    assertThatThrownBy(() -> LedgerLine.builder().date(AUG).section(CostSection.IMPLEMENTATION)
        .costCategory(CostCategory.STAFF).subLine(io.github.esfkit.budget.CoFinancingSubLine.STAFF)
        .amount(Sek.of(1)).voucher("V-4").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a cost line");
    LedgerLine cost = LedgerLine.ofCost(AUG, CostSection.IMPLEMENTATION, CostCategory.STAFF, Sek.of(1), "V-5");
    assertThat(cost.description()).isEmpty();
    assertThat(cost.source()).isEmpty();
  }

  @Test
  void actualsMergeAsASetUnion() {
    ClaimActuals a = ClaimFixture.actuals(ClaimFixture.rows());
    long size = a.size();
    assertThat(size).isEqualTo(3 + a.attendance().size() + a.timeReports().size() + a.ledger().size());
    assertThat(a.merge(ClaimFixture.actuals(ClaimFixture.rows())).size()).isEqualTo(size);
    assertThat(a.toString()).isEqualTo("ClaimActuals{3 participations, " + a.attendance().size()
        + " attendance rows, " + a.timeReports().size() + " time reports, " + a.ledger().size() + " ledger lines}");
    // two different participations with one id: one conflict, the same one kept in either order
    Participation first = participant("D-1", 1, LocalDate.of(1997, 8, 15), LocalDate.of(2018, 3, 5), null);
    Participation second = participant("D-1", 1, LocalDate.of(1997, 8, 15), LocalDate.of(2018, 3, 6), null);
    ClaimActuals ab = ClaimActuals.create().add(first).add(second);
    ClaimActuals ba = ClaimActuals.create().add(second).add(first);
    assertThat(ab.participationConflicts()).isEqualTo(1);
    assertThat(ba.participationConflicts()).isEqualTo(1);
    assertThat(ab.participations()).isEqualTo(ba.participations());
    // the one kept is the one that sorts first as text
    Participation kept = first.toString().compareTo(second.toString()) < 0 ? first : second;
    assertThat(ab.participations().get("D-1")).isSameAs(kept);
    assertThat(ba.participations().get("D-1")).isSameAs(kept);
    ClaimActuals merged = ClaimActuals.create().add(first).merge(ClaimActuals.create().add(second));
    assertThat(merged.participationConflicts()).isEqualTo(1);
    assertThat(merged.participations()).isEqualTo(ab.participations());
    // conflicts travel with a merge
    assertThat(ClaimActuals.create().merge(ab).participationConflicts()).isEqualTo(1);
    assertThat(ClaimActuals.create().add(first).add(first).participationConflicts()).isZero();
  }
}
