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
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The columnar path split into byte ranges: a re-entry whose rows fall into different ranges is linked, an
 * event waits for a row in any range, an id in two ranges and a quoted field cut by a range end send the
 * files to the full reader, and CRLF line ends split anywhere read the same.
 */
class ColumnarRangesTest {

  private static final String HEADER = "participant_id,person_id,sub_project,gender,birth_date,entry_date,exit_date,"
      + "employment_status,education\n";
  private static final String EVENTS_HEADER = "participant_id,date,event\n";
  /** Synthetic numbers (a samordningsnummer and the well-known test number), never real persons. */
  private static final String PERSON_A = "19850372-0008";
  private static final String PERSON_B = "19121212-1212";
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  @TempDir
  Path dir;

  private static String row(String id, String person, String entry, String exit) {
    return id + "," + person + ",Berg,woman,unknown:refused," + entry + "," + exit + ",unemployed,isced3\n";
  }

  /** A file whose first and last rows are the same person: any split into ranges puts them apart. */
  private static String reEntryFile(String eol, int fillers) {
    StringBuilder s = new StringBuilder(HEADER);
    s.append(row("P1", PERSON_A, "2020-01-10", "2020-03-01"));
    for (int i = 2; i < 2 + fillers; i++) {
      s.append(row("P" + i, i % 3 == 0 ? PERSON_B : "", "2021-0" + (1 + i % 9) + "-15", i % 2 == 0 ? "2022-01-31" : ""));
    }
    s.append(row("P" + (2 + fillers), PERSON_A, "2022-05-02", "2022-09-30"));
    return s.toString().replace("\n", eol);
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  /** Reads with the full reader and with the columnar path in {@code ranges} ranges; the latter's answer. */
  private static Optional<ReadResult> readBoth(Path p, Path e, int ranges, CommonIndicatorCalculator full,
      CommonIndicatorCalculator columns) {
    ParticipantCsvReader.create().read(CsvInput.of(p), e == null ? null : CsvInput.of(e), full::add);
    return ColumnarCsvReader.withRanges(ProgressListener.NONE, ranges).read(p, e, columns);
  }

  private static CommonIndicatorCalculator calculator() {
    return CommonIndicatorCalculator.of(ProgrammePeriod.ESF_PLUS_2021_2027, AS_OF);
  }

  private static void assertTakenAndEqual(Path p, Path e, int ranges) {
    ReadResult expected = ParticipantCsvReader.create().read(CsvInput.of(p), e == null ? null : CsvInput.of(e),
        x -> { });
    assertThat(expected.isValid()).as(expected.errors().kept().toString()).isTrue();
    CommonIndicatorCalculator full = calculator();
    CommonIndicatorCalculator columns = calculator();
    Optional<ReadResult> actual = readBoth(p, e, ranges, full, columns);
    assertThat(actual).as("taken in %d ranges", ranges).isPresent();
    assertThat(actual.get().participations()).isEqualTo(expected.participations());
    assertThat(actual.get().events()).isEqualTo(expected.events());
    assertThat(columns.result()).as("%d ranges", ranges).isEqualTo(full.result());
  }

  @Test
  void aReEntryWhoseRowsFallIntoDifferentRangesIsLinked() throws IOException {
    String text = reEntryFile("\n", 40);
    Path p = write("p.csv", text);
    Path e = write("e.csv", EVENTS_HEADER + "P1,2020-03-20,employed\nP42,2022-10-05,in_education\n");
    long[] bounds = ColumnarCsvReader.bounds(p, HEADER.length(), text.length(), 2);
    assertThat(bounds[1]).as("P1 in the first range, P42 in the second")
        .isGreaterThan(text.indexOf("P1,")).isLessThanOrEqualTo(text.indexOf("P42,"));
    for (int ranges = 1; ranges <= 8; ranges++) {
      assertTakenAndEqual(p, e, ranges);
    }
    CommonIndicatorCalculator full = calculator();
    readBoth(p, e, 1, full, calculator());
    // 42 rows: P1 and P42 are one person, and the 13 rows of PERSON_B (every third filler) another
    assertThat(full.result().participants()).as("persons, re-entries linked").isEqualTo(42 - 1 - 12);
  }

  @Test
  void anEventWaitsForItsRowInAnyRange() throws IOException {
    String text = reEntryFile("\n", 30);
    Path p = write("p.csv", text);
    // the first events name the last rows of participants.csv, the last event its first row
    Path e = write("e.csv", EVENTS_HEADER + "P32,2022-10-01,employed\nP30,2022-02-01,job_searching\n"
        + "P30,2022-02-03,employed\nP1,2020-03-02,in_education\n");
    for (int ranges = 1; ranges <= 6; ranges++) {
      assertTakenAndEqual(p, e, ranges);
    }
  }

  @Test
  void aParticipantIdInTwoRangesSendsTheFilesToTheFullReader() throws IOException {
    for (String id : List.of("P1", "PROJEKT-2021-LONG-ID-000001")) { // packed and arena ids
      String text = HEADER + row(id, PERSON_A, "2021-01-04", "2021-02-01") + reEntryFile("\n", 20).substring(
          HEADER.length()) + row(id, "", "2021-03-04", "");
      Path p = write("p.csv", text);
      ReadResult full = ParticipantCsvReader.create().read(CsvInput.of(p), null, x -> { });
      assertThat(full.isValid()).isFalse();
      for (int ranges = 1; ranges <= 5; ranges++) {
        assertThat(ColumnarCsvReader.withRanges(ProgressListener.NONE, ranges).read(p, null, calculator()))
            .as("%s in %d ranges", id, ranges).isEmpty();
      }
    }
  }

  @Test
  void crlfLineEndsSplitAnywhereReadTheSame() throws IOException {
    String text = reEntryFile("\r\n", 12);
    Path p = write("p.csv", text);
    Path e = write("e.csv", (EVENTS_HEADER + "P1,2020-03-20,employed\n").replace("\n", "\r\n"));
    for (int ranges = 1; ranges <= 20; ranges++) { // more ranges than rows: some are empty
      assertTakenAndEqual(p, e, ranges);
    }
  }

  /**
   * Files whose last line has no line end (as a spreadsheet may save them) are read by the columnar path. Its
   * tokenizer once went on past the end of input into bytes it had already taken, so such files (either of
   * the two) were always declined and read by the slower full reader.
   */
  @Test
  void aLastLineWithoutALineEndIsTaken() throws IOException {
    for (String eol : List.of("\n", "\r\n")) {
      String text = reEntryFile(eol, 12);
      Path p = write("p.csv", text.substring(0, text.length() - eol.length()));
      String events = (EVENTS_HEADER + "P1,2020-03-20,employed\nP14,2022-10-05,in_education").replace("\n", eol);
      Path e = write("e.csv", events);
      Path whole = write("whole.csv", text);
      for (int ranges = 1; ranges <= 4; ranges++) {
        assertTakenAndEqual(whole, e, ranges);
        assertTakenAndEqual(p, e, ranges);
        assertTakenAndEqual(p, null, ranges);
      }
    }
  }

  @Test
  void aQuotedFieldCutByARangeEndIsLeftToTheFullReader() throws IOException {
    StringBuilder s = new StringBuilder(HEADER);
    for (int i = 1; i <= 20; i++) {
      String sub = i == 10 ? "\"Norra\nSödra\"" : "Berg";
      s.append("P").append(i).append(",,").append(sub).append(",man,1980-01-01,2021-01-04,,employed,isced2\n");
    }
    Path p = write("p.csv", s.toString());
    CommonIndicatorCalculator full = calculator();
    ReadResult expected = ParticipantCsvReader.create().read(CsvInput.of(p), null, full::add);
    assertThat(expected.isValid()).isTrue();
    long cut = s.indexOf("Södra"); // all bytes before it are ASCII
    boolean cutInside = false;
    for (int ranges = 1; ranges <= 12; ranges++) {
      long[] bounds = ColumnarCsvReader.bounds(p, HEADER.length(), Files.size(p), ranges);
      for (long b : bounds) {
        cutInside |= b == cut;
      }
      assertThat(ColumnarCsvReader.withRanges(ProgressListener.NONE, ranges).read(p, null, calculator()))
          .as("%d ranges", ranges).isEmpty();
    }
    assertThat(cutInside).as("some split falls inside the quoted field").isTrue();
  }

  @Test
  void rangesStartAfterALineFeedAndCoverTheFile() throws IOException {
    String text = reEntryFile("\r\n", 25);
    Path p = write("p.csv", text);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (int n = 1; n <= 40; n++) {
      long[] b = ColumnarCsvReader.bounds(p, HEADER.length() + 1, bytes.length, n);
      assertThat(b).hasSize(n + 1);
      assertThat(b[0]).isEqualTo(HEADER.length() + 1);
      assertThat(b[n]).isEqualTo(bytes.length);
      List<Long> inner = new ArrayList<>();
      for (int k = 1; k < n; k++) {
        assertThat(b[k]).isGreaterThanOrEqualTo(b[k - 1]);
        if (b[k] < bytes.length) {
          assertThat(bytes[(int) b[k] - 1]).as("byte before bound %d", k).isEqualTo((byte) '\n');
        }
        inner.add(b[k]);
      }
      assertThat(inner).isSorted();
    }
  }
}
