package io.github.esfkit.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.examples.GoldenFiles;
import io.github.esfkit.examples.projects.Project144587;
import io.github.esfkit.io.csv.ParticipantCsvWriter;
import io.github.esfkit.io.json.TargetsJson;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The bundled 144587 files: written once from the targets module's encoding of the report
 * ({@code -Dregenerate=true}; a run that changes them fails), then kept as data. The JSON must survive a read/write round trip unchanged.
 */
class Bundled144587Test {

  static final Path DIR = Path.of("examples");

  @Test
  void targetsJsonRoundTrips() throws Exception {
    if (GoldenFiles.regenerating()) {
      String json = TargetsJson.write(Project144587.goalTable(), Optional.of(Project144587.dataFromAggregates()),
          Project144587.facts().withPersonKeys(java.util.Map.of()),
          "Final evaluation report of ESF project 144587 \"Vägar till egen försörjning\", June 2022");
      GoldenFiles.rewrite(DIR.resolve("144587-targets.json"), json);
      StringWriter p = new StringWriter();
      ParticipantCsvWriter w = new ParticipantCsvWriter(p, null, false);
      for (Participation x : Project144587.participants()) {
        w.write(x);
      }
      GoldenFiles.rewrite(DIR.resolve("144587-participants.csv"), p.toString());
    }
    String text = Files.readString(DIR.resolve("144587-targets.json"), StandardCharsets.UTF_8);
    TargetsJson.TargetsFile file = TargetsJson.read("144587-targets.json", text);
    String again = TargetsJson.write(file.table(), file.results(), file.facts(),
        "Final evaluation report of ESF project 144587 \"Vägar till egen försörjning\", June 2022");
    assertThat(again).isEqualTo(text);
  }
}
