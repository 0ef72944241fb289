package io.github.esfkit.examples.data;

import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.examples.GoldenFiles;
import io.github.esfkit.io.csv.ParticipantCsvWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The bundled cohort files are exactly what the recipe writes (regenerate with -Dregenerate=true; a run that
 * changes them fails).
 */
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
    GoldenFiles.assertMatches(dir.resolve("cohort-participants.csv"), p.toString());
    GoldenFiles.assertMatches(dir.resolve("cohort-events.csv"), e.toString());
  }
}
