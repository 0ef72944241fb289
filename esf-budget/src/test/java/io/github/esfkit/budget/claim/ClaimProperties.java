package io.github.esfkit.budget.claim;

import static io.github.esfkit.budget.claim.ClaimFixture.OWNER;
import static io.github.esfkit.budget.claim.ClaimFixture.actuals;
import static io.github.esfkit.budget.claim.ClaimFixture.fingerprint;
import static io.github.esfkit.budget.claim.ClaimFixture.partner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.esfkit.budget.CostCategory;
import io.github.esfkit.budget.CostSection;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.core.attendance.Attendance;
import io.github.esfkit.core.participant.Participation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties of the claim (QuickTheories, fixed seed): the rows of sub-projects split at random and merged
 * give exactly the claim of all rows, in any order; a row present in several parts counts once; the trace
 * of every line adds up to it.
 */
class ClaimProperties {

  private static final long SEED = 15_2018L;

  /** Random rows from a seed: participants, attendance (some invalid), time reports, ledger lines. */
  static List<Object> randomRows(long seed) {
    Random r = new Random(seed);
    List<Object> rows = new ArrayList<>();
    int participants = 1 + r.nextInt(12);
    for (int i = 0; i < participants; i++) {
      LocalDate entry = LocalDate.of(2018, 3, 1).plusDays(r.nextInt(400));
      LocalDate born = LocalDate.of(1958, 1, 1).plusDays(r.nextInt(365 * 42));
      LocalDate exit = r.nextBoolean() ? null : entry.plusDays(r.nextInt(300));
      rows.add(ClaimFixture.participant("D-" + i, 1 + r.nextInt(9), born, entry, exit));
      YearMonth m = YearMonth.from(entry);
      for (int k = 0; k < 1 + r.nextInt(10); k++) {
        String hours = BigDecimal.valueOf(r.nextInt(18_000) - 500, 2).toPlainString();
        rows.add(ClaimFixture.hours("D-" + (r.nextInt(20) == 0 ? i + 100 : i), m.plusMonths(r.nextInt(14)), hours,
            "a.csv:" + rows.size()));
      }
    }
    String[] functions = {"Projektledare", "Aktivitetsledare", "Assistent", "Kock"};
    for (int k = 0; k < r.nextInt(30); k++) {
      YearMonth m = YearMonth.of(2018, 1).plusMonths(r.nextInt(24));
      rows.add(ClaimFixture.time("S-" + r.nextInt(4), r.nextBoolean() ? OWNER : partner(1 + r.nextInt(9)),
          functions[r.nextInt(functions.length)], m, BigDecimal.valueOf(r.nextInt(20_000), 2).toPlainString(),
          "t.csv:" + rows.size()));
    }
    CostCategory[] cats = {CostCategory.EXTERNAL_SERVICES, CostCategory.TRAVEL_AND_ACCOMMODATION,
        CostCategory.REVENUE, CostCategory.EQUIPMENT_AND_MATERIALS};
    for (int k = 0; k < r.nextInt(15); k++) {
      rows.add(LedgerLine.ofCost(LocalDate.of(2017, 9, 1).plusDays(r.nextInt(700)),
          r.nextInt(4) == 0 ? CostSection.ANALYSIS_AND_PLANNING : CostSection.IMPLEMENTATION,
          cats[r.nextInt(cats.length)], Sek.of(BigDecimal.valueOf(r.nextInt(5_000_000), 2)), "V-" + k)
          .withSource("l.csv:" + rows.size()));
    }
    return rows;
  }

  private static final ClaimSetup SETUP = ClaimFixture.secondHalf2018();

