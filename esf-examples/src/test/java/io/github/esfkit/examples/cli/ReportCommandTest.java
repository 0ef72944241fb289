package io.github.esfkit.examples.cli;

import static io.github.esfkit.examples.cli.CliRun.esf;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code esf report}: usage, bad input, findings and exit codes, personal data. */
class ReportCommandTest {

  static final String BUDGET = "examples/all-in-budget.json";
  static final String PROJECT = "examples/144587-targets.json";
  static final String PARTICIPANTS = "examples/144587-participants.csv";

  @TempDir
  Path dir;

  @Test
  void usageErrorsWriteNothing() {
    Path out = dir.resolve("r.html");
    String o = out.toString();
    String[][] cases = {
        {"report", "--budget", BUDGET},
        {"report", "--out", o},
        {"report", "--budget", BUDGET, "--out", o, "--format", "json"},
        {"report", "--participants", PARTICIPANTS, "--out", o, "--as-of", "2022-06-30"},
        {"report", "--participants", PARTICIPANTS, "--out", o, "--period", "2014-2020"},
        {"report", "--participants", PARTICIPANTS, "--out", o, "--period", "1999", "--as-of", "2022-06-30"},
        {"report", "--events", "examples/cohort-events.csv", "--budget", BUDGET, "--out", o},
    };
    for (String[] args : cases) {
      CliRun r = esf(args);
      assertThat(r.code).as(String.join(" ", args) + "\n" + r).isEqualTo(2);
      assertThat(r.out).isEmpty();
      assertThat(r.err).startsWith("esf: ").doesNotContain("\tat ");
      assertThat(out).doesNotExist();
    }
  }

  @Test
  void badInputOfEveryFileIsReportedAtOnceAndNoPageIsWritten() throws Exception {
    Path budget = dir.resolve("b.json");
    Files.writeString(budget, "{\"format\": \"esfkit-budget-1\", \"costs\": [{\"section\": \"nope\"}]}");
    Path csv = dir.resolve("p.csv");
    Files.writeString(csv, SmallCellProtectionTest.HEADER
        + "P1,19850312-1235,Berg,woman,12/03/1985,2020-04-01,,unemployed,isced2,,,,,,,\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("r.html");
    CliRun r = esf("report", "--budget", budget.toString(), "--participants", csv.toString(), "--period",
        "2014-2020", "--as-of", "2022-06-30", "--out", out.toString());
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains("b.json:").contains("p.csv:2:").contains("no figures were computed");
    assertThat(r.personnummerLike()).isNull();
    assertThat(out).doesNotExist();
  }

  @Test
  void aBudgetThatBreaksRulesGivesExitCodeOneAndEveryFindingWithItsRule() throws Exception {
    Path out = dir.resolve("r.html");
    CliRun r = esf("report", "--budget", "src/test/resources/xlsx/short-budget.json", "--out", out.toString(),
        "--lang", "sv");
    assertThat(r.code).as(r.toString()).isEqualTo(1);
    assertThat(r.out).isEmpty();
    String html = Files.readString(out);
    assertThat(html).contains("<code>BUDGET-OWNER-IN-KIND</code>").contains("<code>BUDGET-TOTAL-MISMATCH</code>")
        .contains("(inget datum: bara budget)").contains("<html lang=\"sv\">");
    assertThat(html).doesNotContain("<script").doesNotContainPattern("(src|href)=\"(https?:)?//");
  }

  @Test
  void noPersonnummerReachesThePage() throws Exception {
    Path csv = dir.resolve("p.csv");
    Files.writeString(csv, SmallCellProtectionTest.HEADER
        + "P1,19850372-0008,Berg,woman,1985-03-12,2020-04-01,2020-05-01,unemployed,isced2,,,,,,,\n"
        + "P2,198503720008,Berg,woman,1985-03-12,2021-04-01,,unemployed,isced2,,,,,,,\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("r.html");
    CliRun r = esf("report", "--participants", csv.toString(), "--period", "2014-2020", "--as-of", "2022-06-30",
        "--out", out.toString());
    assertThat(r.code).as(r.toString()).isIn(0, 1);
    String html = Files.readString(out);
    assertThat(html).doesNotContain("850372").doesNotContain("0008");
    assertThat(CliRun.PNR.matcher(html).find()).isFalse();
  }

  @Test
  void sameFiguresAsTheOtherCommandsInBothLanguages() throws Exception {
    for (String lang : new String[] {"sv", "en"}) {
      Path out = dir.resolve(lang + ".html");
      CliRun r = esf("report", "--budget", BUDGET, "--project", PROJECT, "--participants", PARTICIPANTS,
          "--period", "2014-2020", "--lang", lang, "--out", out.toString());
      assertThat(r.code).as(r.toString()).isZero();
      String html = Files.readString(out);
      CliRun budget = esf("budget", BUDGET, "--lang", lang, "--format", "markdown");
      // every amount and percent the budget command prints is on the page, formatted alike
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\| ([-0-9 ,.]+ (kr|SEK|%)) \\|")
          .matcher(budget.out);
      int n = 0;
      while (m.find()) {
        assertThat(html).contains(">" + m.group(1) + "<");
        n++;
      }
      assertThat(n).isGreaterThan(40);
      assertThat(html).contains(ReportCommand.sha256(Path.of(PARTICIPANTS)));
    }
  }
}
