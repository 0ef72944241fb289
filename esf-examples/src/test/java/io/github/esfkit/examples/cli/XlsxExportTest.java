package io.github.esfkit.examples.cli;

import static io.github.esfkit.examples.cli.CliRun.esf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code --format xlsx} read back with Apache POI and compared, cell by cell, with the {@code --format json}
 * output of the same command: the sheets in the order of the JSON's data, every figure equal to the JSON's
 * value (numbers as numbers with a kronor, count or percent format), every code and every label the JSON's
 * {@code labels} carries, the same findings. The JSON is language-independent data; labels it does not carry
 * are not compared as text (see {@link #compare}).
 */
class XlsxExportTest {

  static final Map<String, String[]> COMMANDS = Map.of(
      "budget", new String[] {"budget", "examples/all-in-budget.json"},
      "budget-short", new String[] {"budget", "src/test/resources/xlsx/short-budget.json"},
      "indicators", new String[] {"indicators", "--participants", "examples/cohort-participants.csv", "--events",
          "examples/cohort-events.csv", "--period", "2014-2020", "--as-of", "2022-06-30", "--by-sub-project"},
      "targets", new String[] {"targets", "--project", "examples/144587-targets.json", "--participants",
          "examples/144587-participants.csv"});

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"budget", "budget-short", "indicators", "targets"})
  void everyCellEqualsTheJsonOutput(String name) throws Exception {
    for (String lang : new String[] {"sv", "en"}) {
      List<String> args = new ArrayList<>(List.of(COMMANDS.get(name)));
      args.addAll(List.of("--lang", lang));
      List<String> jsonArgs = new ArrayList<>(args);
      jsonArgs.addAll(List.of("--format", "json"));
      CliRun json = esf(jsonArgs.toArray(new String[0]));
      Path xlsx = dir.resolve(name + "-" + lang + ".xlsx");
      List<String> xlsxArgs = new ArrayList<>(args);
      xlsxArgs.addAll(List.of("--format", "xlsx", "--out", xlsx.toString()));
      CliRun x = esf(xlsxArgs.toArray(new String[0]));
      assertThat(x.code).as(x.toString()).isEqualTo(json.code);
      assertThat(x.out).isEmpty();
      JsonNode root = new ObjectMapper().readTree(json.out);
      int compared;
      try (InputStream in = Files.newInputStream(xlsx); Workbook wb = new XSSFWorkbook(in)) {
        compared = compare(root, wb, lang);
      }
      assertThat(compared).as("cells compared").isGreaterThan(10);
    }
  }

  /**
   * {@code esf claim --format xlsx}: the about sheet, the lines sheet (label, budget, this period, to date,
   * remaining, share used per line), the claim sheet (period and to-date totals), the findings sheet; every
   * figure against {@code esfkit-claim-result-1}. Once on the bundled period and once with a ledger line that
   * puts a category over budget (a finding).
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void claimCellsEqualTheJsonOutput(boolean overBudget) throws Exception {
    String ledger = "examples/running-ledger.csv";
    if (overBudget) {
      Path l = dir.resolve("ledger.csv");
      Files.writeString(l, Files.readString(Path.of(ledger))
          + "2019-03-01,implementation,external_services,5000000,V99999,Konsult,,\n");
      ledger = l.toString();
    }
    for (String lang : new String[] {"sv", "en"}) {
      List<String> args = new ArrayList<>(List.of("claim", "--setup", "examples/running-claim-setup.json", "--budget",
          "examples/all-in-budget.json", "--participants", "examples/running-participants.csv", "--attendance",
          "examples/running-attendance.csv", "--time", "examples/running-time.csv", "--ledger", ledger, "--lang", lang));
      List<String> jsonArgs = new ArrayList<>(args);
      jsonArgs.addAll(List.of("--format", "json"));
      CliRun json = esf(jsonArgs.toArray(new String[0]));
      Path xlsx = dir.resolve("claim-" + lang + ".xlsx");
      args.addAll(List.of("--format", "xlsx", "--out", xlsx.toString()));
      CliRun x = esf(args.toArray(new String[0]));
      assertThat(x.code).as(x.toString()).isEqualTo(json.code).isZero();
      assertThat(x.out).isEmpty();
      JsonNode root = new ObjectMapper().readTree(json.out);
      JsonNode labels = root.get("labels");
      int n = 0;
      try (InputStream in = Files.newInputStream(xlsx); Workbook wb = new XSSFWorkbook(in)) {
        assertThat(str(wb.getSheetAt(0), 0, 0)).startsWith(text(labels.get("title")));
        Sheet lines = wb.getSheetAt(1);
        int row = 2;
        for (JsonNode line : root.get("lines")) {
          String where = "line " + text(line.get("id"));
          assertThat(str(lines, row, 0)).as(where).isEqualTo(text(labels.get("lines").get(text(line.get("id")))));
          String[] fields = {"budget", "thisPeriod", "toDate", "remaining"};
          for (int c = 0; c < fields.length; c++) {
            money(where + " " + fields[c], lines.getRow(row).getCell(c + 1), text(line.get(fields[c])), lang);
          }
          if (line.get("shareUsed").get("percent").isNull()) {
            blank(where, lines.getRow(row).getCell(5));
          } else {
            percent(where, lines.getRow(row).getCell(5), line.get("shareUsed"));
          }
          row++;
          n += 6;
        }
        assertThat(lines.getLastRowNum()).as("no line beyond the JSON's").isEqualTo(row - 1);
        Sheet claim = wb.getSheetAt(2);
        JsonNode t = root.get("totals");
        String[][] totals = {{"costsThisPeriod", "costsToDate"}, {"coFinancingThisPeriod", "coFinancingToDate"},
            {"totalFinancingThisPeriod", "totalFinancingToDate"}, {"esfThisPeriod", "esfToDate"}};
        for (int r = 0; r < totals.length; r++) {
          money(totals[r][0], claim.getRow(r + 2).getCell(1), text(t.get(totals[r][0])), lang);
          money(totals[r][1], claim.getRow(r + 2).getCell(2), text(t.get(totals[r][1])), lang);
          n += 2;
        }
        Sheet findings = wb.getSheetAt(wb.getNumberOfSheets() - 1);
        assertThat(wb.getNumberOfSheets()).isEqualTo(4);
        int fr = 1;
        for (JsonNode f : root.get("findings")) {
          Row xr = findings.getRow(fr);
          assertThat(xr.getCell(0).getStringCellValue()).isEqualTo(text(f.get("severity")));
          assertThat(xr.getCell(1).getStringCellValue()).isEqualTo(text(f.get("ruleId")));
          assertThat(xr.getCell(2).getStringCellValue()).isEqualTo(text(f.get("path")));
          assertThat(xr.getCell(3).getStringCellValue()).isEqualTo(text(labels.get("findings").get(fr - 1)));
          fr++;
          n += 4;
        }
        assertThat(findings.getLastRowNum()).isEqualTo(fr - 1);
        List<String> rules = new ArrayList<>();
        root.get("findings").forEach(f -> rules.add(text(f.get("ruleId"))));
        if (overBudget) {
          assertThat(rules).contains("CLAIM-OVER-BUDGET");
        } else {
          assertThat(rules).doesNotContain("CLAIM-OVER-BUDGET");
        }
      }
      assertThat(n).as("cells compared").isGreaterThan(90);
    }
  }

  @Test
  void xlsxNeedsAnOutputFile() {
    CliRun r = esf("budget", "examples/all-in-budget.json", "--format", "xlsx");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err).contains("--format xlsx needs --out FILE");
  }

  @Test
  void anUnwritableOutputFileIsAUsageError() {
    CliRun r = esf("budget", "examples/all-in-budget.json", "--format", "xlsx", "--out",
        dir.resolve("no/such/dir/b.xlsx").toString());
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).startsWith("esf: cannot write").doesNotContain("Exception:").doesNotContain("\tat ");
  }

  /**
   * Compares the workbook with the JSON output; returns the number of cells compared. The JSON is the
   * language-independent result ({@code esfkit-budget-result-1}, {@code esfkit-indicators-result-1},
   * {@code esfkit-targets-result-1}): every figure in the workbook is checked against the JSON's value (money
   * as decimal strings, counts, shares with numerator, denominator and percent), every code against the JSON's
   * code, and every translated label against the JSON's {@code labels} object where it has that label. Labels
   * the JSON does not carry (column headings, "Total", the data-quality item names, status words, the colour of
   * a verdict) are not compared as text; the figures and codes of those rows are.
   */
  static int compare(JsonNode root, Workbook wb, String lang) {
    JsonNode labels = root.get("labels");
    assertThat(labels).as("labels").isNotNull();
    assertThat(text(labels.get("language"))).isEqualTo(lang);
    Sheet about = wb.getSheetAt(0);
    assertThat(str(about, 0, 0)).isEqualTo(text(labels.get("title")));
    int[] n = {1};
    int sheet;
    switch (text(root.get("format"))) {
      case "esfkit-budget-result-1" -> sheet = budget(root, labels, wb, lang, n);
      case "esfkit-indicators-result-1" -> sheet = indicators(root, labels, wb, n);
      case "esfkit-targets-result-1" -> sheet = targets(root, labels, wb, n);
      default -> throw new AssertionError("unknown format " + root.get("format"));
    }
    Sheet findings = wb.getSheetAt(sheet);
    assertThat(wb.getNumberOfSheets()).isEqualTo(sheet + 1);
    int fr = 1;
    JsonNode messages = labels.get("findings");
    assertThat(messages.size()).isEqualTo(root.get("findings").size());
    int i = 0;
    for (JsonNode f : root.get("findings")) {
      Row xr = findings.getRow(fr++);
      assertThat(xr.getCell(0).getStringCellValue()).isEqualTo(text(f.get("severity")));
      assertThat(xr.getCell(1).getStringCellValue()).isEqualTo(text(f.get("rule")));
      assertThat(xr.getCell(2).getStringCellValue()).isEqualTo(text(f.get("path")));
      assertThat(xr.getCell(3).getStringCellValue()).isEqualTo(text(messages.get(i++)));
      n[0] += 4;
    }
    assertThat(findings.getLastRowNum()).isEqualTo(fr - 1);
    return n[0];
  }

  /** The budget sheets; returns the index of the findings sheet. */
  private static int budget(JsonNode root, JsonNode labels, Workbook wb, String lang, int[] n) {
    // the about sheet: the title only (labels.title contains the data title)
    assertThat(text(labels.get("title"))).contains(text(root.get("title")));
    assertThat(wb.getSheetAt(0).getLastRowNum()).isZero();
    int sheet = 1;
    // the overview: numbered rows with the JSON's row label and amount, then the three shares
    Sheet s = wb.getSheetAt(sheet++);
    int row = 2;
    for (JsonNode o : root.get("overview")) {
      String where = "overview " + text(o.get("row"));
      assertThat(str(s, row, 0)).as(where).isEqualTo(Integer.toString(row - 1));
      assertThat(str(s, row, 1)).as(where).isEqualTo(text(labels.get("rows").get(text(o.get("row")))));
      money(where, s.getRow(row).getCell(2), text(o.get("amount")), lang);
      blank(where, s.getRow(row).getCell(3));
      assertThat((int) s.getRow(row).getLastCellNum()).as(where).isEqualTo(4);
      row++;
      n[0] += 3;
    }
    // the share rows' labels have no counterpart in the JSON: their numbers and percents are compared
    JsonNode shares = root.get("shares");
    JsonNode requirement = root.get("requirement");
    JsonNode[] percents = {shares.get("esfGrant"), shares.get("coFinancing"),
        requirement.isNull() ? requirement : requirement.get("percent")};
    for (JsonNode p : percents) {
      String where = "overview share row " + (row - 1);
      assertThat(str(s, row, 0)).as(where).isEqualTo(Integer.toString(row - 1));
      assertThat(str(s, row, 1)).as(where).isNotBlank();
      blank(where, s.getRow(row).getCell(2));
      if (p.isNull()) {
        blank(where, s.getRow(row).getCell(3));
      } else {
        percent(where, s.getRow(row).getCell(3), p);
      }
      row++;
      n[0] += 2;
    }
    assertThat(s.getLastRowNum()).as("overview: no row beyond the JSON's").isEqualTo(row - 1);
    // the cost sections and the co-financing categories: one sheet each, lines then the total
    for (JsonNode section : root.get("costs")) {
      sheet = lines(wb.getSheetAt(sheet), sheet, labels.get("sections").get(text(section.get("section"))),
          section, "category", labels.get("costCategories"), lang, n);
    }
    for (JsonNode category : root.get("coFinancing")) {
      sheet = lines(wb.getSheetAt(sheet), sheet,
          labels.get("coFinancingCategories").get(text(category.get("category"))), category, "subLine",
          labels.get("subLines"), lang, n);
    }
    // the derived figures: labels without counterpart; the exact shares from numerator and denominator,
    // the ESF grant of the total costs, the requirement's amounts and whether it is met
    s = wb.getSheetAt(sheet++);
    assertThat(str(s, 2, 1)).as("exact ESF grant share").isEqualTo(exactPercent(shares.get("esfGrant"), lang));
    assertThat(str(s, 3, 1)).as("exact co-financing share").isEqualTo(exactPercent(shares.get("coFinancing"), lang));
    percent("ESF grant of total costs", s.getRow(4).getCell(1), shares.get("esfGrantOfTotalCosts"));
    n[0] += 3;
    if (requirement.isNull()) {
      // a single note that the requirement is not checked
      assertThat(s.getRow(5).getLastCellNum()).isEqualTo((short) 1);
      assertThat(str(s, 5, 0)).isNotBlank();
      assertThat(s.getLastRowNum()).isEqualTo(5);
    } else {
      // the required amount and the margin are exact (text, every decimal); a shortfall is stated in both
      // readings as amounts rounded once, with a note naming the rounding
      io.github.esfkit.core.Language language = lang.equals("sv") ? io.github.esfkit.core.Language.SV
          : io.github.esfkit.core.Language.EN;
      assertThat(str(s, 5, 1)).as("required amount").isEqualTo(io.github.esfkit.examples.report.Formats
          .exactAmount(new BigDecimal(text(requirement.get("requiredAmount"))), language));
      JsonNode shortfall = requirement.get("shortfall");
      int r = 6;
      if (shortfall == null || shortfall.isNull()) {
        assertThat(str(s, r++, 1)).as("margin").isEqualTo(io.github.esfkit.examples.report.Formats
            .exactAmount(new BigDecimal(text(requirement.get("margin"))), language));
      } else {
        money("shortfall, total financing unchanged", s.getRow(r++).getCell(1),
            text(shortfall.get("atFixedTotalFinancing")), lang);
        if (!shortfall.get("atFixedEsfGrant").isNull()) {
          money("shortfall, ESF grant unchanged", s.getRow(r++).getCell(1), text(shortfall.get("atFixedEsfGrant")), lang);
        }
      }
      // the yes/no word has no counterpart in the JSON: it is the language's yes exactly when met is true
      String yes = lang.equals("sv") ? "ja" : "yes";
      assertThat(str(s, r, 1).equals(yes)).as("requirement met").isEqualTo(requirement.get("met").asBoolean());
      if (shortfall == null || shortfall.isNull()) {
        assertThat(s.getLastRowNum()).isEqualTo(r);
      } else {
        assertThat(s.getRow(r + 1).getLastCellNum()).as("the rounding note").isEqualTo((short) 1);
        assertThat(s.getLastRowNum()).isEqualTo(r + 1);
      }
      n[0] += 3;
    }
    return sheet;
  }

  /** One sheet of lines (code, amount) and a total; returns the next sheet index. */
  private static int lines(Sheet s, int sheet, JsonNode heading, JsonNode group, String key, JsonNode names,
      String lang, int[] n) {
    assertThat(str(s, 0, 0)).isEqualTo(text(heading));
    int row = 2;
    for (JsonNode line : group.get("lines")) {
      String where = text(heading) + " " + text(line.get(key));
      assertThat(str(s, row, 0)).as(where).isEqualTo(text(names.get(text(line.get(key)))));
      money(where, s.getRow(row).getCell(1), text(line.get("amount")), lang);
      row++;
      n[0] += 2;
    }
    // the "Total" label has no counterpart in the JSON; the amount is compared
    assertThat(str(s, row, 0)).isNotBlank();
    money(text(heading) + " total", s.getRow(row).getCell(1), text(group.get("total")), lang);
    n[0]++;
    assertThat(s.getLastRowNum()).as(text(heading) + ": no row beyond the JSON's").isEqualTo(row);
    return sheet + 1;
  }

  /** The indicators sheets; returns the index of the findings sheet. */
  private static int indicators(JsonNode root, JsonNode labels, Workbook wb, int[] n) {
    // the about sheet's sentences are not in the JSON: the threshold and the codes they list are compared
    Sheet about = wb.getSheetAt(0);
    assertThat(str(about, 1, 0)).contains(root.get("collectedThresholdPercent").asText() + " %")
        .endsWith(": " + codes(root.get("notCollected")));
    assertThat(str(about, 2, 0)).endsWith(": " + codes(root.get("notComputed")));
    assertThat(about.getLastRowNum()).isEqualTo(2);
    int sheet = 1;
    String[] notCollectedText = {null};
    indicatorSheet(wb.getSheetAt(sheet++), null, root.get("indicators"), labels, notCollectedText, n);
    for (JsonNode sub : root.path("subProjects")) {
      indicatorSheet(wb.getSheetAt(sheet++), text(sub.get("subProject")), sub.get("indicators"), labels,
          notCollectedText, n);
    }
    // data quality: the item names have no counterpart in the JSON; the counts and rule codes are compared
    JsonNode q = root.get("dataQuality");
    Sheet s = wb.getSheetAt(sheet++);
    int row = 2;
    for (String k : new String[] {"participationsRead", "eventsRead", "participants", "incompleteParticipants",
        "participationsNotCounted"}) {
      assertThat(str(s, row, 0)).as(k).isNotBlank();
      count(k, s.getRow(row++).getCell(1), q.get(k));
      n[0]++;
    }
    for (JsonNode r : q.get("rules")) {
      assertThat(str(s, row, 0)).isEqualTo(text(r.get("rule")));
      count(text(r.get("rule")), s.getRow(row++).getCell(1), r.get("count"));
      n[0] += 2;
    }
    assertThat(s.getLastRowNum()).as("data quality: no row beyond the JSON's").isEqualTo(row - 1);
    // completeness: the field's label from the JSON, then its four counts
    s = wb.getSheetAt(sheet++);
    row = 2;
    for (JsonNode c : q.get("completeness")) {
      String where = "completeness " + text(c.get("field"));
      assertThat(str(s, row, 0)).as(where).isEqualTo(text(labels.get("fields").get(text(c.get("field")))));
      int col = 1;
      for (String k : new String[] {"known", "notCollected", "refused", "dontKnow"}) {
        count(where + " " + k, s.getRow(row).getCell(col++), c.get(k));
      }
      assertThat((int) s.getRow(row).getLastCellNum()).as(where).isEqualTo(col);
      row++;
      n[0] += 5;
    }
    assertThat(s.getLastRowNum()).as("completeness: no row beyond the JSON's").isEqualTo(row - 1);
    return sheet;
  }

  private static void indicatorSheet(Sheet s, String subProject, JsonNode indicators, JsonNode labels,
      String[] notCollectedText, int[] n) {
    if (subProject != null) {
      // "Sub-project" has no counterpart in the JSON; the sub-project's name is compared
      assertThat(str(s, 0, 0)).endsWith(" " + subProject);
    }
    int row = 2;
    for (JsonNode ind : indicators) {
      String code = text(ind.get("code"));
      String where = (subProject == null ? "" : subProject + " ") + code;
      Row xr = s.getRow(row);
      assertThat(xr).as(where).isNotNull();
      assertThat(str(s, row, 0)).as(where).isEqualTo(code);
      assertThat(str(s, row, 1)).as(where).isEqualTo(text(labels.get("indicators").get(code)));
      List<String> fields = new ArrayList<>(List.of("total", "women", "men"));
      if (ind.has("nonBinary")) {
        fields.add("nonBinary");
      }
      fields.add("genderNotReported");
      assertThat((int) xr.getLastCellNum()).as(where + " columns").isEqualTo(2 + fields.size());
      int col = 2;
      for (String f : fields) {
        assertThat(ind.get(f)).as(where + " " + f).isNotNull();
        Cell x = xr.getCell(col++);
        if (ind.get("collected").asBoolean()) {
          count(where + " " + f, x, ind.get(f));
        } else {
          // not collected: the sheet shows a word (not in the JSON) instead of the counts, the same in every cell
          assertThat(x.getCellType()).as(where + " " + f).isEqualTo(CellType.STRING);
          if (notCollectedText[0] == null) {
            notCollectedText[0] = x.getStringCellValue();
          }
          assertThat(x.getStringCellValue()).as(where + " " + f).isNotBlank().isEqualTo(notCollectedText[0]);
        }
        n[0]++;
      }
      row++;
      n[0] += 2;
    }
    assertThat(s.getLastRowNum()).as(s.getSheetName() + ": no row beyond the JSON's").isEqualTo(row - 1);
  }

  /** The targets sheets; returns the index of the findings sheet. */
  private static int targets(JsonNode root, JsonNode labels, Workbook wb, int[] n) {
    // the about sheet's sentence is not in the JSON: the reporting date is compared
    Sheet about = wb.getSheetAt(0);
    assertThat(str(about, 1, 0)).contains(text(root.get("asOf")));
    assertThat(about.getLastRowNum()).isEqualTo(1);
    Sheet s = wb.getSheetAt(1);
    Sheet parts = wb.getSheetAt(2);
    int row = 2;
    int prow = 2;
    Map<String, String> statusWords = new java.util.HashMap<>();
    for (JsonNode goal : root.get("goals")) {
      for (JsonNode ind : goal.get("indicators")) {
        String code = text(ind.get("indicator"));
        JsonNode l = labels.get("indicators").get(code);
        assertThat(str(s, row, 0)).isEqualTo(code);
        // the verdict's label from the JSON, then its colour (not in the JSON)
        assertThat(str(s, row, 1)).as(code).startsWith(text(l.get("verdict")) + " · ");
        // the target text from the JSON, shortened with an ellipsis in the sheet
        String target = str(s, row, 2);
        if (target.endsWith("…")) {
          assertThat(text(l.get("text"))).as(code).startsWith(target.substring(0, target.length() - 1))
              .isNotEqualTo(target);
        } else {
          assertThat(target).as(code).isEqualTo(text(l.get("text")));
        }
        assertThat((int) s.getRow(row).getLastCellNum()).as(code).isEqualTo(3);
        row++;
        n[0] += 3;
        for (JsonNode c : ind.get("criteria")) {
          String part = text(c.get("criterion"));
          JsonNode cl = labels.get("criteria").get(part);
          assertThat(str(parts, prow, 0)).isEqualTo(part);
          assertThat(str(parts, prow, 1)).as(part).isEqualTo(text(cl.get("target")));
          String result = str(parts, prow, 2);
          assertThat(result).as(part).isEqualTo(text(cl.get("result")));
          // the result shows the total's and each gender's count or share of the JSON's figures
          for (JsonNode f : c.get("figures")) {
            if (List.of("total", "woman", "man").contains(text(f.get("scope")))) {
              boolean shown = result.matches("(?s).*(?<!\\d)" + f.get("count").asText() + "(?!\\d).*")
                  || f.has("share") && result.matches("(?s).*(?<!\\d)"
                      + new BigDecimal(text(f.get("share").get("percent"))).setScale(0, RoundingMode.HALF_UP)
                      + " ?%.*");
              assertThat(shown).as(part + " " + f + " in " + result).isTrue();
              if (f.has("share")) {
                share(part, f.get("share"));
              }
            }
          }
          // the status word is not in the JSON: one word for each status and judged, a different one otherwise
          String key = text(c.get("status")) + "/" + c.get("judged").asBoolean();
          String word = str(parts, prow, 3);
          assertThat(word).as(part).isNotBlank();
          String before = statusWords.putIfAbsent(key, word);
          assertThat(before == null ? word : before).as(part + " status " + key).isEqualTo(word);
          assertThat((int) parts.getRow(prow).getLastCellNum()).as(part).isEqualTo(4);
          prow++;
          n[0] += 4;
        }
      }
    }
    assertThat(new java.util.HashSet<>(statusWords.values())).as("status words").hasSize(statusWords.size());
    assertThat(s.getLastRowNum()).as("indicators: no row beyond the JSON's").isEqualTo(row - 1);
    assertThat(parts.getLastRowNum()).as("parts: no row beyond the JSON's").isEqualTo(prow - 1);
    return 3;
  }

  private static String str(Sheet s, int row, int col) {
    Row r = s.getRow(row);
    assertThat(r).as(s.getSheetName() + " row " + row).isNotNull();
    Cell c = r.getCell(col);
    assertThat(c).as(s.getSheetName() + " row " + row + " col " + col).isNotNull();
    assertThat(c.getCellType()).as(s.getSheetName() + " row " + row + " col " + col).isEqualTo(CellType.STRING);
    return c.getStringCellValue();
  }

  private static String codes(JsonNode list) {
    List<String> codes = new ArrayList<>();
    list.forEach(c -> codes.add(c.asText()));
    return String.join(", ", codes);
  }

  private static void blank(String where, Cell x) {
    assertThat(x == null || x.getCellType() == CellType.BLANK).as(where).isTrue();
  }

  private static BigDecimal numeric(String where, Cell x) {
    assertThat(x).as(where).isNotNull();
    assertThat(x.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
    return new BigDecimal(Double.toString(x.getNumericCellValue()));
  }

  /** A kronor cell: the JSON's decimal string exactly, with a kronor format of the language. */
  private static void money(String where, Cell x, String amount, String lang) {
    assertThat(numeric(where, x)).as(where).isEqualByComparingTo(number(new TextNode(amount)));
    String format = x.getCellStyle().getDataFormatString();
    assertThat(format).as(where).isIn("#,##0 \"kr\"", "#,##0.00 \"kr\"", "#,##0 \"SEK\"", "#,##0.00 \"SEK\"");
    assertThat(format).as(where).contains(lang.equals("sv") ? "\"kr\"" : "\"SEK\"");
  }

  /** A count cell: the JSON's count exactly. */
  private static void count(String where, Cell x, JsonNode v) {
    assertThat(v).as(where).isNotNull();
    assertThat(numeric(where, x)).as(where).isEqualByComparingTo(number(v));
    assertThat(x.getCellStyle().getDataFormatString()).as(where).isEqualTo("#,##0");
  }

  /**
   * A percent cell against a JSON percent (a share object or a decimal string): the sheet shows two decimals of
   * the percent, which must equal the JSON's percent rounded to two decimals.
   */
  private static void percent(String where, Cell x, JsonNode v) {
    if (v.isObject()) {
      share(where, v);
    }
    BigDecimal actual = numeric(where, x);
    assertThat(x.getCellStyle().getDataFormatString()).as(where).isEqualTo("0.00%");
    assertThat(actual.movePointRight(2).setScale(2, RoundingMode.HALF_UP)).as(where)
        .isEqualByComparingTo(number(v).setScale(2, RoundingMode.HALF_UP));
  }

  /** A share object is consistent: its percent is numerator / denominator to the percent's decimals. */
  private static void share(String where, JsonNode share) {
    BigDecimal percent = new BigDecimal(text(share.get("percent")));
    assertThat(exact(share).setScale(percent.scale(), RoundingMode.HALF_UP)).as(where + " " + share)
        .isEqualByComparingTo(percent);
  }

  private static BigDecimal exact(JsonNode share) {
    BigDecimal den = new BigDecimal(text(share.get("denominator")));
    return new BigDecimal(text(share.get("numerator"))).movePointRight(2).divide(den, 20, RoundingMode.HALF_UP);
  }

  /** The exact share as the derived-figures sheet writes it: six decimals, the language's decimal mark. */
  private static String exactPercent(JsonNode share, String lang) {
    share("exact share", share);
    String p = exact(share).setScale(6, RoundingMode.HALF_UP).toPlainString();
    return (lang.equals("sv") ? p.replace('.', ',') : p) + " %";
  }

  /** A JSON value as a number: a JSON number, a decimal string, or a share's {@code percent}. */
  static BigDecimal number(JsonNode v) {
    if (v.isNumber()) {
      return v.decimalValue();
    }
    if (v.isObject() && v.has("percent")) {
      return new BigDecimal(v.get("percent").asText());
    }
    return new BigDecimal(v.asText());
  }

  /** A JSON value as text. */
  static String text(JsonNode v) {
    return v == null || v.isNull() ? "" : v.asText();
  }
}
