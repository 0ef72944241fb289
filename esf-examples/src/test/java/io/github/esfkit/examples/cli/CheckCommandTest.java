package io.github.esfkit.examples.cli;

import static io.github.esfkit.examples.cli.CliRun.esf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code esf check}: every figure and every finding of a whole application, and its JSON as data. */
class CheckCommandTest {

  static final Path ALL_IN = Path.of("examples/all-in-application.json");
  static final Path SIA = Path.of("examples/sia-application.json");

  @TempDir
  Path dir;

  Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  static Schema schema(String name) throws IOException {
    String text = Files.readString(Path.of("../docs/schemas/" + name), StandardCharsets.UTF_8);
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(text, InputFormat.JSON);
  }

  @Test
  void allInEveryFigureThePhaseGapAndTheCfarFinding() {
    CliRun r = esf("check", ALL_IN.toString(), "--lang", "sv");
    assertThat(r.code).as(r.toString()).isEqualTo(1);
    assertThat(r.err).isEmpty();
    for (String figure : List.of("26 032 732 kr", "1 402 333 kr", "24 630 399 kr", "10 414 792 kr", "15 975 954 kr",
        "100 000 kr", "1 302 333 kr", "27 793 079 kr", "52 423 478 kr", "46,98 %", "53,02 %", "53,00 %",
        "189 798 kr", "2 682 861 kr", "2 139 520 kr", "23 893 212 kr", "2 714 688 kr", "8 635,66 kr")) {
      assertThat(r.out).contains(figure);
    }
    assertThat(r.out).contains("ERROR PHASE-GAP").contains("2020-02-29")
        .contains("ERROR CFAR-LENGTH (project.organisations[6].workplace.cfar): CFAR-nummer '1278326' måste ha 8 siffror.")
        .contains("WARNING PHASE-LENGTH").contains("Nora kommun");
    assertThat(r.out.lines().filter(l -> l.startsWith("  ERROR "))).hasSize(2);
    assertThat(r.personnummerLike()).isNull();
  }

  @Test
  void siaAsAnEsfPlusApplication() {
    CliRun r = esf("check", SIA.toString());
    assertThat(r.code).as(r.toString()).isZero(); // warnings and information only
    assertThat(r.out).contains("42,893,714 SEK").contains("23,979,826 SEK").contains("55.91 %")
        .contains("18,913,888 SEK").contains("44.09 %").contains("584").contains("229")
        .contains("SUBPROJECT-NO-PLAN").contains("APPLICATION-REQUIREMENT-UNKNOWN");
  }

  @Test
  void jsonIsDataValidAgainstItsSchemaAndTheSameInBothLanguages() throws Exception {
    Schema schema = schema("esfkit-check-result-1.schema.json");
    ObjectMapper mapper = new ObjectMapper();
    for (Path file : List.of(ALL_IN, SIA, Path.of("examples/all-in-budget.json"))) {
      CliRun sv = esf("check", file.toString(), "--format", "json", "--lang", "sv");
      CliRun en = esf("check", file.toString(), "--format", "json", "--lang", "en");
      List<Error> errors = schema.validate(sv.out, InputFormat.JSON);
      assertThat(errors).as(file + ": " + errors).isEmpty();
      ObjectNode a = (ObjectNode) mapper.readTree(sv.out);
      ObjectNode b = (ObjectNode) mapper.readTree(en.out);
      assertThat(a.get("labels")).isNotEqualTo(b.get("labels"));
      a.remove("labels");
      b.remove("labels");
      assertThat(a).isEqualTo(b);
    }
    JsonNode root = mapper.readTree(esf("check", ALL_IN.toString(), "--format", "json").out);
    assertThat(root.get("format").asText()).isEqualTo("esfkit-check-result-1");
    assertThat(root.at("/budget/overview/13/row").asText()).isEqualTo("TOTAL_FINANCING");
    assertThat(root.at("/budget/overview/13/amount").asText()).isEqualTo("52423478");
    assertThat(root.at("/budget/overview/15/share/numerator").asText()).isEqualTo("27793079");
    assertThat(root.at("/budget/overview/15/share/percent").asText()).isEqualTo("53.0165");
    assertThat(root.at("/budget/requirementMet").asBoolean()).isTrue();
    assertThat(root.at("/errors").asInt()).isEqualTo(2);
    assertThat(root.at("/findings/1/ruleId").asText()).isEqualTo("PHASE-GAP");
  }

