package io.github.esfkit.bench;

import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.indicators.common.CommonIndicatorCalculator;
import io.github.esfkit.indicators.common.CommonIndicatorResult;
import io.github.esfkit.indicators.common.ParticipantColumns;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The EU common indicators of a synthetic national cohort (10 million participation records by default):
 * esfkit's columnar fold on one thread and on every core (chunks folded in parallel, then merged), against
 * the same output indicators computed by SQL in DuckDB over the same records already in a table. One
 * operation = all records; records per second = records / time per operation; bytes per record =
 * {@code gc.alloc.rate.norm} / records. Two forks, 2 warm-up and 5 measured iterations: JMH's 99.9 % error
 * bars rest on ten measurements per benchmark.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class CommonIndicatorBenchmark {

  static final long SEED = 20251124L;
  static final ProgrammePeriod PERIOD = ProgrammePeriod.ESF_PLUS_2021_2027;

  /** The cohort as an esfkit columnar batch, and a pool with one thread per core. */
  @State(Scope.Benchmark)
  public static class Columns {
    @Param("10000000")
    public int records;

    ParticipantColumns columns;
    ExecutorService pool;
    int threads;

    @Setup(Level.Trial)
    public void setUp() {
      columns = NationalCohort.generate(records, SEED).toColumns();
      threads = Runtime.getRuntime().availableProcessors();
      pool = Executors.newFixedThreadPool(threads);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
      pool.shutdownNow();
    }
  }

  /** A smaller cohort as {@link io.github.esfkit.core.participant.Participation} objects (the object path). */
  @State(Scope.Benchmark)
  public static class Objects {
    @Param("1000000")
    public int objectRecords;

    List<io.github.esfkit.core.participant.Participation> participations;

    @Setup(Level.Trial)
    public void setUp() {
      participations = NationalCohort.generate(objectRecords, SEED).toParticipations();
    }
  }

  /** The cohort in a DuckDB table; the figures are checked equal to esfkit's before measuring. */
  @State(Scope.Benchmark)
  public static class Duck {
    @Param("10000000")
    public int records;

    /** DuckDB threads: 1 for the single-thread comparison, 0 for DuckDB's default (one per core). */
    @Param({"1", "0"})
    public int duckThreads;

    /** true: DuckDB gets esfkit's integer codes and int dates (the fair baseline); false: names and DATEs. */
    @Param({"true"})
    public boolean fair;

    DuckDbBaseline db;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
      NationalCohort cohort = NationalCohort.generate(records, SEED);
      db = DuckDbBaseline.open(duckThreads);
      db.load(cohort, fair);
      CommonIndicatorResult esfkit = CommonIndicatorCalculator.of(PERIOD, NationalCohort.AS_OF)
          .add(cohort.toColumns()).result();
      Map<String, Long> expected = DuckDbBaseline.figures(esfkit);
      Map<String, Long> actual = db.figures(NationalCohort.AS_OF);
      if (!expected.equals(actual)) {
        throw new IllegalStateException("DuckDB and esfkit disagree on the output indicators");
      }
      if (!esfkit.consistency().isEmpty()) {
        throw new IllegalStateException("consistency rules failed: " + esfkit.consistency());
      }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      db.close();
    }
  }

  /** esfkit, one thread: fold every record, then build the result. */
  @Benchmark
  public CommonIndicatorResult esfkitSingleThread(Columns s) {
    return CommonIndicatorCalculator.of(PERIOD, NationalCohort.AS_OF).add(s.columns).result();
  }

  /** esfkit, one chunk per core folded in parallel, the partial calculators merged. */
  @Benchmark
  public CommonIndicatorResult esfkitParallel(Columns s) throws InterruptedException, ExecutionException {
    return foldInParallel(s.columns, s.pool, s.threads);
  }

  /** esfkit, one thread, {@link io.github.esfkit.core.participant.Participation} objects (no personnummer). */
  @Benchmark
  public CommonIndicatorResult esfkitObjectPath(Objects s) {
    return CommonIndicatorCalculator.of(PERIOD, NationalCohort.AS_OF).addAll(s.participations).result();
  }

  /** DuckDB: the output-indicator query over the loaded table, every row read. */
  @Benchmark
  public long duckdbSql(Duck s) throws SQLException {
    return s.db.run(NationalCohort.AS_OF);
  }

  static CommonIndicatorResult foldInParallel(ParticipantColumns columns, ExecutorService pool, int threads)
      throws InterruptedException, ExecutionException {
    int n = columns.size();
    List<Future<CommonIndicatorCalculator>> parts = new ArrayList<>(threads);
    for (int t = 0; t < threads; t++) {
      int from = (int) ((long) n * t / threads);
      int to = (int) ((long) n * (t + 1) / threads);
      parts.add(pool.submit(() -> CommonIndicatorCalculator.of(PERIOD, NationalCohort.AS_OF).add(columns, from, to)));
    }
    CommonIndicatorCalculator all = parts.get(0).get();
    for (int t = 1; t < threads; t++) {
      all.merge(parts.get(t).get());
    }
    return all.result();
  }
}
