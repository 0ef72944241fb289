package io.github.esfkit.bench;

import io.github.esfkit.indicators.common.CommonIndicatorCalculator;
import io.github.esfkit.indicators.common.CommonIndicatorResult;
import io.github.esfkit.indicators.common.ParticipantColumns;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * The scale curve of the fold (skalkurva): folds {@code N} participation records of the synthetic national
 * cohort into one calculator, generating them in chunks on the fly so that the input is never held, and
 * prints one tab-separated line: records, fold CPU seconds, records per CPU second, retained heap after
 * the fold, peak heap (sum of the heap pools' peaks), peak resident set ({@code VmHWM}) and the number of
 * participants counted and the chunk size. Run one size per JVM (the peaks are per process):
 * {@code java -Xmx1g -cp … io.github.esfkit.bench.ScaleCurve 100000000}.
 */
public final class ScaleCurve {

  private ScaleCurve() {
  }

  /** Arguments: records [chunk, default 1 000 000]. */
  public static void main(String[] args) throws IOException {
    long records = Long.parseLong(args[0]);
    int chunk = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    CommonIndicatorCalculator calc = CommonIndicatorCalculator.of(CommonIndicatorBenchmark.PERIOD,
        NationalCohort.AS_OF);
    long foldCpu = 0;
    long seed = CommonIndicatorBenchmark.SEED;
    for (long done = 0; done < records; ) {
      int n = (int) Math.min(chunk, records - done);
      ParticipantColumns columns = NationalCohort.generate(n, seed + done).toColumns();
      long c0 = mx.getCurrentThreadCpuTime();
      calc.add(columns);
      foldCpu += mx.getCurrentThreadCpuTime() - c0;
      done += n;
    }
    long c0 = mx.getCurrentThreadCpuTime();
    CommonIndicatorResult result = calc.result();
    foldCpu += mx.getCurrentThreadCpuTime() - c0;
    System.gc();
    long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long peakHeap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peakHeap += pool.getPeakUsage().getUsed();
      }
    }
    double seconds = foldCpu / 1e9;
    System.out.printf(Locale.ROOT, "%d\t%.3f\t%.0f\t%.1f\t%.1f\t%.1f\t%d\t%d%n", records, seconds,
        records / seconds, retained / 1048576.0, peakHeap / 1048576.0, vmHwmKb() / 1024.0, result.participants(),
        chunk);
  }

  /** The process's peak resident set in kB, from /proc/self/status; -1 where there is none. */
  static long vmHwmKb() throws IOException {
    if (!Files.isReadable(Paths.get("/proc/self/status"))) {
      return -1;
    }
    for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }
}
