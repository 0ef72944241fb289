package io.github.esfkit.examples.cli;

import static io.github.esfkit.examples.cli.CliRun.esf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * {@code --format xlsx} read back with Apache POI and compared, cell by cell, with the {@code --format json}
 * output of the same command: same tables in the same order, same values (numbers as numbers with a kronor,
 * count or percent format), same findings. The JSON side is read through {@link #number} and {@link #text}
 * only, so a change of the JSON layout is adapted there.
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

  /** Compares the workbook with the JSON output; returns the number of cells compared. */
  static int compare(JsonNode root, Workbook wb, String lang) {
    int n = 0;
    Sheet about = wb.getSheetAt(0);
    assertThat(about.getRow(0).getCell(0).getStringCellValue()).isEqualTo(text(root.get("title")));
    int r = 1;
    for (JsonNode p : root.path("text")) {
      assertThat(about.getRow(r++).getCell(0).getStringCellValue()).isEqualTo(text(p));
      n++;
    }
    int sheet = 1;
    for (Iterator<Map.Entry<String, JsonNode>> it = root.get("tables").fields(); it.hasNext(); sheet++) {
      Map.Entry<String, JsonNode> t = it.next();
      Sheet s = wb.getSheetAt(sheet);
      JsonNode table = t.getValue();
      assertThat(s.getRow(0).getCell(0).getStringCellValue()).as(t.getKey()).isEqualTo(text(table.get("heading")));
      int row = 2;
      for (JsonNode jr : table.get("rows")) {
        Row xr = s.getRow(row);
        assertThat(xr).as(t.getKey() + " row " + row).isNotNull();
        assertThat((int) xr.getLastCellNum()).as(t.getKey() + " columns").isEqualTo(jr.size());
        int col = 0;
        for (Iterator<JsonNode> values = jr.elements(); values.hasNext(); col++) {
          cell(t.getKey() + " row " + row + " col " + col, xr.getCell(col), values.next(), lang);
          n++;
        }
        row++;
      }
      for (JsonNode note : table.path("notes")) {
        assertThat(s.getRow(row++).getCell(0).getStringCellValue()).isEqualTo(text(note));
      }
      assertThat(s.getLastRowNum()).as(t.getKey() + ": no row beyond the JSON's").isEqualTo(row - 1);
    }
    Sheet findings = wb.getSheetAt(sheet);
    assertThat(wb.getNumberOfSheets()).isEqualTo(sheet + 1);
    int fr = 1;
    for (JsonNode f : root.get("findings")) {
      Row xr = findings.getRow(fr++);
      assertThat(xr.getCell(0).getStringCellValue()).isEqualTo(text(f.get("severity")));
      assertThat(xr.getCell(1).getStringCellValue()).isEqualTo(text(f.get("rule")));
      assertThat(xr.getCell(2).getStringCellValue()).isEqualTo(text(f.get("where")));
      assertThat(xr.getCell(3).getStringCellValue()).isEqualTo(text(f.get("message")));
      n += 4;
    }
    assertThat(findings.getLastRowNum()).isEqualTo(fr - 1);
    return n;
  }

  private static void cell(String where, Cell x, JsonNode v, String lang) {
    if (v.isNull()) {
      assertThat(x == null || x.getCellType() == CellType.BLANK).as(where).isTrue();
      return;
    }
    assertThat(x).as(where).isNotNull();
    if (x.getCellType() == CellType.STRING) {
      assertThat(x.getStringCellValue()).as(where).isEqualTo(text(v));
      return;
    }
    assertThat(x.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
    String format = x.getCellStyle().getDataFormatString();
    if (format.equals("yyyy-mm-dd")) {
      assertThat(x.getLocalDateTimeCellValue().toLocalDate()).as(where).isEqualTo(LocalDate.parse(text(v)));
      return;
    }
    BigDecimal expected = number(v);
    BigDecimal actual = new BigDecimal(Double.toString(x.getNumericCellValue()));
    if (format.endsWith("%")) {
      assertThat(format).isEqualTo("0.00%");
      // the sheet keeps the exact share; JSON shows it rounded to its own number of decimals
      assertThat(actual.movePointRight(2).setScale(expected.scale(), RoundingMode.HALF_UP)).as(where)
          .isEqualByComparingTo(expected);
    } else {
      assertThat(actual).as(where).isEqualByComparingTo(expected);
      assertThat(format).as(where).isIn("#,##0", "#,##0 \"kr\"", "#,##0.00 \"kr\"", "#,##0 \"SEK\"",
          "#,##0.00 \"SEK\"");
      if (format.contains("\"")) {
        assertThat(format).contains(lang.equals("sv") ? "\"kr\"" : "\"SEK\"");
      }
    }
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
