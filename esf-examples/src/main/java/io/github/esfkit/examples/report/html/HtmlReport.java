package io.github.esfkit.examples.report.html;

import io.github.esfkit.budget.RoundingPolicy;
import io.github.esfkit.budget.claim.ClaimLine;
import io.github.esfkit.budget.claim.PaymentClaim;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.Share;
import io.github.esfkit.examples.report.Cell;
import io.github.esfkit.examples.report.Finding;
import io.github.esfkit.examples.report.GoalLabels;
import io.github.esfkit.examples.report.Report;
import io.github.esfkit.examples.report.ReportRenderer;
import io.github.esfkit.examples.report.SmallCells;
import io.github.esfkit.examples.report.Table;
import io.github.esfkit.indicators.common.Breakdown;
import io.github.esfkit.indicators.common.CommonIndicator;
import io.github.esfkit.indicators.common.CommonIndicatorResult;
import io.github.esfkit.indicators.common.IndicatorCounts;
import io.github.esfkit.indicators.targets.model.BreakdownLine;
import io.github.esfkit.indicators.targets.model.ComputedFigure;
import io.github.esfkit.indicators.targets.model.CriterionResult;
import io.github.esfkit.indicators.targets.model.GoalReport;
import io.github.esfkit.indicators.targets.model.GoalResult;
import io.github.esfkit.indicators.targets.model.IndicatorResult;
import io.github.esfkit.indicators.targets.model.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The project report (projektrapport) as one self-contained HTML page: budget overview, participants
 * (inflow and outflow per month, common indicators by gender, data quality), goal table, findings, and a
 * footer with the reporting date and the input files' SHA-256. It renders the {@link Report}s the commands
 * {@code budget}, {@code indicators} and {@code targets} print and the results they were built from; it
 * computes no figure of its own beyond the monthly flow. Counts of persons are shown under
 * {@link SmallCells} protection. No script, no external resource: a Content-Security-Policy forbids both.
 * Built once, then rendered; not thread-safe while being built.
 */
public final class HtmlReport {

  private static final String WOMEN_FILL = "#6a3d9a";
  private static final String MEN_FILL = "#1f78b4";
  private static final String NON_BINARY_FILL = "#b15928";
  private static final String UNKNOWN_FILL = "#636363";

  private final Language l;
  private final SmallCells cells;
  private String title = "esfkit";
  private LocalDate asOf;
  private Report budget;
  private Report indicators;
  private CommonIndicatorResult indicatorResult;
  private MonthlyFlow flow;
  private Report claim;
  private PaymentClaim paymentClaim;
  private Report targets;
  private GoalReport goals;
  private final Map<String, String> inputs = new LinkedHashMap<>();

  private HtmlReport(Language l, SmallCells cells) {
    this.l = Objects.requireNonNull(l, "language");
    this.cells = Objects.requireNonNull(cells, "cells");
  }

  /** An empty report in the language, protecting small cells as given. */
  public static HtmlReport of(Language language, SmallCells cells) {
    return new HtmlReport(language, cells);
  }

  /** The page's title. */
  public HtmlReport title(String t) {
    this.title = Objects.requireNonNull(t, "title");
    return this;
  }

  /** The reporting date shown in the footer. */
  public HtmlReport asOf(LocalDate date) {
    this.asOf = date;
    return this;
  }

  /** The budget section: the report {@code esf budget} prints. */
  public HtmlReport budget(Report r) {
    this.budget = r;
    return this;
  }

  /**
   * The budget-against-actuals section: the report {@code esf claim} prints and the payment claim it was built
   * from (the same computed claim: no figure is computed again here).
   */
  public HtmlReport claim(Report r, PaymentClaim c) {
    this.claim = Objects.requireNonNull(r, "report");
    this.paymentClaim = Objects.requireNonNull(c, "claim");
    return this;
  }

