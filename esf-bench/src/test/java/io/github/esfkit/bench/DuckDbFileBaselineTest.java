package io.github.esfkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.examples.data.SyntheticParticipants;
import io.github.esfkit.indicators.common.CommonIndicatorCalculator;
import io.github.esfkit.io.csv.ColumnarCsvReader;
import io.github.esfkit.io.csv.ProgressListener;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On generated exchange files with re-entries: DuckDB's {@code read_csv} and SQL give the output indicators
 * esfkit's columnar CSV path gives, per sub-project and gender.
 */
class DuckDbFileBaselineTest {

  @TempDir
  Path dir;

  @Test
  void duckdb_on_the_file_and_esfkit_on_the_file_agree() throws Exception {
    Path p = dir.resolve("p.csv");
    Path e = dir.resolve("e.csv");
    try (OutputStream po = Files.newOutputStream(p); OutputStream eo = Files.newOutputStream(e)) {
      new SyntheticParticipants(11, true, LocalDate.of(2021, 1, 4)).writeCsv(20_000, po, eo, true);
    }
    LocalDate asOf = LocalDate.of(2023, 6, 30); // some entries lie after it
    CommonIndicatorCalculator calc = CommonIndicatorCalculator.of(ProgrammePeriod.ESF_PLUS_2021_2027, asOf);
    assertThat(ColumnarCsvReader.create(ProgressListener.NONE).read(p, e, calc)).isPresent();
    Map<String, Long> esfkit = DuckDbBaseline.figures(calc.result());
    try (DuckDbFileBaseline db = DuckDbFileBaseline.open(1)) {
      Map<String, Long> sql = db.figures(p, asOf);
      assertThat(sql).isEqualTo(esfkit);
      assertThat(db.run(p, asOf)).isPositive();
    }
    assertThat(esfkit.get("Berg|EECO01|TOTAL")).isPositive();
  }
}
