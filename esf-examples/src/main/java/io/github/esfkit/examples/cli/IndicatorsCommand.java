package io.github.esfkit.examples.cli;

import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.examples.report.Cell;
import io.github.esfkit.examples.report.Report;
import io.github.esfkit.examples.report.Table;
import io.github.esfkit.io.csv.CsvInput;
import io.github.esfkit.io.csv.ParticipantCsvReader;
import io.github.esfkit.io.csv.ProgressListener;
import io.github.esfkit.io.csv.ReadResult;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code esf indicators}: the EU common indicators and the data-quality report of participant files. */
@Command(name = "indicators", mixinStandardHelpOptions = true,
    description = {"Reads participants.csv (and events.csv) in the exchange format, version 1, and prints the",
        "EU common indicators of the programme period and the data-quality report."})
final class IndicatorsCommand extends EsfCommand {

  @Option(names = "--participants", required = true, paramLabel = "FILE", description = "participants.csv")
  Path participants;

  @Option(names = "--events", paramLabel = "FILE", description = "events.csv (optional)")
  Path events;

  @Option(names = "--period", required = true, paramLabel = "2014-2020|2021-2027",
      description = "Programme period: decides the indicator catalogue.")
  String period;

  @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD", description = "Reporting date.")
  LocalDate asOf;

  @Override
  public Integer call() {
    ProgrammePeriod programmePeriod;
    try {
      programmePeriod = ProgrammePeriod.fromCode(period);
    } catch (IllegalArgumentException e) {
      return usage("--period måste vara 2014-2020 eller 2021-2027", "--period must be 2014-2020 or 2021-2027");
    }
    ProgressListener progress = progress();
    long[] count = new long[1];
    ReadResult read = ParticipantCsvReader.create(options.maxErrors, progress).read(CsvInput.of(participants),
        events == null ? null : CsvInput.of(events), (Participation p) -> count[0]++);
    TerminalProgress.done(progress);
    if (!read.isValid()) {
      return badInput(read.errors());
    }
    Report r = new Report("indicators", options.language.pick("Gemensamma indikatorer", "Common indicators")
        + " " + programmePeriod.fund() + " " + programmePeriod.code(), options.language);
    r.table(new Table("input", options.language.pick("Indata", "Input"))
        .column("item", options.language.pick("Uppgift", "Item"))
        .column("value", options.language.pick("Värde", "Value"))
        .row(Cell.text(options.language.pick("Inskrivningar", "Participations")), Cell.count(read.participations()))
        .row(Cell.text(options.language.pick("Händelser", "Events")), Cell.count(read.events()))
        .row(Cell.text(options.language.pick("Rapportdatum", "Reporting date")), Cell.date(asOf)));
    return print(r);
  }
}
