package io.github.esfkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.indicators.common.CommonIndicatorCalculator;
import io.github.esfkit.indicators.common.CommonIndicatorResult;
import io.github.esfkit.indicators.common.DataRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The columnar path partitioned by person to temporary files ({@link ColumnarCsvReader#partitioned}): with a
 * partition size far below the file's, every valid file gives the figures of the full reader (re-entries far
 * apart, both written forms of one personnummer, rows without personnummer, events routed to their row's
 * partition, CRLF, a byte order mark, no final line end, 1 to 7 and 128 partitions), with no person held in
 * the caller's calculator afterwards, and every file with an error is declined whichever partitions its rows
 * fall into. The partition directory is owner-only while the read runs, names nothing from the input, and is
 * gone when the read ends: after figures, a decline or an exception. Where no partition can be written (a
 * missing directory), the files are read whole.
 */
class ColumnarPartitionsTest {

  private static final String HEADER = "participant_id,person_id,sub_project,gender,birth_date,entry_date,exit_date,"
      + "employment_status,education\n";
  private static final String HEADER_WITHOUT_PERSON = "participant_id,sub_project,gender,birth_date,entry_date,"
      + "exit_date,employment_status,education\n";
  private static final String EVENTS_HEADER = "participant_id,date,event\n";
  /** Synthetic numbers (a samordningsnummer and the well-known test number), never real persons. */
  private static final String PERSON_A = "19850372-0008";
  private static final String PERSON_A_PLAIN = "198503720008";
  private static final String PERSON_B = "19121212-1212";
  private static final String[] SUB_PROJECTS = {"Berg", "Krokom", "Åre"};
  private static final String[] GENDERS = {"woman", "man", "non_binary", "unknown:refused"};
  private static final String[] STATUSES = {"unemployed", "long_term_unemployed", "inactive", "employed"};
  private static final String[] EVENTS = {"employed", "in_education", "job_searching", "qualification_gained"};
  private static final LocalDate AS_OF = LocalDate.of(2022, 12, 31);

  @TempDir
  Path dir;
  /** Where the input files are written. */
  Path in;
  /** The directory handed to {@code partitioned}: the read makes its partition directory here. */
  Path spill;

  @BeforeEach
  void directories() throws IOException {
    in = Files.createDirectory(dir.resolve("in"));
    spill = Files.createDirectory(dir.resolve("spill"));
  }

  // ------------------------------------------------------------------------------------------ input

  /**
   * A synthetic samordningsnummer (day of birth + 60) with a valid check digit, written with or without the
   * hyphen: generated, no real person's number.
   */
  static String syntheticPersonnummer(int k, boolean hyphen) {
    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(k * 13L);
    String nine = String.format("%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue(),
        birth.getDayOfMonth() + 60, 200 + k % 700);
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int d = (nine.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += d > 9 ? d - 9 : d;
    }
    String ten = nine + (10 - sum % 10) % 10;
    String century = String.valueOf(birth.getYear() / 100);
    return century + ten.substring(0, 6) + (hyphen ? "-" : "") + ten.substring(6);
  }

  /** Both files of a cohort as text. */
  record Cohort(String participants, String events) {
    Cohort map(java.util.function.UnaryOperator<String> f) {
      return new Cohort(f.apply(participants), f.apply(events));
    }
  }

  /**
   * A valid cohort of {@code rows} rows: two in three with a personnummer (if the column is there) drawn from
   * a pool of {@code rows / 6} persons, so most persons re-enter, their rows far apart, written in either
   * form; three in four exited, with up to two events each, events.csv in reverse order of the rows.
   */
  static Cohort cohort(long seed, int rows, boolean personColumn) {
    SplittableRandom r = new SplittableRandom(seed);
    int persons = Math.max(1, rows / 6);
    StringBuilder p = new StringBuilder(personColumn ? HEADER : HEADER_WITHOUT_PERSON);
    List<String> events = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      String id = "KX" + (100 + i);
      LocalDate entry = LocalDate.of(2021, 1, 4).plusDays(r.nextInt(700));
      LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(r.nextInt(365 * 40));
      String exit = "";
      if (r.nextInt(4) != 0) {
        LocalDate x = entry.plusDays(r.nextInt(200));
        exit = x.toString();
        int n = r.nextInt(3);
        for (int k = 0; k < n; k++) {
          events.add(id + "," + x.plusDays(r.nextInt(60)) + "," + EVENTS[r.nextInt(EVENTS.length)] + "\n");
        }
      }
      p.append(id).append(',');
      if (personColumn) {
        p.append(r.nextInt(3) == 0 ? "" : syntheticPersonnummer(r.nextInt(persons), r.nextBoolean())).append(',');
      }
      p.append(SUB_PROJECTS[r.nextInt(SUB_PROJECTS.length)]).append(',').append(GENDERS[r.nextInt(GENDERS.length)])
          .append(',').append(birth).append(',').append(entry).append(',').append(exit).append(',')
          .append(STATUSES[r.nextInt(STATUSES.length)]).append(",isced").append(r.nextInt(9)).append('\n');
    }
    Collections.reverse(events);
    return new Cohort(p.toString(), EVENTS_HEADER + String.join("", events));
  }

  private static String row(String id, String person, String sub, String entry, String exit) {
    return id + "," + person + "," + sub + ",woman,1988-04-02," + entry + "," + exit + ",unemployed,isced3\n";
  }

  private Path write(String name, String text) throws IOException {
    Path p = in.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  // ------------------------------------------------------------------------------------------ reading

  private static CommonIndicatorCalculator calculator(ProgrammePeriod period) {
    return CommonIndicatorCalculator.of(period, AS_OF);
  }

  /** The progress callbacks of the last read of {@link #assertTakenAndEqual}. */
  private Watch lastWatch;

  /** What the partition directory looked like at each progress callback of one read. */
  private final class Watch implements ProgressListener {
    final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> names = new ConcurrentLinkedQueue<>();
    volatile int callbacks;
    volatile int seen;

    @Override
    public void progress(String file, long bytesRead, long totalBytes, long rows) {
      callbacks++;
      names.add(file);
      List<Path> entries = list(spill);
      if (entries.isEmpty()) {
        return;
      }
      if (entries.size() != 1 || !Files.isDirectory(entries.get(0))) {
        problems.add("not one partition directory under the directory given: " + entries);
        return;
      }
      seen++;
      Path partitions = entries.get(0);
      names.add(partitions.getFileName().toString());
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        try {
          String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(partitions));
          if (!mode.equals("rwx------")) {
            problems.add("partition directory " + mode);
          }
        } catch (IOException e) {
          problems.add("permissions unreadable: " + e);
        }
      }
      try (Stream<Path> s = Files.walk(partitions)) {
        s.forEach(x -> names.add(x.getFileName().toString()));
      } catch (IOException | java.io.UncheckedIOException e) {
        // a partition deleted while listed: the names of this callback are incomplete, the next one sees them
      }
    }
  }

  private static List<Path> list(Path d) {
    try (Stream<Path> s = Files.list(d)) {
      return s.toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The partitioned read into {@code calculator}; asserts that the partition directory is gone afterwards. */
  private Optional<ReadResult> partitioned(Path p, @Nullable Path e, long bytes, CommonIndicatorCalculator calculator,
      ProgressListener progress) {
    Optional<ReadResult> r = ColumnarCsvReader.create(progress).partitioned(bytes, spill).read(p, e, calculator);
    assertThat(list(spill)).as("nothing left under the directory given (%s)", r.isPresent() ? "figures" : "declined")
        .isEmpty();
    return r;
  }

  /**
   * Reads with the full reader and partitioned into partitions of {@code bytes}; asserts the same counts and
   * figures, and that partitions were written when the file is larger than {@code bytes}. The full result.
   */
  private CommonIndicatorResult assertTakenAndEqual(Path p, @Nullable Path e, long bytes, ProgrammePeriod period)
      throws IOException {
    CommonIndicatorCalculator full = calculator(period);
    ReadResult expected = ParticipantCsvReader.create().read(CsvInput.of(p), e == null ? null : CsvInput.of(e),
        full::add);
    assertThat(expected.isValid()).as(expected.errors().kept().toString()).isTrue();
    CommonIndicatorCalculator columns = calculator(period);
    Watch watch = new Watch();
    lastWatch = watch;
    Optional<ReadResult> actual = partitioned(p, e, bytes, columns, watch);
    assertThat(actual).as("taken in partitions of %d bytes", bytes).isPresent();
    assertThat(actual.get().participations()).isEqualTo(expected.participations());
    assertThat(actual.get().events()).isEqualTo(expected.events());
    assertThat(columns.result()).as("partitions of %d bytes", bytes).isEqualTo(full.result());
    assertThat(watch.problems).isEmpty();
    if (Files.size(p) > bytes) {
      assertThat(watch.seen).as("a partition directory seen from a progress callback (%d callbacks)", watch.callbacks)
          .isPositive();
      assertThat(columns.pendingPersons()).as("each partition's persons folded before the merge").isZero();
    }
    return full.result();
  }

  private CommonIndicatorResult assertTakenAndEqual(Path p, @Nullable Path e, long bytes) throws IOException {
    return assertTakenAndEqual(p, e, bytes, ProgrammePeriod.ESF_PLUS_2021_2027);
  }

  /**
   * Writes the cohort's files and reads them (without events.csv unless {@code withEvents}) in each number of
   * partitions (the file's size divided by it), as {@link #assertTakenAndEqual}. The last full result.
   */
  private CommonIndicatorResult assertCohortTaken(Cohort c, boolean withEvents, ProgrammePeriod period,
      int... partitionCounts) throws IOException {
    Path p = write("p.csv", c.participants());
    Path e = withEvents ? write("e.csv", c.events()) : null;
    CommonIndicatorResult full = null;
    for (int partitions : partitionCounts) {
      full = assertTakenAndEqual(p, e, Files.size(p) / partitions, period);
    }
    return full;
  }

  private void assertDeclined(Path p, @Nullable Path e, long bytes) {
    Optional<ReadResult> r = partitioned(p, e, bytes, calculator(ProgrammePeriod.ESF_PLUS_2021_2027),
        ProgressListener.NONE);
    assertThat(r).as("declined in partitions of %d bytes", bytes).isEmpty();
  }

  private static boolean fullReaderRejects(Path p, @Nullable Path e) {
    return !ParticipantCsvReader.create().read(CsvInput.of(p), e == null ? null : CsvInput.of(e), x -> { })
        .isValid();
  }

  // ------------------------------------------------------------------------------------------ figures

  @Test
  void reEntriesFarApartInTheFileAreLinked() throws IOException {
    StringBuilder s = new StringBuilder(HEADER);
    s.append(row("KX1", PERSON_A, "Berg", "2021-01-11", "2021-03-01"));
    s.append(row("KX2", PERSON_B, "Krokom", "2021-02-01", "2021-02-26"));
    for (int i = 3; i < 300; i++) {
      s.append(row("KX" + i, i % 7 == 0 ? syntheticPersonnummer(i % 5, true) : "", "Åre", "2021-04-0" + (1 + i % 9),
          i % 2 == 0 ? "2021-12-31" : ""));
    }
    s.append(row("KX300", PERSON_B, "Berg", "2022-03-01", "2022-05-31"));
    s.append(row("KX301", PERSON_A, "Krokom", "2022-05-02", "2022-09-30"));
    Path p = write("p.csv", s.toString());
    Path e = write("e.csv", EVENTS_HEADER + "KX301,2022-10-05,employed\nKX1,2021-03-20,in_education\n"
        + "KX300,2022-06-01,job_searching\n");
    long size = Files.size(p);
    CommonIndicatorResult full = null;
    for (int partitions = 2; partitions <= 7; partitions++) {
      full = assertTakenAndEqual(p, e, size / partitions);
    }
    // 301 rows; PERSON_A and PERSON_B two rows each; the 42 rows of five generated persons (every seventh)
    assertThat(full.participants()).as("persons, re-entries linked").isEqualTo(301 - 2 - (42 - 5));
    assertThat(full.dataQuality().count(DataRule.RE_ENTRY_LINKED)).isEqualTo(2 + 42 - 5);
  }

  @Test
  void eventsAreRoutedToTheirPersonsPartition() throws IOException {
    Cohort c = cohort(5, 400, true);
    assertThat(c.events().lines().count()).as("events").isGreaterThan(100);
    assertCohortTaken(c, true, ProgrammePeriod.ESF_PLUS_2021_2027, 2, 3, 5, 7);
  }

  @Test
  void bothWrittenFormsOfOnePersonnummerAreOnePerson() throws IOException {
    StringBuilder s = new StringBuilder(HEADER);
    s.append(row("KX1", PERSON_A, "Berg", "2021-01-11", "2021-03-01"));
    for (int i = 2; i < 120; i++) {
      s.append(row("KX" + i, syntheticPersonnummer(i, i % 2 == 0), "Åre", "2021-04-12", ""));
    }
    s.append(row("KX120", PERSON_A_PLAIN, "Krokom", "2022-05-02", "2022-09-30"));
    s.append(row("KX121", syntheticPersonnummer(7, true), "Krokom", "2022-05-02", ""));
    s.append(row("KX122", syntheticPersonnummer(8, false), "Krokom", "2022-05-02", "")); // with the hyphen in KX8
    Path p = write("p.csv", s.toString());
    long size = Files.size(p);
    for (int partitions = 2; partitions <= 7; partitions++) {
      CommonIndicatorResult full = assertTakenAndEqual(p, null, size / partitions);
      assertThat(full.participants()).isEqualTo(122 - 3);
    }
  }

  @Test
  void rowsWithoutPersonnummerCountOneEach() throws IOException {
    Cohort c = cohort(6, 300, true).map(t -> t.replaceAll(",(\\d{8}-?\\d{4}),", ",,"));
    assertThat(c.participants()).doesNotContainPattern("\\d{8}-?\\d{4}");
    CommonIndicatorResult full = assertCohortTaken(c, true, ProgrammePeriod.ESF_PLUS_2021_2027, 4);
    assertThat(full.dataQuality().participationsRead()).isEqualTo(300);
  }

  @Test
  void aFileWithoutAPersonIdColumn() throws IOException {
    Cohort c = cohort(7, 300, false);
    assertCohortTaken(c, true, ProgrammePeriod.ESF_PLUS_2021_2027, 3);
    assertCohortTaken(c, false, ProgrammePeriod.ESF_2014_2020, 5);
  }

  @Test
  void noEventsFile() throws IOException {
    Cohort c = cohort(8, 300, true);
    assertCohortTaken(c, false, ProgrammePeriod.ESF_PLUS_2021_2027, 3);
    assertCohortTaken(c, false, ProgrammePeriod.ESF_2014_2020, 6);
  }

  /** Every line's fields in the order {@code order} gives (field {@code order[i]} goes to place i). */
  private static String reorder(String text, int... order) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      String[] f = line.split(",", -1);
      String[] g = new String[order.length];
      for (int i = 0; i < order.length; i++) {
        g[i] = f[order[i]];
      }
      out.append(String.join(",", g)).append('\n');
    }
    return out.toString();
  }

  @Test
  void columnsInAnyOrderAndAnEventsFileWithoutEvents() throws IOException {
    Cohort c = cohort(23, 300, true);
    // person_id last, participant_id in the middle; events.csv as date,event,participant_id
    Cohort shuffled = new Cohort(reorder(c.participants(), 2, 3, 4, 0, 5, 6, 7, 8, 1),
        reorder(c.events(), 1, 2, 0));
    assertThat(shuffled.participants()).startsWith("sub_project,gender,birth_date,participant_id,");
    assertCohortTaken(shuffled, true, ProgrammePeriod.ESF_PLUS_2021_2027, 2, 5);
    assertCohortTaken(new Cohort(c.participants(), EVENTS_HEADER), true, ProgrammePeriod.ESF_PLUS_2021_2027, 3);
  }

  @Test
  void crlfAByteOrderMarkAndEmptyLines() throws IOException {
    Cohort plain = cohort(9, 250, true);
    for (Cohort c : List.of(plain.map(t -> t.replace("\n", "\r\n")), plain.map(t -> "\uFEFF" + t),
        plain.map(t -> "\uFEFF" + t.replace("\n", "\r\n") + "\r\n"), plain.map(t -> t + "\n\n"))) {
      assertCohortTaken(c, true, ProgrammePeriod.ESF_PLUS_2021_2027, 2, 3, 7);
    }
  }

  /**
   * A valid file whose last line has no line end is taken, whole and partitioned. (Found 2026-12-02: the
   * columnar path declined every such file, whole or partitioned, so that a large one was read by the object
   * reader, not partitioned: {@code Records.next} after the last record shifts the offsets by {@code pos}
   * though {@code fill} at end of input moved nothing.)
   */
  @Test
  void aFileWithoutAFinalLineEndIsTaken() throws IOException {
    Cohort plain = cohort(9, 250, true);
    for (Cohort c : List.of(plain.map(t -> t.substring(0, t.length() - 1)),
        plain.map(t -> "\uFEFF" + t.replace("\n", "\r\n").substring(0, t.replace("\n", "\r\n").length() - 2)))) {
      assertCohortTaken(c, true, ProgrammePeriod.ESF_PLUS_2021_2027, 1, 2, 3, 7);
    }
  }

  @Test
  void oneToSevenPartitionsGiveTheSameFigures() throws IOException {
    Cohort c = cohort(10, 600, true);
    for (ProgrammePeriod period : ProgrammePeriod.values()) {
      assertCohortTaken(c, true, period, 1, 2, 3, 4, 5, 6, 7);
    }
  }

  @Test
  void moreThanTheMostPartitionsAndMorePartitionsThanPersons() throws IOException {
    Cohort c = cohort(11, 60, true);
    long size = c.participants().getBytes(StandardCharsets.UTF_8).length;
    // MAX_PARTITIONS partitions, most of them empty; the same with partitions just below the file's / 128
    assertCohortTaken(c, true, ProgrammePeriod.ESF_PLUS_2021_2027, (int) size,
        ColumnarCsvReader.MAX_PARTITIONS + 5);
  }

  @Test
  void aFileNoLargerThanThePartitionSizeIsReadAsBefore() throws IOException {
    assertCohortTaken(cohort(12, 100, true), true, ProgrammePeriod.ESF_PLUS_2021_2027, 1);
    assertThat(lastWatch.callbacks).isPositive();
    assertThat(lastWatch.seen).as("no partitions written").isZero();
  }

  @Test
  void aPartitionDirectoryThatCannotBeWrittenReadsTheFilesWhole() throws IOException {
    Cohort c = cohort(21, 200, true);
    Path p = write("p.csv", c.participants());
    Path e = write("e.csv", c.events());
    CommonIndicatorCalculator full = calculator(ProgrammePeriod.ESF_PLUS_2021_2027);
    ReadResult expected = ParticipantCsvReader.create().read(CsvInput.of(p), CsvInput.of(e), full::add);
    Path missing = dir.resolve("missing");
    Path notADirectory = write("file.txt", "x");
    for (Path where : List.of(missing, notADirectory)) {
      CommonIndicatorCalculator columns = calculator(ProgrammePeriod.ESF_PLUS_2021_2027);
      Optional<ReadResult> r = ColumnarCsvReader.create(ProgressListener.NONE).partitioned(Files.size(p) / 4, where)
          .read(p, e, columns);
      assertThat(r).as("read whole: %s", where.getFileName()).isPresent();
      assertThat(r.get().participations()).isEqualTo(expected.participations());
      assertThat(columns.result()).isEqualTo(full.result());
    }
    assertThat(missing).doesNotExist();
  }

  @Test
  void aPartitionSizeBelowOneByteIsRefused() {
    ColumnarCsvReader r = ColumnarCsvReader.create(ProgressListener.NONE);
    assertThatThrownBy(() -> r.partitioned(0, spill)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> r.partitioned(-5, spill)).isInstanceOf(IllegalArgumentException.class);
  }

  // ------------------------------------------------------------------------------------------ declines

  /** Reads {@code participants} and {@code events} declined in 2 to 7 partitions (and by the full reader). */
  private void assertDeclinedEverywhere(String participants, @Nullable String events, boolean fullReaderRejects)
      throws IOException {
    Path p = write("p.csv", participants);
    Path e = events == null ? null : write("e.csv", events);
    assertThat(fullReaderRejects(p, e)).as("the full reader rejects it").isEqualTo(fullReaderRejects);
    long size = Files.size(p);
    for (int partitions = 2; partitions <= 7; partitions++) {
      assertDeclined(p, e, size / partitions);
    }
    assertDeclined(p, e, 1);
  }

  @Test
  void aParticipantIdInRowsOfDifferentPersonsIsDeclined() throws IOException {
    Cohort c = cohort(13, 200, true);
    // the same id in rows of two persons (of different partitions for most partition counts), of a person and
    // a row without personnummer, and of two rows without: at the start and at the end of the file
    List<String[]> pairs = List.of(new String[] {PERSON_A, PERSON_B}, new String[] {PERSON_B, ""},
        new String[] {"", PERSON_A}, new String[] {"", ""}, new String[] {PERSON_A, PERSON_A_PLAIN});
    for (int k = 0; k < 6; k++) {
      pairs = new ArrayList<>(pairs);
      pairs.add(new String[] {syntheticPersonnummer(900 + k, true), syntheticPersonnummer(950 + k, false)});
    }
    for (String id : List.of("DUP-1", "PROJEKT-2021-LONG-ID-000001")) { // packed and arena ids
      for (String[] pair : pairs) {
        String text = HEADER + row(id, pair[0], "Berg", "2021-01-04", "") + c.participants().substring(
            HEADER.length()) + row(id, pair[1], "Åre", "2022-01-04", "");
        assertDeclinedEverywhere(text, c.events(), true);
      }
    }
  }

  @Test
  void anEventWithoutItsRowIsDeclined() throws IOException {
    Cohort c = cohort(14, 200, true);
    assertDeclinedEverywhere(c.participants(), c.events() + "KX99999,2022-01-01,employed\n", true);
    assertDeclinedEverywhere(c.participants(), EVENTS_HEADER + "NOBODY,2022-01-01,employed\n"
        + c.events().substring(EVENTS_HEADER.length()), true);
  }

  @Test
  void aQuotedFieldIsDeclinedThoughTheFileIsValid() throws IOException {
    Cohort c = cohort(15, 200, true);
    String last = c.participants().replaceFirst("(?s)(.*),Krokom,", "$1,\"Krokom\",");
    assertThat(last).isNotEqualTo(c.participants());
    assertDeclinedEverywhere(last, c.events(), false);
    String first = c.participants().replaceFirst(",Krokom,", ",\"Kro\nkom\",");
    assertDeclinedEverywhere(first, c.events(), false);
  }

  @Test
  void aBadPersonnummerIsDeclined() throws IOException {
    Cohort c = cohort(16, 200, true);
    String wrongCheckDigit = "19121212-1213";
    String body = c.participants().substring(HEADER.length());
    assertDeclinedEverywhere(HEADER + body + row("BAD-1", wrongCheckDigit, "Berg", "2021-01-04", ""), null, true);
    assertDeclinedEverywhere(HEADER + row("BAD-1", "19850372-00O8", "Berg", "2021-01-04", "") + body, null, true);
  }

  @Test
  void aShortRowIsDeclined() throws IOException {
    Cohort c = cohort(17, 200, true);
    String body = c.participants().substring(HEADER.length());
    int middle = body.indexOf('\n', body.length() / 2) + 1;
    String shortRow = "SHORT-1," + PERSON_B + ",Berg,woman,1988-04-02,2021-01-04,,unemployed\n";
    assertDeclinedEverywhere(HEADER + body.substring(0, middle) + shortRow + body.substring(middle), c.events(), true);
  }

  @Test
  void aBadValueFoundOnlyWhenItsPartitionIsReadIsDeclined() throws IOException {
    // partitioning looks at ids and personnummer only: these are found in the partition's read, after all
    // partitions are written
    Cohort c = cohort(22, 200, true);
    String body = c.participants().substring(HEADER.length());
    int middle = body.indexOf('\n', body.length() / 2) + 1;
    for (String bad : List.of(row("BAD-2", PERSON_B, "Berg", "2021-01-04", "").replace("woman", "female"),
        row("BAD-3", "", "Berg", "2021-02-30", ""), row("BAD-4", PERSON_A, "Berg", "2021-05-04", "2021-05-03"))) {
      assertDeclinedEverywhere(HEADER + body.substring(0, middle) + bad + body.substring(middle), c.events(), true);
    }
  }

  // ------------------------------------------------------------------------------------------ the directory

  @Test
  void thePartitionDirectoryIsOwnerOnlyAndNamesNothingFromTheInput() throws IOException {
    Cohort c = cohort(18, 400, true);
    assertCohortTaken(c, true, ProgrammePeriod.ESF_2014_2020, 5); // the directory's mode checked at each callback
    Watch watch = lastWatch;
    Set<String> fields = new LinkedHashSet<>();
    for (String text : List.of(c.participants(), c.events())) {
      for (String field : text.substring(text.indexOf('\n') + 1).split("[,\n]")) { // the values, not the header
        if (field.length() >= 4) {
          fields.add(field);
        }
        if (field.matches("\\d{8}-\\d{4}")) {
          fields.add(field.replace("-", ""));
        }
      }
    }
    assertThat(fields).contains("KX100", "Krokom").anyMatch(f -> f.matches("\\d{12}"));
    for (String name : watch.names) {
      if (name.startsWith(in.toString())) {
        continue; // a callback may name the input files themselves
      }
      for (String f : fields) {
        assertThat(name).as("a name under the partition directory").doesNotContain(f);
      }
    }
  }

  @Test
  void theDirectoryIsEmptyAfterAnExceptionInAnyPhase() throws IOException {
    Cohort c = cohort(19, 400, true);
    Path p = write("p.csv", c.participants());
    Path e = write("e.csv", c.events());
    long bytes = Files.size(p) / 4;
    // a clean read: how many progress callbacks come while the partitions exist (partitioning, each partition)
    Watch clean = new Watch();
    assertThat(partitioned(p, e, bytes, calculator(ProgrammePeriod.ESF_2014_2020), clean)).isPresent();
    assertThat(clean.seen).as("progress callbacks while the partitions exist").isGreaterThan(1);
    // then the listener fails at each of them in turn: the exception reaches the caller, nothing is left
    for (int k = 1; k <= clean.seen; k++) {
      int failAt = k;
      IllegalStateException thrown = new IllegalStateException("the listener fails");
      AtomicInteger seen = new AtomicInteger();
      ProgressListener failing = (file, read, total, rows) -> {
        if (!list(spill).isEmpty() && seen.incrementAndGet() == failAt) {
          throw thrown;
        }
      };
      Throwable t = catchThrowable(() -> ColumnarCsvReader.create(failing).partitioned(bytes, spill)
          .read(p, e, calculator(ProgrammePeriod.ESF_2014_2020)));
      assertThat(t).as("the listener's exception at callback %d reaches the caller", k).isSameAs(thrown);
      assertThat(list(spill)).as("nothing left under the directory given after callback %d", k).isEmpty();
    }
  }

  @Test
  void theDirectoryIsEmptyAfterADeclineFoundLate() throws IOException {
    // the duplicate id is the file's last row: every partition was written before the decline
    Cohort c = cohort(20, 300, true);
    String text = c.participants() + row("KX100", PERSON_B, "Berg", "2022-01-04", "");
    Path p = write("p.csv", text);
    Path e = write("e.csv", c.events());
    Watch watch = new Watch();
    assertThat(partitioned(p, e, Files.size(p) / 6, calculator(ProgrammePeriod.ESF_2014_2020), watch)).isEmpty();
    assertThat(list(spill)).isEmpty();
    assertThat(watch.problems).isEmpty();
  }
}
