package io.github.esfkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.budget.BudgetOverview;
import io.github.esfkit.budget.CoFinancier;
import io.github.esfkit.budget.OverviewRow;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.budget.application.Application;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.core.validation.Violation;
import io.github.esfkit.io.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * The application format: a real application's mistakes are findings beside every figure, never a refusal;
 * co-financiers are told apart by organisation number + CFAR number; only unreadable input is refused.
 */
class ApplicationJsonTest {

  /**
   * A small application with three mistakes found in real ones: Exempla kommun's organisation number has a
   * wrong check digit (212000-1941; 212000-1942 is right), Region Exempel's CFAR number is a placeholder
   * (00000000), and the owner is listed among its own co-financiers with its own cash.
   */
  static final String MISTAKES = "{\n"
      + "  \"format\": \"esfkit-application-1\",\n"
      + "  \"call\": {\"name\": \"Exempelutlysning\", \"diarienummer\": \"2016/00486\", \"programmePeriod\": \"2014-2020\",\n"
      + "    \"programmeArea\": \"2\", \"specificObjective\": \"2.1\", \"regions\": [\"ostra_mellansverige\"],\n"
      + "    \"requiredCoFinancingPercent\": \"10.00\", \"allowedFlatRates\": [\"indirect_15_of_staff\"]},\n"
      + "  \"project\": {\"name\": \"Exempel\", \"period\": {\"first\": \"2018-01-01\", \"last\": \"2018-12-31\"},\n"
      + "    \"region\": \"ostra_mellansverige\"},\n"
      + "  \"organisations\": [\n"
      + "    {\"name\": \"Hällefors kommun\", \"organisationsnummer\": \"212000-1942\", \"cfar\": \"19187426\",\n"
      + "     \"kind\": \"municipality\", \"roles\": [\"project_owner\", \"co_financier\"]},\n"
      + "    {\"name\": \"Exempla kommun\", \"organisationsnummer\": \"212000-1941\", \"cfar\": \"27035781\",\n"
      + "     \"kind\": \"municipality\", \"roles\": [\"co_financier\"]},\n"
      + "    {\"name\": \"Region Exempel\", \"organisationsnummer\": \"232100-0164\", \"cfar\": \"00000000\",\n"
      + "     \"kind\": \"region\", \"roles\": [\"co_financier\"]}\n"
      + "  ],\n"
      + "  \"budget\": {\n"
      + "    \"costs\": [{\"section\": \"implementation\", \"category\": \"staff\", \"amount\": 1000000}],\n"
      + "    \"coFinancing\": [\n"
      + "      {\"category\": \"public_cash_owner\", \"amount\": 50000, \"organisationsnummer\": \"212000-1942\", \"cfar\": \"19187426\"},\n"
      + "      {\"category\": \"public_in_kind\", \"subLine\": \"staff\", \"amount\": 60000, \"organisationsnummer\": \"212000-1941\", \"cfar\": \"27035781\"},\n"
      + "      {\"category\": \"public_cash_third_party\", \"amount\": 40000, \"organisationsnummer\": \"232100-0164\", \"cfar\": \"00000000\"}\n"
      + "    ]\n"
      + "  }\n"
      + "}\n";

  private static Application read(String json) throws InvalidInputException {
    return ApplicationJson.read("a.json", json).application();
  }

  @Test
  void mistakesAreFindingsBesideEveryFigure() throws Exception {
    Application a = read(MISTAKES);
    BudgetOverview o = a.overview().orElseThrow();
    // staff 1 000 000 + 15 % indirect = 1 150 000; cash 90 000 → ESF grant 1 060 000; co-financing 150 000
    assertThat(o.totalCosts()).isEqualTo(Sek.of(1_150_000));
    assertThat(o.esfGrant()).isEqualTo(Sek.of(1_060_000));
    assertThat(o.totalCoFinancing()).isEqualTo(Sek.of(150_000));
    assertThat(o.totalFinancing()).isEqualTo(Sek.of(1_210_000));
    assertThat(o.amount(OverviewRow.PUBLIC_CASH_OWNER)).isEqualTo(Sek.of(50_000));
    assertThat(o.requirementStatus()).isEqualTo(io.github.esfkit.budget.RequirementStatus.MET);
    ValidationResult r = a.validate();
    assertThat(r.violations()).extracting(Violation::ruleId, Violation::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple("ORGNR-CHECKSUM", "project.organisations[1].organisation.organisationsnummer"),
        org.assertj.core.groups.Tuple.tuple("CFAR-PLACEHOLDER", "project.organisations[2].workplace.cfar"));
    assertThat(r.violations()).allMatch(v -> v.severity() == io.github.esfkit.core.validation.Severity.ERROR);
    // the owner among the co-financiers is valid: no finding names it
    assertThat(r.violations()).noneMatch(v -> v.messageEn().contains("Hällefors"));
    assertThat(r.violations().get(0).message(Language.SV)).contains("212000-1941");
  }

