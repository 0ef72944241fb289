package io.github.esfkit.examples.report;

import io.github.esfkit.core.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Renders a {@link Report} as an Excel workbook (kalkylblad) with Apache POI: the same values the text and
 * JSON outputs show, as real numbers with number formats. One sheet per table, named by the table's
 * heading (the form's labels): row 1 the heading, row 2 the column headings, then one row per table row,
 * then the notes. Amounts are kronor ({@code #,##0 "kr"}, öre with two decimals), percentages are fractions
 * formatted {@code 0.00%} (46.98 % is stored as 0.4698, exactly as far as an Excel number holds it), counts
 * whole numbers, dates Excel dates. A last sheet lists the findings; a first sheet the title and text.
 * Stateless and thread-safe.
 */
public final class XlsxRenderer {

  /** The name of the first sheet (title and text). */
  public static final String ABOUT_SHEET = "esfkit";

  private XlsxRenderer() {}

  /** Writes the workbook to {@code out} (not closed). */
  public static void write(Report report, OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Language l = report.language();
      Styles st = new Styles(wb, l);
      Set<String> names = new HashSet<>();
      XSSFSheet about = wb.createSheet(unique(names, ABOUT_SHEET));
      int r = 0;
      text(about.createRow(r++), 0, report.title(), st.bold);
      for (Report.Block b : report.blocks()) {
        if (b instanceof Report.Paragraph) {
          text(about.createRow(r++), 0, ((Report.Paragraph) b).text(), null);
        }
      }
      about.setColumnWidth(0, 120 * 256);
      for (Report.Block b : report.blocks()) {
        if (b instanceof Report.TableBlock) {
          table(wb, st, names, ((Report.TableBlock) b).table());
        }
      }
      XSSFSheet f = wb.createSheet(unique(names, l.pick("Anmärkningar", "Findings")));
      XSSFRow head = f.createRow(0);
      String[] h = {l.pick("Allvarlighet", "Severity"), l.pick("Regel", "Rule"), l.pick("Var", "Where"),
          l.pick("Meddelande", "Message")};
      for (int i = 0; i < h.length; i++) {
        text(head, i, h[i], st.bold);
      }
      int fr = 1;
      for (Finding fi : report.findings()) {
        XSSFRow row = f.createRow(fr++);
        text(row, 0, fi.severity().name(), null);
        text(row, 1, fi.ruleId(), null);
        text(row, 2, fi.where(), null);
        text(row, 3, fi.message(), null);
      }
      f.setColumnWidth(3, 100 * 256);
      wb.write(out);
    }
  }

  private static void table(XSSFWorkbook wb, Styles st, Set<String> names, Table t) {
    XSSFSheet s = wb.createSheet(unique(names, t.heading()));
    text(s.createRow(0), 0, t.heading(), st.bold);
    XSSFRow head = s.createRow(1);
    List<Table.Column> cols = t.columns();
    for (int i = 0; i < cols.size(); i++) {
      text(head, i, cols.get(i).heading(), st.bold);
    }
    int r = 2;
    for (List<Cell> row : t.rows()) {
      XSSFRow x = s.createRow(r++);
      for (int i = 0; i < row.size(); i++) {
        cell(x, i, row.get(i), st);
      }
    }
    for (String note : t.notes()) {
      text(s.createRow(r++), 0, note, null);
    }
    s.createFreezePane(0, 2);
    for (int i = 0; i < cols.size(); i++) {
      s.setColumnWidth(i, (i == 0 || i == 1 ? 36 : 18) * 256);
    }
  }

  private static void cell(XSSFRow row, int col, Cell c, Styles st) {
    XSSFCell x = row.createCell(col);
    switch (c.kind()) {
      case COUNT:
        x.setCellValue((Long) c.value());
        x.setCellStyle(st.count);
        break;
      case AMOUNT: {
        BigDecimal v = (BigDecimal) c.value();
        x.setCellValue(v.doubleValue());
        x.setCellStyle(v.stripTrailingZeros().scale() > 0 ? st.ore : st.kronor);
        break;
      }
      case PERCENT:
        x.setCellValue(((BigDecimal) c.value()).movePointLeft(2).doubleValue());
        x.setCellStyle(st.percent);
        break;
      case DATE:
        x.setCellValue((LocalDate) c.value());
        x.setCellStyle(st.date);
        break;
      case EMPTY:
        x.setBlank();
        break;
      default:
        x.setCellValue((String) c.value());
    }
  }

  private static void text(XSSFRow row, int col, String s, XSSFCellStyle style) {
    XSSFCell x = row.createCell(col);
    x.setCellValue(s);
    if (style != null) {
      x.setCellStyle(style);
    }
  }

  /** A sheet name Excel accepts (31 characters, no {@code []:*?/\}), unique in the workbook. */
  static String unique(Set<String> names, String wanted) {
    String base = WorkbookUtil.createSafeSheetName(wanted.isBlank() ? "sheet" : wanted);
    String name = base;
    for (int n = 2; !names.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
    }
    return name;
  }

  /** The cell styles of one workbook. */
  private static final class Styles {
    final XSSFCellStyle bold;
    final XSSFCellStyle count;
    final XSSFCellStyle kronor;
    final XSSFCellStyle ore;
    final XSSFCellStyle percent;
    final XSSFCellStyle date;

    Styles(XSSFWorkbook wb, Language l) {
      String unit = l == Language.SV ? " \"kr\"" : " \"SEK\"";
      bold = wb.createCellStyle();
      XSSFFont f = wb.createFont();
      f.setBold(true);
      bold.setFont(f);
      count = format(wb, "#,##0");
      kronor = format(wb, "#,##0" + unit);
      ore = format(wb, "#,##0.00" + unit);
      percent = format(wb, "0.00%");
      date = format(wb, "yyyy-mm-dd");
    }

    private static XSSFCellStyle format(XSSFWorkbook wb, String pattern) {
      XSSFCellStyle s = wb.createCellStyle();
      s.setDataFormat(wb.createDataFormat().getFormat(pattern));
      return s;
    }
  }
}
