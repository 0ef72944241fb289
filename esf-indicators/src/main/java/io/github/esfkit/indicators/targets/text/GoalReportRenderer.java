package io.github.esfkit.indicators.targets.text;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.validation.Violation;
import io.github.esfkit.indicators.targets.model.BreakdownLine;
import io.github.esfkit.indicators.targets.model.CriterionResult;
import io.github.esfkit.indicators.targets.model.Discrepancy;
import io.github.esfkit.indicators.targets.model.EvaluationMode;
import io.github.esfkit.indicators.targets.model.GoalReport;
import io.github.esfkit.indicators.targets.model.GoalResult;
import io.github.esfkit.indicators.targets.model.IndicatorResult;
import io.github.esfkit.indicators.targets.model.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link GoalReport} as plain text or Markdown, in Swedish or English: one table row per indicator
 * with target, result and a status column an evaluator recognises ("Uppnådd · grön", "Delvis uppnådd · gul"),
 * then each indicator's explanation and per-sub-project lines, the notes and the discrepancies. Stateless and
 * thread-safe.
 */
public final class GoalReportRenderer {

  private GoalReportRenderer() {}

  /** Markdown with one table per goal. */
  public static String markdown(GoalReport report, Language l) {
    notNull(report, "report");
    notNull(l, "language");
    StringBuilder b = new StringBuilder();
    b.append("# ").append(l.pick("Måluppfyllelse", "Goal attainment")).append(" – ").append(title(report, l)).append("\n\n");
    b.append(header(report, l)).append("\n\n");
    for (GoalResult g : report.goals()) {
      b.append("## ").append(g.goal().goalKind().label(l)).append(" ").append(g.goal().id()).append("\n\n")
          .append(escape(g.goal().text(l))).append("\n\n");
      b.append("| ").append(l.pick("Indikator", "Indicator")).append(" | ").append(l.pick("Mål", "Target")).append(" | ")
          .append(l.pick("Resultat", "Result")).append(" | ").append(l.pick("Bedömning", "Verdict")).append(" |\n");
      b.append("|---|---|---|---|\n");
      for (IndicatorResult i : g.indicators()) {
        b.append("| **").append(i.id()).append("** ").append(escape(i.indicator().text(l))).append(" | ")
            .append(escape(join(i, true, l))).append(" | ").append(escape(join(i, false, l))).append(" | ")
            .append(status(i.verdict(), l)).append(" |\n");
      }
      b.append('\n');
      for (IndicatorResult i : g.indicators()) {
        b.append("**").append(i.id()).append("** – ").append(escape(i.explanation(l))).append("\n\n");
        for (CriterionResult c : i.criteria()) {
          b.append("- ").append(escape(c.explanation(l))).append('\n');
          for (BreakdownLine line : c.breakdown()) {
            b.append("  - ").append(escape(line.sentence(l))).append('\n');
          }
        }
        b.append('\n');
      }
    }
    appendNotes(b, report, l, "## ", "- ");
    return b.toString();
  }

  /** Plain text: one line per indicator, then the details. */
  public static String text(GoalReport report, Language l) {
    notNull(report, "report");
    notNull(l, "language");
    StringBuilder b = new StringBuilder();
    b.append(l.pick("MÅLUPPFYLLELSE", "GOAL ATTAINMENT")).append(" – ").append(title(report, l)).append('\n');
    b.append(header(report, l)).append("\n\n");
    for (GoalResult g : report.goals()) {
      b.append(g.goal().goalKind().label(l)).append(' ').append(g.goal().id()).append(": ").append(g.goal().text(l))
          .append('\n');
      for (IndicatorResult i : g.indicators()) {
        b.append(String.format("  %-6s %-28s %s%n", i.id(), status(i.verdict(), l), join(i, false, l)));
        b.append("         ").append(l.pick("Mål: ", "Target: ")).append(join(i, true, l)).append('\n');
        for (CriterionResult c : i.criteria()) {
          b.append("         ").append(c.explanation(l)).append('\n');
          for (BreakdownLine line : c.breakdown()) {
            b.append("           ").append(line.sentence(l)).append('\n');
          }
        }
      }
      b.append('\n');
    }
    appendNotes(b, report, l, "", "  ");
    return b.toString();
  }

  /** "Uppnådd · grön" / "Achieved · green". */
  public static String status(Verdict v, Language l) {
    return v.label(l) + " · " + v.colour().label(l);
  }

  private static String title(GoalReport r, Language l) {
    return l == Language.EN && r.titleEn().isPresent() ? r.titleEn().get() : r.titleSv();
  }

  private static String header(GoalReport r, Language l) {
    return l.pick("Per ", "As of ") + r.asOf() + " · " + l.pick("läge: ", "mode: ")
        + (r.mode() == EvaluationMode.TOTAL ? l.pick("totalen", "total") : l.pick("strikt per kön", "strict per gender"));
  }

  private static String join(IndicatorResult i, boolean target, Language l) {
    List<String> parts = new ArrayList<>();
    for (CriterionResult c : i.criteria()) {
      parts.add(target ? c.target(l) : c.result(l));
    }
    return String.join("; ", parts);
  }

  private static void appendNotes(StringBuilder b, GoalReport r, Language l, String heading, String bullet) {
    if (!r.notes().isEmpty()) {
      b.append(heading).append(l.pick("Anmärkningar", "Notes")).append("\n\n");
      for (Violation v : r.notes()) {
        b.append(bullet).append(v.severity()).append(' ').append(v.ruleId()).append(" (").append(v.path()).append("): ")
            .append(v.message(l)).append('\n');
      }
      b.append('\n');
    }
    if (!r.discrepancies().isEmpty()) {
      b.append(heading).append(l.pick("Avvikelser mot rapporten", "Differences from the report")).append("\n\n");
      for (Discrepancy d : r.discrepancies()) {
        b.append(bullet).append(d.code()).append(" (").append(d.subject()).append("): ");
        if (!(d.published().equals("–") && d.computed().equals("–"))) {
          b.append(l.pick("rapporten ", "report ")).append(d.published()).append(", ")
              .append(l.pick("beräknat ", "computed ")).append(d.computed()).append(". ");
        }
        b.append(d.message(l)).append('\n');
      }
      b.append('\n');
    }
  }

  private static String escape(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }

  private static void notNull(Object value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
  }
}
