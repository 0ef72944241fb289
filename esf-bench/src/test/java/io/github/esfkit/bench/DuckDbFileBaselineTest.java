package io.github.esfkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.examples.data.SyntheticParticipants;
import io.github.esfkit.indicators.common.CommonIndicator;
import io.github.esfkit.indicators.common.CommonIndicatorCalculator;
import io.github.esfkit.io.csv.ColumnarCsvReader;
import io.github.esfkit.io.csv.ProgressListener;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On exchange files with re-entries: DuckDB's {@code read_csv} and SQL give every participant indicator
 * esfkit's CSV path gives (outputs, immediate results from the 28-day window, the six-month result), per
 * sub-project and gender.
 */
class DuckDbFileBaselineTest {

  private static final ProgrammePeriod PERIOD = ProgrammePeriod.ESF_PLUS_2021_2027;

  @TempDir
  Path dir;

  @Test
  void the_baseline_computes_every_participant_indicator_esfkit_computes() {
    assertThat(DuckDbFileBaseline.INDICATORS).containsExactlyInAnyOrderElementsOf(
        CommonIndicator.computed(PERIOD));
  }

  @Test
  void duckdb_and_esfkit_agree_on_generated_files_with_re_entries() throws Exception {
    Path p = dir.resolve("p.csv");
    Path e = dir.resolve("e.csv");
    try (OutputStream po = Files.newOutputStream(p); OutputStream eo = Files.newOutputStream(e)) {
      new SyntheticParticipants(11, true, LocalDate.of(2021, 1, 4)).writeCsv(20_000, po, eo, true);
    }
    LocalDate asOf = LocalDate.of(2023, 6, 30); // some entries, exits and events lie after it
    Map<String, Long> esfkit = esfkit(p, e, asOf);
    assertThat(sql(p, e, asOf)).isEqualTo(esfkit);
    for (CommonIndicator i : DuckDbFileBaseline.INDICATORS) {
      assertThat(esfkit.get("Berg|" + i.code() + "|TOTAL")).as(i.code()).isPositive();
    }
    try (DuckDbFileBaseline db = DuckDbFileBaseline.open(0)) {
      assertThat(db.run(p, e, asOf)).isPositive();
    }
  }

  /**
   * The window edges by hand: exit + 28 days and exit + 6 months (clamped: 31 August + 6 months is
   * 28 February) inclusive, the later row of one day wins, a re-entry's events are those of its last exit,
   * an active re-entry has no results, an entry after the reporting date does not exist, events after it
   * do not count, one person written with and without the hyphen.
   */
  @Test
  void window_edges_ties_and_re_entries_by_hand() throws Exception {
    Path p = dir.resolve("edges-p.csv");
    Path e = dir.resolve("edges-e.csv");
    String row = ",woman,1990-01-01,";
    Files.writeString(p, String.join("\n",
        "participant_id,person_id,sub_project,gender,birth_date,entry_date,exit_date,employment_status,education,disability,foreign_background,third_country_national,homeless,rural",
        "B1,,Dal,man,1980-05-05,2022-01-10,2022-08-31,unemployed,isced3,yes,no,,,no",
        "C1,,Berg" + row + "2022-01-10,2022-08-31,inactive,isced1,yes,no,,,no",
        "D1,19900161-0014,Berg" + row + "2022-01-10,2022-03-31,unemployed,isced3,yes,no,,,no",
        "D2,199001610014,Dal" + row + "2022-05-01,2022-12-15,employed,isced5,yes,no,,,no",
        "E1,19900162-0021,Berg" + row + "2022-01-10,2022-06-30,unemployed,isced3,yes,no,,,no",
        "E2,19900162-0021,Berg" + row + "2023-01-01,,unemployed,isced3,yes,no,,,no",
        "F1,19880375-0036,Dal,non_binary,1988-03-15,2022-02-01,2022-03-01,long_term_unemployed,isced2,yes,no,,,no",
        "F2,19880375-0036,Dal,non_binary,1988-03-15,2023-08-01,2023-09-01,employed,isced2,yes,no,,,no",
        "G1,,Berg" + row + "2023-01-02,2023-06-20,unemployed,isced4,yes,no,,,no",
        "H1,,Berg" + row + "2023-01-02,2023-07-15,unemployed,isced4,yes,no,,,no",
        "") , StandardCharsets.UTF_8);
    Files.writeString(e, String.join("\n",
        "participant_id,date,event",
        "B1,2022-09-28,employed",
        "B1,2022-09-28,job_searching",
        "B1,2023-02-28,employed",
        "C1,2022-09-29,employed",
        "C1,2022-09-10,qualification_gained",
        "D1,2022-04-01,employed",
        "D2,2022-12-20,in_education",
        "D2,2023-06-30,employed",
        "E1,2022-07-01,employed",
        "F1,2022-03-05,self_employed",
        "G1,2023-06-25,employed",
        "G1,2023-07-01,inactive",
        "H1,2023-07-20,employed",
        ""), StandardCharsets.UTF_8);
    LocalDate asOf = LocalDate.of(2023, 6, 30);
    Map<String, Long> esfkit = esfkit(p, e, asOf);
    assertThat(sql(p, e, asOf)).isEqualTo(esfkit);
    assertThat(esfkit).containsEntry("Berg|EECO01|TOTAL", 5L).containsEntry("Dal|EECO01|TOTAL", 2L)
        .containsEntry("Dal|EECR01|MEN", 1L).containsEntry("Berg|EECR02|WOMEN", 1L)
        .containsEntry("Berg|EECR03|WOMEN", 1L).containsEntry("Dal|EECR04|NON_BINARY", 1L)
        .containsEntry("Berg|EECR04|WOMEN", 1L).containsEntry("Dal|EECR05|TOTAL", 2L)
        .containsEntry("Berg|EECR05|TOTAL", 1L).doesNotContainKey("Berg|EECR01|TOTAL");
  }

  private static Map<String, Long> esfkit(Path p, Path e, LocalDate asOf) {
    CommonIndicatorCalculator calc = CommonIndicatorCalculator.of(PERIOD, asOf);
    assertThat(ColumnarCsvReader.create(ProgressListener.NONE).read(p, e, calc)).isPresent();
    return DuckDbBaseline.figures(calc.result(), DuckDbFileBaseline.INDICATORS);
  }

  private static Map<String, Long> sql(Path p, Path e, LocalDate asOf) throws Exception {
    try (DuckDbFileBaseline db = DuckDbFileBaseline.open(1)) {
      return db.figures(p, e, asOf);
    }
  }
}
