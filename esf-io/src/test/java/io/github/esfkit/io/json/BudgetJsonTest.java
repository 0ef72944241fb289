package io.github.esfkit.io.json;

import io.github.esfkit.budget.Amounts;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.budget.Budget;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.io.InputError;
import io.github.esfkit.io.InvalidInputException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The mapping rules of {@code esfkit-budget-1}, one test each, on small documents. */
class BudgetJsonTest {

  static final String OWNER = "{\"organisationsnummer\": \"212000-1942\", \"name\": \"Hällefors kommun\"}";

  static String doc(String costs, String coFinancing, String more) {
    return "{\"format\": \"esfkit-budget-1\", \"title\": \"T\", \"projectOwner\": " + OWNER + ", \"costs\": [" + costs
        + "], \"coFinancing\": [" + coFinancing + "]" + more + "}";
  }

  static final String STAFF = "{\"section\": \"implementation\", \"category\": \"staff\", \"amount\": 1000}";
  static final String CASH = "{\"category\": \"public_cash_owner\", \"amount\": 500, \"contributor\": " + OWNER + "}";

  static List<InputError> caught(String json) {
    try {
      BudgetJson.read("b.json", json);
      throw new AssertionError("no exception");
    } catch (InvalidInputException e) {
      return e.errors().kept();
    }
  }

  static List<String> rules(String json) {
    return caught(json).stream().map(InputError::ruleId).collect(Collectors.toList());
  }

  static String first(String json) {
    return caught(json).get(0).toString();
  }

  @Test
  void aSmallValidBudgetMapsWithTheFormsFlatRateByDefault() throws InvalidInputException {
    BudgetJson.BudgetFile f = BudgetJson.read("b.json", doc(STAFF, CASH, ""));
    Budget b = f.budget();
    assertThat(b.title()).contains("T");
    assertThat(b.costLines()).hasSize(1);
    assertThat(b.costLines().get(0).amount()).contains(Sek.of(1000));
    assertThat(b.contributions()).hasSize(1);
    assertThat(b.flatRates()).hasSize(1);
    assertThat(f.requirement()).isEmpty();
  }

  @Test
  void anEmptyFlatRateListMeansNoFlatRate() throws InvalidInputException {
    assertThat(BudgetJson.read("b.json", doc(STAFF, CASH, ", \"flatRates\": []")).budget().flatRates()).isEmpty();
  }

  @Test
  void unknownKeysAndAWrongFormatAreReported() {
    assertThat(rules(doc(STAFF, CASH, ", \"colour\": 1").replace("esfkit-budget-1", "esfkit-budget-9")))
        .containsExactly("JSON-UNKNOWN-KEY", "JSON-FORMAT");
  }

  @Test
  void costsAndCoFinancingAreRequired() {
    assertThat(rules("{\"format\": \"esfkit-budget-1\"}")).containsExactly("JSON-MISSING", "JSON-MISSING");
  }

  @Test
  void aCostLineHasAnAmountOrUnitsAndUnitPriceNotBoth() {
    String both = "{\"section\": \"implementation\", \"category\": \"staff\", \"amount\": 10, \"units\": 2,"
        + " \"unitPrice\": 5}";
    assertThat(rules(doc(both, CASH, ""))).containsExactly("JSON-AMOUNT");
  }

  @Test
  void unitsTimesUnitPriceIsExact() throws InvalidInputException {
    String line = "{\"section\": \"implementation\", \"category\": \"staff\", \"units\": 2.5, \"unitPrice\": 400}";
    Budget b = BudgetJson.read("b.json", doc(line, CASH, "")).budget();
    assertThat(Amounts.number(b.costLines().get(0).total())).isEqualByComparingTo("1000");
  }

  @Test
  void negativeUnitsAreReported() {
    String line = "{\"section\": \"implementation\", \"category\": \"staff\", \"units\": -1, \"unitPrice\": 400}";
    assertThat(rules(doc(line, CASH, ""))).containsExactly("JSON-NEGATIVE");
  }

  @Test
  void sectionCategoryAndFlatRateAreCodes() {
    String line = "{\"section\": \"later\", \"category\": \"snacks\", \"amount\": 1}";
    assertThat(rules(doc(line, CASH, ", \"flatRates\": [{\"type\": \"most\"}]")))
        .containsExactly("JSON-CODE", "JSON-CODE", "JSON-CODE");
  }

