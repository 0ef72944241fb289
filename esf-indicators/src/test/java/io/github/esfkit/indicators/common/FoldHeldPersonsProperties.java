package io.github.esfkit.indicators.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.programme.ProgrammePeriod;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Input partitioned by person (as the partitioned CSV read does it): each partition folded into its own
 * calculator, its held persons folded ({@link CommonIndicatorCalculator#foldHeldPersons}), then merged, gives
 * the figures of one calculator fed everything.
 */
class FoldHeldPersonsProperties {

  private static final long SEED = 20261202L;
  private static final int EXAMPLES = 60;

  private static ProgrammePeriod period(long seed) {
    return (seed & 1) == 0 ? ProgrammePeriod.ESF_2014_2020 : ProgrammePeriod.ESF_PLUS_2021_2027;
  }

  /**
   * The records in {@code k} partitions: every record of one person in the partition of the person's hash
   * (salted by the seed), a record without personnummer in a random one.
   */
  static List<List<Participation>> byPerson(List<Participation> records, int k, long seed) {
    List<List<Participation>> parts = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      parts.add(new ArrayList<>());
    }
    SplittableRandom r = new SplittableRandom(seed);
    int salt = (int) (seed >>> 7);
    for (Participation p : records) {
      int part = p.personId().isPresent() ? Math.floorMod(p.personId().get().hashCode() ^ salt, k) : r.nextInt(k);
      parts.get(part).add(p);
    }
    return parts;
  }

  @Test
  void partitionsByPersonFoldedAndMergedGiveTheFiguresOfOneCalculator() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(longs().between(0, Long.MAX_VALUE / 2), integers().between(0, 120), integers().between(1, 7))
        .checkAssert((seed, n, k) -> {
          List<Participation> records = TestRecords.cohort(seed, n, true);
          ProgrammePeriod period = period(seed);
          CommonIndicatorResult whole = CommonIndicatorCalculator.of(period, TestRecords.AS_OF).addAll(records)
              .result();
          CommonIndicatorCalculator merged = CommonIndicatorCalculator.of(period, TestRecords.AS_OF);
          for (List<Participation> part : byPerson(records, k, seed)) {
            CommonIndicatorCalculator c = CommonIndicatorCalculator.of(period, TestRecords.AS_OF).addAll(part);
            c.foldHeldPersons();
            assertThat(c.pendingPersons()).isZero();
            merged.merge(c);
          }
          assertThat(merged.pendingPersons()).isZero();
          assertThat(merged.result()).isEqualTo(whole);
        });
  }

  @Test
  void foldingTheCallersCalculatorBetweenPartitionsGivesTheSameFigures() {
    // the read's own shape: the caller's calculator receives partition after partition, folded after each
    qt().withFixedSeed(SEED + 1).withExamples(EXAMPLES)
        .forAll(longs().between(0, Long.MAX_VALUE / 2), integers().between(0, 120), integers().between(1, 7))
        .checkAssert((seed, n, k) -> {
          List<Participation> records = TestRecords.cohort(seed, n, true);
          ProgrammePeriod period = period(seed);
          CommonIndicatorResult whole = CommonIndicatorCalculator.of(period, TestRecords.AS_OF).addAll(records)
              .result();
          CommonIndicatorCalculator caller = CommonIndicatorCalculator.of(period, TestRecords.AS_OF);
          for (List<Participation> part : byPerson(records, k, seed)) {
            caller.addAll(part).foldHeldPersons();
          }
          assertThat(caller.result()).isEqualTo(whole);
        });
  }
}
