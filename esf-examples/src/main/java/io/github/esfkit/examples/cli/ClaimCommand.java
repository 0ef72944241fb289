package io.github.esfkit.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.esfkit.budget.RoundingPolicy;
import io.github.esfkit.budget.claim.ClaimActuals;
import io.github.esfkit.budget.claim.ClaimLine;
import io.github.esfkit.budget.claim.ClaimSetup;
import io.github.esfkit.budget.claim.PaymentClaim;
import io.github.esfkit.budget.claim.TraceEntry;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.Share;
import io.github.esfkit.core.validation.Violation;
import io.github.esfkit.examples.report.Cell;
import io.github.esfkit.examples.report.Formats;
import io.github.esfkit.examples.report.Report;
import io.github.esfkit.examples.report.Table;
import io.github.esfkit.io.InputErrors;
import io.github.esfkit.io.InvalidInputException;
import io.github.esfkit.io.csv.CsvInput;
import io.github.esfkit.io.csv.ParticipantCsvReader;
import io.github.esfkit.io.csv.ReadResult;
import io.github.esfkit.io.json.BudgetJson;
import io.github.esfkit.io.json.ClaimSetupJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code esf claim}: the payment claim of a period (lägesrapport och ansökan om utbetalning) from the
 * claim set-up, the budget and the period's files: participants, attendance, time reports and ledger.
 */
@Command(name = "claim", mixinStandardHelpOptions = true,
    description = {"Computes the payment claim of a period from attendance, time reports and the ledger.", "",
        "Reads the claim set-up (esfkit-claim-setup-1), the budget (esfkit-budget-1) and the CSV files of "
            + "docs/running-csv.md, checks every row, values hours under the named models and prints per cost "
            + "and co-financing category the budget, the period, to date, what remains and the share used, the "
            + "ESF amount at the approved aid rate and the co-financing share against the call's requirement. "
            + "--setup and --attendance are required. With --format xlsx --out FILE, a workbook with one sheet per "
            + "table. Exit code 1 when a row or the claim breaks a rule, 2 on bad input (every error of every file)."})
final class ClaimCommand extends ReportingCommand {

  /** The JSON output format. */
  static final String FORMAT = "esfkit-claim-result-1";

  @Option(names = "--budget", required = true, paramLabel = "FILE", description = "Budget JSON (esfkit-budget-1).")
  Path budget;

  @Option(names = "--participants", required = true, paramLabel = "FILE",
      description = "Participants CSV (docs/participants-csv.md).")
  Path participants;

  @Mixin
  ClaimFiles files = new ClaimFiles();

  @Option(names = "--trace", paramLabel = "LINE",
      description = "List the source rows of a claim line, e.g. IMPLEMENTATION/STAFF or PUBLIC_IN_KIND (repeatable).")
  List<String> trace = new ArrayList<>();

  @Override
  public Integer call() {
    Optional<String[]> missing = files.missing();
    if (missing.isPresent()) {
      return usage(missing.get()[0], missing.get()[1]);
    }
    InputErrors errors = new InputErrors(options.maxErrors);
    Optional<ClaimSetupJson.SetupFile> setupFile = files.readSetup(errors, options.maxErrors);
    Optional<BudgetJson.BudgetFile> budgetFile = Optional.empty();
    try {
      budgetFile = Optional.of(BudgetJson.read(budget, options.maxErrors));
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
    }
    ClaimActuals actuals = ClaimActuals.create();
    ReadResult p = ParticipantCsvReader.create(options.maxErrors, progress())
        .read(CsvInput.of(participants), null, actuals::add);
    errors.addAll(p.errors());
    files.readRows(actuals, errors, options.maxErrors);
    if (!errors.isEmpty()) {
      return badInput(errors);
    }
    ClaimFiles.Computed computed = ClaimFiles.compute(setupFile.get(), budgetFile.get(), actuals);
    PaymentClaim claim = computed.claim();
    for (String id : trace) {
      if (claim.line(id).isEmpty()) {
        return usage("--trace: raden " + Sanitizer.oneLine(id) + " finns inte i ansökan",
            "--trace: line " + Sanitizer.oneLine(id) + " is not in the claim");
      }
    }
    if (json()) {
      return print(json(claim, computed.setup(), trace, options.language),
          claim.findings().isValid() ? ExitCode.OK : ExitCode.VIOLATIONS);
    }
    return print(report(claim, computed.setup(), trace, options.language));
  }

