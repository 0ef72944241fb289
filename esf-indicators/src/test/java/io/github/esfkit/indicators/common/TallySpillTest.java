package io.github.esfkit.indicators.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.core.participant.EventType;
import io.github.esfkit.core.programme.ProgrammePeriod;
import org.junit.jupiter.api.Test;

/**
 * The fold counts in ints and spills them into longs at the latest every {@code spillEvery} folds; a spill
 * must change no count. Small spill intervals make it spill many times on a small cohort.
 */
class TallySpillTest {

  private static final int[] SPILL_EVERY = {1, 2, 3, 7, 64, 599, 600, 601};

  @Test
  void spilling_the_int_counters_changes_no_count() {
    for (ProgrammePeriod period : ProgrammePeriod.values()) {
      for (long seed = 1; seed <= 3; seed++) {
        ParticipantColumns columns = ParticipantColumns.of(TestRecords.cohort(seed, 600, false));
        Tally plain = folded(period, columns, Integer.MAX_VALUE);
        for (int every : SPILL_EVERY) {
          Tally spilled = folded(period, columns, every);
          assertSameCounts(spilled, plain);
          assertThat(spilled.largestIntCounter()).as("int counters, spilling every %d", every)
              .isLessThanOrEqualTo(every);
        }
      }
    }
  }

  @Test
  void a_spilled_tally_merges_and_copies_with_every_count() {
    ParticipantColumns columns = ParticipantColumns.of(TestRecords.cohort(11, 500, false));
    ProgrammePeriod period = ProgrammePeriod.ESF_2014_2020;
    Tally twice = folded(period, columns, Integer.MAX_VALUE);
    fold(twice, columns);
    Tally spilled = folded(period, columns, 5);
    Tally merged = new Tally(Layout.of(period), Ymd.of(TestRecords.AS_OF), 3);
    merged.add(spilled);
    fold(merged, columns);
    assertSameCounts(merged, twice);
    assertSameCounts(spilled.copy(), folded(period, columns, Integer.MAX_VALUE));
  }

  @Test
  void one_row_folds_like_a_batch_row() {
    ParticipantColumns c = ParticipantColumns.of(TestRecords.cohort(5, 300, false));
    ProgrammePeriod period = ProgrammePeriod.ESF_PLUS_2021_2027;
    Tally rows = new Tally(Layout.of(period), Ymd.of(TestRecords.AS_OF), 4);
    for (int s = 0; s < c.subProjects().size(); s++) {
      rows.subProject(c.subProjectName(s));
    }
    for (int i = 0; i < c.size(); i++) {
      rows.fold(c.sub[i], c.gender[i], c.birth[i], c.entry[i], c.exit[i], c.status[i], c.edu[i], c.flags[i], c.evYmd,
          c.evType, c.evStart[i], c.evStart[i + 1], true);
    }
    assertSameCounts(rows, folded(period, c, Integer.MAX_VALUE));
    assertThat(rows.participants).isPositive();
  }

  @Test
  void a_spill_interval_must_be_positive() {
    assertThatThrownBy(() -> new Tally(Layout.of(ProgrammePeriod.ESF_2014_2020), 20230630, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_cohort_reaches_every_part_of_the_fold() {
    ParticipantColumns c = ParticipantColumns.of(TestRecords.cohort(1, 600, false));
    CommonIndicatorResult r = CommonIndicatorCalculator.of(ProgrammePeriod.ESF_PLUS_2021_2027, TestRecords.AS_OF)
        .add(c).result();
    assertThat(r.dataQuality().incompleteParticipants()).isPositive();
    assertThat(r.figures().get(CommonIndicator.EECR04).total()).isPositive();
    assertThat(r.figures().get(CommonIndicator.EECR05).total()).isPositive();
    assertThat(c.eventCount()).isGreaterThan(EventType.values().length);
  }

  private static Tally folded(ProgrammePeriod period, ParticipantColumns columns, int spillEvery) {
    Tally t = new Tally(Layout.of(period), Ymd.of(TestRecords.AS_OF), spillEvery);
    fold(t, columns);
    return t;
  }

  private static void fold(Tally t, ParticipantColumns columns) {
    int[] map = new int[columns.subProjects().size()];
    for (int s = 0; s < map.length; s++) {
      map[s] = t.subProject(columns.subProjectName(s));
    }
    t.fold(columns, map, 0, columns.size());
  }

  private static void assertSameCounts(Tally actual, Tally expected) {
    assertThat(actual.participants).isEqualTo(expected.participants);
    assertThat(actual.participations).isEqualTo(expected.participations);
    assertThat(actual.rules).containsExactly(expected.rules);
    assertThat(actual.subProjectCount()).isEqualTo(expected.subProjectCount());
    for (int s = 0; s < expected.subProjectCount(); s++) {
      assertThat(actual.subProjectName(s)).isEqualTo(expected.subProjectName(s));
      assertThat(actual.expand(s)).as("sub-project %d", s).containsExactly(expected.expand(s));
    }
    for (int i = 0; i < Tally.CORE_HIST; i++) {
      assertThat(actual.core(i)).as("core %d", i).isEqualTo(expected.core(i));
    }
    for (int i = 0; i < Tally.FLAG_HIST; i++) {
      assertThat(actual.flag(i)).as("flags %d", i).isEqualTo(expected.flag(i));
    }
    assertThat(actual.incomplete()).isEqualTo(expected.incomplete());
    assertThat(actual.isced0()).isEqualTo(expected.isced0());
    assertThat(actual.nonBinary()).isEqualTo(expected.nonBinary());
  }
}