  @Test
  void theApplicationFilesFollowTheirSchema() throws Exception {
    Schema schema = schema("esfkit-application-1.schema.json");
    for (Path file : List.of(ALL_IN, SIA)) {
      List<Error> errors = schema.validate(Files.readString(file, StandardCharsets.UTF_8), InputFormat.JSON);
      assertThat(errors).as(file + ": " + errors).isEmpty();
    }
  }

  @Test
  void aShortfallIsStatedOnceTheSameInTableAndMessage() throws Exception {
    String json = Files.readString(ALL_IN, StandardCharsets.UTF_8).replace("\"53.00\"", "\"54.00\"");
    CliRun r = esf("check", write("a.json", json).toString());
    assertThat(r.code).isEqualTo(1);
    // 0.54 × 52 423 478 − 27 793 079 = 515 599.12; with the ESF grant unchanged 54 × 24 630 399 / 46 − 27 793 079
    assertThat(r.out).contains("Shortfall, total financing unchanged").contains("515,599.12 SEK")
        .contains("at unchanged total financing 515,599.12 SEK short");
    JsonNode root = new ObjectMapper().readTree(esf("check", write("a.json", json).toString(), "--format", "json").out);
    String grant = root.at("/budget/shortfall/atFixedEsfGrant").asText();
    assertThat(r.out).contains(io.github.esfkit.examples.report.Formats.number(new java.math.BigDecimal(grant),
        io.github.esfkit.core.Language.EN) + " SEK more co-financing");
    assertThat(root.at("/budget/shortfall/rounding").asText()).isEqualTo("CENT_UP");
  }

  @Test
  void aSoleTradersOrganisationNumberIsMasked() throws Exception {
    // 811228-9874 is a (fictitious) personnummer used as a sole trader's organisation number
    String json = Files.readString(ALL_IN, StandardCharsets.UTF_8).replace("212000-1975", "811228-9874");
    for (String format : List.of("text", "json", "markdown")) {
      CliRun r = esf("check", write("a.json", json).toString(), "--format", format, "--lang", "sv");
      assertThat(r.code).as(r.toString()).isEqualTo(1);
      assertThat(r.out + r.err).doesNotContain("811228-9874").doesNotContain("8112289874").contains("811228-****");
    }
  }

  @Test
  void onlyUnreadableInputIsExitCode2() throws Exception {
    String json = Files.readString(ALL_IN, StandardCharsets.UTF_8)
        .replace("\"amount\": 1265322", "\"amount\": 1265322.5")
        .replace("\"kind\": \"region\"", "\"kind\": \"county\"");
    CliRun r = esf("check", write("a.json", json).toString(), "--lang", "sv");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err).contains("JSON-WHOLE-KRONOR").contains("JSON-CODE").contains("inga siffror beräknades")
        .doesNotContain("Exception");
    // a wrong check digit and a placeholder CFAR are findings of a readable file
    String findings = Files.readString(ALL_IN, StandardCharsets.UTF_8).replace("212000-1983", "212000-1984")
        .replace("19273242", "00000000");
    CliRun f = esf("check", write("f.json", findings).toString());
    assertThat(f.code).as(f.toString()).isEqualTo(1);
    assertThat(f.out).contains("ORGNR-CHECKSUM").contains("CFAR-PLACEHOLDER").contains("52,423,478 SEK");
  }
}
