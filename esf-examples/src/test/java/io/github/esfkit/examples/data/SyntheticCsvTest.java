package io.github.esfkit.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.io.csv.ParticipantCsvWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The streaming writer of {@link SyntheticParticipants} writes byte for byte what the participations of
 * {@link SyntheticParticipants#generate} give through {@link ParticipantCsvWriter}: the fast path of
 * {@code esf generate-participants} is the same data as the object path.
 */
class SyntheticCsvTest {

  @ParameterizedTest(name = "seed {0}, non-binary {1}, person ids {2}")
  @CsvSource({"20260101, true, true", "7, false, false", "42, true, false"})
  void streamingWriterEqualsObjectPath(long seed, boolean nonBinary, boolean withPersonId) throws IOException {
    int rows = 20_000;
    LocalDate first = LocalDate.of(2021, 1, 4);
    ByteArrayOutputStream objP = new ByteArrayOutputStream();
    ByteArrayOutputStream objE = new ByteArrayOutputStream();
    try (Writer p = new OutputStreamWriter(objP, StandardCharsets.UTF_8);
        Writer e = new OutputStreamWriter(objE, StandardCharsets.UTF_8)) {
      ParticipantCsvWriter w = new ParticipantCsvWriter(p, e, withPersonId);
      new SyntheticParticipants(seed, nonBinary, first).generate(rows, x -> {
        try {
          w.write(x);
        } catch (IOException ex) {
          throw new UncheckedIOException(ex);
        }
      });
      w.flush();
    }
    ByteArrayOutputStream fastP = new ByteArrayOutputStream();
    ByteArrayOutputStream fastE = new ByteArrayOutputStream();
    new SyntheticParticipants(seed, nonBinary, first).writeCsv(rows, fastP, fastE, withPersonId);
    assertThat(fastP.toString(StandardCharsets.UTF_8)).isEqualTo(objP.toString(StandardCharsets.UTF_8));
    assertThat(fastE.toString(StandardCharsets.UTF_8)).isEqualTo(objE.toString(StandardCharsets.UTF_8));
    assertThat(fastP.toString(StandardCharsets.UTF_8).lines().count()).isEqualTo(rows + 1);
  }
}
