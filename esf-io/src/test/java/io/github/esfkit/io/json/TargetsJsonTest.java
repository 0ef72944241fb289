package io.github.esfkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.indicators.targets.model.GoalTable;
import io.github.esfkit.io.InputError;
import io.github.esfkit.io.InvalidInputException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The mapping rules of {@code esfkit-targets-1}, one test each, on small documents. */
class TargetsJsonTest {

  static final String SELECTIONS = "\"selections\": ["
      + "{\"id\": \"in\", \"labelSv\": \"inskrivna\", \"labelEn\": \"enrolled\"},"
      + "{\"id\": \"out\", \"labelSv\": \"avslutade\", \"exitedOnly\": true, \"destinations\": [\"employment\"]}]";

  static String criterion(String extra) {
    return "{\"id\": \"G-1.c\", \"textSv\": \"räknas\", \"type\": \"count\", \"counted\": \"out\","
        + " \"population\": \"in\", \"bound\": \"at_least\", \"basis\": \"total\"" + extra + "}";
  }

  static String doc(String project, String selections, String criterion, String more) {
    return "{\"format\": \"esfkit-targets-1\", \"project\": " + project + ", " + selections
        + ", \"goals\": [{\"id\": \"G\", \"kind\": \"project_goal\", \"textSv\": \"Mål\", \"indicators\": ["
        + "{\"id\": \"G-1\", \"textSv\": \"Indikator\", \"notesSv\": [\"not\"], \"criteria\": [" + criterion + "]}]}]"
        + more + "}";
  }

  static final String PROJECT = "{\"id\": \"P1\", \"titleSv\": \"Projekt\", \"subProjects\": [\"Berg\", \"Åre\"]}";

  static String valid() {
    return doc(PROJECT, SELECTIONS, criterion(", \"total\": 10"), "");
  }

  static List<InputError> caught(String json) {
    try {
      TargetsJson.read("t.json", json);
      throw new AssertionError("no exception");
    } catch (InvalidInputException e) {
      return e.errors().kept();
    }
  }

  static List<String> errors(String json) {
    return caught(json).stream().map(InputError::toString).collect(Collectors.toList());
  }

  static List<String> rules(String json) {
    return caught(json).stream().map(InputError::ruleId).collect(Collectors.toList());
  }

  @Test
  void aSmallValidDocumentMaps() throws InvalidInputException {
    TargetsJson.TargetsFile file = TargetsJson.read("t.json", valid());
    GoalTable t = file.table();
    assertThat(t.projectId()).isEqualTo("P1");
    assertThat(t.subProjects()).containsExactly("Berg", "Åre");
    assertThat(t.selections()).containsOnlyKeys("in", "out");
    assertThat(t.selections().get("out").labelEn()).as("labelEn defaults to labelSv").isEqualTo("avslutade");
    assertThat(t.criteria()).hasSize(1);
    assertThat(file.results()).isEmpty();
  }

  @Test
  void writeThenReadGivesTheSameTable() throws InvalidInputException {
    TargetsJson.TargetsFile file = TargetsJson.read("t.json", valid());
    String written = TargetsJson.write(file.table(), file.results(), file.facts(), "test");
    assertThat(TargetsJson.read("t2.json", written).table()).isEqualTo(file.table());
  }

  @Test
  void unknownRootKeyAndWrongFormat() {
    String json = valid().replace("\"format\": \"esfkit-targets-1\"", "\"format\": \"esfkit-targets-2\", \"colour\": 1");
    assertThat(rules(json)).containsExactly("JSON-UNKNOWN-KEY", "JSON-FORMAT");
  }

  @Test
  void theRootMustBeAnObject() {
    assertThat(errors("[]")).containsExactly("t.json:1:col 1: JSON-TYPE $: must be an object, not an array");
  }

  @Test
  void projectIdAndSwedishTitleAreRequired() {
    assertThat(errors(doc("{\"subProjects\": [1]}", SELECTIONS, criterion(", \"total\": 1"), "")))
        .anyMatch(e -> e.contains("JSON-MISSING $.project: key id is missing"))
        .anyMatch(e -> e.contains("JSON-MISSING $.project: key titleSv is missing"))
        .anyMatch(e -> e.contains("JSON-TYPE $.project.subProjects[0]: must be a string"));
  }

  @Test
  void aSelectionIdIsDefinedOnce() {
    String twice = "\"selections\": [{\"id\": \"in\", \"labelSv\": \"a\"}, {\"id\": \"in\", \"labelSv\": \"b\"},"
        + " {\"id\": \"out\", \"labelSv\": \"c\"}]";
    assertThat(errors(doc(PROJECT, twice, criterion(", \"total\": 1"), "")))
        .anyMatch(e -> e.contains("JSON-DUPLICATE-ID") && e.contains("selection 'in' is defined twice"));
  }

