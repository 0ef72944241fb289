package io.github.esfkit.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Builds All In from its inputs and reproduces every line of {@code all-in-budget.tsv}. */
class AllInGoldenTest {

  private final BudgetOverview overview = AllIn.budget().overview(AllIn.REQUIREMENT);

  @Test
  void reproducesEveryLineOfTheForm() throws IOException {
    List<String[]> rows = readFixture();
    assertThat(rows).hasSize(64);
    int overviewIndex = 0;
    int checked = 0;
    for (String[] row : rows) {
      String section = row[0];
      String label = row[1];
      BigDecimal expected = new BigDecimal(row[2]);
      BigDecimal actual;
      if (section.equals("Budgetöversikt")) {
        OverviewLine line = overview.lines().get(overviewIndex++);
        assertThat(line.row().label(Language.SV)).as("overview row %s", overviewIndex).isEqualTo(label);
        actual = line.amount().map(Amounts::number).orElseGet(() -> line.percent().orElseThrow());
      } else if (section.equals("Kostnader")) {
        actual = Amounts.number(overview.costTable(costSection(label)).total());
      } else if (isCostSection(section)) {
        CostTable table = overview.costTable(costSection(section));
        actual = Amounts.number(table.amount(costCategory(label)));
      } else if (section.equals("Offentlig medfinansiering") || section.equals("Privat medfinansiering")) {
        CoFinancingCategory category = coFinancingCategory(label);
        assertThat(category.groupLabel(Language.SV)).isEqualTo(section);
        actual = Amounts.number(overview.coFinancing(category));
      } else {
        CoFinancingCategory category = coFinancingCategory(section);
        CoFinancingSubLine subLine =
            category.subLines().stream().filter(s -> s.label(Language.SV).equals(label)).findFirst().orElseThrow();
        actual = Amounts.number(overview.coFinancingTable(category).amount(subLine));
      }
      assertThat(actual).as("%s / %s", section, label).isEqualByComparingTo(expected);
      checked++;
    }
    assertThat(overviewIndex).isEqualTo(17);
    assertThat(checked).isEqualTo(rows.size());
  }

  @Test
  void headlineFigures() {
    assertThat(overview.costTable(CostSection.ANALYSIS_AND_PLANNING).amount(CostCategory.INDIRECT_COSTS))
        .isEqualTo(Sek.of(189_798));
    assertThat(overview.costTable(CostSection.IMPLEMENTATION).amount(CostCategory.INDIRECT_COSTS))
        .isEqualTo(Sek.of(2_682_861));
    assertThat(overview.esfGrant()).isEqualTo(Sek.of(24_630_399));
    assertThat(overview.totalFinancing()).isEqualTo(Sek.of(52_423_478));
    assertThat(RoundingPolicy.PERCENT_DISPLAY.percentOf(overview.esfShare())).isEqualByComparingTo("46.98");
    assertThat(RoundingPolicy.PERCENT_DISPLAY.percentOf(overview.coFinancingShare())).isEqualByComparingTo("53.02");
    assertThat(overview.requirementStatus()).isEqualTo(RequirementStatus.MET);
    // B10: total financing also equals total costs + in kind + participant compensation
    assertThat(overview.totalFinancing())
        .isEqualTo(
            overview.totalCosts()
                .add(overview.coFinancing(CoFinancingCategory.PUBLIC_IN_KIND))
                .add(overview.coFinancing(CoFinancingCategory.PRIVATE_IN_KIND))
                .add(overview.coFinancing(CoFinancingCategory.PUBLIC_PARTICIPANT_COMPENSATION)));
  }

  @Test
  void allInIsValidAgainstItsCallAndItsPrintedTotals() {
    Budget withPrinted =
        AllIn.builder()
            .printedTotals(
                PrintedTotals.builder()
                    .putSectionTotals(CostSection.ANALYSIS_AND_PLANNING, Sek.of(2_139_520))
                    .putSectionTotals(CostSection.IMPLEMENTATION, Sek.of(23_893_212))
                    .putAmounts(OverviewRow.TOTAL_COSTS, Sek.of(26_032_732))
                    .putAmounts(OverviewRow.ESF_GRANT, Sek.of(24_630_399))
                    .putAmounts(OverviewRow.TOTAL_FINANCING, Sek.of(52_423_478))
                    .putPercents(OverviewRow.ESF_GRANT_SHARE, new BigDecimal("46.98"))
                    .putPercents(OverviewRow.CO_FINANCING_SHARE, new BigDecimal("53.02"))
                    .build())
            .build();
    assertThat(withPrinted.validate(AllIn.REQUIREMENT).violations()).isEmpty();
  }

  private static boolean isCostSection(String label) {
    for (CostSection s : CostSection.values()) {
      if (s.label(Language.SV).equals(label)) {
        return true;
      }
    }
    return false;
  }

  private static CostSection costSection(String label) {
    for (CostSection s : CostSection.values()) {
      if (s.label(Language.SV).equals(label)) {
        return s;
      }
    }
    throw new AssertionError("no cost section " + label);
  }

  private static CostCategory costCategory(String label) {
    for (CostCategory c : CostCategory.values()) {
      if (c.label(Language.SV).equals(label)) {
        return c;
      }
    }
    throw new AssertionError("no cost category " + label);
  }

  private static CoFinancingCategory coFinancingCategory(String label) {
    for (CoFinancingCategory c : CoFinancingCategory.values()) {
      if (c.label(Language.SV).equals(label)) {
        return c;
      }
    }
    throw new AssertionError("no co-financing category " + label);
  }

  static List<String[]> readFixture() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = AllInGoldenTest.class.getResourceAsStream("/all-in-budget.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = r.readLine();
      assertThat(header).isEqualTo("section\tline\tamount_sek");
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          rows.add(line.split("\t", -1));
        }
      }
    }
    return rows;
  }
}
