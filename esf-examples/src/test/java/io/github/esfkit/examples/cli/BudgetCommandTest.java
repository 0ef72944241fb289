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

class BudgetCommandTest {

  static final Path ALL_IN = Path.of("examples/all-in-budget.json");

  @TempDir
  Path dir;

  Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void allInInEveryFormat() throws Exception {
    CliRun text = esf("budget", ALL_IN.toString(), "--lang", "sv");
    assertThat(text.code).as(text.toString()).isZero();
    assertThat(text.out).contains("Summa total finansiering").contains("52 423 478 kr").contains("46,98 %")
        .contains("Marginal mot kravet").contains("8 635,66 kr");
    assertThat(text.err).isEmpty();

    CliRun md = esf("budget", ALL_IN.toString(), "--format", "markdown");
    assertThat(md.code).isZero();
    assertThat(md.out).startsWith("# Budget: All In").contains("| 14 | Total financing | 52,423,478 SEK |  |");

    CliRun json = esf("budget", ALL_IN.toString(), "--format", "json");
    assertThat(json.code).isZero();
    JsonNode root = new ObjectMapper().readTree(json.out);
    assertThat(root.at("/format").asText()).isEqualTo("esfkit-budget-result-1");
    assertThat(root.at("/overview/13/row").asText()).isEqualTo("TOTAL_FINANCING");
    assertThat(root.at("/overview/13/amount").asText()).isEqualTo("52423478");
    assertThat(root.at("/shares/coFinancing/percent").asText()).isEqualTo("53.0165");
    assertThat(root.at("/requirement/margin").asText()).isEqualTo("8635.66");
    assertThat(root.at("/requirement/met").asBoolean()).isTrue();
    assertThat(root.at("/findings").size()).isZero();
    for (CliRun r : new CliRun[] {text, md, json}) {
      assertThat(r.personnummerLike()).isNull();
    }
  }

  @Test
  void ruleViolationsGiveExitCode1() throws Exception {
    String json = Files.readString(ALL_IN, StandardCharsets.UTF_8).replace("\"53.00\"", "\"54.00\"");
    CliRun r = esf("budget", write("b.json", json).toString());
    assertThat(r.code).as(r.toString()).isEqualTo(1);
    assertThat(r.out).contains("BUDGET-COFINANCING-BELOW-REQUIREMENT").contains("Shortfall, total financing unchanged");
  }

  @Test
  void everyErrorOfAFileWithLineAndColumn() throws Exception {
    String json = "{\n"
        + "  \"format\": \"esfkit-budget-1\",\n"
        + "  \"costs\": [\n"
        + "    {\"section\": \"analysis\", \"category\": \"staff\", \"amount\": 100},\n"
        + "    {\"section\": \"implementation\", \"category\": \"staff\", \"amount\": -5},\n"
        + "    {\"section\": \"implementation\", \"category\": \"staff\", \"amount\": 10.5, \"colour\": \"red\"}\n"
        + "  ],\n"
        + "  \"coFinancing\": [\n"
        + "    {\"category\": \"public_cash_owner\", \"amount\": 1, \"contributor\": "
        + "{\"organisationsnummer\": \"212000-1941\", \"name\": \"X\"}}\n"
        + "  ]\n"
        + "}\n";
    CliRun r = esf("budget", write("b.json", json).toString());
    assertThat(r.code).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err.lines()).anyMatch(l -> l.contains("b.json:4:col 17: JSON-CODE $.costs[0].section: 'analysis' is not allowed"))
        .anyMatch(l -> l.contains("b.json:5:col 66: JSON-NEGATIVE $.costs[1].amount"))
        .anyMatch(l -> l.contains("b.json:6:col 82: JSON-UNKNOWN-KEY $.costs[2].colour"))
        .anyMatch(l -> l.contains("b.json:6:col 66: JSON-WHOLE-KRONOR $.costs[2].amount"))
        .anyMatch(l -> l.endsWith("error(s) in the input; no figures were computed."));
    // a wrong check digit is a finding of a readable file, not bad input
    assertThat(r.err).doesNotContain("Exception").doesNotContain("JSON-ORGNR");
    assertThat(r.personnummerLike()).isNull(); // 212000-1941 (month 20) cannot be a personnummer: it may be shown
  }

  @Test
  void badFiles() throws Exception {
    assertBad(esf("budget", dir.resolve("missing.json").toString()), "missing.json: IO-NOT-FOUND file not found");
    assertBad(esf("budget", write("e.json", "").toString()), "e.json: JSON-EMPTY the file is empty");
    assertBad(esf("budget", write("m.json", "{\"format\": \"esfkit-budget-1\",\n \"costs\": [}").toString()),
        "m.json:2:col 12: JSON-SYNTAX malformed JSON");
    assertBad(esf("budget", dir.toString()), "IO-DIRECTORY");
    Path big = dir.resolve("big.json");
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(1L << 30);
    }
    assertBad(esf("budget", big.toString()), "big.json: JSON-TOO-LARGE the file is 1024 MiB; JSON input is limited to 16 MiB");
  }

  static void assertBad(CliRun r, String line) {
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err.lines()).as(r.toString()).anyMatch(l -> l.contains(line));
    assertThat(r.err).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