  @Test
  void aSelectionNeedsASwedishLabelAndKnownDestinations() {
    String bad = "\"selections\": [{\"id\": \"in\", \"destinations\": [\"moon\"], \"requiredTags\": [3]},"
        + " {\"id\": \"out\", \"labelSv\": \"c\"}]";
    assertThat(rules(doc(PROJECT, bad, criterion(", \"total\": 1"), "")))
        .contains("JSON-MISSING", "JSON-CODE", "JSON-TYPE");
  }

  @Test
  void aCriterionRefersToDefinedSelections() {
    String json = valid().replace("\"counted\": \"out\"", "\"counted\": \"nowhere\"");
    assertThat(errors(json)).anyMatch(e -> e.contains("JSON-UNKNOWN-SELECTION")
        && e.contains("selection 'nowhere' is not defined in selections"));
  }

  @Test
  void aCriterionTypeIsOneOfTheKnown() {
    String json = valid().replace("\"type\": \"count\"", "\"type\": \"vibes\"");
    assertThat(errors(json)).anyMatch(e -> e.contains("JSON-CODE") && e.contains("'vibes' is not a criterion type"));
    assertThat(rules(valid().replace("\"type\": \"count\", ", ""))).contains("JSON-MISSING");
  }

  @Test
  void countTargetsAreNonNegativeWholeNumbersPerKnownGender() {
    assertThat(rules(doc(PROJECT, SELECTIONS, criterion(", \"total\": -3"), ""))).contains("JSON-COUNT");
    assertThat(rules(doc(PROJECT, SELECTIONS, criterion(", \"total\": 2.5"), ""))).contains("JSON-COUNT");
    assertThat(rules(doc(PROJECT, SELECTIONS, criterion(", \"targets\": {\"woman\": 3, \"alien\": 1}"), "")))
        .contains("JSON-UNKNOWN-KEY");
    assertThat(rules(doc(PROJECT, SELECTIONS, criterion(", \"total\": 1e99"), ""))).contains("JSON-NUMBER-RANGE");
  }

  @Test
  void aBoundIsACode() {
    assertThat(errors(valid().replace("\"at_least\"", "\"roughly\"")))
        .anyMatch(e -> e.contains("JSON-CODE") && e.contains("'roughly' is not allowed"));
  }

  @Test
  void aCountCriterionWithoutAnyTargetIsReportedByItsBuilder() {
    assertThat(rules(doc(PROJECT, SELECTIONS, criterion(""), ""))).containsExactly("JSON-INVALID");
  }

  @Test
  void resultsNeedAnAsOfDateAndCountsPerSubProject() {
    String results = ", \"results\": {\"asOf\": \"2022-13-01\", \"counts\": {\"in\": {\"Berg\": {\"women\": -1,"
        + " \"men\": 2, \"cats\": 1}}, \"out\": 5}}";
    assertThat(rules(doc(PROJECT, SELECTIONS, criterion(", \"total\": 1"), results)))
        .contains("JSON-DATE", "JSON-COUNT", "JSON-UNKNOWN-KEY", "JSON-TYPE");
  }

  @Test
  void resultsSectionsMustBeObjects() {
    String results = ", \"results\": {\"asOf\": \"2022-06-30\", \"surveys\": [1], \"milestones\": 3}";
    assertThat(rules(doc(PROJECT, SELECTIONS, criterion(", \"total\": 1"), results)))
        .containsExactly("JSON-TYPE", "JSON-TYPE");
  }

  @Test
  void validResultsMap() throws InvalidInputException {
    String results = ", \"results\": {\"asOf\": \"2022-06-30\", \"counts\": {\"in\": {\"Berg\": {\"women\": 4,"
        + " \"men\": 2}}}}";
    TargetsJson.TargetsFile f = TargetsJson.read("t.json", doc(PROJECT, SELECTIONS, criterion(", \"total\": 1"), results));
    assertThat(f.results()).isPresent();
    assertThat(f.results().get().counts().get("in").bySubProject().get("Berg").women()).isEqualTo(4L);
  }

  @Test
  void factsAreTagListsPerParticipant() {
    String facts = ", \"facts\": {\"tags\": {\"P1\": [\"a\", 2]}}";
    assertThat(errors(doc(PROJECT, SELECTIONS, criterion(", \"total\": 1"), facts)))
        .anyMatch(e -> e.contains("JSON-TYPE $.facts.tags.P1[1]: must be a string"));
  }

  @Test
  void aPersonnummerInAnIdOrTextNeverReachesAMessage() {
    String json = valid().replace("\"counted\": \"out\"", "\"counted\": \"19850312-1231\"")
        .replace("\"type\": \"count\"", "\"type\": \"850312 1231\"");
    assertThat(String.join("\n", errors(json))).doesNotContain("1231");
  }
}
