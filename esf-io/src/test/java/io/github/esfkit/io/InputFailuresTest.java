package io.github.esfkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.io.csv.CsvInput;
import io.github.esfkit.io.csv.ParticipantCsvReader;
import io.github.esfkit.io.csv.RunningCsv;
import io.github.esfkit.io.json.BudgetJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of files that cannot be read at all ({@code IO-*}), for every reader: a missing file, a folder, a
 * file that may not be read, and one that fails while it is read. Each is one line naming the file, never a
 * stack trace, and a file named like a personnummer is not shown as one.
 */
class InputFailuresTest {

  @TempDir
  Path dir;

  private static List<String> lines(InputErrors e) {
    return e.kept().stream().map(InputError::toString).collect(Collectors.toList());
  }

  private static List<String> json(Path p) {
    try {
      BudgetJson.read(p, 10);
    } catch (InvalidInputException e) {
      return lines(e.errors());
    }
    throw new AssertionError("accepted");
  }

  private static List<String> participants(CsvInput in) {
    return lines(ParticipantCsvReader.create().read(in, null, x -> { }).errors());
  }

  private static List<String> ledger(CsvInput in) {
    return lines(RunningCsv.readLedger(in, 10, x -> { }));
  }

  /** An input that opens but fails after its first bytes. */
  private static CsvInput failingAfter(String name, String start) {
    return CsvInput.of(name, () -> new InputStream() {
      private final InputStream head = new ByteArrayInputStream(start.getBytes(StandardCharsets.UTF_8));

      @Override
      public int read() throws IOException {
        int b = head.read();
        if (b < 0) {
          throw new IOException("disk gone");
        }
        return b;
      }
    });
  }

  @Test
  void missing() {
    Path p = dir.resolve("19850312-1231.json");
    assertThat(json(p)).singleElement().asString().endsWith(": IO-NOT-FOUND file not found")
        .doesNotContain("19850312-1231");
    assertThat(participants(CsvInput.of(dir.resolve("p.csv")))).singleElement().asString()
        .endsWith("p.csv: IO-NOT-FOUND file not found");
    assertThat(ledger(CsvInput.of(dir.resolve("l.csv")))).singleElement().asString()
        .endsWith("l.csv: IO-NOT-FOUND file not found");
  }

  @Test
  void aFolder() {
    assertThat(json(dir)).singleElement().asString().endsWith(": IO-DIRECTORY is a directory, not a file");
    assertThat(participants(CsvInput.of(dir))).singleElement().asString()
        .endsWith(": IO-DIRECTORY is a directory, not a file");
  }

  @Test
  void permissionDenied() {
    CsvInput denied = CsvInput.of("d.csv", () -> {
      throw new AccessDeniedException("d.csv");
    });
    assertThat(participants(denied)).containsExactly("d.csv: IO-DENIED permission denied");
    assertThat(ledger(denied)).containsExactly("d.csv: IO-DENIED permission denied");
    CsvInput gone = CsvInput.of("g.csv", () -> {
      throw new NoSuchFileException("g.csv");
    });
    assertThat(participants(gone)).containsExactly("g.csv: IO-NOT-FOUND file not found");
  }

  @Test
  void aFileThatCannotBeOpened() {
    CsvInput broken = CsvInput.of("b.csv", () -> {
      throw new IOException("device error");
    });
    assertThat(participants(broken)).containsExactly("b.csv: IO-READ the file could not be opened: IOException");
    assertThat(ledger(broken)).containsExactly("b.csv: IO-READ the file could not be opened: IOException");
    Path tooLong = dir.resolve("x".repeat(300) + ".json"); // the file system refuses the name
    assertThat(json(tooLong)).singleElement().asString().contains(": IO-READ the file could not be opened: FileSystemException");
  }

  @Test
  void aFileThatFailsWhileItIsRead() {
    String header = "participant_id,sub_project,gender,birth_date,entry_date,employment_status,education\n";
    assertThat(participants(failingAfter("p.csv", header + "P1,Berg,woman,1985-01-01,2020-04-01,unemployed,isced2\n")))
        .contains("p.csv: IO-READ the file could not be read to the end: IOException");
    assertThat(ledger(failingAfter("l.csv", "date,section,category,amount,voucher\n")))
        .contains("l.csv: IO-READ the file could not be read to the end: IOException");
  }

  @Test
  void aJsonStreamThatFailsIsAnIoExceptionForTheCaller() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("pipe closed");
      }
    };
    assertThatThrownBy(() -> BudgetJson.read("b.json", failing, 10)).isInstanceOf(IOException.class);
  }

  @Test
  void aReadableFileIsRead(@TempDir Path d) throws Exception {
    Path p = d.resolve("b.json");
    Files.writeString(p, "{\"format\": \"esfkit-budget-1\", \"costs\": [], \"coFinancing\": []}");
    assertThat(BudgetJson.read(p, 10).budget().costLines()).isEmpty();
  }
}
