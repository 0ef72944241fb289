package io.github.esfkit.examples.cli;

import io.github.esfkit.budget.Amounts;
import io.github.esfkit.budget.BudgetOverview;
import io.github.esfkit.budget.CoFinancier;
import io.github.esfkit.budget.FinancingSummary;
import io.github.esfkit.budget.RoundingPolicy;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.budget.application.Application;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.organisation.OrganisationRole;
import io.github.esfkit.core.programme.Call;
import io.github.esfkit.core.project.Phase;
import io.github.esfkit.core.project.Project;
import io.github.esfkit.core.project.SubProject;
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.examples.report.Cell;
import io.github.esfkit.examples.report.OutputFormat;
import io.github.esfkit.examples.report.Report;
import io.github.esfkit.examples.report.Table;
import io.github.esfkit.io.InvalidInputException;
import io.github.esfkit.io.json.ApplicationJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code esf check FILE}: a whole application (or a budget file) checked in one run — every validator,
 * every figure that can be computed, and every finding beside them.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Checks a whole application: every figure and every finding in one run.", "",
        "Reads an application in the esfkit-application-1 JSON format (or a budget in esfkit-budget-1) and "
            + "prints the call, the budget overview as the form has it, the phases, the organisations, the "
            + "co-financiers, the sub-projects with their sums, the targets and every finding. A rule broken by a "
            + "well-formed value (a check digit, a placeholder CFAR number, a phase gap, co-financing below the "
            + "requirement) is a finding beside the figures: exit code 1. Only unreadable input is exit code 2."})
final class CheckCommand extends EsfCommand {

  @Parameters(index = "0", paramLabel = "FILE", description = "Application JSON file (see docs/application-format.md).")
  Path file;

  @Override
  public Integer call() {
    ApplicationJson.ApplicationFile in;
    try {
      in = ApplicationJson.read(file, options.maxErrors);
    } catch (InvalidInputException e) {
      return badInput(e.errors());
    }
    Application a = in.application();
    ValidationResult findings = a.validate();
    if (options.format == OutputFormat.JSON) {
      out().print(CheckJson.write(in, findings, options.language));
      out().flush();
      return findings.errors().isEmpty() ? ExitCode.OK : ExitCode.VIOLATIONS;
    }
    Language l = options.language;
    String title = a.project().map(Project::name)
        .or(() -> a.budget().flatMap(b -> b.title())).orElse(file.getFileName().toString());
    Report r = new Report("check", l.pick("Ansökan: ", "Application: ") + title, l);
    a.call().ifPresent(c -> r.table(call(c, a, l)));
    a.overview().ifPresent(o -> BudgetTables.addTo(r, o, "", l.pick("Budgetöversikt", "Budget overview"), l));
    if (a.budget().isPresent() && a.overview().isEmpty()) {
      r.paragraph(l.pick("Budgeten kan inte beräknas; se anmärkningarna.", "The budget cannot be computed; see the findings."));
    }
    a.budget().filter(b -> a.overview().isPresent()).ifPresent(b -> r.table(coFinanciers(b, l)));
    a.project().ifPresent(p -> {
      if (!p.phases().isEmpty()) {
        r.table(phases(p, l));
      }
      if (!p.organisations().isEmpty()) {
        r.table(organisations(p, l));
      }
      if (!p.subProjects().isEmpty()) {
        r.table(subProjects(p, a, l));
      }
    });
    a.statedFinancing().ifPresent(f -> r.table(financing("stated", l.pick("Angiven finansiering", "Stated financing"),
        f, l)));
    if (!a.subProjectBudgets().isEmpty()) {
      a.combinedFinancing().ifPresent(f -> r.table(financing("combined",
          l.pick("Regional och lokala budgetar tillsammans", "Regional and local budgets together"), f, l)));
    }
    in.goalTable().ifPresent(g -> {
      Table t = new Table("targets", l.pick("Mål och indikatorer", "Goals and indicators"))
          .column("goal", l.pick("Mål", "Goal")).column("indicators", l.pick("Indikatorer", "Indicators"));
      g.goals().forEach(goal -> t.row(Cell.text(goal.id()), Cell.count(goal.indicators().size())));
      r.table(t);
    });
    r.findings(findings);
    return print(r);
  }

