package io.github.esfkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.examples.data.SyntheticParticipants;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands that read participant files hold no record longer than needed: run in a separate JVM whose
 * heap (32 MB) is far smaller than the 100 000 records would take (several hundred bytes each), they
 * finish. Holding every record ends in an OutOfMemoryError there.
 */
class BoundedMemoryTest {

  static final int ROWS = 100_000;
  static final String HEAP = "-Xmx32m";

  @TempDir
  static Path dir;
  static Path participants;
  static Path events;

  @BeforeAll
  static void generate() throws IOException {
    participants = dir.resolve("p.csv");
    events = dir.resolve("e.csv");
    try (OutputStream p = Files.newOutputStream(participants); OutputStream e = Files.newOutputStream(events)) {
      new SyntheticParticipants(7, true, LocalDate.of(2018, 1, 1)).writeCsv(ROWS, p, e, true);
    }
  }

  /** Runs {@code esf args} in a JVM with a small heap; returns exit code and output. */
  static String[] run(String... args) throws IOException, InterruptedException {
    return runIn(HEAP, args);
  }

  /** Runs {@code esf args} in a JVM with the given heap option; returns exit code and output. */
  static String[] runIn(String heap, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        heap, "-cp", System.getProperty("java.class.path"), EsfCli.class.getName()));
    cmd.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
    }
    return new String[] {String.valueOf(p.exitValue()), Files.readString(out), Files.readString(err)};
  }

  @Test
  void targetsStreamsTheParticipantFile() throws Exception {
    String[] r = run("targets", "--project", Paths.get("examples/144587-targets.json").toAbsolutePath().toString(),
        "--participants", participants.toString(), "--events", events.toString(), "--as-of", "2023-12-31",
        "--format", "json");
    assertThat(r[2]).as("stderr").doesNotContain("OutOfMemoryError").doesNotContain("Exception");
    assertThat(r[0]).as(r[2]).isIn("0", "1");
    assertThat(r[1]).as("the goal table").isNotBlank();
  }

  @Test
  void indicatorsStreamsTheParticipantFile() throws Exception {
    String[] r = run("indicators", "--participants", participants.toString(), "--events", events.toString(),
        "--period", "2014-2020", "--as-of", "2023-12-31", "--format", "json");
    assertThat(r[2]).as("stderr").doesNotContain("OutOfMemoryError").doesNotContain("Exception");
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(r[1]).as("the figures").isNotBlank();
  }

  /**
   * The page folds the records into the indicators, the monthly flow and the goal counts at once, so it holds
   * a little more per person than either command alone: 48 MB, in which the version that kept every record
   * (up to 7e46e51) ran out of memory on these rows (it needed 64 MB; measured 2026-12-01).
   */
  @Test
  void reportStreamsTheParticipantFile() throws Exception {
    Path html = dir.resolve("report.html");
    String[] r = runIn("-Xmx48m", "report", "--project", Paths.get("examples/144587-targets.json").toAbsolutePath().toString(),
        "--participants", participants.toString(), "--events", events.toString(), "--period", "2014-2020",
        "--as-of", "2023-12-31", "--out", html.toString());
    assertThat(r[2]).as("stderr").doesNotContain("OutOfMemoryError").doesNotContain("Exception");
    assertThat(r[0]).as(r[2]).isIn("0", "1");
    assertThat(Files.readString(html)).as("the page").contains("id=\"indicator-bars\"").contains("id=\"goal-table\"");
  }

  /**
   * Linking re-entries and events needs every participant id of the files, so a heap too small for the ids
   * (32 MB for 400 000 rows) is not enough: the command says so in one line, exit 2, no stack trace.
   */
  @Test
  void aHeapTooSmallForTheIdsIsOneClearLine() throws Exception {
    Path p = dir.resolve("p400k.csv");
    Path e = dir.resolve("e400k.csv");
    try (OutputStream po = Files.newOutputStream(p); OutputStream eo = Files.newOutputStream(e)) {
      new SyntheticParticipants(11, true, LocalDate.of(2018, 1, 1)).writeCsv(400_000, po, eo, true);
    }
    String[] r = run("indicators", "--participants", p.toString(), "--events", e.toString(), "--period",
        "2014-2020", "--as-of", "2023-12-31", "--format", "json");
    assertThat(r[0]).as(r[2]).isEqualTo("2");
    assertThat(r[2]).startsWith("esf: the input needs more memory than this Java heap allows")
        .doesNotContain("Exception").doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
    assertThat(r[2].strip().lines()).hasSize(1);
    assertThat(r[1]).as("no figures").isEmpty();
  }
}
