package io.github.esfkit.examples.cli;

import static io.github.esfkit.examples.cli.CliRun.esf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsAndExamplesCommandTest {

  static final String PROJECT = "examples/144587-targets.json";
  static final String PARTICIPANTS = "examples/144587-participants.csv";

  @TempDir
  Path dir;

  @Test
  void examplesAllMatchInEveryFormatAndLanguage() throws Exception {
    CliRun text = esf("examples");
    assertThat(text.code).as(text.toString()).isZero();
    assertThat(text.out).contains("6 of 6 examples matched.").doesNotContain("MISMATCH");
    CliRun sv = esf("examples", "--lang", "sv", "--format", "markdown");
    assertThat(sv.code).isZero();
    assertThat(sv.out).contains("6 av 6 exempel stämmer.").contains("| Summa total finansiering | 52 423 478 kr |");
    CliRun json = esf("examples", "--format", "json");
    JsonNode root = new ObjectMapper().readTree(json.out);
    assertThat(root.at("/examples").size()).isEqualTo(6);
    assertThat(root.at("/matched").asBoolean()).isTrue();
    assertThat(root.at("/findings").size()).isZero();
    for (CliRun r : new CliRun[] {text, sv, json}) {
      assertThat(r.personnummerLike()).as(r.out).isNull();
      assertThat(r.err).isEmpty();
    }
    assertThat(esf("examples", "--list").out).contains("all-in-budget").contains("cohort-indicators").contains("running-project");
    assertThat(esf("examples", "--only", "nope").code).isEqualTo(2);
  }

  @Test
  void targetsFromAggregatesAndFromRecordsAgree() throws Exception {
    CliRun agg = esf("targets", "--project", PROJECT, "--format", "json");
    CliRun rec = esf("targets", "--project", PROJECT, "--participants", PARTICIPANTS, "--format", "json");
    assertThat(agg.code).as(agg.toString()).isZero();
    assertThat(rec.code).as(rec.toString()).isZero();
    JsonNode a = verdicts(new ObjectMapper().readTree(agg.out));
    JsonNode b = verdicts(new ObjectMapper().readTree(rec.out));
    assertThat(a).isEqualTo(b);
    assertThat(a.get(0).get("verdict").asText()).isEqualTo("ACHIEVED");
    CliRun md = esf("targets", "--project", PROJECT, "--lang", "sv", "--format", "markdown", "--mode",
        "strict_per_gender");
    assertThat(md.out).contains("| PM-1 | Delvis uppnådd");
    assertThat(rec.personnummerLike()).isNull();
  }

  @Test
  void targetsBadInput() throws IOException {
    Path p = dir.resolve("t.json");
    Files.writeString(p, "{\"format\": \"esfkit-targets-1\", \"project\": {\"id\": \"x\", \"titleSv\": \"x\"},"
        + " \"selections\": [], \"goals\": [{\"id\": \"G\", \"kind\": \"goal\", \"textSv\": \"g\", \"indicators\": "
        + "[{\"id\": \"I\", \"textSv\": \"i\", \"criteria\": [{\"id\": \"c\", \"type\": \"count\", \"textSv\": \"c\", "
        + "\"counted\": \"nope\", \"population\": \"nope\", \"bound\": \"at_least\", \"total\": 5}]}]}]}",
        StandardCharsets.UTF_8);
    CliRun r = esf("targets", "--project", p.toString());
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains("JSON-CODE $.goals[0].kind: 'goal' is not allowed; allowed: project_goal, sub_goal")
        .contains("JSON-UNKNOWN-SELECTION $.goals[0].indicators[0].criteria[0].counted");
    CliRun csv = esf("targets", "--project", PROJECT, "--participants", dir.resolve("none.csv").toString());
    assertThat(csv.code).isEqualTo(2);
    assertThat(csv.err).contains("none.csv: IO-NOT-FOUND file not found");
  }

  @Test
  void generatorWritesAReadableFile() throws Exception {
    Path p = dir.resolve("p.csv");
    Path e = dir.resolve("e.csv");
    CliRun g = esf("generate-participants", "--rows", "2000", "--out", p.toString(), "--events", e.toString(),
        "--with-person-id");
    assertThat(g.code).as(g.toString()).isZero();
    CliRun i = esf("indicators", "--participants", p.toString(), "--events", e.toString(), "--period", "2021-2027",
        "--as-of", "2024-12-31", "--by-sub-project", "--format", "json");
    assertThat(i.code).as(i.err).isZero();
    JsonNode root = new ObjectMapper().readTree(i.out);
    assertThat(root.at("/dataQuality/participationsRead").asLong()).isEqualTo(2000);
    assertThat(root.at("/indicators/0/code").asText()).isEqualTo("EECO01");
    assertThat(root.at("/subProjects").findValuesAsText("subProject")).contains("Östersund");
    assertThat(i.personnummerLike()).isNull();
    assertThat(Files.readString(p)).containsPattern(CliRun.PNR); // the file has them, the output never
    CliRun md = esf("indicators", "--participants", p.toString(), "--period", "2014-2020", "--as-of", "2024-12-31",
        "--format", "markdown", "--lang", "sv");
    assertThat(md.out).contains("| CO01 |");
    assertThat(md.personnummerLike()).isNull();
  }

  @Test
  void textFormatOfTargetsAndIndicators() {
    CliRun t = esf("targets", "--project", PROJECT);
    assertThat(t.code).isZero();
    assertThat(t.out).contains("Target attainment: 144587, final report June 2022")
        .contains("PM-2       Not achieved · yellow");
    CliRun i = esf("indicators", "--participants", "examples/cohort-participants.csv", "--events",
        "examples/cohort-events.csv", "--period", "2014-2020", "--as-of", "2022-06-30", "--lang", "sv");
    assertThat(i.code).as(i.err).isZero();
    assertThat(i.out).contains("Gemensamma indikatorer ESF 2014-2020, per 2022-06-30").contains("Datakvalitet");
    assertThat(i.personnummerLike()).isNull();
  }

  @Test
  void wellFormedButBreakingARuleGivesExitCode1() throws IOException {
    Path p = dir.resolve("p.csv");
    Files.writeString(p, IndicatorsCommandTest.HEADER
        + "P1,,Berg,woman,1750-01-01,2020-04-01,,unemployed,isced2,,,,,,,\n"
        + "P2,,Berg,man,1985-01-01,2020-04-01,,unemployed,isced2,,,,,,,\n", StandardCharsets.UTF_8);
    CliRun r = esf("indicators", "--participants", p.toString(), "--period", "2021-2027", "--as-of", "2022-06-30");
    assertThat(r.code).as(r.toString()).isEqualTo(1);
    assertThat(r.out).contains("ERROR DATE-OUT-OF-RANGE");
  }

  /** Indicator id and verdict of every indicator of a targets result. */
  private static JsonNode verdicts(JsonNode root) {
    com.fasterxml.jackson.databind.node.ArrayNode all = new ObjectMapper().createArrayNode();
    for (JsonNode goal : root.at("/goals")) {
      for (JsonNode indicator : goal.path("indicators")) {
        all.addObject().put("indicator", indicator.path("indicator").asText())
            .put("verdict", indicator.path("verdict").asText());
      }
    }
    assertThat(all.size()).isPositive();
    return all;
  }
}
