package io.github.esfkit.bench;

import io.github.esfkit.indicators.common.CommonIndicatorCalculator;
import io.github.esfkit.indicators.common.ParticipantColumns;

/** A rough wall-clock timing of the columnar fold, for development; the JMH benchmark is the measurement. */
public final class QuickTiming {
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
    ParticipantColumns c = NationalCohort.generate(n, 1L).toColumns();
    for (int round = 0; round < 30; round++) {
      java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
      long c0 = mx.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      long total = CommonIndicatorCalculator.of(CommonIndicatorBenchmark.PERIOD, NationalCohort.AS_OF).add(c).result()
          .participants();
      long t1 = System.nanoTime();
      long c1 = mx.getCurrentThreadCpuTime();
      System.out.printf("%d: %.1f ms wall, %.1f M records/s wall, %.1f M records/s cpu (%d)%n", round, (t1 - t0) / 1e6,
          n * 1e3 / (t1 - t0), n * 1e3 / (c1 - c0), total);
    }
  }
}