  /**
   * The claim as a report: actuals per line against the budget, the figures to claim, and the source rows of
   * each line in {@code trace}; every finding of the claim.
   */
  static Report report(PaymentClaim c, ClaimSetup s, List<String> trace, Language l) {
    Report r = new Report("claim", l.pick("Ansökan om utbetalning: ", "Payment claim: ") + s.project().name() + ", "
        + c.period().getStart() + " – " + c.period().getEnd().minusDays(1), l);
    Table lines = new Table("lines", l.pick("Utfall per kategori (beräknat av esfkit)", "Actuals per category (computed by esfkit)"))
        .column("line", l.pick("Rad", "Line")).column("budget", l.pick("Budget (indata)", "Budget (input)"))
        .column("thisPeriod", l.pick("Perioden", "This period")).column("toDate", l.pick("Hittills", "To date"))
        .column("remaining", l.pick("Kvar", "Remaining")).column("used", l.pick("Förbrukat", "Used"));
    for (ClaimLine line : c.lines()) {
      lines.row(Cell.text(line.label(l)), Cell.amount(line.budget()), Cell.amount(line.thisPeriod()),
          Cell.amount(line.toDate()), Cell.amount(line.remaining()),
          line.shareUsed().isDefined() ? Cell.percent(RoundingPolicy.PERCENT_DISPLAY.percentOf(line.shareUsed())) : Cell.empty());
    }
    r.table(lines);
    Table t = new Table("claim", l.pick("Att begära (beräknat av esfkit)", "To claim (computed by esfkit)"))
        .column("figure", l.pick("Tal", "Figure")).column("thisPeriod", l.pick("Perioden", "This period"))
        .column("toDate", l.pick("Hittills", "To date"));
    t.row(Cell.text(l.pick("Kostnader (efter intäkter)", "Costs (after revenue)")), Cell.amount(c.costsThisPeriod()),
        Cell.amount(c.costsToDate()));
    t.row(Cell.text(l.pick("Medfinansiering", "Co-financing")), Cell.amount(c.coFinancingThisPeriod()),
        Cell.amount(c.coFinancingToDate()));
    t.row(Cell.text(l.pick("Summa total finansiering", "Total financing")), Cell.amount(c.totalFinancingThisPeriod()),
        Cell.amount(c.totalFinancingToDate()));
    t.row(Cell.text(l.pick("ESF-stöd att begära", "ESF support to claim")), Cell.amount(c.esfThisPeriod()),
        Cell.amount(c.esfToDate()));
    t.row(Cell.text(l.pick("Deltagartimmar", "Participant hours")), Cell.text(Formats.number(c.participantHoursThisPeriod().stripTrailingZeros(), l)),
        Cell.text(Formats.number(c.participantHoursToDate().stripTrailingZeros(), l)));
    t.note(l.pick("Stödandel enligt budgeten (exakt): ", "Aid rate of the budget (exact): ")
        + c.aidRate().percent(4, RoundingMode.HALF_UP).map(BigDecimal::toPlainString).orElse("–") + " % = " + plain(c.esfGrant()) + " / "
        + plain(c.aidRate().denominator()));
    t.note(l.pick("Medfinansiering hittills: ", "Co-financing to date: ")
        + c.coFinancingShareToDate().percent(4, RoundingMode.HALF_UP).map(BigDecimal::toPlainString).orElse("–") + " %"
        + c.requiredPercent().map(p -> l.pick(", krav ", ", requirement ") + p.toPlainString() + " %: "
            + (c.requirementMet().orElse(false) ? l.pick("uppfyllt", "met") : l.pick("ej uppfyllt", "not met"))
            + l.pick(" (exakt jämförelse)", " (exact comparison)")).orElse(""));
    t.note(l.pick("Timvärdering personal: ", "Staff hours valued as: ") + s.staffCosts().name(l));
    r.table(t);
    for (String id : trace) {
      Table tr = new Table("trace", l.pick("Underlag för ", "Sources of ") + c.line(id).get().label(l))
          .column("kind", l.pick("Slag", "Kind")).column("source", l.pick("Rad i fil", "File row"))
          .column("reference", l.pick("Referens", "Reference")).column("date", l.pick("Datum", "Date"))
          .column("inPeriod", l.pick("I perioden", "In period")).column("hours", l.pick("Timmar", "Hours"))
          .column("rate", l.pick("Belopp/tim", "Rate/hour")).column("amount", l.pick("Belopp", "Amount"))
          .column("attributedTo", l.pick("Medfinansiär", "Co-financier"));
      for (TraceEntry e : c.trace(id)) {
        tr.row(Cell.text(e.kind().name()), Cell.text(e.source()), Cell.text(e.reference()), Cell.date(e.date()),
            Cell.text(e.inPeriod() ? l.pick("ja", "yes") : l.pick("nej", "no")),
            e.hours().map(h -> Cell.text(Formats.number(h.stripTrailingZeros(), l))).orElse(Cell.empty()),
            e.rate().map(Cell::amount).orElse(Cell.empty()), Cell.amount(e.amount()), Cell.text(e.attributedTo()));
      }
      r.table(tr);
    }
    r.findings(c.findings());
    return r;
  }

