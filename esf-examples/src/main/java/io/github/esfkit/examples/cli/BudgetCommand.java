package io.github.esfkit.examples.cli;

import io.github.esfkit.budget.Amounts;
import io.github.esfkit.budget.BudgetOverview;
import io.github.esfkit.budget.CoFinancingRequirement;
import io.github.esfkit.budget.CoFinancingSubLine;
import io.github.esfkit.budget.CoFinancingTable;
import io.github.esfkit.budget.CostCategory;
import io.github.esfkit.budget.CostTable;
import io.github.esfkit.budget.OverviewLine;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.Share;
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.examples.report.Cell;
import io.github.esfkit.examples.report.Report;
import io.github.esfkit.examples.report.Table;
import io.github.esfkit.examples.result.BudgetResult;
import io.github.esfkit.examples.result.ResultJson;
import io.github.esfkit.io.InvalidInputException;
import io.github.esfkit.io.json.BudgetJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code esf budget FILE}: the budget overview, the derived figures and every rule violation. */
@Command(name = "budget", mixinStandardHelpOptions = true,
    description = {"Prints a budget's overview, derived figures and rule violations.", "",
        "Reads a budget in the esfkit budget JSON format (with its call's requirement) and prints the "
            + "Budgetöversikt, the cost and co-financing tables, the derived figures and every rule violation. "
            + "Exit code 1 when the budget breaks a rule (e.g. co-financing below the call's requirement)."})
final class BudgetCommand extends ReportingCommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "Budget JSON file (see esf-examples/README.md).")
  Path file;

  @Override
  public Integer call() {
    BudgetJson.BudgetFile in;
    try {
      in = BudgetJson.read(file, options.maxErrors);
    } catch (InvalidInputException e) {
      return badInput(e.errors());
    }
    if (json()) {
      Optional<CoFinancingRequirement> req = in.requirement();
      BudgetOverview o = req.map(r -> in.budget().overview(r)).orElseGet(() -> in.budget().overview());
      ValidationResult v = req.map(r -> in.budget().validate(r)).orElseGet(() -> in.budget().validate());
      return print(BudgetResult.json(in.budget(), o, req, v, options.language),
          ResultJson.hasErrors(v.violations()) ? ExitCode.VIOLATIONS : ExitCode.OK);
    }
    return print(report(in, options.language));
  }

  /** The budget file's report: overview, cost and co-financing tables, derived figures and findings. */
  static Report report(BudgetJson.BudgetFile in, Language l) {
    Optional<CoFinancingRequirement> req = in.requirement();
    BudgetOverview o = req.map(r -> in.budget().overview(r)).orElseGet(() -> in.budget().overview());
    ValidationResult v = req.map(r -> in.budget().validate(r)).orElseGet(() -> in.budget().validate());
    Report r = new Report("budget", l.pick("Budget", "Budget") + in.budget().title().map(t -> ": " + t).orElse(""), l);

    Table overview = new Table("overview", "Budgetöversikt")
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
      Table ct = new Table("costs." + t.section().name().toLowerCase(java.util.Locale.ROOT), t.section().label(l))
          .column("category", l.pick("Kostnadsslag", "Category")).column("amount", l.pick("Belopp", "Amount"));
      for (Map.Entry<CostCategory, org.javamoney.moneta.Money> e : t.rows().entrySet()) {
        ct.row(Cell.text(e.getKey().label(l)), Cell.amount(Amounts.number(e.getValue())));
      }
      ct.row(Cell.text(l.pick("Summa", "Total")), Cell.amount(Amounts.number(t.total())));
      r.table(ct);
    }
    for (CoFinancingTable t : o.coFinancingTables()) {
      Table ct = new Table("cofinancing." + t.category().name().toLowerCase(java.util.Locale.ROOT),
          t.category().label(l))
          .column("subLine", l.pick("Rad", "Line")).column("amount", l.pick("Belopp", "Amount"));
      for (Map.Entry<CoFinancingSubLine, org.javamoney.moneta.Money> e : t.rows().entrySet()) {
        ct.row(Cell.text(e.getKey().label(l)), Cell.amount(Amounts.number(e.getValue())));
      }
      ct.row(Cell.text(l.pick("Summa", "Total")), Cell.amount(Amounts.number(t.total())));
      r.table(ct);
    }

    Table derived = new Table("derived", l.pick("Härledda tal", "Derived figures"))
        .column("figure", l.pick("Tal", "Figure")).column("value", l.pick("Värde", "Value"));
    BigDecimal total = Amounts.number(o.totalFinancing());
    BigDecimal co = Amounts.number(o.totalCoFinancing());
    derived.row(Cell.text(l.pick("ESF-stöd, exakt andel", "ESF grant, exact share")),
        Cell.text(exact(o.esfShare().percent(6, RoundingMode.HALF_UP).orElse(BigDecimal.ZERO.setScale(6)), l)));
    derived.row(Cell.text(l.pick("Medfinansiering, exakt andel", "Co-financing, exact share")),
        Cell.text(exact(o.coFinancingShare().percent(6, RoundingMode.HALF_UP).orElse(BigDecimal.ZERO.setScale(6)), l)));
    derived.row(Cell.text(l.pick("ESF-stöd av summa kostnader", "ESF grant of total costs")),
        Cell.percent(Share.of(Amounts.number(o.esfGrant()), Amounts.number(o.totalCosts())).percent(2, RoundingMode.HALF_UP)
            .orElse(BigDecimal.ZERO.setScale(2))));
    if (req.isPresent()) {
      BigDecimal required = req.get().percent().multiply(total).movePointLeft(2);
      BigDecimal margin = co.subtract(required);
      derived.row(Cell.text(l.pick("Krav på medfinansiering i kronor", "Required co-financing in kronor")),
          Cell.amount(required.setScale(2, RoundingMode.HALF_UP)));
      derived.row(Cell.text(margin.signum() >= 0 ? l.pick("Marginal mot kravet", "Margin above the requirement")
              : l.pick("Underskott mot kravet", "Shortfall below the requirement")),
          Cell.amount(margin.abs().setScale(2, RoundingMode.HALF_UP)));
      derived.row(Cell.text(l.pick("Kravet uppfyllt (exakt jämförelse)", "Requirement met (exact comparison)")),
          Cell.text(o.requirementStatus().isMet() ? l.pick("ja", "yes") : l.pick("nej", "no")));
    } else {
      derived.note(l.pick("Filen anger inget krav från utlysningen (call); kravet kontrolleras inte.",
          "The file gives no call requirement (call); it is not checked."));
    }
    r.table(derived);
    r.findings(v);
    return r;
  }

  private static String exact(BigDecimal percent, Language l) {
    String s = percent.toPlainString();
    return (l == Language.SV ? s.replace('.', ',') : s) + " %";
  }
}
