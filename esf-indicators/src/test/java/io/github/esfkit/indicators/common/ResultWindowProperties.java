package io.github.esfkit.indicators.common;

import static io.github.esfkit.indicators.common.TestRecords.AS_OF;
import static io.github.esfkit.indicators.common.TestRecords.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.esfkit.core.participant.EventType;
import io.github.esfkit.core.participant.LabourMarketEvent;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.programme.ProgrammePeriod;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fold's 28-day and six-month windows (branch-free, on packed dates and event keys) against a plain
 * {@code java.time} oracle: for one exited participant with random events after the exit (same-day ties,
 * events on the exit day and after the reporting date, qualifications, exits late in the month and in
 * February), EECR01–EECR05 are exactly the oracle's, through the object path and the columnar batch.
 */
class ResultWindowProperties {

  private static final ProgrammePeriod PERIOD = ProgrammePeriod.ESF_PLUS_2021_2027;
  private static final EventType[] TYPES = EventType.values();

  @Test
  void the_windows_match_a_plain_java_time_oracle() {
    qt().withFixedSeed(20261202L).withExamples(3000).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom r = new SplittableRandom(seed);
      LocalDate exit = AS_OF.minusDays(r.nextInt(420) - 15);
      TestRecords.Rec rec = TestRecords.record("p").entryDate(LocalDate.of(2021, 1, 4)).exitDate(exit);
      int n = r.nextInt(7);
      LabourMarketEvent[] events = new LabourMarketEvent[n];
      for (int k = 0; k < n; k++) {
        LocalDate d = k > 0 && r.nextInt(4) == 0 ? events[k - 1].date() : exit.plusDays(r.nextInt(205));
        events[k] = event(d, TYPES[r.nextInt(TYPES.length)]);
      }
      Participation p = rec.addEvents(events).build();
      Map<CommonIndicator, Long> expected = oracle(exit, List.of(events));
      CommonIndicatorResult objects = CommonIndicatorCalculator.of(PERIOD, AS_OF).add(p).result();
      CommonIndicatorResult columns = CommonIndicatorCalculator.of(PERIOD, AS_OF)
          .add(ParticipantColumns.of(List.of(p))).result();
      for (Map.Entry<CommonIndicator, Long> e : expected.entrySet()) {
        assertThat(objects.figure(e.getKey()).total()).as("%s, exit %s, events %s", e.getKey(), exit,
            List.of(events)).isEqualTo(e.getValue());
        assertThat(columns.figure(e.getKey()).total()).as("%s (columns)", e.getKey()).isEqualTo(e.getValue());
      }
    });
  }

  /** The rules in words: the last status event in each window, a later row of the same day winning. */
  private static Map<CommonIndicator, Long> oracle(LocalDate exit, List<LabourMarketEvent> events) {
    Map<CommonIndicator, Long> out = new EnumMap<>(CommonIndicator.class);
    for (CommonIndicator i : List.of(CommonIndicator.EECR01, CommonIndicator.EECR02, CommonIndicator.EECR03,
        CommonIndicator.EECR04, CommonIndicator.EECR05)) {
      out.put(i, 0L);
    }
    if (exit.isAfter(AS_OF)) {
      return out; // still active on the reporting date: no result
    }
    LabourMarketEvent immediate = null;
    LabourMarketEvent sixMonths = null;
    boolean qualification = false;
    for (LabourMarketEvent e : events) {
      LocalDate d = e.date();
      if (d.isBefore(exit) || d.isAfter(AS_OF)) {
        continue;
      }
      boolean in28 = !d.isAfter(exit.plusDays(28));
      if (e.type() == EventType.QUALIFICATION_GAINED) {
        qualification |= in28;
        continue;
      }
      if (in28 && (immediate == null || !d.isBefore(immediate.date()))) {
        immediate = e;
      }
      if (!d.isAfter(exit.plusMonths(6)) && (sixMonths == null || !d.isBefore(sixMonths.date()))) {
        sixMonths = e;
      }
    }
    EventType imm = immediate == null ? null : immediate.type();
    out.put(CommonIndicator.EECR01, imm == EventType.JOB_SEARCHING || imm == EventType.UNEMPLOYED ? 1L : 0L);
    out.put(CommonIndicator.EECR02, imm == EventType.IN_EDUCATION ? 1L : 0L);
    out.put(CommonIndicator.EECR03, qualification ? 1L : 0L);
    out.put(CommonIndicator.EECR04, imm == EventType.EMPLOYED || imm == EventType.SELF_EMPLOYED ? 1L : 0L);
    boolean due = !exit.plusMonths(6).isAfter(AS_OF);
    EventType six = sixMonths == null ? null : sixMonths.type();
    out.put(CommonIndicator.EECR05, due && (six == EventType.EMPLOYED || six == EventType.SELF_EMPLOYED) ? 1L : 0L);
    return out;
  }
}
