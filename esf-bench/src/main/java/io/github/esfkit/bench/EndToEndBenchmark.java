package io.github.esfkit.bench;

import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.indicators.common.CommonIndicatorCalculator;
import io.github.esfkit.io.csv.ColumnarCsvReader;
import io.github.esfkit.io.csv.ProgressListener;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End to end from the exchange files, in the same process run: esfkit's columnar CSV path (participants.csv
 * and events.csv into the calculator, then {@code result()}) against DuckDB's {@code read_csv} of both files
 * and one query computing the same figures ({@link DuckDbFileBaseline}: outputs, immediate and six-month
 * results, by sub-project and gender). Generate the files with
 * {@code ./esf generate-participants --rows N --out P --events E --with-person-id} and pass them as
 * parameters (or let {@code esf-bench/run-benchmarks.sh} do it). Two forks, 2 warm-up and 5 measured
 * iterations, each fork at {@code -Xmx512m}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xmx512m"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class EndToEndBenchmark {

  /** participants.csv. */
  @Param("/tmp/p.csv")
  public String participants;

  /** events.csv. */
  @Param("/tmp/e.csv")
  public String events;

  /** The reporting date. */
  @Param("2024-06-30")
  public String asOf;

  /** esfkit: both files through the columnar path, then the full result. */
  @Benchmark
  public long esfkit() {
    LocalDate date = LocalDate.parse(asOf);
    CommonIndicatorCalculator calc = CommonIndicatorCalculator.of(ProgrammePeriod.ESF_PLUS_2021_2027, date);
    Path p = Paths.get(participants);
    Path e = Paths.get(events);
    if (ColumnarCsvReader.create(ProgressListener.NONE).read(p, e, calc).isEmpty()) {
      throw new IllegalStateException("the files have errors: " + p);
    }
    return calc.result().participants();
  }

  /** DuckDB: read_csv of both files and the indicator query, default threads (one per core). */
  @Benchmark
  public long duckdb() throws SQLException {
    try (DuckDbFileBaseline db = DuckDbFileBaseline.open(0)) {
      return db.run(Paths.get(participants), Paths.get(events), LocalDate.parse(asOf));
    }
  }
}
