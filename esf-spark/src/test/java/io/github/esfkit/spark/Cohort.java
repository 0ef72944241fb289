package io.github.esfkit.spark;

import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.examples.data.SyntheticParticipants;
import io.github.esfkit.indicators.common.CommonIndicatorCalculator;
import io.github.esfkit.indicators.common.CommonIndicatorResult;
import io.github.esfkit.io.csv.CsvInput;
import io.github.esfkit.io.csv.ParticipantCsvReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** A generated cohort written as the exchange files, by the generator of {@code esf generate-participants}. */
final class Cohort {

  final Path participants;
  final Path events;

  private Cohort(Path participants, Path events) {
    this.participants = participants;
    this.events = events;
  }

  static Cohort write(Path dir, long seed, long rows, boolean nonBinary) {
    try {
      Files.createDirectories(dir);
      Path p = dir.resolve("participants.csv");
      Path e = dir.resolve("events.csv");
      try (OutputStream po = Files.newOutputStream(p); OutputStream eo = Files.newOutputStream(e)) {
        new SyntheticParticipants(seed, nonBinary, LocalDate.of(2019, 1, 1)).writeCsv(rows, po, eo, true);
      }
      return new Cohort(p, e);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** The single-machine figures: esf-io's reader into one calculator. */
  CommonIndicatorResult singleMachine(ProgrammePeriod period, LocalDate asOf) {
    CommonIndicatorCalculator calc = CommonIndicatorCalculator.of(period, asOf);
    var r = ParticipantCsvReader.create().read(CsvInput.of(participants), CsvInput.of(events), calc::add);
    if (!r.isValid()) {
      throw new IllegalStateException("generated cohort is not valid: " + r.errors().kept());
    }
    return calc.result();
  }
}
