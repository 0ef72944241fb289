package io.github.esfkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code esf claim} on the bundled running-project files and on broken ones. */
class ClaimCommandTest {

  static final String EX = "examples/";

  @TempDir
  Path dir;

  static List<String> args(String attendance, String time, String ledger, String... more) {
    List<String> a = new ArrayList<>(List.of("claim", "--setup", EX + "running-claim-setup.json", "--budget",
        EX + "all-in-budget.json", "--participants", EX + "running-participants.csv", "--attendance", attendance,
        "--time", time, "--ledger", ledger));
    a.addAll(List.of(more));
    return a;
  }

  static CliRun run(List<String> args) {
    return CliRun.esf(args.toArray(new String[0]));
  }

  static List<String> bundled(String... more) {
    return args(EX + "running-attendance.csv", EX + "running-time.csv", EX + "running-ledger.csv", more);
  }

  Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return p;
  }

  @Test
  void theBundledPeriodIsClaimedInEveryFormatAndLanguage() {
    for (String format : new String[] {"text", "markdown", "json"}) {
      for (String lang : new String[] {"sv", "en"}) {
        CliRun r = run(bundled("--format", format, "--lang", lang));
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(r.personnummerLike()).isNull();
        assertThat(r.out).contains(format.equals("json") ? "\"esfThisPeriod\"" : "ESF");
      }
    }
  }

  @Test
  void jsonIsDataValidAgainstItsSchemaAndTheSameInBothLanguages() throws Exception {
    CliRun sv = run(bundled("--format", "json", "--lang", "sv", "--trace", "IMPLEMENTATION/STAFF"));
    CliRun en = run(bundled("--format", "json", "--lang", "en", "--trace", "IMPLEMENTATION/STAFF"));
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(Path.of("../docs/schemas/esfkit-claim-result-1.schema.json")));
    assertThat(schema.validate(sv.out, InputFormat.JSON)).isEmpty();
    assertThat(schema.validate(en.out, InputFormat.JSON)).isEmpty();
    ObjectMapper m = new ObjectMapper();
    ObjectNode a = (ObjectNode) m.readTree(sv.out);
    ObjectNode b = (ObjectNode) m.readTree(en.out);
    assertThat(a.get("labels")).isNotEqualTo(b.get("labels"));
    a.remove("labels");
    b.remove("labels");
    assertThat(a).isEqualTo(b);
    JsonNode trace = a.get("traces").get(0).get("entries");
    assertThat(trace.size()).isPositive();
    assertThat(a.get("format").asText()).isEqualTo("esfkit-claim-result-1");
    assertThat(a.get("aidRate").get("percent").asText()).isEqualTo("46.9835");
  }

  @Test
  void traceListsTheSourceRows() {
    CliRun r = run(bundled("--trace", "PUBLIC_PARTICIPANT_COMPENSATION"));
    assertThat(r.code).isZero();
    assertThat(r.out).contains("running-attendance.csv:2").contains("ATTENDANCE");
    CliRun bad = run(bundled("--trace", "NO_SUCH_LINE"));
    assertThat(bad.code).isEqualTo(2);
  }

  @Test
  void everyErrorOfEveryFileIsReportedWithoutFigures() throws IOException {
    Path att = write("a.csv", "participant_id,month,hours\nAI-0001,2019-13,10\n199001011234,2019-01,5\n"
        + "AI-0002,2019-01,tio\n");
    Path time = write("t.csv", "person_id,employer,function,month,hours\nP-01,212000-1943,Projektledare,2019-01,10\n");
    Path ledger = write("l.csv", "date,section,category,amount,voucher\n2019-01-05,implementation,coffee,10,V1\n"
        + "2019-01-05,implementation,external_services,10\n");
    CliRun r = run(args(att.toString(), time.toString(), ledger.toString()));
    assertThat(r.code).as(r.toString()).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err).contains(att + ":2:month: CSV-MONTH").contains(att + ":3:participant_id: CSV-ID-PERSONNUMMER")
        .contains(att + ":4:hours: CSV-NUMBER").contains(time + ":2:employer: CSV-ORGNR")
        .contains(ledger + ":2:category: CSV-CODE").contains(ledger + ":3: CSV-FIELD-COUNT");
    assertThat(r.personnummerLike()).isNull();
    assertThat(r.err).doesNotContain("at io.github").doesNotContain("Exception");
  }

  @Test
  void aRuleBrokenGivesExitOne() throws IOException {
    Path att = write("a.csv", "participant_id,month,hours\nAI-9999,2019-01,10\nAI-0001,2019-01,-4\n");
    CliRun r = run(args(att.toString(), EX + "running-time.csv", EX + "running-ledger.csv", "--format", "json"));
    assertThat(r.code).as(r.toString()).isEqualTo(1);
    assertThat(r.out).contains("ATT-UNKNOWN-PARTICIPANT").contains("ATT-NEGATIVE-HOURS");
    assertThat(r.personnummerLike()).isNull();
  }

  @Test
  void aBrokenSetupIsReportedWithLineAndColumn() throws IOException {
    Path setup = write("s.json", "{\"format\": \"esfkit-claim-setup-1\", \"period\": {\"first\": \"2019-02-30\"}}");
    CliRun r = CliRun.esf("claim", "--setup", setup.toString(), "--budget", EX + "all-in-budget.json",
        "--participants", EX + "running-participants.csv", "--attendance", EX + "running-attendance.csv");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).contains(setup + ":1:col").contains("JSON-MISSING").contains("JSON-DATE");
  }

  @Test
  void setupAndAttendanceAreRequired() {
    CliRun r = CliRun.esf("claim", "--budget", EX + "all-in-budget.json", "--participants",
        EX + "running-participants.csv", "--attendance", EX + "running-attendance.csv");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.out).isEmpty();
    assertThat(r.err).isEqualTo("esf: a payment claim needs --setup and --attendance\n");
    r = CliRun.esf("claim", "--setup", EX + "running-claim-setup.json", "--budget", EX + "all-in-budget.json",
        "--participants", EX + "running-participants.csv", "--lang", "sv");
    assertThat(r.code).isEqualTo(2);
    assertThat(r.err).isEqualTo("esf: ansökan om utbetalning kräver --setup och --attendance\n");
  }
}
