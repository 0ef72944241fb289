package io.github.esfkit.examples.cli;

import io.github.esfkit.examples.data.SyntheticParticipants;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code esf generate-participants}: writes a synthetic participants.csv (and events.csv) for load tests. */
@Command(name = "generate-participants", mixinStandardHelpOptions = true,
    description = {"Writes synthetic participant files for load tests (no real persons).", "",
        "Identity numbers are synthetic samordningsnummer, written only with --with-person-id."})
final class GenerateParticipantsCommand extends EsfCommand {

  @Option(names = "--rows", required = true, paramLabel = "N", description = "Number of participations.")
  long rows;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "participants.csv to write.")
  Path out;

  @Option(names = "--events", paramLabel = "FILE", description = "events.csv to write (optional).")
  Path events;

  @Option(names = "--seed", defaultValue = "20260101", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--first-entry", defaultValue = "2021-01-04", paramLabel = "DATE",
      description = "Earliest entry date (default: ${DEFAULT-VALUE}).")
  LocalDate firstEntry;

  @Option(names = "--non-binary", defaultValue = "true", negatable = true, fallbackValue = "true",
      description = "Record some persons as non-binary (ESF+).")
  boolean nonBinary;

  @Option(names = "--with-person-id", description = "Write the synthetic samordningsnummer to person_id.")
  boolean withPersonId;

  @Override
  public Integer call() {
    if (rows < 0) {
      return usage("--rows får inte vara negativt", "--rows must not be negative");
    }
    // streamed straight to bytes: constant memory, no object per row
    try (OutputStream p = Files.newOutputStream(out);
        OutputStream e = events == null ? null : Files.newOutputStream(events)) {
      new SyntheticParticipants(seed, nonBinary, firstEntry).writeCsv(rows, p, e, withPersonId);
    } catch (IOException | UncheckedIOException ex) {
      return usage("kan inte skriva " + out + ": " + ex.getClass().getSimpleName(),
          "cannot write " + out + ": " + ex.getClass().getSimpleName());
    }
    err().println("esf: " + options.language.pick("skrev ", "wrote ") + rows + " " 
        + options.language.pick("rader till ", "rows to ") + out + (events == null ? "" : " + " + events));
    return ExitCode.OK;
  }
}
