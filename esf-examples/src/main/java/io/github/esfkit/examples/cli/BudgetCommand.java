package io.github.esfkit.examples.cli;

import io.github.esfkit.budget.Amounts;
import io.github.esfkit.budget.BudgetOverview;
import io.github.esfkit.budget.CoFinancingRequirement;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.Share;
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.examples.report.Report;
import io.github.esfkit.examples.report.Table;
import io.github.esfkit.examples.result.BudgetResult;
import io.github.esfkit.io.InvalidInputException;
import io.github.esfkit.io.json.BudgetJson;
import io.github.esfkit.io.result.ResultJson;
import java.nio.file.Path;
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

    BudgetTables.addTo(r, o, "", l.pick("Budgetöversikt", "Budget overview"), l);
    r.findings(v);
    return r;
  }
}
