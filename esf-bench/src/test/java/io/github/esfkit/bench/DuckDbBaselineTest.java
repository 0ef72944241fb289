package io.github.esfkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.indicators.common.CommonIndicatorCalculator;
import io.github.esfkit.indicators.common.CommonIndicatorResult;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** On a small cohort: DuckDB's SQL, esfkit's columnar path and its object path give the same figures. */
class DuckDbBaselineTest {

  private static final int SIZE = 20_000;

  @Test
  void duckdb_and_esfkit_agree_on_the_output_indicators() throws Exception {
    NationalCohort cohort = NationalCohort.generate(SIZE, 42L);
    CommonIndicatorResult columnar = CommonIndicatorCalculator.of(CommonIndicatorBenchmark.PERIOD, NationalCohort.AS_OF)
        .add(cohort.toColumns()).result();
    CommonIndicatorResult objects = CommonIndicatorCalculator.of(CommonIndicatorBenchmark.PERIOD, NationalCohort.AS_OF)
        .addAll(cohort.toParticipations()).result();
    assertThat(objects).isEqualTo(columnar);
    assertThat(columnar.consistency().violations()).isEmpty();
    assertThat(columnar.participants()).isGreaterThan(SIZE * 9L / 10);
    try (DuckDbBaseline db = DuckDbBaseline.open(1)) {
      db.load(cohort);
      Map<String, Long> sql = db.figures(NationalCohort.AS_OF);
      assertThat(sql).isEqualTo(DuckDbBaseline.figures(columnar));
      assertThat(db.run(NationalCohort.AS_OF)).isPositive();
    }
    try (DuckDbBaseline db = DuckDbBaseline.open(1)) {
      db.load(cohort, true);
      assertThat(db.figures(NationalCohort.AS_OF)).as("the fair baseline: integer codes and dates")
          .isEqualTo(DuckDbBaseline.figures(columnar));
    }
  }

  @Test
  void the_parallel_fold_gives_the_figures_of_the_single_fold() throws Exception {
    NationalCohort cohort = NationalCohort.generate(SIZE, 7L);
    var columns = cohort.toColumns();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      assertThat(CommonIndicatorBenchmark.foldInParallel(columns, pool, 3))
          .isEqualTo(CommonIndicatorCalculator.of(CommonIndicatorBenchmark.PERIOD, NationalCohort.AS_OF)
              .add(columns).result());
    } finally {
      pool.shutdownNow();
    }
  }
}
