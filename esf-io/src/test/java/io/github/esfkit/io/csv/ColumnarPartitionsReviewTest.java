package io.github.esfkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.id.Personnummer;
import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.EmploymentStatus;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.participant.IscedLevel;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.indicators.common.CommonIndicatorCalculator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The partitioned read on the inputs a review found wrong or untested: a participant_id in rows of different
 * persons with no events.csv, a byte order mark inside an events row, failures in the events pass, several
 * partitioning threads (more id partitions than partitions, up to the cap), and a calculator that already
 * holds a person whose re-entry is in the file. Each declined file is one the full reader reports.
 */
class ColumnarPartitionsReviewTest {

  private static final String HEADER = "participant_id,person_id,sub_project,gender,birth_date,entry_date,exit_date,"
      + "employment_status,education\n";
  /** The well-known test number, never a real person. */
  private static final String PERSON = "19121212-1212";

  @TempDir
  Path dir;

  private static CommonIndicatorCalculator calculator() {
    return CommonIndicatorCalculator.of(ProgrammePeriod.ESF_PLUS_2021_2027, LocalDate.of(2022, 12, 31));
  }

  private Path write(String name, CharSequence text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static String rows(int from, int to) {
    StringBuilder s = new StringBuilder();
    for (int i = from; i <= to; i++) {
      s.append("KX").append(i).append(",,Berg,woman,1988-04-02,2021-01-04,2021-06-30,unemployed,isced3\n");
    }
    return s.toString();
  }

  private static String events(int from, int to) {
    StringBuilder s = new StringBuilder();
    for (int i = from; i <= to; i++) {
      s.append("2021-07-01,KX").append(i).append(",employed\n");
    }
    return s.toString();
  }

  /** A synthetic personnummer (born 1980-01-{@code k + 1}) with a valid check digit. */
  private static String person(int k) {
    String nine = String.format("8001%02d%03d", k + 1, 100 + k); // YYMMDD and the three-digit serial
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    return "19" + nine.substring(0, 6) + "-" + nine.substring(6) + (10 - sum % 10) % 10;
  }

  private Path spill() throws IOException {
    return Files.createDirectories(dir.resolve("spill"));
  }

  private List<Path> leftIn(Path spill) throws IOException {
    try (Stream<Path> s = Files.list(spill)) {
      return s.toList();
    }
  }

  /** Asserts the full reader reports an error and the partitioned read declines, in 2–7 partitions and 1–3 threads. */
  private void assertReportedAndDeclined(Path p, Path e) throws IOException {
    ReadResult full = ParticipantCsvReader.create().read(CsvInput.of(p), e == null ? null : CsvInput.of(e), x -> { });
    assertThat(full.isValid()).as("the full reader reports it").isFalse();
    Path spill = spill();
    for (int threads = 1; threads <= 3; threads++) {
      for (int parts = 2; parts <= 7; parts++) {
        Optional<ReadResult> r = ColumnarCsvReader.withRanges(ProgressListener.NONE, threads)
            .partitioned(Math.max(1, Files.size(p) / parts), spill).read(p, e, calculator());
        assertThat(r).as("%d partitions, %d threads", parts, threads).isEmpty();
        assertThat(leftIn(spill)).isEmpty();
      }
    }
  }

  @Test
  void aParticipantIdInRowsOfDifferentPersonsIsFoundWithoutEvents() throws IOException {
    Path p = write("p.csv", HEADER + "DUP-1," + PERSON + ",Berg,woman,1988-04-02,2021-01-04,,unemployed,isced3\n"
        + rows(1, 60) + "DUP-1,,Berg,woman,1988-04-02,2021-01-04,,unemployed,isced3\n");
    assertReportedAndDeclined(p, null);
  }

  @Test
  void aByteOrderMarkInsideEventsCsvIsPartOfItsRow() throws IOException {
    Path p = write("p.csv", HEADER + rows(1, 40));
    Path e = write("e.csv", "date,participant_id,event\n\uFEFF2021-07-01,KX1,employed\n" + events(2, 40));
    assertReportedAndDeclined(p, e);
  }

  @Test
  void theEventsPassDeclinesABadHeaderAShortRowAndABadId() throws IOException {
    Path p = write("p.csv", HEADER + rows(1, 40));
    for (String bad : List.of("date,participant_id,whatever\n" + events(1, 40),
        "date,participant_id,event\n" + events(1, 20) + "2021-07-01,KX21\n" + events(22, 40),
        "date,participant_id,event\n" + events(1, 20) + "2021-07-01,K X,employed\n" + events(22, 40))) {
      assertReportedAndDeclined(p, write("e.csv", bad));
    }
  }

  @Test
  void severalThreadsAndUpToTheCapOfIdPartitionsGiveTheWholeReadsFigures() throws IOException {
    StringBuilder s = new StringBuilder(HEADER);
    StringBuilder ev = new StringBuilder("date,participant_id,event\n");
    for (int i = 1; i <= 900; i++) {
      boolean reEntered = i % 7 == 0; // 128 rows of 16 persons, eight rows each
      s.append("KX").append(i).append(',').append(reEntered ? person(i % 16) : "").append(",Berg,woman,1988-04-02,")
          .append(reEntered ? "2021-0" + (1 + i % 9) + "-04" : "2021-01-04").append(",2021-09-30,unemployed,isced3\n");
      if (i % 3 == 0) {
        ev.append("2021-10-0").append(1 + i % 9).append(",KX").append(i).append(",employed\n");
      }
    }
    Path p = write("p.csv", s);
    Path e = write("e.csv", ev);
    CommonIndicatorCalculator whole = calculator();
    assertThat(ColumnarCsvReader.create(ProgressListener.NONE).read(p, e, whole)).isPresent();
    Path spill = spill();
    for (int threads : new int[] {2, 3, 4, 8}) {
      for (int parts : new int[] {2, 5, 60, 128}) { // 60 × 3 and 128 × 2: more id partitions than the cap
        CommonIndicatorCalculator c = calculator();
        Optional<ReadResult> r = ColumnarCsvReader.withRanges(ProgressListener.NONE, threads)
            .partitioned(Math.max(1, Files.size(p) / parts), spill).read(p, e, c);
        assertThat(r).as("%d partitions, %d threads", parts, threads).isPresent();
        assertThat(r.get().participations()).isEqualTo(900);
        assertThat(c.result()).as("%d partitions, %d threads", parts, threads).isEqualTo(whole.result());
        assertThat(leftIn(spill)).isEmpty();
      }
    }
  }

  @Test
  void aFailureInAnotherThreadReachesTheCallerAsItselfAndNothingIsLeft() throws IOException {
    Path p = write("p.csv", HEADER + rows(1, 200_000)); // several progress reports per range
    Path spill = spill();
    for (int threads = 2; threads <= 4; threads++) {
      java.util.concurrent.atomic.AtomicBoolean thrown = new java.util.concurrent.atomic.AtomicBoolean();
      ProgressListener failsOnAWorker = (file, bytes, total, rows) -> {
        if (Thread.currentThread().getName().startsWith("esf-") && thrown.compareAndSet(false, true)) {
          throw new IllegalStateException("listener failed");
        }
      };
      ColumnarCsvReader reader = ColumnarCsvReader.withRanges(failsOnAWorker, threads)
          .partitioned(Files.size(p) / 3, spill);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> reader.read(p, null, calculator()))
          .as("%d threads", threads).isInstanceOf(IllegalStateException.class).hasMessage("listener failed");
      assertThat(thrown).isTrue();
      assertThat(leftIn(spill)).isEmpty();
    }
  }

