package io.github.esfkit.examples.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.esfkit.core.Language;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Renders a {@link Report} as text, Markdown or JSON. Stateless and thread-safe. */
public final class ReportRenderer {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The widest cell of a plain-text table; longer text is cut there. */
  static final int TEXT_CELL_MAX = 72;

  private ReportRenderer() {}

  /** The report in the given format, ending with a newline. */
  public static String render(Report report, OutputFormat format) {
    switch (format) {
      case JSON:
        return json(report);
      case MARKDOWN:
        return markdown(report);
      default:
        return text(report);
    }
  }

  /** How a cell is shown in text and Markdown. */
  public static String display(Cell c, Language lang) {
    switch (c.kind()) {
      case COUNT:
        return Formats.count((Long) c.value(), lang);
      case AMOUNT:
        return Formats.amount((BigDecimal) c.value(), lang);
      case PERCENT:
        return Formats.percent((BigDecimal) c.value(), lang);
      case DATE:
        return c.value().toString();
      case EMPTY:
        return "";
      default:
        return (String) c.value();
    }
  }

  // ------------------------------------------------------------------------------------------ text

  static String text(Report r) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.title()).append('\n').append("=".repeat(Math.min(100, r.title().length()))).append('\n');
    for (Report.Block b : r.blocks()) {
      sb.append('\n');
      if (b instanceof Report.Paragraph) {
        sb.append(((Report.Paragraph) b).text()).append('\n');
      } else {
        textTable(sb, ((Report.TableBlock) b).table(), r.language());
      }
    }
    if (!r.findings().isEmpty()) {
      sb.append('\n').append(r.language().pick("Anmärkningar", "Findings")).append('\n');
      for (Finding f : r.findings()) {
        sb.append("  ").append(f.severity()).append(' ').append(f.ruleId());
        if (!f.where().isEmpty()) {
          sb.append(" (").append(f.where()).append(')');
        }
        sb.append(": ").append(f.message()).append('\n');
      }
    }
    return sb.toString();
  }

  /** Text from the input (e.g. a sub-project name) on a terminal: control characters shown as {@code ?}. */
  static String printable(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isISOControl(s.charAt(i))) {
        if (b == null) {
          b = new StringBuilder(s);
        }
        b.setCharAt(i, '?');
      }
    }
    return b == null ? s : b.toString();
  }

  private static void textTable(StringBuilder sb, Table t, Language lang) {
    sb.append(printable(t.heading())).append('\n');
    int n = t.columns().size();
    int[] width = new int[n];
    boolean[] numeric = new boolean[n];
    List<String[]> shown = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      width[i] = t.columns().get(i).heading().length();
    }
    for (List<Cell> row : t.rows()) {
      String[] s = new String[n];
      for (int i = 0; i < n; i++) {
        s[i] = printable(display(row.get(i), lang));
        if (s[i].length() > TEXT_CELL_MAX) {
          s[i] = s[i].substring(0, TEXT_CELL_MAX - 1) + "…"; // plain text only; JSON and Markdown keep all
        }
        width[i] = Math.max(width[i], s[i].length());
        numeric[i] |= row.get(i).isNumeric();
      }
      shown.add(s);
    }
    String[] head = new String[n];
    for (int i = 0; i < n; i++) {
      head[i] = t.columns().get(i).heading();
    }
    line(sb, head, width, numeric);
    StringBuilder rule = new StringBuilder("  ");
    for (int i = 0; i < n; i++) {
      rule.append("-".repeat(width[i])).append(i < n - 1 ? "  " : "");
    }
    sb.append(rule).append('\n');
    for (String[] s : shown) {
      line(sb, s, width, numeric);
    }
    for (String note : t.notes()) {
      sb.append("  ").append(note).append('\n');
    }
  }

  private static void line(StringBuilder sb, String[] s, int[] width, boolean[] numeric) {
    StringBuilder l = new StringBuilder("  ");
    for (int i = 0; i < s.length; i++) {
      String pad = " ".repeat(width[i] - s[i].length());
      l.append(numeric[i] ? pad + s[i] : s[i] + pad);
      if (i < s.length - 1) {
        l.append("  ");
      }
    }
    sb.append(l.toString().stripTrailing()).append('\n');
  }

  // -------------------------------------------------------------------------------------- markdown

  static String markdown(Report r) {
    StringBuilder sb = new StringBuilder();
    sb.append("# ").append(r.title()).append('\n');
    for (Report.Block b : r.blocks()) {
      sb.append('\n');
      if (b instanceof Report.Paragraph) {
        sb.append(((Report.Paragraph) b).text()).append('\n');
      } else {
        Table t = ((Report.TableBlock) b).table();
        sb.append("## ").append(t.heading()).append("\n\n|");
        for (Table.Column c : t.columns()) {
          sb.append(' ').append(escape(c.heading())).append(" |");
        }
        sb.append("\n|");
        for (int i = 0; i < t.columns().size(); i++) {
          final int col = i;
          boolean numeric = t.rows().stream().anyMatch(row -> row.get(col).isNumeric());
          sb.append(numeric ? "---:|" : "---|");
        }
        sb.append('\n');
        for (List<Cell> row : t.rows()) {
          sb.append('|');
          for (Cell c : row) {
            sb.append(' ').append(escape(display(c, r.language()))).append(" |");
          }
          sb.append('\n');
        }
        for (String note : t.notes()) {
          sb.append('\n').append(note).append('\n');
        }
      }
    }
    if (!r.findings().isEmpty()) {
      sb.append("\n## ").append(r.language().pick("Anmärkningar", "Findings")).append("\n\n");
      for (Finding f : r.findings()) {
        sb.append("- **").append(f.severity()).append("** `").append(f.ruleId()).append('`');
        if (!f.where().isEmpty()) {
          sb.append(" (").append(escape(f.where())).append(')');
        }
        sb.append(": ").append(escape(f.message())).append('\n');
      }
    }
    return sb.toString();
  }

  private static String escape(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  // ------------------------------------------------------------------------------------------ json

  static String json(Report r) {
    ObjectNode root = JSON.createObjectNode();
    root.put("report", r.id());
    root.put("title", r.title());
    root.put("language", r.language().name().toLowerCase(java.util.Locale.ROOT));
    ArrayNode paragraphs = root.putArray("text");
    ObjectNode tables = root.putObject("tables");
    for (Report.Block b : r.blocks()) {
      if (b instanceof Report.Paragraph) {
        paragraphs.add(((Report.Paragraph) b).text());
      } else {
        Table t = ((Report.TableBlock) b).table();
        ObjectNode tn = tables.putObject(t.id());
        tn.put("heading", t.heading());
        ArrayNode rows = tn.putArray("rows");
        for (List<Cell> row : t.rows()) {
          ObjectNode rn = rows.addObject();
          for (int i = 0; i < row.size(); i++) {
            put(rn, t.columns().get(i).key(), row.get(i));
          }
        }
        if (!t.notes().isEmpty()) {
          ArrayNode notes = tn.putArray("notes");
          t.notes().forEach(notes::add);
        }
      }
    }
    ArrayNode findings = root.putArray("findings");
    for (Finding f : r.findings()) {
      ObjectNode fn = findings.addObject();
      fn.put("severity", f.severity().name());
      fn.put("rule", f.ruleId());
      fn.put("where", f.where());
      fn.put("message", f.message());
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static void put(ObjectNode n, String key, Cell c) {
    switch (c.kind()) {
      case COUNT:
        n.put(key, (Long) c.value());
        break;
      case AMOUNT:
        n.put(key, (BigDecimal) c.value());
        break;
      case PERCENT:
        n.put(key, c.roundedPercent());
        break;
      case DATE:
        n.put(key, ((LocalDate) c.value()).toString());
        break;
      case EMPTY:
        n.putNull(key);
        break;
      default:
        n.put(key, (String) c.value());
    }
  }
}
