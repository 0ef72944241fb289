package io.github.esfkit.examples.cli;

import static io.github.esfkit.examples.cli.CliRun.esf;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 10 items 1, 3, 4-6, 9, 11 through the command line: one-line errors, no personnummer, no internals. */
class HostileInputCommandTest {

  static final Path ALL_IN = Path.of("examples/all-in-budget.json");
  static final Path TARGETS = Path.of("examples/144587-targets.json");

  @TempDir
  Path dir;

  Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private void assertNoLeak(CliRun r) {
    // the temporary folder's random name may itself hold "1231": it is not input, so it is taken out first
    String shown = (r.out + r.err).replace(dir.toString(), "<dir>");
    assertThat(shown).doesNotContain("1231").doesNotContain("\u001b").doesNotContain("\u0000");
    assertThat(r.personnummerLike()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "markdown"})
  void aBudgetTitleWithAPersonnummerIsWithheldInEveryFormat(String format) throws IOException {
    String json = Files.readString(ALL_IN, StandardCharsets.UTF_8)
        .replace("\"title\": \"All In\"", "\"title\": \"Projekt 19850312 1231\\u001b[2J\"");
    CliRun r = esf("budget", write("b.json", json).toString(), "--format", format);
    assertThat(r.code).as(r.toString()).isZero();
    assertNoLeak(r);
    assertThat(r.out).contains("(withheld)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "markdown"})
  void targetsFreeTextWithAPersonnummerIsWithheldInEveryFormat(String format) throws IOException {
    String json = Files.readString(TARGETS, StandardCharsets.UTF_8)
        .replace("\"144587, slutrapport juni 2022\"", "\"Rapport 850312.1231\"")
        .replace("\"inskrivna deltagare\"", "\"inskrivna 850312/1231\"")
        .replace("\"enrolled participants\"", "\"enrolled 850312\u20131231\"");
    CliRun r = esf("targets", "--project", write("t.json", json).toString(), "--format", format);
    assertThat(r.code).as(r.toString()).isIn(0, 1);
    assertNoLeak(r);
  }

  @Test
  void aFileNameWithAPersonnummerOrControlCharactersIsNotEchoed() throws IOException {
    CliRun missing = esf("budget", dir.resolve("19850312-1231.json").toString());
    assertThat(missing.code).isEqualTo(2);
    assertThat(missing.err).contains("IO-NOT-FOUND");
    assertNoLeak(missing);
    CliRun csv = esf("indicators", "--participants", dir.resolve("850312_1231\nx\u001b.csv").toString(),
        "--period", "2014-2020", "--as-of", "2022-06-30");
    assertThat(csv.code).isEqualTo(2);
    assertNoLeak(csv);
    assertThat(csv.err.strip().lines()).allMatch(l -> l.startsWith("esf: "));
  }

  @Test
  void aJsonKeyWithAPersonnummerOrNewlineIsNotEchoed() throws IOException {
    String json = Files.readString(ALL_IN, StandardCharsets.UTF_8)
        .replace("\"title\": \"All In\"", "\"title\": \"All In\", \"19840620-4084\": 1, \"a\\nb\\u001b\": 2");
    CliRun r = esf("budget", write("b.json", json).toString());
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.out + r.err).doesNotContain("4084").doesNotContain("\u001b");
    assertThat(r.err.strip().lines()).allMatch(l -> l.startsWith("esf: "));
  }

  @Test
  void hugeExponentsAndOutOfRangeAmountsAreInputErrorsEachWithItsPath() throws IOException {
    String json = Files.readString(ALL_IN, StandardCharsets.UTF_8);
    String[] hostileNumbers = {"1e-999999999", "-1e999999999", "1000000000000000"};
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"amount\": [0-9]+").matcher(json);
    StringBuilder sb = new StringBuilder();
    int k = 0;
    while (m.find()) {
      m.appendReplacement(sb, k < hostileNumbers.length ? "\"amount\": " + hostileNumbers[k] : m.group());
      k++;
    }
    m.appendTail(sb);
    String hostile = sb.toString();
    CliRun r = esf("budget", write("b.json", hostile).toString());
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err).doesNotContain("internal error").doesNotContain("Exception");
    assertThat(r.err.lines().filter(l -> l.contains("JSON-NUMBER-RANGE"))).hasSize(3)
        .allMatch(l -> l.matches("esf: .*b\\.json:\\d+:col \\d+: JSON-NUMBER-RANGE \\$\\.costs\\[\\d+\\]\\.amount: .*"));
  }

  @Test
  void aMegabyteDigitStringAsAnAmountIsRefusedWithoutParsingIt() throws IOException {
    String json = Files.readString(ALL_IN, StandardCharsets.UTF_8);
    int first = json.indexOf("\"amount\": ");
    int end = json.indexOf(',', first);
    String hostile = json.substring(0, first) + "\"amount\": \"" + "9".repeat(1 << 20) + "\""
        + json.substring(end);
    CliRun r = esf("budget", write("b.json", hostile).toString());
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.err).doesNotContain("internal error");
  }

  @Test
  void utf16IsRefused() throws IOException {
    Path p = dir.resolve("b16.json");
    Files.write(p, Files.readString(ALL_IN, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE));
    CliRun r = esf("budget", p.toString());
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains("JSON-ENCODING");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "99999999999999999999", "x", "2000000"})
  void maxErrorsOutOfRangeIsOneClearLine(String n) {
    CliRun r = esf("budget", ALL_IN.toString(), "--max-errors", n);
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.err.strip().lines()).hasSize(1).allMatch(l -> l.contains("--max-errors")
        && l.contains("is not a whole number from 1 to 1000000"));
    assertThat(r.err).doesNotContain("internal error");
  }

  @ParameterizedTest
  @ValueSource(strings = {"+999999999-12-31", "9999-12-01", "1800-01-01", "-0001-01-01"})
  void firstEntryThatCannotBeWrittenIsOneClearLine(String date) {
    CliRun r = esf("generate-participants", "--rows", "3", "--out", dir.resolve("p.csv").toString(),
        "--first-entry", date);
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.err.strip().lines()).hasSize(1).allMatch(l -> l.contains("--first-entry"));
    assertThat(r.err).doesNotContain("internal error");
    assertThat(dir.resolve("p.csv")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1000000000000", "100000001", "-1"})
  void rowsAreCapped(String rows) {
    CliRun r = esf("generate-participants", "--rows", rows, "--out", dir.resolve("p.csv").toString());
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.err.strip().lines()).hasSize(1).allMatch(l -> l.contains("--rows"));
    assertThat(dir.resolve("p.csv")).doesNotExist();
  }

  @Test
  void theLatestFirstEntryStillWritesDatesTheReaderTakes() throws IOException {
    Path p = dir.resolve("p.csv");
    Path e = dir.resolve("e.csv");
    CliRun gen = esf("generate-participants", "--rows", "200", "--out", p.toString(), "--events", e.toString(),
        "--first-entry", "2999-12-31");
    assertThat(gen.code).as(gen.toString()).isZero();
    CliRun read = esf("indicators", "--participants", p.toString(), "--events", e.toString(), "--period",
        "2021-2027", "--as-of", "2999-12-31");
    assertThat(read.code).as(read.toString()).isIn(0, 1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Del 850312 1231", "Del 850312.1231", "Del 850312/1231", "Del 850312–1231",
      "Del 19850312_1231", "Del 8503121231"})
  void aSubProjectWithAPersonnummerInAnySeparatorIsRejectedNotPrinted(String sub) throws IOException {
    Path p = write("p.csv", IndicatorsCommandTest.HEADER + "P1,,\"" + sub
        + "\",woman,1990-01-01,2020-01-01,,unemployed,isced3,,,,,,,\n");
    CliRun r = esf("indicators", "--participants", p.toString(), "--period", "2014-2020", "--as-of", "2022-06-30",
        "--by-sub-project");
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains("PART-SUBPROJECT-PERSONAL");
    assertNoLeak(r);
  }

  @ParameterizedTest
  @ValueSource(strings = {"19850312_1231", "850312_1231", "P850312-1231"})
  void aParticipantIdWithAPersonnummerIsRejectedNotEchoed(String id) throws IOException {
    Path p = write("p.csv", IndicatorsCommandTest.HEADER + id
        + ",,Berg,woman,1990-01-01,2020-01-01,,unemployed,isced3,,,,,,,\n");
    CliRun r = esf("indicators", "--participants", p.toString(), "--period", "2014-2020", "--as-of", "2022-06-30");
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains("PART-ID-PERSONAL");
    assertNoLeak(r);
  }

  @Test
  void aDateOptionBeyondFourDigitsIsOneClearLine() {
    CliRun r = esf("indicators", "--participants", "x.csv", "--period", "2014-2020", "--as-of", "+999999999-12-31");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err.strip().lines()).hasSize(1);
    assertThat(r.err).doesNotContain("internal error");
  }
}