  @Test
  void theOwnersContributionCountedTwiceIsTheError() throws Exception {
    String twice = MISTAKES.replace("\"amount\": 40000, \"organisationsnummer\": \"232100-0164\", \"cfar\": \"00000000\"",
        "\"amount\": 50000, \"organisationsnummer\": \"212000-1942\", \"cfar\": \"19187426\"");
    ValidationResult r = read(twice).validate();
    assertThat(r.withRule("BUDGET-OWNER-DOUBLE-COUNTED")).hasSize(1);
    assertThat(r.withRule("BUDGET-OWNER-DOUBLE-COUNTED").get(0).path()).isEqualTo("budget.contributions[2]");
  }

  @Test
  void oneOrganisationWithTwoCfarNumbersIsTwoCoFinanciers() throws Exception {
    String two = MISTAKES.replace("    {\"name\": \"Region Exempel\"",
        "    {\"name\": \"Exempla kommun, skolförvaltningen\", \"organisationsnummer\": \"212000-1941\", \"cfar\": \"19467000\",\n"
            + "     \"kind\": \"municipality\", \"roles\": [\"co_financier\"]},\n    {\"name\": \"Region Exempel\"")
        .replace("\"amount\": 40000, \"organisationsnummer\": \"232100-0164\", \"cfar\": \"00000000\"",
            "\"amount\": 40000, \"organisationsnummer\": \"212000-1941\", \"cfar\": \"19467000\"");
    Application a = read(two);
    Map<CoFinancier, Money> by = a.budget().orElseThrow().coFinancingByContributor();
    assertThat(by).hasSize(3);
    List<CoFinancier> exempla = by.keySet().stream().filter(c -> c.organisationsnummerAsPrinted().equals("212000-1941")).toList();
    assertThat(exempla).hasSize(2);
    assertThat(exempla.get(0).isSameOrganisation(exempla.get(1))).isTrue();
    assertThat(exempla.get(0).isSameCoFinancier(exempla.get(1))).isFalse();
    assertThat(by.get(exempla.get(1))).isEqualTo(Sek.of(40_000));
  }

  @Test
  void aBudgetFileIsAnApplicationWithOnlyABudget() throws Exception {
    String budget = "{\"format\": \"esfkit-budget-1\", \"call\": {\"requiredCoFinancingPercent\": \"53\"},\n"
        + " \"costs\": [{\"section\": \"implementation\", \"category\": \"staff\", \"amount\": 100}],\n"
        + " \"coFinancing\": [{\"category\": \"public_cash_third_party\", \"amount\": 10,\n"
        + "   \"contributor\": {\"organisationsnummer\": \"212000-1941\", \"name\": \"X\"}}]}\n";
    Application a = read(budget);
    assertThat(a.project()).isEmpty();
    assertThat(a.requirement().orElseThrow().percent()).isEqualByComparingTo("53");
    assertThat(a.overview().orElseThrow().totalCosts()).isEqualTo(Sek.of(115));
    assertThat(a.validate().violations()).extracting(Violation::ruleId)
        .containsExactly("ORGNR-CHECKSUM", "BUDGET-COFINANCING-BELOW-REQUIREMENT");
  }

  @Test
  void unreadableInputIsRefusedWithEveryError() {
    String bad = MISTAKES.replace("\"amount\": 1000000", "\"amount\": 1000000.5")
        .replace("\"kind\": \"region\"", "\"kind\": \"county\"")
        .replace("\"cfar\": \"00000000\"}\n", "\"cfar\": \"11111111\"}\n");
    assertThatThrownBy(() -> read(bad)).isInstanceOfSatisfying(InvalidInputException.class, e ->
        assertThat(e.errors().kept()).extracting(x -> x.ruleId())
            .contains("JSON-WHOLE-KRONOR", "JSON-CODE", "JSON-REFERENCE"));
  }

  @Test
  void theAllInApplicationFile() throws Exception {
    Application a = ApplicationJson.read(java.nio.file.Path.of("../esf-examples/examples/all-in-application.json"), 100)
        .application();
    assertThat(a.overview().orElseThrow().totalFinancing()).isEqualTo(Sek.of(52_423_478));
    assertThat(a.validate().errors()).extracting(Violation::ruleId).containsExactly("PHASE-GAP", "CFAR-LENGTH");
  }

