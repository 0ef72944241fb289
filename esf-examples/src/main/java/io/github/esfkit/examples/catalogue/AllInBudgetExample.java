package io.github.esfkit.examples.catalogue;

import io.github.esfkit.budget.RequirementStatus;
import io.github.esfkit.budget.Amounts;
import io.github.esfkit.budget.BudgetOverview;
import io.github.esfkit.budget.CostCategory;
import io.github.esfkit.budget.CostSection;
import io.github.esfkit.budget.OverviewLine;
import io.github.esfkit.budget.OverviewRow;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.examples.report.Formats;
import io.github.esfkit.io.json.BudgetJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The All In budget overview (Budgetöversikt) line by line, recomputed from the cost and co-financing
 * lines of {@code examples/all-in-budget.json}: indirect costs by the 15 % flat rate rounded per phase,
 * every total, both shares and the call's 53 % requirement, compared with the figures the application
 * prints (ESF application 2017/00083, lines 870–945).
 */
final class AllInBudgetExample implements Example {

  static final String FILE = "all-in-budget.json";

  /** The overview as printed: amounts in kronor, percentages with two decimals. */
  static final Map<OverviewRow, String> PRINTED = new LinkedHashMap<>();

  static {
    PRINTED.put(OverviewRow.ESF_COSTS, "26032732");
    PRINTED.put(OverviewRow.ERDF_COSTS, "0");
    PRINTED.put(OverviewRow.TOTAL_COSTS, "26032732");
    PRINTED.put(OverviewRow.LESS_CASH_CO_FINANCING, "1402333");
    PRINTED.put(OverviewRow.ESF_GRANT, "24630399");
    PRINTED.put(OverviewRow.PUBLIC_IN_KIND, "10414792");
    PRINTED.put(OverviewRow.PUBLIC_PARTICIPANT_COMPENSATION, "15975954");
    PRINTED.put(OverviewRow.PUBLIC_CASH_THIRD_PARTY, "100000");
    PRINTED.put(OverviewRow.PUBLIC_CASH_OWNER, "1302333");
    PRINTED.put(OverviewRow.PRIVATE_IN_KIND, "0");
    PRINTED.put(OverviewRow.PRIVATE_CASH_THIRD_PARTY, "0");
    PRINTED.put(OverviewRow.PRIVATE_CASH_OWNER, "0");
    PRINTED.put(OverviewRow.TOTAL_CO_FINANCING, "27793079");
    PRINTED.put(OverviewRow.TOTAL_FINANCING, "52423478");
    PRINTED.put(OverviewRow.ESF_GRANT_SHARE, "46.98");
    PRINTED.put(OverviewRow.CO_FINANCING_SHARE, "53.02");
    PRINTED.put(OverviewRow.REQUIRED_CO_FINANCING_SHARE, "53.00");
  }

  @Override
  public String id() {
    return "all-in-budget";
  }

  @Override
  public String title(Language l) {
    return l.pick("All In: budgetöversikten rad för rad", "All In: the budget overview line by line");
  }

  @Override
  public String reproduces(Language l) {
    return l.pick("de 17 raderna i Budgetöversikt, fasernas summor och indirekta kostnader (15 % av personal, "
            + "avrundat per fas) och kravet på 53 % medfinansiering i ansökan 2017/00083 (Hällefors kommun), "
            + "ur kostnads- och medfinansieringsraderna i examples/" + FILE + ".",
        "the 17 lines of the Budgetöversikt, the phase totals and indirect costs (15 % of staff, rounded per "
            + "phase) and the 53 % co-financing requirement of application 2017/00083 (Hällefors kommun), from the "
            + "cost and co-financing lines in examples/" + FILE + ".");
  }

  @Override
  public List<Check> run(Language l) throws Exception {
    BudgetJson.BudgetFile file = BudgetJson.read("examples/" + FILE, Bundled.open(FILE), 100);
    BudgetOverview o = file.budget().overview(file.requirement().orElseThrow());
    List<Check> checks = new ArrayList<>();
    for (Map.Entry<OverviewRow, String> e : PRINTED.entrySet()) {
      OverviewLine line = o.line(e.getKey());
      BigDecimal actual = e.getKey().isPercent() ? line.percent().orElse(null)
          : line.amount().map(io.github.esfkit.budget.Amounts::number).orElse(null);
      checks.add(compare(l, e.getKey().label(Language.SV) + (e.getKey().isPercent() ? " (%)" : ""),
          new BigDecimal(e.getValue()), actual, e.getKey().isPercent()));
    }
    checks.add(compare(l, "Kostnader socialfonden (Analys- och planeringsfas)", new BigDecimal("2139520"),
        io.github.esfkit.budget.Amounts.number(o.costTable(CostSection.ANALYSIS_AND_PLANNING).total()), false));
    checks.add(compare(l, "Kostnader socialfonden (Genomförandefas)", new BigDecimal("23893212"),
        io.github.esfkit.budget.Amounts.number(o.costTable(CostSection.IMPLEMENTATION).total()), false));
    checks.add(compare(l, "Indirekta kostnader (Analys- och planeringsfas)", new BigDecimal("189798"),
        io.github.esfkit.budget.Amounts.number(o.costTable(CostSection.ANALYSIS_AND_PLANNING)
            .amount(CostCategory.INDIRECT_COSTS)), false));
    checks.add(compare(l, "Indirekta kostnader (Genomförandefas)", new BigDecimal("2682861"),
        io.github.esfkit.budget.Amounts.number(o.costTable(CostSection.IMPLEMENTATION)
            .amount(CostCategory.INDIRECT_COSTS)), false));
    checks.add(Check.of(l.pick("kravet på 53 % uppfyllt (exakt jämförelse)", "53 % requirement met (exact comparison)"),
        l.pick("ja", "yes"), o.requirementStatus() == RequirementStatus.NOT_CHECKED ? "?"
            : o.requirementStatus().isMet() ? l.pick("ja", "yes") : l.pick("nej", "no")));
    ValidationResult v = file.budget().validate(file.requirement().get());
    checks.add(Check.of(l.pick("regelbrott (fel)", "rule violations (errors)"), 0, v.errors().size()));
    return checks;
  }

  private static Check compare(Language l, String what, BigDecimal expected, BigDecimal actual, boolean percent) {
    String e = percent ? Formats.percent(expected, l) : Formats.amount(expected, l);
    String a = actual == null ? null : percent ? Formats.percent(actual, l) : Formats.amount(actual, l);
    return Check.of(what, e, a, actual != null && expected.compareTo(actual) == 0);
  }
}
