package io.github.esfkit.budget.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.budget.internal.AmountFormat;
import io.github.esfkit.budget.Budget;
import io.github.esfkit.budget.BudgetLine;
import io.github.esfkit.budget.BudgetOverview;
import io.github.esfkit.budget.CoFinancingRequirement;
import io.github.esfkit.budget.CostCategory;
import io.github.esfkit.budget.CostSection;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.budget.eur.Eur;
import io.github.esfkit.core.Language;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetOverviewRendererTest {

  private static final BudgetOverview ALL_IN =
      io.github.esfkit.budget.AllInAccess.budget().overview(CoFinancingRequirement.ofPercent("53.00"));

  @Test
  void swedishOverviewAsTheFormPrintsIt() {
    String text = BudgetOverviewRenderer.renderOverview(ALL_IN, Language.SV);
    List<String> lines = text.lines().toList();
    assertThat(lines).hasSize(18);
    assertThat(lines.get(0)).isEqualTo("Budgetöversikt");
    assertThat(lines.get(1)).startsWith("  Kostnader socialfonden ").endsWith(" 26 032 732 kr");
    assertThat(lines.get(5)).startsWith("  ESF-stöd ").endsWith(" 24 630 399 kr");
    assertThat(lines.get(14)).startsWith("  Summa total finansiering ").endsWith(" 52 423 478 kr");
    assertThat(lines.get(15)).startsWith("  ESF-stöd ").endsWith(" 46,98 %");
    assertThat(lines.get(16)).startsWith("  Budgeterad medfinansiering från projektet ").endsWith(" 53,02 %");
    assertThat(lines.get(17))
        .startsWith("  Krav på medfinansiering från projektet enligt utlysningen: ")
        .endsWith(" 53,00 %");
    // values right-aligned in one column
    assertThat(lines.subList(1, 18)).allSatisfy(l -> assertThat(l).hasSameSizeAs(lines.get(1)));
  }

  @Test
  void englishVariant() {
    String text = BudgetOverviewRenderer.render(ALL_IN, Language.EN);
    assertThat(text)
        .contains("Budget overview")
        .containsPattern("Total costs +26,032,732 SEK")
        .containsPattern("ESF grant +24,630,399 SEK")
        .containsPattern("ESF grant +46\\.98 %")
        .containsPattern("Budgeted co-financing from the project +53\\.02 %")
        .containsPattern("Indirect costs +2,682,861 SEK")
        .containsPattern("Public contribution in kind +10,414,792 SEK")
        .containsPattern("Participant allowance +15,975,954 SEK");
  }

  @Test
  void fullSwedishRenderingHasEverySection() {
    String text = BudgetOverviewRenderer.render(ALL_IN, Language.SV);
    assertThat(text)
        .containsPattern("Kostnader socialfonden \\(Analys- och planeringsfas\\) +2 139 520 kr")
        .containsPattern("  Indirekta kostnader +189 798 kr")
        .containsPattern("Kostnader socialfonden \\(Genomförandefas\\) +23 893 212 kr")
        .containsPattern("  Intäkter +2 714 688 kr")
        .containsPattern("Kostnader regionalfondskaraktär +0 kr")
        .containsPattern("  Lokaler och administration +0 kr")
        .contains("Offentlig medfinansiering\n")
        .contains("Privat medfinansiering\n")
        .containsPattern("    Egeninsats +1 302 333 kr")
        .containsPattern("    Etableringsersättning +0 kr");
  }

  @Test
  void missingRequirementIsShownAsDash() {
    BudgetOverview o =
        Budget.builder()
            .addCostLines(BudgetLine.of(CostSection.IMPLEMENTATION, CostCategory.STAFF, Sek.of(1000)))
            .build()
            .overview();
    assertThat(BudgetOverviewRenderer.renderOverview(o, Language.SV).lines().toList().get(17)).endsWith(" –");
  }

  @Test
  void amountAndPercentFormats() {
    assertThat(AmountFormat.amount(Sek.of(26_032_732), Language.SV)).isEqualTo("26 032 732 kr");
    assertThat(AmountFormat.amount(Sek.of(0), Language.SV)).isEqualTo("0 kr");
    assertThat(AmountFormat.amount(Sek.of(999), Language.SV)).isEqualTo("999 kr");
    assertThat(AmountFormat.amount(Sek.of(1000), Language.EN)).isEqualTo("1,000 SEK");
    assertThat(AmountFormat.amount(Sek.of(-1_443), Language.SV)).isEqualTo("-1 443 kr");
    assertThat(AmountFormat.amount(Sek.parse("1443.3"), Language.SV)).isEqualTo("1 443,30 kr");
    // Money strips trailing zeros: 100.00 must still print as 100 kr
    assertThat(AmountFormat.amount(Sek.of(new BigDecimal("100.00")), Language.SV)).isEqualTo("100 kr");
    assertThat(AmountFormat.amount(org.javamoney.moneta.Money.of(new BigDecimal("2780.5"), Eur.EUR), Language.SV))
        .isEqualTo("2 780,50 EUR");
    assertThat(AmountFormat.percent(new BigDecimal("46.98"), Language.SV)).isEqualTo("46,98 %");
    assertThat(AmountFormat.percent(new BigDecimal("53"), Language.SV)).isEqualTo("53,00 %");
    assertThat(AmountFormat.percent(new BigDecimal("33.0005"), Language.EN)).isEqualTo("33.0005 %");
  }
}
