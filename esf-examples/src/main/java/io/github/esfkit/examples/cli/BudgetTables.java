package io.github.esfkit.examples.cli;

import io.github.esfkit.budget.Amounts;
import io.github.esfkit.budget.BudgetOverview;
import io.github.esfkit.budget.CoFinancingSubLine;
import io.github.esfkit.budget.CoFinancingTable;
import io.github.esfkit.budget.CostCategory;
import io.github.esfkit.budget.CostTable;
import io.github.esfkit.budget.OverviewLine;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.core.Share;
import io.github.esfkit.budget.Shortfall;
import io.github.esfkit.core.Language;
import io.github.esfkit.examples.report.Cell;
import io.github.esfkit.examples.report.Report;
import io.github.esfkit.examples.report.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/** The tables of a budget overview as the form has them, shared by {@code esf budget} and {@code esf check}. */
final class BudgetTables {

  private BudgetTables() {}

  /** The Budgetöversikt, the cost and co-financing tables and the derived figures, added to a report. */
  static void addTo(Report r, BudgetOverview o, String prefix, String heading, Language l) {
    Table overview = new Table(prefix + "overview", heading)
        .column("row", l.pick("Rad", "Row")).column("label", l.pick("Rubrik", "Line"))
        .column("amount", l.pick("Belopp", "Amount")).column("percent", l.pick("Procent", "Percent"));
    int n = 1;
    for (OverviewLine line : o.lines()) {
      overview.row(Cell.text(String.valueOf(n++)), Cell.text(line.row().label(l)),
          line.amount().map(a -> Cell.amount(Amounts.number(a))).orElse(Cell.empty()),
          line.percent().map(Cell::percent).orElse(Cell.empty()));
    }
    r.table(overview);
    for (CostTable t : o.costTables()) {
      Table ct = new Table(prefix + "costs." + t.section().name().toLowerCase(Locale.ROOT), t.section().label(l))
          .column("category", l.pick("Kostnadsslag", "Category")).column("amount", l.pick("Belopp", "Amount"));
      for (Map.Entry<CostCategory, org.javamoney.moneta.Money> e : t.rows().entrySet()) {
        ct.row(Cell.text(e.getKey().label(l)), Cell.amount(Amounts.number(e.getValue())));
      }
      ct.row(Cell.text(l.pick("Summa", "Total")), Cell.amount(Amounts.number(t.total())));
      r.table(ct);
    }
    for (CoFinancingTable t : o.coFinancingTables()) {
      Table ct = new Table(prefix + "cofinancing." + t.category().name().toLowerCase(Locale.ROOT), t.category().label(l))
          .column("subLine", l.pick("Rad", "Line")).column("amount", l.pick("Belopp", "Amount"));
      for (Map.Entry<CoFinancingSubLine, org.javamoney.moneta.Money> e : t.rows().entrySet()) {
        ct.row(Cell.text(e.getKey().label(l)), Cell.amount(Amounts.number(e.getValue())));
      }
      ct.row(Cell.text(l.pick("Summa", "Total")), Cell.amount(Amounts.number(t.total())));
      r.table(ct);
    }
    r.table(derived(o, prefix, l));
  }

  /** Exact shares, the requirement in kronor and the shortfall in both readings (rounded once). */
  static Table derived(BudgetOverview o, String prefix, Language l) {
    Table derived = new Table(prefix + "derived", l.pick("Härledda tal", "Derived figures"))
        .column("figure", l.pick("Tal", "Figure")).column("value", l.pick("Värde", "Value"));
    derived.row(Cell.text(l.pick("ESF-stöd, exakt andel", "ESF grant, exact share")),
        Cell.text(exact(o.esfShare().percent(6, RoundingMode.HALF_UP).orElse(BigDecimal.ZERO.setScale(6)), l)));
    derived.row(Cell.text(l.pick("Medfinansiering, exakt andel", "Co-financing, exact share")),
        Cell.text(exact(o.coFinancingShare().percent(6, RoundingMode.HALF_UP).orElse(BigDecimal.ZERO.setScale(6)), l)));
    derived.row(Cell.text(l.pick("ESF-stöd av summa kostnader", "ESF grant of total costs")),
        Cell.percent(Share.of(Amounts.number(o.esfGrant()), Amounts.number(o.totalCosts())).percent(2, RoundingMode.HALF_UP)
            .orElse(BigDecimal.ZERO.setScale(2))));
    if (o.requirement().isPresent()) {
      BigDecimal required = o.requirement().get().percent().multiply(Amounts.number(o.totalFinancing())).movePointLeft(2);
      derived.row(Cell.text(l.pick("Krav på medfinansiering i kronor (exakt)", "Required co-financing in kronor (exact)")),
          Cell.text(io.github.esfkit.examples.report.Formats.exactAmount(required, l)));
      if (o.shortfall().isPresent()) {
        Shortfall s = o.shortfall().get();
        derived.row(Cell.text(l.pick("Underskott, oförändrad total finansiering", "Shortfall, total financing unchanged")),
            Cell.amount(Amounts.number(s.atFixedTotalFinancing())));
        s.atFixedEsfGrant().ifPresent(m -> derived.row(
            Cell.text(l.pick("Underskott, oförändrat ESF-stöd", "Shortfall, ESF grant unchanged")),
            Cell.amount(Amounts.number(m))));
        derived.note(l.pick("Underskotten avrundas en gång, uppåt till hela ören (" + s.rounding() + ").",
            "The shortfalls are rounded once, up to the öre (" + s.rounding() + ")."));
      } else {
        BigDecimal margin = Amounts.number(o.totalCoFinancing()).subtract(required);
        derived.row(Cell.text(l.pick("Marginal mot kravet (exakt)", "Margin above the requirement (exact)")),
            Cell.text(io.github.esfkit.examples.report.Formats.exactAmount(margin, l)));
      }
      derived.row(Cell.text(l.pick("Kravet uppfyllt (exakt jämförelse)", "Requirement met (exact comparison)")),
          Cell.text(o.requirementStatus().isMet() ? l.pick("ja", "yes") : l.pick("nej", "no")));
    } else {
      derived.note(l.pick("Inget krav från utlysningen anges; kravet kontrolleras inte.",
          "No call requirement is given; it is not checked."));
    }
    return derived;
  }

  private static String exact(BigDecimal percent, Language l) {
    String s = percent.toPlainString();
    return (l == Language.SV ? s.replace('.', ',') : s) + " %";
  }
}
