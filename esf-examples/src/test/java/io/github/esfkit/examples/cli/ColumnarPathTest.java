package io.github.esfkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.examples.data.SyntheticParticipants;
import io.github.esfkit.indicators.common.CommonIndicatorCalculator;
import io.github.esfkit.io.csv.ColumnarCsvReader;
import io.github.esfkit.io.csv.CsvInput;
import io.github.esfkit.io.csv.ParticipantCsvReader;
import io.github.esfkit.io.csv.ProgressListener;
import io.github.esfkit.io.csv.ReadResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The columnar CSV path gives exactly the figures of the object path (the participation reader and the
 * calculator's linking fold), re-entries included, and declines every file it cannot read as valid, so that
 * the object path reports its errors (their output is pinned by {@link BadInputGoldenTest}); all of this also
 * when the files are partitioned by person to temporary files ({@link ColumnarCsvReader#partitioned}).
 */
class ColumnarPathTest {

  @TempDir
  Path dir;

  static CommonIndicatorCalculator calculator(ProgrammePeriod period) {
    return CommonIndicatorCalculator.of(period, LocalDate.of(2023, 12, 31));
  }

  void assertSameFigures(Path participants, Path events, ProgrammePeriod period) {
    assertSameFigures(participants, events, period, ColumnarCsvReader.create(ProgressListener.NONE));
  }

  void assertSameFigures(Path participants, Path events, ProgrammePeriod period, ColumnarCsvReader reader) {
    CommonIndicatorCalculator objects = calculator(period);
    ReadResult expected = ParticipantCsvReader.create().read(CsvInput.of(participants),
        events == null ? null : CsvInput.of(events), objects::add);
    assertThat(expected.isValid()).as(expected.errors().kept().toString()).isTrue();
    CommonIndicatorCalculator columns = calculator(period);
    Optional<ReadResult> actual = reader.read(participants, events, columns);
    assertThat(actual).as("the columnar path takes the file").isPresent();
    assertThat(actual.get().participations()).isEqualTo(expected.participations());
    assertThat(actual.get().events()).isEqualTo(expected.events());
    assertThat(columns.result()).isEqualTo(objects.result());
  }

  @ParameterizedTest(name = "seed {0}, {1} rows, person ids {2}")
  @CsvSource({"1, 30000, true", "2, 5000, false", "3, 1, true", "4, 0, true"})
  void generatedCohortsGiveTheSameFigures(long seed, int rows, boolean withPersonId) throws IOException {
    Path p = dir.resolve("p.csv");
    Path e = dir.resolve("e.csv");
    try (OutputStream po = Files.newOutputStream(p); OutputStream eo = Files.newOutputStream(e)) {
      new SyntheticParticipants(seed, true, LocalDate.of(2019, 1, 1)).writeCsv(rows, po, eo, withPersonId);
    }
    assertSameFigures(p, e, ProgrammePeriod.ESF_PLUS_2021_2027);
    assertSameFigures(p, e, ProgrammePeriod.ESF_2014_2020);
    assertSameFigures(p, null, ProgrammePeriod.ESF_2014_2020);
  }

  /** Partitioning makes a new directory under {@link #spill} and leaves nothing there. */
  private ColumnarCsvReader partitioned(long bytes) throws IOException {
    return partitioned(bytes, ProgressListener.NONE);
  }

  private ColumnarCsvReader partitioned(long bytes, ProgressListener progress) throws IOException {
    if (!Files.isDirectory(spill())) {
      Files.createDirectory(spill());
    }
    return ColumnarCsvReader.create(progress).partitioned(bytes, spill());
  }

  private Path spill() {
    return dir.resolve("spill");
  }

  private void assertSpillEmpty() throws IOException {
    try (var left = Files.list(spill())) {
      assertThat(left.toList()).as("partitions left behind").isEmpty();
    }
  }

  @ParameterizedTest(name = "seed {0}, {1} rows, person ids {2}")
  @CsvSource({"5, 20000, true", "6, 6000, false", "7, 2, true"})
  void generatedCohortsReadInPartitionsGiveTheSameFigures(long seed, int rows, boolean withPersonId)
      throws IOException {
    Path p = dir.resolve("p.csv");
    Path e = dir.resolve("e.csv");
    try (OutputStream po = Files.newOutputStream(p); OutputStream eo = Files.newOutputStream(e)) {
      new SyntheticParticipants(seed, true, LocalDate.of(2019, 1, 1)).writeCsv(rows, po, eo, withPersonId);
    }
    long size = Files.size(p);
    for (int partitions : new int[] {2, 3, 7}) {
      long bytes = Math.max(1, size / partitions);
      AtomicBoolean partitionsSeen = new AtomicBoolean();
      ProgressListener watch = (file, read, total, n) -> {
        try (var entries = Files.list(spill())) {
          partitionsSeen.compareAndSet(false, entries.findAny().isPresent());
        } catch (IOException x) {
          throw new java.io.UncheckedIOException(x);
        }
      };
      assertSameFigures(p, e, ProgrammePeriod.ESF_PLUS_2021_2027, partitioned(bytes, watch));
      assertThat(partitionsSeen).as("partitions written in %d partitions", partitions).isTrue();
      assertSameFigures(p, e, ProgrammePeriod.ESF_2014_2020, partitioned(bytes));
      assertSameFigures(p, null, ProgrammePeriod.ESF_PLUS_2021_2027, partitioned(bytes));
      assertSameFigures(p, null, ProgrammePeriod.ESF_2014_2020, partitioned(bytes));
      assertSpillEmpty();
    }
  }

  @Test
  void everyBadInputFileIsDeclinedWhenPartitioned() throws IOException {
    try (var cases = Files.list(BadInputGoldenTest.ROOT)) {
      for (Path c : (Iterable<Path>) cases::iterator) {
        Path participants = c.resolve("participants.csv");
        Path events = c.resolve("events.csv");
        long size = Files.size(participants);
        for (long bytes : new long[] {1, Math.max(1, size / 3)}) {
          Optional<ReadResult> r = partitioned(bytes).read(participants, Files.exists(events) ? events : null,
              calculator(ProgrammePeriod.ESF_2014_2020));
          assertThat(r).as("%s in partitions of %d bytes", c, bytes).isEmpty();
          assertSpillEmpty();
        }
      }
    }
  }

  @Test
  void theBundledExampleFilesGiveTheSameFigures() {
    assertSameFigures(Paths.get("examples/cohort-participants.csv"), Paths.get("examples/cohort-events.csv"),
        ProgrammePeriod.ESF_2014_2020);
    assertSameFigures(Paths.get("examples/144587-participants.csv"), null, ProgrammePeriod.ESF_2014_2020);
  }

  @Test
  void crlfAndAByteOrderMarkAreReadToo() throws IOException {
    String text = Files.readString(Paths.get("examples/cohort-participants.csv"), StandardCharsets.UTF_8);
    Path p = dir.resolve("crlf.csv");
    Files.writeString(p, "\uFEFF" + text.replace("\n", "\r\n") + "\r\n\r\n", StandardCharsets.UTF_8);
    assertSameFigures(p, Paths.get("examples/cohort-events.csv"), ProgrammePeriod.ESF_2014_2020);
  }

  @Test
  void everyBadInputFileIsDeclined() throws IOException {
    try (var cases = Files.list(BadInputGoldenTest.ROOT)) {
      for (Path c : (Iterable<Path>) cases::iterator) {
        Path events = c.resolve("events.csv");
        Optional<ReadResult> r = ColumnarCsvReader.create(ProgressListener.NONE).read(c.resolve("participants.csv"),
            Files.exists(events) ? events : null, calculator(ProgrammePeriod.ESF_2014_2020));
        assertThat(r).as(c.toString()).isEmpty();
      }
    }
  }

  @Test
  void aQuotedFieldIsLeftToTheObjectReaderWhichGivesTheFigures() throws IOException {
    String text = Files.readString(Paths.get("examples/cohort-participants.csv"), StandardCharsets.UTF_8);
    Path p = dir.resolve("quoted.csv");
    Files.writeString(p, text.replaceFirst(",Berg,", ",\"Berg\","), StandardCharsets.UTF_8);
    assertThat(ColumnarCsvReader.create(ProgressListener.NONE).read(p, null, calculator(ProgrammePeriod.ESF_2014_2020)))
        .isEmpty();
    CliRun r = CliRun.esf("indicators", "--participants", p.toString(), "--period", "2014-2020", "--as-of",
        "2023-12-31");
    assertThat(r.code).as(r.toString()).isEqualTo(0);
    CliRun plain = CliRun.esf("indicators", "--participants", "examples/cohort-participants.csv", "--period",
        "2014-2020", "--as-of", "2023-12-31");
    assertThat(r.out).isEqualTo(plain.out);
  }
}