  /** The participants section: the report {@code esf indicators} prints, its result and the monthly flow. */
  public HtmlReport participants(Report r, CommonIndicatorResult result, MonthlyFlow monthly) {
    this.indicators = r;
    this.indicatorResult = result;
    this.flow = monthly;
    return this;
  }

  /** The goal section: the report {@code esf targets} prints and the goal report it was built from. */
  public HtmlReport goals(Report r, GoalReport g) {
    this.targets = r;
    this.goals = g;
    return this;
  }

  /** An input file and its SHA-256 (hex), listed in the footer. */
  public HtmlReport input(String name, String sha256) {
    inputs.put(name, sha256);
    return this;
  }

  /** The whole page. */
  public String render() {
    StringBuilder sb = new StringBuilder(64 * 1024);
    sb.append("<!DOCTYPE html>\n<html lang=\"").append(l == Language.SV ? "sv" : "en").append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"esfkit\">\n")
        .append("<title>").append(Html.esc(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n")
        .append("</head>\n<body>\n<header>\n<h1>").append(Html.esc(title)).append("</h1>\n");
    if (asOf != null) {
      sb.append("<p class=\"asof\">").append(l.pick("Per ", "As of ")).append(asOf).append("</p>\n");
    }
    sb.append("<nav aria-label=\"").append(l.pick("Innehåll", "Contents")).append("\"><ul>\n");
    if (budget != null) {
      toc(sb, "budget", l.pick("Budget", "Budget"));
    }
    if (claim != null) {
      toc(sb, "actuals", l.pick("Budget mot utfall", "Budget against actuals"));
    }
    if (indicators != null) {
      toc(sb, "participants", l.pick("Deltagare", "Participants"));
      toc(sb, "data-quality", l.pick("Datakvalitet", "Data quality"));
    }
    if (targets != null) {
      toc(sb, "goals", l.pick("Måluppfyllelse", "Target attainment"));
    }
    toc(sb, "findings", l.pick("Anmärkningar", "Findings"));
    sb.append("</ul></nav>\n</header>\n<main>\n");
    if (budget != null) {
      budgetSection(sb);
    }
    if (claim != null) {
      actualsSection(sb);
    }
    if (indicators != null) {
      participantsSection(sb);
      dataQualitySection(sb);
    }
    if (targets != null) {
      goalSection(sb);
    }
    findingsSection(sb);
    sb.append("</main>\n");
    footer(sb);
    return sb.append("</body>\n</html>\n").toString();
  }

  // ------------------------------------------------------------------------------------- sections

  private void budgetSection(StringBuilder sb) {
    open(sb, "budget", budget.title());
    sb.append("<p class=\"lead\">").append(l.pick(
        "Budgetöversikten i ansökningsformulärets uppställning, kostnader och medfinansiering per rad, och de "
            + "härledda talen. Belopp i kronor.",
        "The budget overview in the application form's layout, costs and co-financing per line, and the derived "
            + "figures. Amounts in Swedish kronor.")).append("</p>\n");
    paragraphs(sb, budget);
    for (Table t : tables(budget)) {
      table(sb, t, false, "budget-" + t.id());
    }
    close(sb);
  }

  private void actualsSection(StringBuilder sb) {
    open(sb, "actuals", l.pick("Budget mot utfall", "Budget against actuals"));
    sb.append("<p class=\"subtitle\">").append(Html.esc(claim.title())).append("</p>\n");
    sb.append("<p class=\"lead\">").append(l.pick(
        "Utfall hittills mot budget per kostnadskategori och medfinansieringsrad, ur samma ansökan om utbetalning "
            + "som esf claim beräknar. Stapeln visar andelen av budgeten som är förbrukad; den streckade linjen är "
            + "100 %. Över budget visas med ⚠ och i ord, inte bara med färg. Belopp i kronor, exakt (skyddet av små "
            + "tal gäller antal personer, inte belopp).",
        "Actuals to date against the budget per cost category and co-financing line, from the same payment claim "
            + "esf claim computes. The bar shows the share of the budget used; the dashed line is 100 %. Over "
            + "budget is shown with ⚠ and in words, not by colour alone. Amounts in Swedish kronor, exact "
            + "(small-cell protection is for counts of persons, not for money).")).append("</p>\n");
    Map<String, List<Svg.ShareBar>> charts = new LinkedHashMap<>();
    for (ClaimLine line : paymentClaim.lines()) {
      String chart = line.isCoFinancing() ? l.pick("Medfinansiering", "Co-financing")
          : line.section().get().label(l);
      String label = line.isCoFinancing() ? line.label(l) : line.costCategory().get().label(l);
      Share used = line.shareUsed();
      BigDecimal percent = used.isDefined() ? RoundingPolicy.PERCENT_DISPLAY.percentOf(used) : null;
      String shown = percent == null ? l.pick("– (ingen budget)", "– (no budget)")
          : ReportRenderer.display(Cell.percent(percent), l);
      charts.computeIfAbsent(chart, k -> new ArrayList<>())
          .add(new Svg.ShareBar(label, shown, percent, line.isOverBudget()));
    }
    int n = 0;
    for (Map.Entry<String, List<Svg.ShareBar>> e : charts.entrySet()) {
      String t = e.getKey() + l.pick(": andel av budgeten förbrukad hittills", ": share of the budget used to date");
      sb.append("<figure>\n<figcaption>").append(Html.esc(t)).append("</figcaption>\n")
          .append(Svg.shareBars("actuals-bars-" + (++n), t, t + l.pick(
              ": en stapel per rad med procenttalet bredvid. Beloppen finns i tabellen nedan.",
              ": one bar per line with its percentage beside it. The amounts are in the table below."),
              e.getValue(), l.pick("över budget", "over budget"))).append("</figure>\n");
    }
    for (Table t : tables(claim)) {
      table(sb, t, false, "actuals-" + t.id());
    }
    paragraphs(sb, claim);
    close(sb);
  }

  private void participantsSection(StringBuilder sb) {
    open(sb, "participants", l.pick("Deltagare", "Participants"));
    sb.append("<p class=\"subtitle\">").append(Html.esc(indicators.title())).append("</p>\n");
    sb.append("<p class=\"lead\">").append(Html.esc(protection())).append("</p>\n");
    flowSubsection(sb);
    indicatorSubsection(sb);
    close(sb);
  }

  private void flowSubsection(StringBuilder sb) {
    sb.append("<h3 id=\"flow-h\">").append(l.pick("Inskrivna och avslutade per månad och kön",
        "Entries and exits per month by gender")).append("</h3>\n");
    List<MonthlyFlow.Group> groups = new ArrayList<>();
    for (MonthlyFlow.Group g : MonthlyFlow.Group.values()) {
      if (flow.has(g)) {
        groups.add(g);
      }
    }
    List<MonthlyFlow.Month> months = new ArrayList<>(flow.months());
    int shown = Math.min(months.size(), 120);
    List<MonthlyFlow.Month> chartMonths = months.subList(months.size() - shown, months.size());
    if (shown < months.size()) {
      sb.append("<p>").append(l.pick("Diagrammen visar de senaste 120 månaderna; tabellen alla.",
          "The charts show the last 120 months; the table all.")).append("</p>\n");
    }
    Svg.Series in = new Svg.Series(l.pick("inskrivna", "entries"), "▲", "#1b7837");
    Svg.Series out = new Svg.Series(l.pick("avslutade", "exits"), "▼", "#b2182b");
    for (MonthlyFlow.Group g : groups) {
      List<Svg.Bar> bars = new ArrayList<>();
      for (MonthlyFlow.Month m : chartMonths) {
        bars.add(new Svg.Bar(m.month().toString(), g.label(l) + " " + m.month(),
            new long[] {m.inflow(g), m.outflow(g)}));
      }
      String t = g.label(l) + l.pick(": inskrivna (uppåt) och avslutade (nedåt) per månad",
          ": entries (up) and exits (down) per month");
      sb.append("<figure>\n<figcaption>").append(Html.esc(t)).append("</figcaption>\n")
          .append(Svg.flowColumns("flow-" + g.name().toLowerCase(java.util.Locale.ROOT), t,
          t + l.pick(". Talen finns i tabellen nedan.", ". The figures are in the table below."), in, out, bars,
          cells, l)).append("</figure>\n");
    }
    sb.append("<table id=\"flow-table\">\n<caption>").append(l.pick("Inskrivna och avslutade per månad",
        "Entries and exits per month")).append("</caption>\n<thead><tr><th scope=\"col\">")
        .append(l.pick("Månad", "Month")).append("</th>");
    for (MonthlyFlow.Group g : groups) {
      sb.append("<th scope=\"col\" class=\"num\">").append(Html.esc(g.label(l))).append(' ')
          .append(l.pick("in", "in")).append("</th>");
    }
    for (MonthlyFlow.Group g : groups) {
      sb.append("<th scope=\"col\" class=\"num\">").append(Html.esc(g.label(l))).append(' ')
          .append(l.pick("ut", "out")).append("</th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
    for (MonthlyFlow.Month m : months) {
      sb.append("<tr><th scope=\"row\">").append(m.month()).append("</th>");
      for (MonthlyFlow.Group g : groups) {
        countCell(sb, m.inflow(g));
      }
      for (MonthlyFlow.Group g : groups) {
        countCell(sb, m.outflow(g));
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
  }

  private void indicatorSubsection(StringBuilder sb) {
    sb.append("<h3 id=\"indicators-h\">").append(l.pick("Gemensamma indikatorer per kön",
        "Common indicators by gender")).append("</h3>\n");
    boolean nonBinary = indicatorResult.period().hasNonBinaryGender();
    List<Svg.Series> series = new ArrayList<>();
    series.add(new Svg.Series(name(Breakdown.WOMEN), l.pick("K", "W"),
        WOMEN_FILL));
    series.add(new Svg.Series(name(Breakdown.MEN), "M", MEN_FILL));
    if (nonBinary) {
      series.add(new Svg.Series(name(Breakdown.NON_BINARY), l.pick("I", "NB"), NON_BINARY_FILL));
    }
    boolean notReported = indicatorResult.figures().values().stream()
        .anyMatch(f -> f.get(Breakdown.GENDER_NOT_REPORTED) > 0);
    if (notReported) {
      series.add(new Svg.Series(name(Breakdown.GENDER_NOT_REPORTED), "?", UNKNOWN_FILL));
    }
    List<Svg.Bar> rows = new ArrayList<>();
    for (Map.Entry<CommonIndicator, IndicatorCounts> e : indicatorResult.figures().entrySet()) {
      IndicatorCounts f = e.getValue();
      List<Long> v = new ArrayList<>(List.of(f.get(Breakdown.WOMEN), f.get(Breakdown.MEN)));
      if (nonBinary) {
        v.add(f.get(Breakdown.NON_BINARY));
      }
      if (notReported) {
        v.add(f.get(Breakdown.GENDER_NOT_REPORTED));
      }
      rows.add(new Svg.Bar(e.getKey().code() + " " + e.getKey().name(l), e.getKey().code(),
          v.stream().mapToLong(Long::longValue).toArray()));
    }
    String t = l.pick("Gemensamma indikatorer per kön", "Common indicators by gender");
    sb.append("<figure>\n").append(Svg.horizontalBars("indicator-bars", t,
        t + l.pick(": en stapel per kön och indikator med talet bredvid. Talen finns också i tabellen nedan.",
            ": one bar per gender and indicator with its number beside it. The figures are also in the table below."),
        series, rows, cells, l)).append("</figure>\n");
    for (Table table : tables(indicators)) {
      if (table.id().equals("indicators") || table.id().startsWith("subProject.")) {
        table(sb, table, true, "table-" + table.id());
      }
    }
    paragraphs(sb, indicators);
  }

  private String protection() {
    if (cells.threshold() == 1) {
      return l.pick("Alla antal visas exakt (inget skydd av små tal).",
          "Every count is shown exactly (no small-cell protection).");
    }
    return l.pick("Antal personer under " + cells.threshold() + " visas som \u201d" + cells.hidden()
            + "\u201d så att ingen deltagare kan pekas ut; JSON-utdata från esf indicators har de exakta talen.",
        "Counts of persons below " + cells.threshold() + " are shown as \u201c" + cells.hidden()
            + "\u201d so that no participant can be singled out; the JSON output of esf indicators has the "
            + "exact figures.");
  }

  private String name(Breakdown b) {
    return l == Language.SV ? b.nameSv() : b.nameEn();
  }

  private void dataQualitySection(StringBuilder sb) {
    open(sb, "data-quality", l.pick("Datakvalitet", "Data quality"));
    sb.append("<p class=\"lead\">").append(l.pick(
        "Hur fullständiga deltagaruppgifterna är, per uppgift, och varje dataregel som tillämpades.",
        "How complete the participant data are, per characteristic, and every data rule applied.")).append("</p>\n");
    for (Table table : tables(indicators)) {
      if (table.id().equals("completeness") || table.id().equals("dataQuality")) {
        table(sb, table, true, "table-" + table.id());
      }
    }
    close(sb);
  }

  private void goalSection(StringBuilder sb) {
    open(sb, "goals", targets.title());
    paragraphs(sb, targets);
    sb.append("<p class=\"lead\">").append(l.pick(
        "Färg och symbol följer bedömningen: ✔ grön = uppnådd, ◐ gul = delvis uppnådd, ✘ röd = ej uppnådd, "
            + "? grå = ej bedömd. (Utvärderarens egen rapport markerar bara grönt och gult; rött skiljer här ut "
            + "ej uppnådda mål.)",
        "Colour and symbol follow the verdict: ✔ green = achieved, ◐ yellow = partially achieved, ✘ red = not "
            + "achieved, ? grey = not assessed. (The evaluator's own report marks green and yellow only; red "
            + "singles out targets not achieved here.)")).append("</p>\n");
    sb.append("<table id=\"goal-table\">\n<caption>").append(l.pick("Målen och deras bedömning",
        "The targets and their verdicts")).append("</caption>\n");
    headings(sb, l.pick("Indikator", "Indicator"), l.pick("Bedömning", "Verdict"), l.pick("Mål", "Target"),
        l.pick("Utfall", "Result"), l.pick("Motivering", "Reason"));
    for (GoalResult goal : goals.goals()) {
      for (IndicatorResult i : goal.indicators()) {
        sb.append("<tr data-verdict=\"").append(i.verdict().name()).append("\"><th scope=\"row\">")
            .append(Html.esc(i.id())).append("</th><td>").append(badge(i.verdict())).append("</td><td>")
            .append(Html.esc(i.indicator().text(l))).append("</td><td><ul class=\"parts\">");
        for (CriterionResult c : i.criteria()) {
          boolean hidden = hidesCount(c);
          sb.append("<li><span class=\"pid\">").append(Html.esc(c.criterionId())).append("</span> ")
              .append(Html.esc(c.target(l))).append(" → ").append(Html.esc(hidden ? protectedSentence() : c.result(l)))
              .append(" <em>(").append(Html.esc(GoalLabels.criterionStatus(c, l))).append(")</em></li>");
        }
        sb.append("</ul></td><td>").append(Html.esc(i.explanation(l))).append("</td></tr>\n");
      }
    }
    sb.append("</tbody>\n</table>\n");
    close(sb);
  }

  /**
   * True when the criterion's result sentence would show a count of persons the small-cell rule hides: a
   * computed figure of the whole project (scope {@code total} or a gender, not a sub-project's scope, which
   * the page does not show) whose numerator or denominator is from 1 to the threshold − 1. The sentence is
   * then not shown at all, since a percentage beside a hidden count would give it away; the target, the
   * status and the verdict stay, and the indicator's reason counts parts, not persons.
   */
  private boolean hidesCount(CriterionResult c) {
    java.util.Set<String> subProjects = new java.util.HashSet<>();
    for (ComputedFigure f : c.figures()) {
      int slash = f.scope().indexOf('/');
      if (slash > 0) {
        subProjects.add(f.scope().substring(0, slash));
      }
    }
    for (BreakdownLine b : c.breakdown()) {
      subProjects.add(b.subProject());
    }
    for (ComputedFigure f : c.figures()) {
      if (f.scope().indexOf('/') < 0 && !subProjects.contains(f.scope())
          && (cells.hides(f.numerator()) || f.denominator().map(cells::hides).orElse(false))) {
        return true;
      }
    }
    return false;
  }

  private String protectedSentence() {
    return l.pick("visas inte: bygger på ett antal personer under " + cells.threshold() + " (skydd av små tal)",
        "not shown: rests on a count of persons below " + cells.threshold() + " (small-cell protection)");
  }

  private String badge(Verdict v) {
    String cls;
    String mark;
    String colour;
    switch (v) {
      case ACHIEVED:
        cls = "v-green";
        mark = "✔";
        colour = l.pick("grön", "green");
        break;
      case PARTIALLY_ACHIEVED:
        cls = "v-yellow";
        mark = "◐";
        colour = l.pick("gul", "yellow");
        break;
      case NOT_ACHIEVED:
        cls = "v-red";
        mark = "✘";
        colour = l.pick("röd", "red");
        break;
      default:
        cls = "v-grey";
        mark = "?";
        colour = l.pick("grå", "grey");
    }
    return "<span class=\"verdict " + cls + "\" title=\"" + colour + "\"><span aria-hidden=\"true\">" + mark
        + "</span> " + Html.esc(v.label(l)) + "</span>";
  }

  private void findingsSection(StringBuilder sb) {
    open(sb, "findings", l.pick("Anmärkningar", "Findings"));
    List<String[]> rows = new ArrayList<>();
    addFindings(rows, budget, l.pick("Budget", "Budget"));
    addFindings(rows, claim, l.pick("Utfall", "Actuals"));
    addFindings(rows, indicators, l.pick("Deltagare", "Participants"));
    addFindings(rows, targets, l.pick("Mål", "Targets"));
    if (rows.isEmpty()) {
      sb.append("<p id=\"no-findings\">").append(l.pick("Inga anmärkningar.", "No findings.")).append("</p>\n");
    } else {
      sb.append("<table id=\"findings-table\">\n<caption>").append(l.pick("Varje anmärkning med sin regel",
          "Every finding with its rule")).append("</caption>\n");
      headings(sb, l.pick("Del", "Part"), l.pick("Allvarlighet", "Severity"), l.pick("Regel", "Rule"),
          l.pick("Var", "Where"), l.pick("Meddelande", "Message"));
      for (String[] r : rows) {
        sb.append("<tr class=\"sev-").append(r[1]).append("\"><td>").append(Html.esc(r[0])).append("</td><td>")
            .append(severity(r[1])).append("</td><th scope=\"row\"><code>").append(Html.esc(r[2]))
            .append("</code></th><td>").append(Html.esc(r[3])).append("</td><td>").append(Html.esc(r[4]))
            .append("</td></tr>\n");
      }
      sb.append("</tbody>\n</table>\n");
    }
    close(sb);
  }

  private String severity(String s) {
    switch (s) {
      case "ERROR":
        return l.pick("fel", "error");
      case "WARNING":
        return l.pick("varning", "warning");
      default:
        return l.pick("information", "information");
    }
  }

  private static void addFindings(List<String[]> rows, Report r, String part) {
    if (r == null) {
      return;
    }
    for (Finding f : r.findings()) {
      rows.add(new String[] {part, f.severity().name(), f.ruleId(), f.where(), f.message()});
    }
  }

  private void footer(StringBuilder sb) {
    sb.append("<footer>\n<p>").append(l.pick("Per ", "As of ")).append(asOf == null
        ? l.pick("(inget datum: bara budget)", "(no date: budget only)") : asOf.toString())
        .append(". ").append(Html.esc(protection()))
        .append(l.pick(" Skapad av esfkit.", " Made by esfkit.")).append("</p>\n");
    if (!inputs.isEmpty()) {
      sb.append("<table id=\"inputs\">\n<caption>").append(l.pick("Indatafiler (SHA-256)", "Input files (SHA-256)"))
          .append("</caption>\n<thead><tr><th scope=\"col\">").append(l.pick("Fil", "File"))
          .append("</th><th scope=\"col\">SHA-256</th></tr></thead>\n<tbody>\n");
      for (Map.Entry<String, String> e : inputs.entrySet()) {
        sb.append("<tr><th scope=\"row\">").append(Html.esc(e.getKey())).append("</th><td><code>")
            .append(Html.esc(e.getValue())).append("</code></td></tr>\n");
      }
      sb.append("</tbody>\n</table>\n");
    }
    sb.append("</footer>\n");
  }

  // -------------------------------------------------------------------------------------- helpers

  /** A table's header row and the opening of its body. */
  private static void headings(StringBuilder sb, String... headings) {
    sb.append("<thead><tr>");
    for (String h : headings) {
      sb.append("<th scope=\"col\">").append(Html.esc(h)).append("</th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
  }

  private static void toc(StringBuilder sb, String id, String label) {
    sb.append("<li><a href=\"#").append(id).append("\">").append(Html.esc(label)).append("</a></li>\n");
  }

  private static void open(StringBuilder sb, String id, String heading) {
    sb.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-h\">\n<h2 id=\"")
        .append(id).append("-h\">").append(Html.esc(heading)).append("</h2>\n");
  }

  private static void close(StringBuilder sb) {
    sb.append("</section>\n");
  }

  private static List<Table> tables(Report r) {
    List<Table> out = new ArrayList<>();
    for (Report.Block b : r.blocks()) {
      if (b instanceof Report.TableBlock) {
        out.add(((Report.TableBlock) b).table());
      }
    }
    return out;
  }

  private static void paragraphs(StringBuilder sb, Report r) {
    for (Report.Block b : r.blocks()) {
      if (b instanceof Report.Paragraph) {
        sb.append("<p>").append(Html.esc(((Report.Paragraph) b).text())).append("</p>\n");
      }
    }
  }

  /** A report table; with {@code persons}, counts are shown under small-cell protection. */
  private void table(StringBuilder sb, Table t, boolean persons, String id) {
    sb.append("<table id=\"").append(Html.esc(id.replace('.', '-').replace(' ', '_'))).append("\">\n<caption>")
        .append(Html.esc(t.heading())).append("</caption>\n<thead><tr>");
    List<Table.Column> cols = t.columns();
    boolean[] numeric = new boolean[cols.size()];
    for (List<Cell> row : t.rows()) {
      for (int i = 0; i < row.size(); i++) {
        numeric[i] |= row.get(i).isNumeric();
      }
    }
    for (int i = 0; i < cols.size(); i++) {
      sb.append("<th scope=\"col\"").append(numeric[i] ? " class=\"num\"" : "").append('>')
          .append(Html.esc(cols.get(i).heading())).append("</th>");
    }
    sb.append("</tr></thead>\n<tbody>\n");
    for (List<Cell> row : t.rows()) {
      sb.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        Cell c = row.get(i);
        String tag = i == 0 ? "th" : "td";
        sb.append('<').append(tag).append(i == 0 ? " scope=\"row\"" : "").append(numeric[i] ? " class=\"num\"" : "")
            .append('>');
        if (persons && c.kind() == Cell.Kind.COUNT) {
          long n = (Long) c.value();
          sb.append(Html.esc(cells.show(n, l)));
        } else {
          sb.append(Html.esc(ReportRenderer.display(c, l)));
        }
        sb.append("</").append(tag).append('>');
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
    for (String note : t.notes()) {
      sb.append("<p class=\"note\">").append(Html.esc(note)).append("</p>\n");
    }
  }

  private void countCell(StringBuilder sb, long n) {
    sb.append("<td class=\"num\">").append(Html.esc(cells.show(n, l))).append("</td>");
  }

  private static final String CSS = String.join("\n",
      ":root { color-scheme: light; }",
      "body { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif; color: #1a1a1a;",
      "  background: #fff; max-width: 62rem; margin: 0 auto; padding: 1rem 1.5rem; line-height: 1.4; }",
      "h1 { font-size: 1.6rem; margin: .5rem 0; } h2 { font-size: 1.3rem; border-bottom: 2px solid #1a1a1a;",
      "  padding-bottom: .2rem; margin-top: 2rem; } h3 { font-size: 1.05rem; margin-top: 1.5rem; }",
      "nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; }",
      "a { color: #0b4f8a; }",
      ".asof, .lead, .note, .subtitle { color: #333; } .note { font-size: .85rem; }",
      "table { border-collapse: collapse; width: 100%; margin: .5rem 0 1.2rem; font-size: .85rem; }",
      "caption { text-align: left; font-weight: bold; padding: .3rem 0; }",
      "th, td { border-bottom: 1px solid #bbb; padding: .2rem .45rem; text-align: left; vertical-align: top; }",
      "thead th { border-bottom: 2px solid #1a1a1a; background: #f2f2f2; }",
      "tbody th { font-weight: normal; }",
      ".num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }",
      "figure { margin: .5rem 0 1rem; } figcaption { font-size: .8rem; color: #333; }",
      "svg.chart { max-width: 100%; height: auto; display: block; }",
      "svg .lbl { font-size: 11px; fill: #1a1a1a; } svg .val { font-size: 11px; fill: #1a1a1a; }",
      "svg .small { font-size: 9px; } svg .tick { font-size: 10px; fill: #333; }",
      "svg .mark { font-size: 10px; fill: #333; font-weight: bold; }",
      ".verdict { display: inline-block; padding: .05rem .45rem; border-radius: .25rem; border: 1px solid;",
      "  font-weight: bold; white-space: nowrap; }",
      ".v-green { background: #d4edda; color: #0d4a1c; border-color: #0d4a1c; }",
      ".v-yellow { background: #fff0b3; color: #4d3b00; border-color: #4d3b00; }",
      ".v-red { background: #f8d0d0; color: #7a0b0b; border-color: #7a0b0b; }",
      ".v-grey { background: #e6e6e6; color: #2b2b2b; border-color: #2b2b2b; }",
      "ul.parts { margin: 0; padding-left: 1rem; } .pid { font-weight: bold; }",
      "tr.sev-ERROR td:nth-child(2) { font-weight: bold; color: #7a0b0b; }",
      "footer { margin-top: 2rem; border-top: 2px solid #1a1a1a; font-size: .8rem; color: #333; }",
      "code { font-size: .8rem; word-break: break-all; }",
      "@media print {",
      "  @page { size: A4; margin: 14mm 12mm; }",
      "  body { max-width: none; padding: 0; font-size: 9.5pt; }",
      "  nav { display: none; }",
      "  section { break-before: page; } section:first-of-type { break-before: auto; }",
      "  h2, h3, caption { break-after: avoid; } figure, svg, tr { break-inside: avoid; }",
      "  thead { display: table-header-group; } a { color: inherit; text-decoration: none; }",
      "  .verdict { -webkit-print-color-adjust: exact; print-color-adjust: exact; }",
      "}") + "\n";
}