  @Test
  void aPersonTheCalculatorHoldsLinksWithItsRowsInTheFileAsInASmallFile() throws IOException {
    // the same person as the file's first and last rows, entered earlier: linked, it is one participant
    Participation earlier = Participation.builder().participantId("EARLY-1").personId(Personnummer.parse(PERSON))
        .subProject("Berg").gender(Answer.of(Gender.WOMAN)).birthDate(Answer.of(LocalDate.of(1912, 12, 12)))
        .entryDate(LocalDate.of(2020, 3, 2)).exitDate(LocalDate.of(2020, 6, 30))
        .employmentStatus(Answer.of(EmploymentStatus.UNEMPLOYED)).education(Answer.of(IscedLevel.ISCED3)).build();
    String row = ",Berg,woman,1912-12-12,2021-01-04,2021-06-30,unemployed,isced3\n";
    Path p = write("p.csv", HEADER + "RE-1," + PERSON + row + rows(1, 60) + "RE-2," + PERSON + row);
    CommonIndicatorCalculator whole = calculator().add(earlier);
    assertThat(ColumnarCsvReader.create(ProgressListener.NONE).read(p, null, whole)).isPresent();
    CommonIndicatorCalculator parted = calculator().add(earlier);
    assertThat(ColumnarCsvReader.create(ProgressListener.NONE).partitioned(Files.size(p) / 4, spill())
        .read(p, null, parted)).isPresent();
    assertThat(parted.result()).isEqualTo(whole.result());
    assertThat(whole.result().participants()).as("62 rows and the earlier record: 61 persons").isEqualTo(61);
  }
}
