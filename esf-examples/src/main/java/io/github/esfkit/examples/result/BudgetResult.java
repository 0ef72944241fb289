package io.github.esfkit.examples.result;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.esfkit.budget.Amounts;
import io.github.esfkit.budget.Budget;
import io.github.esfkit.budget.BudgetOverview;
import io.github.esfkit.budget.CoFinancingRequirement;
import io.github.esfkit.budget.CoFinancingTable;
import io.github.esfkit.budget.CostTable;
import io.github.esfkit.budget.OverviewLine;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.io.result.ResultJson;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.javamoney.moneta.Money;

/**
 * The data of {@code esf budget --format json}: format {@code esfkit-budget-result-1}
 * ({@code docs/schemas/esfkit-budget-result-1.schema.json}). Stateless and thread-safe.
 */
public final class BudgetResult {

  private BudgetResult() {}

  /** The result of a budget, its overview, the call's requirement if given, and the validator's findings. */
  public static ObjectNode json(Budget budget, BudgetOverview o, Optional<CoFinancingRequirement> requirement,
      ValidationResult findings, Language language) {
    ObjectNode root = ResultJson.result("budget");
    root.put("currency", "SEK");
    if (budget.title().isPresent()) {
      root.put("title", budget.title().get()); // copied from the input file
    } else {
      root.putNull("title");
    }
    ObjectNode labels = ResultJson.labels(root, language);
    labels.put("title", language.pick("Budget", "Budget") + budget.title().map(t -> ": " + t).orElse(""));
    ObjectNode rowLabels = labels.putObject("rows");

    ArrayNode overview = root.putArray("overview");
    for (OverviewLine line : o.lines()) {
      if (line.row().isPercent()) {
        continue; // the percentage rows are the exact shares below
      }
      ObjectNode l = overview.addObject();
      l.put("row", line.row().name());
      if (line.amount().isPresent()) {
        l.put("amount", amount(line.amount().get()));
      } else {
        l.putNull("amount");
      }
      rowLabels.put(line.row().name(), line.row().label(language));
    }

    ObjectNode sectionLabels = labels.putObject("sections");
    ObjectNode categoryLabels = labels.putObject("costCategories");
    ArrayNode costs = root.putArray("costs");
    for (CostTable t : o.costTables()) {
      ObjectNode table = costs.addObject();
      table.put("section", t.section().name());
      sectionLabels.put(t.section().name(), t.section().label(language));
      lines(table, "category", t.rows(), c -> c.label(language), categoryLabels, t.total());
    }

    ObjectNode coLabels = labels.putObject("coFinancingCategories");
    ObjectNode subLineLabels = labels.putObject("subLines");
    ArrayNode coFinancing = root.putArray("coFinancing");
    for (CoFinancingTable t : o.coFinancingTables()) {
      ObjectNode table = coFinancing.addObject();
      table.put("category", t.category().name());
      coLabels.put(t.category().name(), t.category().label(language));
      lines(table, "subLine", t.rows(), l -> l.label(language), subLineLabels, t.total());
    }

    ObjectNode shares = root.putObject("shares");
    BigDecimal total = Amounts.number(o.totalFinancing());
    ResultJson.share(shares, "esfGrant", Amounts.number(o.esfGrant()), total);
    ResultJson.share(shares, "coFinancing", Amounts.number(o.totalCoFinancing()), total);
    ResultJson.share(shares, "esfGrantOfTotalCosts", Amounts.number(o.esfGrant()), Amounts.number(o.totalCosts()));

    if (requirement.isPresent()) {
      BigDecimal percent = requirement.get().percent();
      BigDecimal required = percent.multiply(total).movePointLeft(2);
      BigDecimal margin = Amounts.number(o.totalCoFinancing()).subtract(required);
      ObjectNode r = root.putObject("requirement");
      r.put("percent", ResultJson.decimal(percent));
      r.put("requiredAmount", ResultJson.money(required));
      r.put("margin", ResultJson.money(margin));
      r.put("met", o.requirementStatus().isMet()); // the library's exact comparison
      if (o.shortfall().isPresent()) {
        // both readings of a shortfall, rounded once under the policy the budget names
        ObjectNode sf = r.putObject("shortfall");
        sf.put("atFixedTotalFinancing", ResultJson.money(Amounts.number(o.shortfall().get().atFixedTotalFinancing())));
        o.shortfall().get().atFixedEsfGrant().ifPresentOrElse(
            m -> sf.put("atFixedEsfGrant", ResultJson.money(Amounts.number(m))), () -> sf.putNull("atFixedEsfGrant"));
      } else {
        r.putNull("shortfall");
      }
    } else {
      root.putNull("requirement");
    }
    ResultJson.findings(root, findings.violations(), labels, language);
    return root;
  }

  /** A table's rows as {@code lines} ({code, amount}) and its {@code total}; the codes' names go to labels. */
  private static <K extends Enum<K>> void lines(ObjectNode table, String key, Map<K, Money> rows,
      Function<K, String> label, ObjectNode labels, Money total) {
    ArrayNode lines = table.putArray("lines");
    for (Map.Entry<K, Money> e : rows.entrySet()) {
      lines.addObject().put(key, e.getKey().name()).put("amount", amount(e.getValue()));
      labels.put(e.getKey().name(), label.apply(e.getKey()));
    }
    table.put("total", amount(total));
  }

  private static String amount(Money m) {
    return ResultJson.money(Amounts.number(m));
  }
}
