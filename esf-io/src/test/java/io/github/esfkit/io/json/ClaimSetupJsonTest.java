package io.github.esfkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.budget.Budget;
import io.github.esfkit.budget.BudgetLine;
import io.github.esfkit.budget.CostCategory;
import io.github.esfkit.budget.CostSection;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.budget.claim.ClaimSetup;
import io.github.esfkit.core.project.PhaseKind;
import io.github.esfkit.io.InputError;
import io.github.esfkit.io.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The claim set-up format ({@code esfkit-claim-setup-1}): a valid set-up is read into the claim's parts, and
 * each mapping rule is broken once, by one change to that valid file, and reported where it is broken.
 */
class ClaimSetupJsonTest {

  /** A small valid set-up; each rule test below changes one piece of it. */
  static final String VALID = "{\n"
      + "  \"format\": \"esfkit-claim-setup-1\",\n"
      + "  \"project\": {\"name\": \"Exempel\", \"owner\": {\"organisationsnummer\": \"212000-1942\", \"name\": \"Hällefors kommun\"},\n"
      + "    \"programmePeriod\": \"2014-2020\", \"first\": \"2018-01-01\", \"last\": \"2019-12-31\",\n"
      + "    \"phases\": [{\"kind\": \"implementation\", \"first\": \"2018-01-01\", \"last\": \"2019-12-31\"}]},\n"
      + "  \"period\": {\"first\": \"2019-01-01\", \"last\": \"2019-06-30\"},\n"
      + "  \"coFinanciers\": [{\"organisationsnummer\": \"212000-1983\", \"name\": \"Askersunds kommun\", \"cfar\": \"19187426\","
      + " \"inKind\": \"public_in_kind\"}],\n"
      + "  \"allowancePayers\": {\"Askersund\": \"212000-1983\"},\n"
      + "  \"staffCosts\": {\"model\": \"unit_cost_per_hour\", \"perHourByFunction\": {\"Projektledare\": \"402\"}},\n"
      + "  \"participantRates\": {\"ageGroups\": [\"18-24\", \"25-64\"],\n"
      + "    \"rates\": [{\"startYear\": 2018, \"group\": \"18-24\", \"perHour\": \"48.50\"}]},\n"
      + "  \"lateEntryBanMonths\": 3,\n"
      + "  \"attendance\": {\"hoursPerWeekday\": 8, \"decimals\": 2},\n"
      + "  \"startYear\": 2018\n"
      + "}\n";

  private static List<String> errors(String json) {
    try {
      ClaimSetupJson.read("s.json", json);
    } catch (InvalidInputException e) {
      return e.errors().kept().stream().map(InputError::toString).collect(Collectors.toList());
    }
    throw new AssertionError("accepted: " + json);
  }

  private static Budget budget() {
    return Budget.builder().addCostLines(BudgetLine.of(CostSection.IMPLEMENTATION, CostCategory.STAFF, "", Sek.of(1000)))
        .build();
  }

  @Test
  void aValidSetUpIsReadIntoTheClaimsParts() throws Exception {
    ClaimSetupJson.SetupFile file = ClaimSetupJson.read("s.json", VALID);
    assertThat(file.project().name()).isEqualTo("Exempel");
    assertThat(file.project().phases()).hasSize(1);
    assertThat(file.project().phases().get(0).kind()).isEqualTo(PhaseKind.IMPLEMENTATION);
    ClaimSetup setup = file.setup(budget(), Optional.empty());
    assertThat(setup.period().getStart()).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(setup.period().getEnd()).isEqualTo(LocalDate.of(2019, 7, 1));
    assertThat(setup.coFinanciers()).hasSize(1);
    assertThat(setup.coFinanciers().get(0).name()).isEqualTo("Askersunds kommun");
    assertThat(setup.allowancePayers()).containsOnlyKeys("Askersund");
    assertThat(setup.lateEntryBanMonths()).hasValue(3);
    assertThat(setup.owner().name()).isEqualTo("Hällefors kommun");
  }

