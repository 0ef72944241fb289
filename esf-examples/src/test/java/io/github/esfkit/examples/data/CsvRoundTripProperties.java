package io.github.esfkit.examples.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.io.csv.CsvInput;
import io.github.esfkit.io.csv.ParticipantCsvReader;
import io.github.esfkit.io.csv.ParticipantCsvWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whatever the generator produces, writing and reading the exchange format gives the same participations. */
class CsvRoundTripProperties {

  @Test
  void writeThenReadIsTheIdentity() {
    qt().withFixedSeed(20261124L).withExamples(40)
        .forAll(longs().all(), integers().between(0, 60))
        .checkAssert((seed, rows) -> {
          List<Participation> in = new ArrayList<>();
          new SyntheticParticipants(seed, true, LocalDate.of(2021, 1, 4)).generate(rows, in::add);
          StringWriter p = new StringWriter();
          StringWriter e = new StringWriter();
          try {
            ParticipantCsvWriter w = new ParticipantCsvWriter(p, e, true);
            for (Participation x : in) {
              w.write(x);
            }
            List<Participation> out = ParticipantCsvReader.create()
                .readAll(CsvInput.ofString("p.csv", p.toString()), CsvInput.ofString("e.csv", e.toString()));
            assertThat(out).isEqualTo(in);
          } catch (Exception ex) {
            throw new AssertionError(ex);
          }
        });
  }
}
