package io.github.esfkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.io.InputError;
import io.github.esfkit.io.csv.CsvInput;
import io.github.esfkit.io.csv.ParticipantCsvReader;
import io.github.esfkit.io.csv.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad-input case of the command line's golden test (copied from esf-examples to
 * {@code src/test/resources/bad-input}) gives on Spark exactly the errors of esf-io's single-machine reader:
 * the same files, lines, columns, rule ids and messages in the same order, and no figures.
 */
class BadInputTest {

  static final Path ROOT = Paths.get("src/test/resources/bad-input");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> s = Files.list(ROOT)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sameErrorsAsTheSingleMachineReader(String name) {
    Path dir = ROOT.resolve(name).toAbsolutePath();
    Path participants = dir.resolve("participants.csv");
    Path events = Files.exists(dir.resolve("events.csv")) ? dir.resolve("events.csv") : null;
    ReadResult single = ParticipantCsvReader.create().read(CsvInput.of(participants),
        events == null ? null : CsvInput.of(events), p -> { });

    SparkIndicatorsResult spark = SparkIndicators.of(LocalSpark.get(), ProgrammePeriod.ESF_2014_2020,
        LocalDate.of(2022, 6, 30)).withPartitions(3).csv(participants.toString(),
        events == null ? null : events.toString());

    assertThat(single.isValid()).as("the case is bad input").isFalse();
    assertThat(spark.result()).as("no figures").isEmpty();
    assertThat(lines(spark.errors())).isEqualTo(lines(single.errors().kept()));
    assertThat(spark.errorCount()).isEqualTo(single.errors().count());
  }

  private static List<String> lines(List<InputError> errors) {
    return errors.stream().map(e -> e.format(Language.EN) + " | " + e.messageSv()).toList();
  }
}