  @Test
  void aSubLineMustBelongToItsCategory() {
    String c = "{\"category\": \"public_cash_owner\", \"subLine\": \"participant_allowance\", \"amount\": 1,"
        + " \"contributor\": " + OWNER + "}";
    assertThat(first(doc(STAFF, c, ""))).contains("JSON-CODE $.coFinancing[0].subLine: this sub-line does not exist"
        + " under public_cash_owner");
  }

  @Test
  void aContributorHasANameAndAWrongCheckDigitIsAFindingNotBadInput() throws InvalidInputException {
    String c = "{\"category\": \"public_cash_owner\", \"amount\": 1, \"contributor\": {\"organisationsnummer\":"
        + " \"212000-1941\", \"name\": \"X\"}}";
    // issue 11: a well-formed number with a wrong check digit is read as printed; validation reports it
    BudgetJson.BudgetFile f = BudgetJson.read("b.json", doc(STAFF, c, ""));
    assertThat(f.budget().contributions().get(0).contributor().organisationsnummerAsPrinted()).isEqualTo("212000-1941");
    assertThat(f.budget().contributions().get(0).contributor().organisationsnummer()).isEmpty();
    String blank = "{\"category\": \"public_cash_owner\", \"amount\": 1, \"contributor\": {\"organisationsnummer\":"
        + " \"212000-1942\", \"name\": \" \"}}";
    assertThat(rules(doc(STAFF, blank, ""))).containsExactly("JSON-MISSING");
  }

  @Test
  void theCallsRequirementIsAPercentBetween0And100WithAValidDiarienummer() throws InvalidInputException {
    assertThat(rules(doc(STAFF, CASH, ", \"call\": {\"requiredCoFinancingPercent\": 101, \"number\": \"x\"}")))
        .contains("JSON-PERCENT", "JSON-DIARIENUMMER");
    BudgetJson.BudgetFile f = BudgetJson.read("b.json", doc(STAFF, CASH,
        ", \"call\": {\"label\": \"Utlysning\", \"number\": \"2016/00486\", \"requiredCoFinancingPercent\": \"53.00\"}"));
    assertThat(f.requirement()).isPresent();
  }

  @Test
  void printedTotalsTakeKnownRowsOnly() throws InvalidInputException {
    assertThat(rules(doc(STAFF, CASH, ", \"printed\": {\"overview\": {\"nonsense\": 1}}")))
        .containsExactly("JSON-UNKNOWN-KEY");
    assertThat(BudgetJson.read("b.json", doc(STAFF, CASH, ", \"printed\": {\"sectionTotals\": {\"implementation\": 1000}}"))
        .budget().printedTotals()).isPresent();
  }

  @Test
  void amountsAreWholeNonNegativeKronorInRange() {
    String frac = "{\"section\": \"implementation\", \"category\": \"staff\", \"amount\": 10.5}";
    String neg = "{\"section\": \"implementation\", \"category\": \"staff\", \"amount\": -10}";
    assertThat(rules(doc(frac + ", " + neg, CASH, ""))).containsExactly("JSON-WHOLE-KRONOR", "JSON-NEGATIVE");
    String huge = "{\"section\": \"implementation\", \"category\": \"staff\", \"amount\": 1e15}";
    assertThat(rules(doc(huge + ", " + huge, CASH, ""))).containsExactly("JSON-NUMBER-RANGE", "JSON-NUMBER-RANGE");
  }

  @Test
  void aFlatRatePercentIsANumber() throws InvalidInputException {
    BudgetJson.BudgetFile f = BudgetJson.read("b.json",
        doc(STAFF, CASH, ", \"flatRates\": [{\"type\": \"indirect_15_of_staff\", \"percent\": 15}]"));
    assertThat(f.budget().flatRates()).hasSize(1);
    assertThat(rules(doc(STAFF, CASH, ", \"flatRates\": [{\"type\": \"indirect_15_of_staff\", \"percent\": \"x\"}]")))
        .containsExactly("JSON-TYPE");
  }

  @Test
  void aTitleWithAPersonnummerIsKeptInTheValueButNeverInToString() throws InvalidInputException {
    Budget b = BudgetJson.read("b.json", doc(STAFF, CASH, "").replace("\"title\": \"T\"",
        "\"title\": \"Projekt 850312-1231\"")).budget();
    assertThat(b.toString()).doesNotContain("1231");
  }
}
