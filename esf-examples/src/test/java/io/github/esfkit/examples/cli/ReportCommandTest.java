package io.github.esfkit.examples.cli;

import static io.github.esfkit.examples.cli.CliRun.esf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.esfkit.core.Language;
import io.github.esfkit.examples.report.Formats;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code esf report}: usage, bad input, findings and exit codes, personal data. */
class ReportCommandTest {

  static final String BUDGET = "examples/all-in-budget.json";
  static final String PROJECT = "examples/144587-targets.json";
  static final String PARTICIPANTS = "examples/144587-participants.csv";

  static final String EX = "examples/";

  /** The running-project example: budget, participants and the claim files of one period. */
  static List<String> running(String ledger, String... more) {
    List<String> a = new ArrayList<>(List.of("report", "--budget", BUDGET, "--setup", EX + "running-claim-setup.json",
        "--participants", EX + "running-participants.csv", "--attendance", EX + "running-attendance.csv", "--time",
        EX + "running-time.csv", "--ledger", ledger, "--period", "2014-2020"));
    a.addAll(List.of(more));
    return a;
  }

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
        {"report", "--budget", BUDGET, "--setup", EX + "running-claim-setup.json", "--participants",
            EX + "running-participants.csv", "--period", "2014-2020", "--out", o},
        {"report", "--budget", BUDGET, "--attendance", EX + "running-attendance.csv", "--participants",
            EX + "running-participants.csv", "--period", "2014-2020", "--out", o},
        {"report", "--setup", EX + "running-claim-setup.json", "--attendance", EX + "running-attendance.csv",
            "--participants", EX + "running-participants.csv", "--period", "2014-2020", "--out", o},
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

  @Test
  void budgetAgainstActualsShowsEveryFigureOfTheClaimEsfClaimComputes() throws Exception {
    for (String lang : new String[] {"sv", "en"}) {
      Language l = lang.equals("sv") ? Language.SV : Language.EN;
      Path out = dir.resolve("running-" + lang + ".html");
      List<String> args = running(EX + "running-ledger.csv", "--lang", lang, "--out", out.toString());
      CliRun r = esf(args.toArray(new String[0]));
      assertThat(r.code).as(r.toString()).isZero();
      String html = Files.readString(out);
      String actuals = html.substring(html.indexOf("<section id=\"actuals\""));
      actuals = actuals.substring(0, actuals.indexOf("</section>"));
      // the claim esf claim prints, as data: every line's figures are in the section, formatted alike
      CliRun claim = esf("claim", "--setup", EX + "running-claim-setup.json", "--budget", BUDGET, "--participants",
          EX + "running-participants.csv", "--attendance", EX + "running-attendance.csv", "--time",
          EX + "running-time.csv", "--ledger", EX + "running-ledger.csv", "--format", "json");
      JsonNode root = new ObjectMapper().readTree(claim.out);
      int lines = 0;
      for (JsonNode line : root.get("lines")) {
        for (String f : new String[] {"budget", "thisPeriod", "toDate", "remaining"}) {
          assertThat(actuals).as(line.get("id") + " " + f)
              .contains(">" + Formats.amount(new BigDecimal(line.get(f).asText()), l) + "<");
        }
        JsonNode used = line.get("shareUsed");
        String percent = Formats.percent(new BigDecimal(used.get("numerator").asText()).multiply(BigDecimal.valueOf(100))
            .divide(new BigDecimal(used.get("denominator").asText()), 2, java.math.RoundingMode.HALF_UP), l);
        assertThat(actuals).as("table").contains(">" + percent + "<");
        assertThat(actuals).as("bar").contains(">" + percent + "</text>");
        lines++;
      }
      assertThat(lines).isEqualTo(15);
      JsonNode totals = root.get("totals");
      assertThat(actuals).contains(">" + Formats.amount(new BigDecimal(totals.get("esfThisPeriod").asText()), l) + "<")
          .contains(">" + Formats.amount(new BigDecimal(totals.get("esfToDate").asText()), l) + "<")
          .contains(">" + Formats.amount(new BigDecimal(totals.get("totalFinancingToDate").asText()), l) + "<");
      assertThat(actuals).contains("role=\"img\"").contains("<desc id=\"actuals-bars-1-d\">")
          .doesNotContain("⚠ " + l.pick("över", "over"));
      // the reporting date defaults to the claim period's last day; every claim file has its checksum
      assertThat(html).contains(l.pick("Per 2019-06-30", "As of 2019-06-30"))
          .contains(ReportCommand.sha256(Path.of(EX + "running-ledger.csv")))
          .contains(ReportCommand.sha256(Path.of(EX + "running-claim-setup.json")));
      assertThat(CliRun.PNR.matcher(html).find()).isFalse();
    }
  }

  @Test
  void aLineOverBudgetIsAFindingWithItsRuleAndIsMarkedInWords() throws Exception {
    Path ledger = dir.resolve("ledger.csv");
    Files.writeString(ledger, Files.readString(Path.of(EX + "running-ledger.csv"))
        + "2019-03-01,implementation,external_services,5000000,V99999,Konsult,,\n");
    Path out = dir.resolve("over.html");
    CliRun r = esf(running(ledger.toString(), "--lang", "sv", "--out", out.toString()).toArray(new String[0]));
    assertThat(r.code).as(r.toString()).isZero(); // over budget is a warning
    String html = Files.readString(out);
    assertThat(html).contains("<code>CLAIM-OVER-BUDGET</code>").contains("<td>Utfall</td>")
        .contains("⚠ över budget").contains("IMPLEMENTATION/EXTERNAL_SERVICES");
  }

  @Test
  void badClaimFilesAreReportedWithEveryOtherErrorAndNoPageIsWritten() throws Exception {
    Path att = dir.resolve("a.csv");
    Files.writeString(att, "participant_id,month,hours\nAI-0001,2019-13,10\n");
    Path ledger = dir.resolve("l.csv");
    Files.writeString(ledger, "date,section,category,amount,voucher\n2019-01-05,implementation,coffee,10,V1\n");
    Path out = dir.resolve("r.html");
    List<String> args = running(ledger.toString(), "--out", out.toString());
    args.set(args.indexOf(EX + "running-attendance.csv"), att.toString());
    CliRun r = esf(args.toArray(new String[0]));
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.err).contains(att + ":2:month: CSV-MONTH").contains(ledger + ":2:category: CSV-CODE")
        .contains("no figures were computed").doesNotContain("\tat ");
    assertThat(out).doesNotExist();
  }
}