  private static Table call(Call c, Application a, Language l) {
    Table t = new Table("call", l.pick("Utlysning", "Call"))
        .column("field", l.pick("Uppgift", "Field")).column("value", l.pick("Värde", "Value"));
    t.row(Cell.text(l.pick("Utlysning", "Call")), Cell.text(c.name() + " : " + c.diarienummer()));
    t.row(Cell.text(l.pick("Programperiod", "Programme period")), Cell.text(c.programmePeriod().code()));
    t.row(Cell.text(l.pick("Programområde", "Programme area")), Cell.text(c.programmeArea().code()));
    c.specificObjective().ifPresent(o -> t.row(Cell.text(l.pick("Specifikt mål", "Specific objective")),
        Cell.text(o.code() + " " + o.title())));
    if (!c.regions().isEmpty()) {
      t.row(Cell.text(l.pick("Region", "Region")),
          Cell.text(c.regions().stream().map(x -> x.nutsCode()).collect(Collectors.joining(", "))));
    }
    t.row(Cell.text(l.pick("Krav på medfinansiering", "Required co-financing")), Cell.percent(c.requiredCoFinancingPercent()));
    t.row(Cell.text(l.pick("Tillåtna schabloner", "Allowed flat rates")), Cell.text(c.allowedFlatRates().isEmpty()
        ? l.pick("inga", "none") : c.allowedFlatRates().stream().map(o -> o.label(l)).collect(Collectors.joining("; "))));
    return t;
  }

  private static Table coFinanciers(io.github.esfkit.budget.Budget b, Language l) {
    Table t = new Table("cofinanciers", l.pick("Medfinansiering per medfinansiär", "Co-financing per co-financier"))
        .column("name", l.pick("Namn", "Name")).column("organisationsnummer", l.pick("Organisationsnummer", "Organisation number"))
        .column("cfar", "CFAR").column("amount", l.pick("Belopp", "Amount"));
    for (Map.Entry<CoFinancier, org.javamoney.moneta.Money> e : b.coFinancingByContributor().entrySet()) {
      t.row(Cell.text(e.getKey().name()), Cell.text(Shown.organisationsnummer(e.getKey().organisationsnummerAsPrinted())),
          Cell.text(e.getKey().cfarAsPrinted().map(Shown::cfar).orElse("")), Cell.amount(Amounts.number(e.getValue())));
    }
    return t;
  }

  private static Table phases(Project p, Language l) {
    Table t = new Table("phases", l.pick("Faser", "Phases"))
        .column("phase", l.pick("Fas", "Phase")).column("first", l.pick("Första dag", "First day"))
        .column("last", l.pick("Sista dag", "Last day")).column("stated", l.pick("Angivna månader", "Stated months"))
        .column("impliedEnd", l.pick("Slut enligt angivna månader", "End by the stated months"));
    for (Phase ph : p.phases()) {
      OptionalInt months = ph.statedMonths();
      t.row(Cell.text(l.pick(ph.kind().labelSv(), ph.kind().labelEn())), Cell.date(ph.firstDay()), Cell.date(ph.lastDay()),
          months.isPresent() ? Cell.count(months.getAsInt()) : Cell.empty(),
          ph.statedLastDay().map(Cell::date).orElse(Cell.empty()));
    }
    t.note(l.pick("Projektperiod ", "Project period ") + p.firstDay() + " – " + p.lastDay());
    return t;
  }

