package io.github.esfkit.io.json;

import static io.github.esfkit.io.json.ApplicationJsonTest.MISTAKES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.io.InputError;
import io.github.esfkit.io.InvalidInputException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each mapping rule of the application format broken once: one change to a file that reads (the mistakes file
 * of {@link ApplicationJsonTest}, whose mistakes are findings, not bad input), reported at its JSON path.
 */
class ApplicationJsonRulesTest {

  private static List<String> errors(String json) {
    try {
      ApplicationJson.read("a.json", json);
    } catch (InvalidInputException e) {
      return e.errors().kept().stream().map(InputError::toString).collect(Collectors.toList());
    }
    throw new AssertionError("accepted");
  }

  @Test
  void theUnchangedFileReads() throws Exception {
    assertThat(ApplicationJson.read("a.json", MISTAKES).application().project().orElseThrow().name()).isEqualTo("Exempel");
  }

  @ParameterizedTest(name = "{0}: {3}")
  @CsvSource(delimiter = '|', textBlock = """
      JSON-FORMAT      | "esfkit-application-1"        | "esfkit-application-2"         | $.format: format must be esfkit-application-1 or esfkit-budget-1
      JSON-OWNER       | "project_owner", "co_financier" | "co_financier"               | $.organisations: exactly one organisation must have the role project_owner, not 0
      JSON-DATE-ORDER  | "last": "2018-12-31"          | "last": "2017-12-31"           | $.project.period.last: the last day is before the first day
      JSON-CODE        | "programmeArea": "2"          | "programmeArea": "9"           | $.call.programmeArea: unknown programme area '9'
      JSON-CODE        | "specificObjective": "2.1"    | "specificObjective": "7.7"     | $.call.specificObjective: unknown specific objective '7.7'
      JSON-CODE        | "regions": ["ostra_mellansverige"] | "regions": ["mars"]       | $.call.regions[0]: 'mars' is not allowed
      JSON-CODE        | "roles": ["co_financier"]}, | "roles": ["sponsor"]},         | $.organisations[1].roles[0]: 'sponsor' is not allowed
      JSON-TYPE        | "regions": ["ostra_mellansverige"] | "regions": [7]            | $.call.regions[0]: must be a code (string)
      JSON-TYPE        | "period": {"first"            | "period": 2018, "x": {"first"  | $.project.period: must be an object with first and last
      JSON-PERCENT     | "requiredCoFinancingPercent": "10.00" | "requiredCoFinancingPercent": "100.01" | $.call.requiredCoFinancingPercent: must be between 0 and 100
      JSON-MISSING     | "name": "Region Exempel"      | "name": " "                    | $.organisations[2].name: the name must not be blank
      JSON-REFERENCE   | "amount": 40000, "organisationsnummer": "232100-0164" | "amount": 40000, "organisationsnummer": "232100-0172" | $.budget.coFinancing[2].organisationsnummer: no organisation of the file has this organisation number and CFAR number
      JSON-DIARIENUMMER | "diarienummer": "2016/00486" | "diarienummer": "2016-486"     | $.call.diarienummer
      """)
  void eachRuleIsReportedAtItsPath(String rule, String from, String to, String expected) {
    String broken = MISTAKES.replace(from, to);
    assertThat(broken).as("the change applies").isNotEqualTo(MISTAKES);
    List<String> found = errors(broken);
    assertThat(found).as(String.join("\n", found)).anyMatch(e -> e.contains(rule + " " + expected));
  }

  private static final String SUB_PROJECTS = "  \"subProjects\": [\n"
      + "    {\"name\": \"Hällefors\", \"municipality\": \"Hällefors\", \"organisationsnummer\": \"212000-1942\","
      + " \"cfar\": \"19187426\",\n"
      + "     \"plannedParticipants\": {\"total\": 40, \"women\": 20, \"men\": 20, \"coFinancing\": 10}}\n"
      + "  ],\n";

  private static String withSubProjects(String subProjects) {
    return MISTAKES.replace("  \"budget\": {", subProjects + "  \"budget\": {");
  }

