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

  /** The most rows a run may write (about 10 GB of CSV). */
  static final long MAX_ROWS = 100_000_000L;

  /** Entry dates may start from this day ... */
  static final LocalDate FIRST_ENTRY_MIN = LocalDate.of(1900, 1, 1);

  /** ... up to this day, so that every exit, event and re-entry stays a four-digit-year date the reader takes. */
  static final LocalDate FIRST_ENTRY_MAX = LocalDate.of(2999, 12, 31);

  @Option(names = "--rows", required = true, paramLabel = "N", converter = Rows.class,
      description = "Number of participations, 0 to 100000000.")
  long rows;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "participants.csv to write.")
  Path out;

  @Option(names = "--events", paramLabel = "FILE", description = "events.csv to write (optional).")
  Path events;

  @Option(names = "--seed", defaultValue = "20260101", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--first-entry", defaultValue = "2021-01-04", paramLabel = "DATE", converter = FirstEntry.class,
      description = "Earliest entry date, 1900-01-01 to 2999-12-31 (default: ${DEFAULT-VALUE}).")
  LocalDate firstEntry;

  /** --rows: 0 to {@link #MAX_ROWS}. */
  static final class Rows implements picocli.CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String s) {
      return EsfCli.wholeNumber(s, 0, MAX_ROWS);
    }
  }

  /** --first-entry: a date from {@link #FIRST_ENTRY_MIN} to {@link #FIRST_ENTRY_MAX}. */
  static final class FirstEntry implements picocli.CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String s) {
      LocalDate d = EsfCli.date(s);
      if (d.isBefore(FIRST_ENTRY_MIN) || d.isAfter(FIRST_ENTRY_MAX)) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + s + "' is not between " + FIRST_ENTRY_MIN + " and " + FIRST_ENTRY_MAX
                + " (every generated date must stay a YYYY-MM-DD date)");
      }
      return d;
    }
  }

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
