package io.github.esfkit.examples.catalogue;

import io.github.esfkit.budget.CoFinancingCategory;
import io.github.esfkit.budget.CostCategory;
import io.github.esfkit.budget.CostSection;
import io.github.esfkit.budget.claim.ClaimActuals;
import io.github.esfkit.budget.claim.ClaimLine;
import io.github.esfkit.budget.claim.PaymentClaim;
import io.github.esfkit.budget.claim.TraceEntry;
import io.github.esfkit.core.Language;
import io.github.esfkit.examples.report.Formats;
import io.github.esfkit.io.InputErrors;
import io.github.esfkit.io.csv.ParticipantCsvReader;
import io.github.esfkit.io.csv.ReadResult;
import io.github.esfkit.io.csv.RunningCsv;
import io.github.esfkit.io.json.BudgetJson;
import io.github.esfkit.io.json.ClaimSetupJson;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The running project: a synthetic project shaped like All In (the owner and eight partner municipalities,
 * the three age groups 18–24, 25–29 and 30–64, the All In budget and its categories) through 24 months of
 * generated attendance, time reports and ledger ({@code examples/running-*}), and its payment claim for
 * 2019-01-01 – 2019-06-30 checked figure by figure against a hand calculation (the expected figures below,
 * recomputed independently by {@code RunningProjectExampleTest}). Rates and unit costs are EXAMPLE figures.
 */
final class RunningProjectExample implements Example {

  // Hand calculation of the claim 2019-01-01 – 2019-06-30 (see RunningProjectExampleTest for the oracle)
  static final String PARTICIPANT_HOURS_PERIOD = "24887.5";
  static final String COMPENSATION_PERIOD = "1401254.65";
  static final String COMPENSATION_TO_DATE = "2704123.8";
  static final String STAFF_PERIOD = "1012092";
  static final String INDIRECT_PERIOD = "151814";
  static final String EXTERNAL_PERIOD = "354491";
  static final String TRAVEL_PERIOD = "220271.95";
  static final String EQUIPMENT_PERIOD = "35384";
  static final String REVENUE_PERIOD = "678672";
  static final String IN_KIND_PERIOD = "1859008";
  static final String OWNER_CASH_PERIOD = "260000";
  static final String COSTS_PERIOD = "1095380.95";
  static final String TOTAL_FINANCING_PERIOD = "4355643.6";
  static final String ESF_PERIOD = "2046435";
  static final String ESF_TO_DATE = "5183609";
  static final String CO_FINANCING_SHARE_TO_DATE = "79.2704";

  @Override
  public String id() {
    return "running-project";
  }

  @Override
  public String title(Language l) {
    return l.pick("Löpande projekt: ansökan om utbetalning", "Running project: the payment claim");
  }

  @Override
  public String reproduces(Language l) {
    return l.pick("ansökan om utbetalning 2019-01-01 – 2019-06-30 för ett syntetiskt projekt format som All In "
            + "(nio kommuner, tre åldersgrupper, 24 månaders närvaro, tidrapporter och huvudbok), kontrollerad mot "
            + "en handräkning; timbelopp och enhetskostnader är EXEMPEL",
        "the payment claim 2019-01-01 – 2019-06-30 of a synthetic project shaped like All In (nine "
            + "municipalities, three age groups, 24 months of attendance, time reports and ledger), checked "
            + "against a hand calculation; rates and unit costs are EXAMPLES");
  }

  /** The claim of the bundled files. */
  static PaymentClaim claim() throws Exception {
    ClaimSetupJson.SetupFile setup = ClaimSetupJson.read("examples/running-claim-setup.json",
        Bundled.text("running-claim-setup.json"));
    BudgetJson.BudgetFile budget = BudgetJson.read("examples/all-in-budget.json", Bundled.text("all-in-budget.json"));
    ClaimActuals actuals = ClaimActuals.create();
    InputErrors errors = new InputErrors();
    ReadResult p = ParticipantCsvReader.create().read(Bundled.csv("running-participants.csv"), null, actuals::add);
    errors.addAll(p.errors());
    errors.addAll(RunningCsv.readAttendance(Bundled.csv("running-attendance.csv"), 100, actuals::add));
    errors.addAll(RunningCsv.readTimeReports(Bundled.csv("running-time.csv"), 100, actuals::add));
    errors.addAll(RunningCsv.readLedger(Bundled.csv("running-ledger.csv"), 100, actuals::add));
    if (!errors.isEmpty()) {
      throw new IllegalStateException("bundled running-project files have errors: " + errors.kept());
    }
    return setup.setup(budget.budget(), budget.requirement()).claim(actuals);
  }

