package io.github.esfkit.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.budget.Amounts;
import io.github.esfkit.budget.CoFinancingCategory;
import io.github.esfkit.budget.CostCategory;
import io.github.esfkit.budget.claim.LedgerLine;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.attendance.Attendance;
import io.github.esfkit.core.attendance.TimeReport;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.examples.data.SyntheticRunningProject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running-project example against a hand calculation: an oracle written without the claim engine
 * (plain loops over the generated rows, the formulas of budget.md and the EXAMPLE rates of
 * running-claim-setup.json) gives every expected figure of {@link RunningProjectExample}; the bundled
 * files are exactly what the generator writes.
 */
class RunningProjectExampleTest {

  static final YearMonth FIRST = YearMonth.of(2019, 1);
  static final YearMonth LAST = YearMonth.of(2019, 6);
  static final String OWNER = "212000-1942";

  /** The oracle's figures, by the names of the example's constants. */
  static Map<String, BigDecimal> handCalculation() {
    SyntheticRunningProject p = SyntheticRunningProject.example();
    Map<String, BigDecimal> f = new HashMap<>();
    Map<String, Participation> byId = new HashMap<>();
    p.participations().forEach(x -> byId.put(x.participantId(), x));
    BigDecimal hoursPeriod = BigDecimal.ZERO;
    BigDecimal compPeriod = BigDecimal.ZERO;
    BigDecimal compToDate = BigDecimal.ZERO;
    for (Attendance a : p.attendance()) {
      if (a.month().isAfter(LAST)) {
        continue;
      }
      LocalDate born = byId.get(a.participantId()).birthDate().get();
      int age = Period.between(born, a.month().atDay(1)).getYears();
      String rate = age <= 24 ? "48.50" : age <= 29 ? "57.25" : "66.00";
      assertThat(age).isBetween(18, 64);
      BigDecimal value = a.hours().multiply(new BigDecimal(rate)).setScale(2, RoundingMode.HALF_UP);
      compToDate = compToDate.add(value);
      if (!a.month().isBefore(FIRST)) {
        compPeriod = compPeriod.add(value);
        hoursPeriod = hoursPeriod.add(a.hours());
      }
    }
    Map<String, BigDecimal> unit = Map.of("Projektledare", new BigDecimal(402), "Aktivitetsledare",
        new BigDecimal(331), "Assistent", new BigDecimal(262));
    BigDecimal staffImplToDate = BigDecimal.ZERO;
    BigDecimal staffImplBefore = BigDecimal.ZERO;
    BigDecimal staffAnalysis = BigDecimal.ZERO;
    BigDecimal inKindStaffPeriod = BigDecimal.ZERO;
    BigDecimal inKindStaffToDate = BigDecimal.ZERO;
    for (TimeReport t : p.timeReports()) {
      if (t.month().isAfter(LAST)) {
        continue;
      }
      BigDecimal value = t.hours().multiply(unit.get(t.function()));
      boolean period = !t.month().isBefore(FIRST);
      if (t.employer().toString().equals(OWNER)) {
        if (t.month().isBefore(YearMonth.of(2018, 3))) {
          staffAnalysis = staffAnalysis.add(value);
        } else {
          staffImplToDate = staffImplToDate.add(value);
          staffImplBefore = period ? staffImplBefore : staffImplBefore.add(value);
        }
      } else {
        inKindStaffToDate = inKindStaffToDate.add(value);
        inKindStaffPeriod = period ? inKindStaffPeriod.add(value) : inKindStaffPeriod;
      }
    }
    Map<String, BigDecimal> ledgerPeriod = new HashMap<>();
    Map<String, BigDecimal> ledgerToDate = new HashMap<>();
    for (LedgerLine l : p.ledger()) {
      if (l.date().isAfter(LAST.atEndOfMonth())) {
        continue;
      }
      String key = l.section() + "/" + l.costCategory().map(Enum::name).orElseGet(() -> l.coFinancing().get().name());
      BigDecimal v = Amounts.number(l.amount());
      ledgerToDate.merge(key, v, BigDecimal::add);
      if (!l.date().isBefore(FIRST.atDay(1))) {
        ledgerPeriod.merge(key, v, BigDecimal::add);
      }
    }
    BigDecimal indirectToDate = staffImplToDate.multiply(new BigDecimal("0.15")).setScale(0, RoundingMode.HALF_UP);
    BigDecimal indirectBefore = staffImplBefore.multiply(new BigDecimal("0.15")).setScale(0, RoundingMode.HALF_UP);
    BigDecimal indirectAnalysis = staffAnalysis.multiply(new BigDecimal("0.15")).setScale(0, RoundingMode.HALF_UP);
    BigDecimal z = BigDecimal.ZERO;
    BigDecimal ext = ledgerPeriod.getOrDefault("IMPLEMENTATION/EXTERNAL_SERVICES", z);
    BigDecimal travel = ledgerPeriod.getOrDefault("IMPLEMENTATION/TRAVEL_AND_ACCOMMODATION", z);
    BigDecimal equip = ledgerPeriod.getOrDefault("IMPLEMENTATION/EQUIPMENT_AND_MATERIALS", z);
    BigDecimal revenue = ledgerPeriod.getOrDefault("IMPLEMENTATION/REVENUE", z);
    BigDecimal staffPeriod = staffImplToDate.subtract(staffImplBefore);
    BigDecimal indirectPeriod = indirectToDate.subtract(indirectBefore);
    BigDecimal costsPeriod = staffPeriod.add(indirectPeriod).add(ext).add(travel).add(equip).subtract(revenue);
    BigDecimal ledgerCostsToDate = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal> e : ledgerToDate.entrySet()) {
      String cat = e.getKey().substring(e.getKey().indexOf('/') + 1);
      if (cat.equals("REVENUE")) {
        ledgerCostsToDate = ledgerCostsToDate.subtract(e.getValue());
      } else if (!cat.startsWith("PUBLIC_")) {
        ledgerCostsToDate = ledgerCostsToDate.add(e.getValue());
      }
    }
    BigDecimal costsToDate = ledgerCostsToDate.add(staffImplToDate).add(staffAnalysis).add(indirectToDate)
        .add(indirectAnalysis);
    BigDecimal premisesPeriod = ledgerPeriod.getOrDefault("IMPLEMENTATION/PUBLIC_IN_KIND", z);
    BigDecimal premisesToDate = ledgerToDate.getOrDefault("IMPLEMENTATION/PUBLIC_IN_KIND", z);
    BigDecimal inKindPeriod = inKindStaffPeriod.add(premisesPeriod);
    BigDecimal inKindToDate = inKindStaffToDate.add(premisesToDate);
    BigDecimal ownerCashPeriod = ledgerPeriod.getOrDefault("IMPLEMENTATION/PUBLIC_CASH_OWNER", z);
    BigDecimal cashToDate = ledgerToDate.getOrDefault("IMPLEMENTATION/PUBLIC_CASH_OWNER", z)
        .add(ledgerToDate.getOrDefault("ANALYSIS_AND_PLANNING/PUBLIC_CASH_OWNER", z))
        .add(ledgerToDate.getOrDefault("ANALYSIS_AND_PLANNING/PUBLIC_CASH_THIRD_PARTY", z));
    BigDecimal totalPeriod = costsPeriod.add(inKindPeriod).add(compPeriod);
    BigDecimal totalToDate = costsToDate.add(inKindToDate).add(compToDate);
    BigDecimal grant = new BigDecimal(24_630_399);
    BigDecimal budgetTotal = new BigDecimal(52_423_478);
    BigDecimal esfToDate = grant.multiply(totalToDate).divide(budgetTotal, 0, RoundingMode.DOWN);
    BigDecimal esfBefore = grant.multiply(totalToDate.subtract(totalPeriod)).divide(budgetTotal, 0, RoundingMode.DOWN);
    BigDecimal coToDate = inKindToDate.add(compToDate).add(cashToDate);
    f.put("PARTICIPANT_HOURS_PERIOD", hoursPeriod);
    f.put("COMPENSATION_PERIOD", compPeriod);
    f.put("COMPENSATION_TO_DATE", compToDate);
    f.put("STAFF_PERIOD", staffPeriod);
    f.put("INDIRECT_PERIOD", indirectPeriod);
    f.put("EXTERNAL_PERIOD", ext);
    f.put("TRAVEL_PERIOD", travel);
    f.put("EQUIPMENT_PERIOD", equip);
    f.put("REVENUE_PERIOD", revenue);
    f.put("IN_KIND_PERIOD", inKindPeriod);
    f.put("OWNER_CASH_PERIOD", ownerCashPeriod);
    f.put("COSTS_PERIOD", costsPeriod);
    f.put("TOTAL_FINANCING_PERIOD", totalPeriod);
    f.put("ESF_PERIOD", esfToDate.subtract(esfBefore));
    f.put("ESF_TO_DATE", esfToDate);
    f.put("CO_FINANCING_SHARE_TO_DATE", coToDate.multiply(BigDecimal.valueOf(100))
        .divide(totalToDate, 4, RoundingMode.HALF_UP));
    return f;
  }

  @Test
  void expectedFiguresAreTheHandCalculation() throws Exception {
    Map<String, BigDecimal> f = handCalculation();
    StringBuilder constants = new StringBuilder();
    f.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> constants.append("  static final String ")
        .append(e.getKey()).append(" = \"").append(e.getValue().stripTrailingZeros().toPlainString()).append("\";\n"));
    for (Map.Entry<String, BigDecimal> e : f.entrySet()) {
      String expected = (String) RunningProjectExample.class.getDeclaredField(e.getKey()).get(null);
      assertThat(new BigDecimal(expected)).as(e.getKey() + "\n" + constants).isEqualByComparingTo(e.getValue());
    }
  }

  @Test
  void theExampleMatchesEveryFigure() throws Exception {
    for (Language l : Language.values()) {
      assertThat(new RunningProjectExample().run(l)).hasSize(19)
          .allSatisfy(c -> assertThat(c.matched()).as(c.what() + ": " + c.expected() + " vs " + c.actual()).isTrue());
    }
  }

  @Test
  void theBundledFilesAreTheGeneratorsOutput(@TempDir Path dir) throws Exception {
    SyntheticRunningProject.example().write(dir, "running");
    for (String kind : new String[] {"participants", "attendance", "time", "ledger"}) {
      assertThat(Files.readString(dir.resolve("running-" + kind + ".csv")))
          .as(kind).isEqualTo(Bundled.text("running-" + kind + ".csv"));
    }
  }

  @Test
  void theClaimTracesParticipantHoursToTheirRows() throws Exception {
    var claim = RunningProjectExample.claim();
    var trace = claim.trace(CoFinancingCategory.PUBLIC_PARTICIPANT_COMPENSATION);
    assertThat(trace).isNotEmpty().allSatisfy(e -> assertThat(e.source()).startsWith("examples/running-attendance.csv:"));
    assertThat(claim.trace(io.github.esfkit.budget.CostSection.IMPLEMENTATION, CostCategory.STAFF)).isNotEmpty()
        .allSatisfy(e -> assertThat(e.source()).startsWith("examples/running-time.csv:"));
  }
}
