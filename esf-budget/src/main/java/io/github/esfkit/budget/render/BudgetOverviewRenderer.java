package io.github.esfkit.budget.render;

import io.github.esfkit.budget.BudgetOverview;
import io.github.esfkit.budget.CoFinancingCategory;
import io.github.esfkit.budget.CoFinancingSubLine;
import io.github.esfkit.budget.CoFinancingTable;
import io.github.esfkit.budget.CostCategory;
import io.github.esfkit.budget.CostTable;
import io.github.esfkit.budget.OverviewLine;
import io.github.esfkit.budget.internal.AmountFormat;
import io.github.esfkit.core.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Prints a {@link BudgetOverview} as the form does: the Budgetöversikt (17 rows), the cost sections and
 * the co-financing tables, labels left, values right-aligned. Swedish: {@code 26 032 732 kr},
 * {@code 46,98 %}; English: {@code 26,032,732 SEK}, {@code 46.98 %}; EUR amounts with two decimals.
 * Lines end with {@code \n}. Stateless and thread-safe.
 */
public final class BudgetOverviewRenderer {

  private static final String INDENT = "  ";

  private BudgetOverviewRenderer() {}

  /** The whole overview: Budgetöversikt, cost sections, co-financing. */
  public static String render(BudgetOverview overview, Language language) {
    Objects.requireNonNull(overview, "overview");
    Objects.requireNonNull(language, "language");
    List<String[]> rows = new ArrayList<>();
    overviewRows(overview, language, rows);
    rows.add(null);
    for (CostTable table : overview.costTables()) {
      rows.add(new String[] {table.section().label(language), AmountFormat.amount(table.total(), language)});
      for (Map.Entry<CostCategory, org.javamoney.moneta.Money> e : table.rows().entrySet()) {
        rows.add(new String[] {INDENT + e.getKey().label(language), AmountFormat.amount(e.getValue(), language)});
      }
    }
    String group = null;
    for (CoFinancingTable table : overview.coFinancingTables()) {
      CoFinancingCategory category = table.category();
      if (!category.groupLabel(language).equals(group)) {
        group = category.groupLabel(language);
        rows.add(null);
        rows.add(new String[] {group, ""});
      }
      rows.add(new String[] {INDENT + category.label(language), AmountFormat.amount(table.total(), language)});
      for (Map.Entry<CoFinancingSubLine, org.javamoney.moneta.Money> e : table.rows().entrySet()) {
        rows.add(new String[] {
          INDENT + INDENT + e.getKey().label(language), AmountFormat.amount(e.getValue(), language)
        });
      }
    }
    return layout(rows);
  }

  /** Only the Budgetöversikt: its title and the 17 rows. */
  public static String renderOverview(BudgetOverview overview, Language language) {
    Objects.requireNonNull(overview, "overview");
    Objects.requireNonNull(language, "language");
    List<String[]> rows = new ArrayList<>();
    overviewRows(overview, language, rows);
    return layout(rows);
  }

  private static void overviewRows(BudgetOverview overview, Language language, List<String[]> rows) {
    rows.add(new String[] {language.pick("Budgetöversikt", "Budget overview"), ""});
    for (OverviewLine line : overview.lines()) {
      String value =
          line.amount().isPresent()
              ? AmountFormat.amount(line.amount().get(), language)
              : line.percent().map(p -> AmountFormat.percent(p, language)).orElse("–");
      rows.add(new String[] {INDENT + line.row().label(language), value});
    }
  }

  private static String layout(List<String[]> rows) {
    int labelWidth = 0;
    int valueWidth = 0;
    for (String[] row : rows) {
      if (row != null) {
        labelWidth = Math.max(labelWidth, row[0].length());
        valueWidth = Math.max(valueWidth, row[1].length());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String[] row : rows) {
      if (row == null) {
        sb.append('\n');
        continue;
      }
      if (row[1].isEmpty()) {
        sb.append(row[0]).append('\n');
        continue;
      }
      sb.append(row[0]);
      sb.append(" ".repeat(labelWidth - row[0].length() + 2 + valueWidth - row[1].length()));
      sb.append(row[1]).append('\n');
    }
    return sb.toString();
  }
}
