package io.github.esfkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.indicators.common.CommonIndicatorCalculator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file named with a personnummer (a coordinator's export, "deltagare-19121212-1212.csv") reaches the progress
 * listener, which the command line prints, with the number withheld: from the full reader, the columnar path
 * and the partitioned columnar path alike.
 */
class ProgressNameTest {

  /** The well-known test number, never a real person. */
  private static final String NAMED = "deltagare-19121212-1212.csv";

  @TempDir
  Path dir;

  private Path participants() throws IOException {
    StringBuilder s = new StringBuilder("participant_id,person_id,sub_project,gender,birth_date,entry_date,exit_date,"
        + "employment_status,education\n");
    for (int i = 1; i <= 300; i++) { // more rows than one progress report of the full reader
      s.append("P").append(i).append(",,Berg,woman,1990-01-01,2021-01-04,,unemployed,isced3\n");
    }
    Path p = dir.resolve(NAMED);
    Files.writeString(p, s, StandardCharsets.UTF_8);
    return p;
  }

  private static CommonIndicatorCalculator calculator() {
    return CommonIndicatorCalculator.of(ProgrammePeriod.ESF_PLUS_2021_2027, LocalDate.of(2024, 6, 30));
  }

  private static void assertWithheld(List<String> names) {
    assertThat(names).as("the listener was told").isNotEmpty();
    assertThat(names).allSatisfy(n -> assertThat(n).doesNotContain("19121212").doesNotContain("1212-1212")
        .contains("deltagare-"));
  }

  @Test
  void theFullReaderWithholdsTheNumber() throws IOException {
    List<String> names = new ArrayList<>();
    ReadResult r = ParticipantCsvReader.create(10, (file, bytes, total, rows) -> names.add(file))
        .read(CsvInput.of(participants()), null, p -> { });
    assertThat(r.isValid()).isTrue();
    assertWithheld(names);
  }

  @Test
  void theColumnarPathWithholdsTheNumberWholeAndPartitioned() throws IOException {
    Path p = participants();
    List<String> whole = new ArrayList<>();
    assertThat(ColumnarCsvReader.create((file, bytes, total, rows) -> whole.add(file)).read(p, null, calculator()))
        .isPresent();
    assertWithheld(whole);
    List<String> parted = new ArrayList<>();
    assertThat(ColumnarCsvReader.create((file, bytes, total, rows) -> parted.add(file))
        .partitioned(Files.size(p) / 3, dir).read(p, null, calculator())).isPresent();
    assertWithheld(parted);
  }
}