  @Test
  void randomSplitsMergeToTheWhole() {
    qt().withFixedSeed(SEED).withExamples(60)
        .forAll(longs().all(), integers().between(1, 5))
        .checkAssert((seed, parts) -> {
          List<Object> rows = randomRows(seed);
          String whole = fingerprint(ClaimCalculator.compute(SETUP, actuals(rows)));
          Random r = new Random(seed ^ 0x5DEECE66DL);
          List<List<Object>> split = new ArrayList<>();
          for (int i = 0; i < parts; i++) {
            split.add(new ArrayList<>());
          }
          for (Object row : rows) {
            split.get(r.nextInt(parts)).add(row);
            if (r.nextInt(10) == 0) { // some rows reach two sub-projects: they must count once
              split.get(r.nextInt(parts)).add(row);
            }
          }
          ClaimActuals merged = ClaimActuals.create();
          Collections.shuffle(split, r);
          for (List<Object> part : split) {
            merged.merge(actuals(part));
          }
          assertThat(fingerprint(ClaimCalculator.compute(SETUP, merged))).isEqualTo(whole);
        });
  }

  @Test
  void orderOfRowsDoesNotMatter() {
    qt().withFixedSeed(SEED).withExamples(60)
        .forAll(longs().all())
        .checkAssert(seed -> {
          List<Object> rows = randomRows(seed);
          String before = fingerprint(ClaimCalculator.compute(SETUP, actuals(rows)));
          List<Object> participationsLast = new ArrayList<>(rows);
          Collections.shuffle(participationsLast, new Random(seed));
          assertThat(fingerprint(ClaimCalculator.compute(SETUP, actuals(participationsLast)))).isEqualTo(before);
        });
  }

  @Test
  void anHourIsNeverCountedTwice() {
    qt().withFixedSeed(SEED).withExamples(60)
        .forAll(longs().all())
        .checkAssert(seed -> {
          List<Object> rows = randomRows(seed);
          PaymentClaim once = ClaimCalculator.compute(SETUP, actuals(rows));
          // the same rows delivered twice (merged with themselves) change nothing
          PaymentClaim twice = ClaimCalculator.compute(SETUP, actuals(rows).merge(actuals(rows)));
          assertThat(fingerprint(twice)).isEqualTo(fingerprint(once));
          // the participant hours counted are at most the accepted, distinct hours of each participant-month
          BigDecimal counted = BigDecimal.ZERO;
          for (TraceEntry e : once.trace(io.github.esfkit.budget.CoFinancingCategory.PUBLIC_PARTICIPANT_COMPENSATION)) {
            counted = counted.add(e.hours().orElseThrow());
          }
          assertThat(counted).isEqualByComparingTo(once.participantHoursToDate());
          java.util.Set<String> keys = new java.util.HashSet<>();
          for (TraceEntry e : once.trace(io.github.esfkit.budget.CoFinancingCategory.PUBLIC_PARTICIPANT_COMPENSATION)) {
            assertThat(keys.add(e.source())).as("row %s traced twice", e.source()).isTrue();
          }
          BigDecimal offered = BigDecimal.ZERO;
          for (Object o : rows) {
            if (o instanceof Attendance && ((Attendance) o).hours().signum() > 0) {
              offered = offered.add(((Attendance) o).hours());
            }
          }
          assertThat(counted).isLessThanOrEqualTo(offered);
        });
  }

  @Test
  void tracesAddUpToEveryLine() {
    qt().withFixedSeed(SEED).withExamples(60)
        .forAll(longs().all())
        .checkAssert(seed -> {
          PaymentClaim c = ClaimCalculator.compute(SETUP, actuals(randomRows(seed)));
          BigDecimal esfBase = BigDecimal.ZERO;
          for (ClaimLine l : c.lines()) {
            BigDecimal sum = c.trace(l.id()).stream().map(TraceEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal inPeriod = c.trace(l.id()).stream().filter(TraceEntry::inPeriod).map(TraceEntry::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as(l.id()).isEqualByComparingTo(l.toDate());
            assertThat(inPeriod).as(l.id()).isEqualByComparingTo(l.thisPeriod());
            boolean deducted = l.costCategory().map(CostCategory::isDeducted).orElse(false);
            boolean cash = l.coFinancing().map(x -> x.isCash()).orElse(false);
            if (!cash) {
              esfBase = deducted ? esfBase.subtract(sum) : esfBase.add(sum);
            }
          }
          assertThat(esfBase).isEqualByComparingTo(c.totalFinancingToDate());
        });
  }

  static boolean isParticipation(Object o) {
    return o instanceof Participation;
  }
}