  @Test
  void theBundledSetUpIsRead() throws Exception {
    java.nio.file.Path p = java.nio.file.Path.of("../esf-examples/examples/running-claim-setup.json");
    ClaimSetupJson.SetupFile file = ClaimSetupJson.read(p, 100);
    assertThat(file.project().phases()).hasSize(3);
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(p)) {
      assertThat(ClaimSetupJson.read("setup.json", in, 100).project()).isEqualTo(file.project());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      JSON-FORMAT            | "esfkit-claim-setup-1"                | "esfkit-claim-setup-9"       | s.json:2:col 13: JSON-FORMAT $.format: format must be esfkit-claim-setup-1
      JSON-UNKNOWN-KEY       | "attendance": {                      | "x": 1, "attendance": {       | JSON-UNKNOWN-KEY $.x: unknown key
      JSON-MISSING           | "period": {"first": "2019-01-01", "last": "2019-06-30"}, | | s.json:1:col 1: JSON-MISSING $: key period is missing
      JSON-CODE              | "programmePeriod": "2014-2020"        | "programmePeriod": "2007-2013" | JSON-CODE $.project.programmePeriod
      JSON-ORGNR             | "212000-1983", "name": "Askersunds   | "212000-1984", "name": "Askersunds | JSON-ORGNR $.coFinanciers[0].organisationsnummer
      JSON-CFAR              | "cfar": "19187426"                    | "cfar": "1918742"            | JSON-CFAR $.coFinanciers[0].cfar
      JSON-AGE-GROUP         | "25-64"                               | "64-25"                      | JSON-AGE-GROUP $.participantRates.ageGroups[1]
      JSON-RANGE             | "lateEntryBanMonths": 3               | "lateEntryBanMonths": 61     | JSON-RANGE $.lateEntryBanMonths: must be a whole number 1-60
      JSON-DATE              | "last": "2019-06-30"                  | "last": "2019-06-31"         | JSON-DATE $.period.last: must be a date YYYY-MM-DD
      JSON-TYPE              | "allowancePayers": {"Askersund": "212000-1983"} | "allowancePayers": {"Askersund": 2120001983} | JSON-TYPE $.allowancePayers.Askersund: must be a string
      """)
  void eachRuleIsReportedWhereItIsBroken(String rule, String from, String to, String expected) {
    String broken = VALID.replace(from, to == null ? "" : to);
    assertThat(broken).as("the change applies").isNotEqualTo(VALID);
    List<String> found = errors(broken);
    assertThat(found).as(String.join("\n", found)).anyMatch(e -> e.contains(expected));
    assertThat(found).as(String.join("\n", found)).allMatch(e -> e.contains(rule));
  }

  @Test
  void rangeRules() {
    assertThat(errors(VALID.replace("\"startYear\": 2018\n", "\"startYear\": 1999\n")))
        .containsExactly("s.json:1:col 1: JSON-RANGE $: the start year must be a year 2000-2100");
    assertThat(errors(VALID.replace("\"perHour\": \"48.50\"", "\"perHour\": \"-1\"")))
        .singleElement().asString().contains("JSON-RANGE $.participantRates.rates[0]: perHour must be 0-999 999 999 kr");
    assertThat(errors(VALID.replace("\"Projektledare\": \"402\"", "\"Projektledare\": \"1000000000000\"")))
        .singleElement().asString().contains("JSON-RANGE $.staffCosts.perHourByFunction.Projektledare");
    assertThat(errors(VALID.replace("\"hoursPerWeekday\": 8", "\"hoursPerWeekday\": 25")))
        .singleElement().asString().contains("JSON-RANGE $.attendance: hoursPerWeekday must be within (0, 24]");
    assertThat(errors(VALID.replace("\"decimals\": 2", "\"decimals\": 2.5")))
        .singleElement().asString().contains("JSON-RANGE $.attendance");
    assertThat(errors(VALID.replace("\"first\": \"2019-01-01\"", "\"first\": \"2019-07-01\"")))
        .singleElement().asString().contains("JSON-DATE-ORDER $.period.last: the last day is before the first day");
  }

  @Test
  void staffModels() throws Exception {
    for (String model : List.of("annual_gross_cost:annualByPerson", "monthly_salary:monthlyByPerson")) {
      String[] m = model.split(":");
      String json = VALID.replace("\"model\": \"unit_cost_per_hour\", \"perHourByFunction\"",
          "\"model\": \"" + m[0] + "\", \"rounding\": \"cent_half_up\", \"" + m[1] + "\"");
      assertThat(ClaimSetupJson.read("s.json", json).setup(budget(), Optional.empty()).staffCosts()).isNotNull();
    }
    assertThat(errors(VALID.replace("unit_cost_per_hour", "hourly")))
        .singleElement().asString().contains("JSON-CODE $.staffCosts.model: 'hourly' is not allowed; allowed: "
            + "unit_cost_per_hour, annual_gross_cost, monthly_salary");
    assertThat(errors(VALID.replace("\"perHourByFunction\"", "\"annualByPerson\"")))
        .anyMatch(e -> e.contains("JSON-MISSING $.staffCosts: key perHourByFunction is missing"));
  }

  @Test
  void anInKindCategoryMustBeOneThatIsInKind() {
    assertThat(errors(VALID.replace("\"inKind\": \"public_in_kind\"", "\"inKind\": \"public_cash_owner\"")))
        .singleElement().asString().contains("JSON-CODE $.coFinanciers[0].inKind: 'public_cash_owner' is not allowed");
  }

  @Test
  void anOwnerWithABlankNameIsReportedNotLostInAnException() {
    // before: the blank name was dropped without a report, and the read ended in NoSuchElementException
    assertThat(errors(VALID.replace("\"name\": \"Hällefors kommun\"", "\"name\": \" \"")))
        .singleElement().asString().contains("JSON-MISSING $.project.owner.name: the name must not be blank");
  }

  @Test
  void everyProblemOfTheFileIsReportedAtOnce() {
    String broken = VALID.replace("\"esfkit-claim-setup-1\"", "\"x\"").replace("\"1918742", "\"1918742X")
        .replace("\"64-25\"", "\"64-25\"").replace("\"lateEntryBanMonths\": 3", "\"lateEntryBanMonths\": 0")
        .replace("\"25-64\"", "\"x\"");
    assertThat(errors(broken)).extracting(e -> e.split(" ")[2])
        .containsExactly("JSON-FORMAT", "JSON-CFAR", "JSON-AGE-GROUP", "JSON-RANGE");
  }

  @Test
  void aDocumentThatIsNoObjectIsRefused() {
    assertThatThrownBy(() -> ClaimSetupJson.read("s.json", "[]")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("JSON-TYPE $: must be an object, not an array");
  }
}