  static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  private static ObjectNode share(ObjectNode parent, String key, Share s) {
    ObjectNode n = parent.putObject(key);
    n.put("numerator", plain(s.numerator()));
    n.put("denominator", plain(s.denominator()));
    if (s.isDefined()) {
      n.put("percent", s.percent(4, RoundingMode.HALF_UP).map(BigDecimal::toPlainString).orElse("–"));
    } else {
      n.putNull("percent");
    }
    return n;
  }

  /** The claim as language-independent data ({@value #FORMAT}); human wording only under {@code labels}. */
  static ObjectNode json(PaymentClaim c, ClaimSetup s, List<String> trace, Language l) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", FORMAT);
    ObjectNode period = root.putObject("period");
    period.put("first", c.period().getStart().toString());
    period.put("last", c.period().getEnd().minusDays(1).toString());
    ArrayNode lines = root.putArray("lines");
    for (ClaimLine line : c.lines()) {
      ObjectNode n = lines.addObject();
      n.put("id", line.id());
      n.put("kind", line.isCoFinancing() ? "CO_FINANCING" : "COST");
      line.section().ifPresent(x -> n.put("section", x.name()));
      n.put("category", line.costCategory().map(Enum::name).orElseGet(() -> line.coFinancing().get().name()));
      n.put("budget", plain(line.budget()));
      n.put("thisPeriod", plain(line.thisPeriod()));
      n.put("toDate", plain(line.toDate()));
      n.put("remaining", plain(line.remaining()));
      share(n, "shareUsed", line.shareUsed());
      n.put("overBudget", line.isOverBudget());
    }
    ObjectNode totals = root.putObject("totals");
    totals.put("costsThisPeriod", plain(c.costsThisPeriod()));
    totals.put("costsToDate", plain(c.costsToDate()));
    totals.put("coFinancingThisPeriod", plain(c.coFinancingThisPeriod()));
    totals.put("coFinancingToDate", plain(c.coFinancingToDate()));
    totals.put("totalFinancingThisPeriod", plain(c.totalFinancingThisPeriod()));
    totals.put("totalFinancingToDate", plain(c.totalFinancingToDate()));
    totals.put("esfThisPeriod", plain(c.esfThisPeriod()));
    totals.put("esfToDate", plain(c.esfToDate()));
    totals.put("esfGrant", plain(c.esfGrant()));
    share(root, "aidRate", c.aidRate());
    share(root, "coFinancingShareToDate", c.coFinancingShareToDate());
    if (c.requiredPercent().isPresent()) {
      root.put("requiredPercent", c.requiredPercent().get().toPlainString());
      root.put("requirementMet", c.requirementMet().orElse(false));
    } else {
      root.putNull("requiredPercent");
      root.putNull("requirementMet");
    }
    ObjectNode hours = root.putObject("hours");
    hours.put("participantsThisPeriod", plain(c.participantHoursThisPeriod()));
    hours.put("participantsToDate", plain(c.participantHoursToDate()));
    hours.put("staffToDate", plain(c.staffHoursToDate()));
    hours.put("inKindToDate", plain(c.inKindHoursToDate()));
    root.put("staffCostModel", s.staffCosts().name(Language.EN));
    ArrayNode findings = root.putArray("findings");
    for (Violation v : c.findings().violations()) {
      ObjectNode f = findings.addObject();
      f.put("ruleId", v.ruleId());
      f.put("severity", v.severity().name());
      f.put("path", v.path());
    }
    ArrayNode traces = root.putArray("traces");
    for (String id : trace) {
      ObjectNode t = traces.addObject();
      t.put("line", id);
      ArrayNode entries = t.putArray("entries");
      for (TraceEntry e : c.trace(id)) {
        ObjectNode n = entries.addObject();
        n.put("kind", e.kind().name());
        n.put("source", e.source());
        n.put("reference", e.reference());
        n.put("date", e.date().toString());
        n.put("inPeriod", e.inPeriod());
        if (e.hours().isPresent()) {
          n.put("hours", plain(e.hours().get()));
        }
        if (e.rate().isPresent()) {
          n.put("rate", plain(e.rate().get()));
        }
        n.put("amount", plain(e.amount()));
        n.put("attributedTo", e.attributedTo());
      }
    }
    ObjectNode labels = root.putObject("labels");
    labels.put("title", l.pick("Ansökan om utbetalning: ", "Payment claim: ") + s.project().name());
    ObjectNode lineLabels = labels.putObject("lines");
    for (ClaimLine line : c.lines()) {
      lineLabels.put(line.id(), line.label(l));
    }
    ArrayNode messages = labels.putArray("findings");
    for (Violation v : c.findings().violations()) {
      messages.add(Sanitizer.oneLine(v.message(l)));
    }
    return root;
  }
}