  @Override
  public List<Check> run(Language l) throws Exception {
    PaymentClaim c = claim();
    List<Check> checks = new ArrayList<>();
    checks.add(Check.of(l.pick("fel", "errors"), 0, c.findings().errors().size()));
    checks.add(Check.of(l.pick("avvikelser utöver rader efter perioden", "deviations besides rows after the period"), 0,
        c.findings().violations().stream().filter(v -> !v.ruleId().equals("CLAIM-AFTER-PERIOD")).count()));
    checks.add(amount(l, l.pick("deltagartimmar i perioden", "participant hours in the period"),
        PARTICIPANT_HOURS_PERIOD, c.participantHoursThisPeriod(), false));
    ClaimLine comp = c.line(CoFinancingCategory.PUBLIC_PARTICIPANT_COMPENSATION).orElseThrow();
    checks.add(amount(l, l.pick("ersättning till deltagare, perioden", "participant compensation, period"),
        COMPENSATION_PERIOD, comp.thisPeriod(), true));
    checks.add(amount(l, l.pick("ersättning till deltagare, hittills", "participant compensation, to date"),
        COMPENSATION_TO_DATE, comp.toDate(), true));
    checks.add(cost(l, c, CostCategory.STAFF, STAFF_PERIOD));
    checks.add(cost(l, c, CostCategory.INDIRECT_COSTS, INDIRECT_PERIOD));
    checks.add(cost(l, c, CostCategory.EXTERNAL_SERVICES, EXTERNAL_PERIOD));
    checks.add(cost(l, c, CostCategory.TRAVEL_AND_ACCOMMODATION, TRAVEL_PERIOD));
    checks.add(cost(l, c, CostCategory.EQUIPMENT_AND_MATERIALS, EQUIPMENT_PERIOD));
    checks.add(cost(l, c, CostCategory.REVENUE, REVENUE_PERIOD));
    checks.add(amount(l, CoFinancingCategory.PUBLIC_IN_KIND.label(l) + l.pick(", perioden", ", period"),
        IN_KIND_PERIOD, c.line(CoFinancingCategory.PUBLIC_IN_KIND).orElseThrow().thisPeriod(), true));
    checks.add(amount(l, CoFinancingCategory.PUBLIC_CASH_OWNER.label(l) + l.pick(", perioden", ", period"),
        OWNER_CASH_PERIOD, c.line(CoFinancingCategory.PUBLIC_CASH_OWNER).orElseThrow().thisPeriod(), true));
    checks.add(amount(l, l.pick("kostnader efter intäkter, perioden", "costs after revenue, period"), COSTS_PERIOD,
        c.costsThisPeriod(), true));
    checks.add(amount(l, l.pick("summa total finansiering, perioden", "total financing, period"),
        TOTAL_FINANCING_PERIOD, c.totalFinancingThisPeriod(), true));
    checks.add(amount(l, l.pick("ESF-stöd att begära, perioden", "ESF support to claim, period"), ESF_PERIOD,
        c.esfThisPeriod(), true));
    checks.add(amount(l, l.pick("ESF-stöd hittills", "ESF support to date"), ESF_TO_DATE, c.esfToDate(), true));
    checks.add(Check.of(l.pick("medfinansiering hittills (%, 4 decimaler)", "co-financing to date (%, 4 decimals)"),
        CO_FINANCING_SHARE_TO_DATE, c.coFinancingShareToDate().percent(4, RoundingMode.HALF_UP).map(BigDecimal::toPlainString).orElse("–")));
    boolean traced = true;
    for (ClaimLine line : c.lines()) {
      BigDecimal sum = BigDecimal.ZERO;
      for (TraceEntry e : c.trace(line.id())) {
        sum = sum.add(e.amount());
      }
      traced &= sum.compareTo(line.toDate()) == 0;
    }
    checks.add(Check.of(l.pick("varje krona spåras till sina rader (summa av spår = rad)",
        "every krona traces to its rows (sum of traces = line)"), l.pick("ja", "yes"),
        traced ? l.pick("ja", "yes") : l.pick("nej", "no")));
    return checks;
  }

  private static Check cost(Language l, PaymentClaim c, CostCategory category, String expected) {
    BigDecimal actual = c.line(CostSection.IMPLEMENTATION, category).map(ClaimLine::thisPeriod).orElse(BigDecimal.ZERO);
    return amount(l, CostSection.IMPLEMENTATION.label(l) + ": " + category.label(l) + l.pick(", perioden", ", period"),
        expected, actual, true);
  }

  private static Check amount(Language l, String what, String expected, BigDecimal actual, boolean money) {
    BigDecimal e = new BigDecimal(expected);
    String shownE = money ? Formats.amount(e, l) : Formats.number(e.stripTrailingZeros(), l);
    String shownA = money ? Formats.amount(actual, l) : Formats.number(actual.stripTrailingZeros(), l);
    return Check.of(what, shownE, shownA, e.compareTo(actual) == 0);
  }
}