  @Test
  void subProjectsAndTheirRules() throws Exception {
    assertThat(ApplicationJson.read("a.json", withSubProjects(SUB_PROJECTS)).application().project().orElseThrow().subProjects())
        .singleElement().satisfies(s -> {
          assertThat(s.name()).isEqualTo("Hällefors");
          assertThat(s.plannedParticipants()).hasValue(40);
        });
    assertThat(errors(withSubProjects(SUB_PROJECTS.replace("\"cfar\": \"19187426\"", "\"cfar\": \"11111111\""))))
        .anyMatch(e -> e.contains("JSON-REFERENCE $.subProjects[0].organisationsnummer"));
    assertThat(errors(withSubProjects(SUB_PROJECTS.replace("\"total\": 40", "\"total\": -1"))))
        .anyMatch(e -> e.contains("JSON-COUNT $.subProjects[0].plannedParticipants.total: must be a whole number "
            + "from 0 to 100 000 000"));
    assertThat(errors(withSubProjects(SUB_PROJECTS.replace("\"women\": 20", "\"women\": 2.5"))))
        .anyMatch(e -> e.contains("JSON-COUNT $.subProjects[0].plannedParticipants.women"));
  }

  @Test
  void aSubProjectWithTwoBudgetsIsReported() {
    String budget = "\"budget\": {\"costs\": [{\"section\": \"implementation\", \"category\": \"staff\", \"amount\": 1}],"
        + " \"coFinancing\": []}";
    String one = "    {\"name\": \"Nora\", " + budget + "}";
    String subs = "  \"subProjects\": [\n" + one + ",\n" + one + "\n  ],\n";
    assertThat(errors(withSubProjects(subs))).anyMatch(e -> e.contains("JSON-DUPLICATE-ID $.subProjects[1].name: "
        + "the sub-project is given twice"));
  }

  @Test
  void twoOwnersAreAsWrongAsNone() {
    String two = MISTAKES.replace("\"roles\": [\"co_financier\"]},\n    {\"name\": \"Region",
        "\"roles\": [\"project_owner\"]},\n    {\"name\": \"Region");
    assertThat(errors(two)).anyMatch(e -> e.contains("JSON-OWNER $.organisations: exactly one organisation must have "
        + "the role project_owner, not 2"));
  }

  @Test
  void phasesAndPlannedParticipantsOfTheProject() throws Exception {
    String withPhases = MISTAKES.replace("\"region\": \"ostra_mellansverige\"}",
        "\"region\": \"ostra_mellansverige\",\n    \"phases\": [{\"kind\": \"implementation\", \"first\": \"2018-01-01\","
            + " \"last\": \"2018-12-31\", \"statedMonths\": 12}],\n"
            + "    \"plannedParticipants\": {\"total\": 100, \"women\": 60, \"men\": 40, \"kind\": \"target\"}}");
    assertThat(withPhases).isNotEqualTo(MISTAKES);
    var project = ApplicationJson.read("a.json", withPhases).application().project().orElseThrow();
    assertThat(project.phases()).singleElement().satisfies(p -> assertThat(p.statedMonths()).hasValue(12));
    assertThat(project.plannedParticipants()).isPresent();
    assertThat(errors(withPhases.replace("\"kind\": \"target\"", "\"kind\": \"wish\"")))
        .anyMatch(e -> e.contains("JSON-CODE $.project.plannedParticipants.kind"));
    assertThat(errors(withPhases.replace("\"kind\": \"implementation\"", "\"kind\": \"rest\"")))
        .anyMatch(e -> e.contains("JSON-CODE $.project.phases[0].kind"));
  }

  @Test
  void anEmbeddedGoalTableIsReadAndItsErrorsJoinTheFilesErrors() throws Exception {
    String targets = ",\n  \"targets\": {\"format\": \"esfkit-targets-1\", \"project\": {\"id\": \"X\", \"titleSv\": \"X\"},"
        + " \"selections\": [], \"goals\": []}\n}\n";
    String with = MISTAKES.substring(0, MISTAKES.lastIndexOf('}')).stripTrailing() + targets;
    assertThat(ApplicationJson.read("a.json", with).goalTable()).isPresent();
    assertThat(errors(with.replace("\"goals\": []", "\"goals\": 3")))
        .anyMatch(e -> e.contains("JSON-TYPE $.targets.goals: must be an array"));
  }

  @Test
  void everyErrorOfTheFileIsReportedAtOnce() {
    String broken = MISTAKES.replace("\"programmeArea\": \"2\"", "\"programmeArea\": \"9\"")
        .replace("\"last\": \"2018-12-31\"", "\"last\": \"2017-12-31\"")
        .replace("\"amount\": 1000000", "\"amount\": 1000000.5");
    assertThat(errors(broken)).extracting(e -> e.split(" ")[2])
        .contains("JSON-CODE", "JSON-WHOLE-KRONOR");
  }
}