  /** An ESF+ application with a regional budget and two local budgets (figures invented for the test). */
  static final String REGIONAL_AND_LOCAL = "{\n"
      + "  \"format\": \"esfkit-application-1\",\n"
      + "  \"call\": {\"name\": \"Exempel ESF+\", \"diarienummer\": \"2022/00001\", \"programmePeriod\": \"2021-2027\",\n"
      + "    \"programmeArea\": \"A\", \"specificObjective\": \"4.1.h\", \"specificObjectiveTitle\": \"Aktiv inkludering\",\n"
      + "    \"requiredCoFinancingPercent\": \"46\", \"allowedFlatRates\": [\"other_costs_40_of_staff\"]},\n"
      + "  \"project\": {\"name\": \"Exempel\", \"period\": {\"first\": \"2023-02-01\", \"last\": \"2026-01-31\"}},\n"
      + "  \"organisations\": [\n"
      + "    {\"name\": \"Kommunförbundet Exempel\", \"organisationsnummer\": \"222000-1198\", \"cfar\": \"19187426\",\n"
      + "     \"kind\": \"association_of_municipalities\", \"roles\": [\"project_owner\"]},\n"
      + "    {\"name\": \"Askersunds kommun\", \"organisationsnummer\": \"212000-1983\", \"cfar\": \"27035781\",\n"
      + "     \"kind\": \"municipality\", \"roles\": [\"sub_project\", \"co_financier\"]}\n"
      + "  ],\n"
      + "  \"subProjects\": [\n"
      + "    {\"name\": \"Askersund\", \"organisationsnummer\": \"212000-1983\", \"cfar\": \"27035781\",\n"
      + "     \"plannedParticipants\": {\"total\": 40, \"women\": 20, \"men\": 21, \"coFinancing\": 41},\n"
      + "     \"budget\": {\"programmePeriod\": \"2021-2027\", \"flatRates\": [{\"type\": \"other_costs_40_of_staff\"}],\n"
      + "       \"costs\": [{\"section\": \"implementation\", \"category\": \"staff\", \"amount\": 500000}],\n"
      + "       \"coFinancing\": [{\"category\": \"public_in_kind\", \"subLine\": \"staff\", \"amount\": 100000,\n"
      + "         \"organisationsnummer\": \"212000-1983\", \"cfar\": \"27035781\"}]}},\n"
      + "    {\"name\": \"Degerfors\", \"plannedParticipants\": {\"total\": 10},\n"
      + "     \"budget\": {\"programmePeriod\": \"2021-2027\", \"flatRates\": [{\"type\": \"other_costs_40_of_staff\"}],\n"
      + "       \"costs\": [{\"section\": \"implementation\", \"category\": \"staff\", \"amount\": 100000}],\n"
      + "       \"coFinancing\": []}}\n"
      + "  ],\n"
      + "  \"budget\": {\"programmePeriod\": \"2021-2027\", \"flatRates\": [{\"type\": \"other_costs_40_of_staff\"}],\n"
      + "    \"costs\": [{\"section\": \"implementation\", \"category\": \"staff\", \"amount\": 1000000}],\n"
      + "    \"coFinancing\": [{\"category\": \"public_cash_owner\", \"amount\": 300000,\n"
      + "      \"organisationsnummer\": \"222000-1198\", \"cfar\": \"19187426\"}]},\n"
      + "  \"statedFinancing\": {\"totalFinancing\": 2340000, \"esfGrant\": 1900000}\n"
      + "}\n";

  @Test
  void regionalAndLocalBudgetsAreCheckedAsAWhole() throws Exception {
    Application a = read(REGIONAL_AND_LOCAL);
    // regional: 1 000 000 + 40 % = 1 400 000, cash 300 000 → grant 1 100 000, total 1 400 000
    // Askersund: 700 000, in kind 100 000 → grant 700 000, total 800 000; Degerfors: 140 000, grant 140 000
    assertThat(a.overview().orElseThrow().totalFinancing()).isEqualTo(Sek.of(1_400_000));
    assertThat(a.overview().orElseThrow().lines()).hasSize(16);
    assertThat(a.subProjectOverviews().get("Askersund").totalFinancing()).isEqualTo(Sek.of(800_000));
    var combined = a.combinedFinancing().orElseThrow();
    assertThat(combined.totalFinancing()).isEqualTo(Sek.of(2_340_000));
    assertThat(combined.esfGrant()).isEqualTo(Sek.of(1_940_000));
    ValidationResult r = a.validate();
    assertThat(r.violations()).extracting(Violation::ruleId).containsExactly(
        "SUBPROJECT-PLANNED-GENDER", "SUBPROJECT-COFINANCING-PARTICIPANTS", "APPLICATION-STATED-FINANCING",
        "APPLICATION-BELOW-REQUIREMENT", "OBJECTIVE-TITLE");
    // the parts are not each held to the requirement: only the whole (400 000 of 2 340 000 = 17.09 % < 46 %)
    assertThat(r.hasRule("BUDGET-COFINANCING-BELOW-REQUIREMENT")).isFalse();
    assertThat(r.withRule("APPLICATION-BELOW-REQUIREMENT").get(0).message(Language.SV)).contains("400 000 kr")
        .contains("2 340 000 kr").contains("46,00 %");
  }
}
