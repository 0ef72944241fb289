package io.github.esfkit.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.io.csv.ParticipantCsvWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bundled cohort files are exactly what the recipe writes (regenerate with -Dregenerate=true). */
class CohortRecipeTest {

  @Test
  void bundledFilesMatchTheRecipe() throws Exception {
    StringWriter p = new StringWriter();
    StringWriter e = new StringWriter();
    ParticipantCsvWriter w = new ParticipantCsvWriter(p, e, true);
    for (Participation x : CohortRecipe.participations()) {
      w.write(x);
    }
    Path dir = Path.of("examples");
    if (Boolean.getBoolean("regenerate")) {
      Files.writeString(dir.resolve("cohort-participants.csv"), p.toString(), StandardCharsets.UTF_8);
      Files.writeString(dir.resolve("cohort-events.csv"), e.toString(), StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(dir.resolve("cohort-participants.csv"), StandardCharsets.UTF_8)).isEqualTo(p.toString());
    assertThat(Files.readString(dir.resolve("cohort-events.csv"), StandardCharsets.UTF_8)).isEqualTo(e.toString());
  }
}