  private static Table organisations(Project p, Language l) {
    Table t = new Table("organisations", l.pick("Organisationer", "Organisations"))
        .column("name", l.pick("Namn", "Name")).column("organisationsnummer", l.pick("Organisationsnummer", "Organisation number"))
        .column("cfar", "CFAR").column("role", l.pick("Roll", "Role"));
    t.row(Cell.text(p.owner().name()), Cell.text(p.owner().organisationsnummerAsPrinted().map(Shown::organisationsnummer).orElse("")),
        Cell.text(p.ownerWorkplace().map(w -> Shown.cfar(w.cfarAsPrinted())).orElse("")),
        Cell.text(l.pick("projektägare", "project owner")));
    for (OrganisationRole row : p.organisations()) {
      t.row(Cell.text(row.organisation().name()),
          Cell.text(row.organisation().organisationsnummerAsPrinted().map(Shown::organisationsnummer).orElse("")),
          Cell.text(row.workplace().map(w -> Shown.cfar(w.cfarAsPrinted())).orElse("")),
          Cell.text(l.pick(row.role().labelSv(), row.role().labelEn())));
    }
    return t;
  }

  private static Table subProjects(Project p, Application a, Language l) {
    Table t = new Table("subprojects", l.pick("Delprojekt", "Sub-projects"))
        .column("name", l.pick("Delprojekt", "Sub-project")).column("planned", l.pick("Deltagare", "Participants"))
        .column("women", l.pick("Kvinnor", "Women")).column("men", l.pick("Män", "Men"))
        .column("coFinancing", l.pick("Deltagare medfinansiering", "Co-financing participants"))
        .column("totalFinancing", l.pick("Total finansiering", "Total financing"))
        .column("esfGrant", l.pick("ESF-stöd", "ESF grant"));
    long planned = 0;
    long coFinancing = 0;
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal grant = BigDecimal.ZERO;
    Map<String, BudgetOverview> budgets = a.subProjectOverviews();
    for (SubProject s : p.subProjects()) {
      Optional<BudgetOverview> o = Optional.ofNullable(budgets.get(s.name()));
      t.row(Cell.text(s.name()), count(s.plannedParticipants()), count(s.plannedWomen()), count(s.plannedMen()),
          count(s.plannedCoFinancingParticipants()),
          o.map(x -> Cell.amount(Amounts.number(x.totalFinancing()))).orElse(Cell.empty()),
          o.map(x -> Cell.amount(Amounts.number(x.esfGrant()))).orElse(Cell.empty()));
      planned += s.plannedParticipants().orElse(0);
      coFinancing += s.plannedCoFinancingParticipants().orElse(0);
      if (o.isPresent()) {
        total = total.add(Amounts.number(o.get().totalFinancing()));
        grant = grant.add(Amounts.number(o.get().esfGrant()));
      }
    }
    t.row(Cell.text(l.pick("Summa", "Total")), Cell.count(planned), Cell.empty(), Cell.empty(), Cell.count(coFinancing),
        budgets.isEmpty() ? Cell.empty() : Cell.amount(total), budgets.isEmpty() ? Cell.empty() : Cell.amount(grant));
    if (budgets.isEmpty()) {
      t.note(l.pick("Ansökan anger inga lokala budgetar.", "The application gives no local budgets."));
    }
    return t;
  }

  private static Cell count(OptionalInt n) {
    return n.isPresent() ? Cell.count(n.getAsInt()) : Cell.empty();
  }

  private static Table financing(String id, String heading, FinancingSummary f, Language l) {
    Table t = new Table(id, heading).column("figure", l.pick("Tal", "Figure")).column("amount", l.pick("Belopp", "Amount"))
        .column("percent", l.pick("Procent", "Percent"));
    t.row(Cell.text(l.pick("Summa total finansiering", "Total financing")), Cell.amount(Amounts.number(f.totalFinancing())),
        Cell.empty());
    t.row(Cell.text(l.pick("ESF-stöd", "ESF grant")), Cell.amount(Amounts.number(f.esfGrant())),
        Cell.percent(RoundingPolicy.PERCENT_DISPLAY.percentOf(f.esfShare())));
    t.row(Cell.text(l.pick("Medfinansiering (härledd)", "Co-financing (derived)")), Cell.amount(Amounts.number(f.coFinancing())),
        Cell.percent(RoundingPolicy.PERCENT_DISPLAY.percentOf(f.coFinancingShare())));
    return t;
  }
}
