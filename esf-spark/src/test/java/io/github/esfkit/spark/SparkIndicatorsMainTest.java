package io.github.esfkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.Redaction;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.indicators.common.CommonIndicatorReport;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.esfkit.examples.cli.EsfCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The spark-submit entry point: the single-machine report for valid files (exit 0), with {@code --format json}
 * exactly the JSON of {@code esf indicators --format json} (schema-valid), every input error as
 * {@code file:line:column: RULE-ID message} and no figures for bad files (exit 2), exit 2 for bad usage, and no
 * personnummer of the input in any output.
 */
class SparkIndicatorsMainTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return SparkIndicatorsMain.run(LocalSpark.get(), args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void writesTheReportOfTheSingleMachineFigures() throws Exception {
    Cohort c = Cohort.write(dir, 5, 600, false);
    Path report = dir.resolve("report.md");

    int code = run("--participants", c.participants.toString(), "--events", c.events.toString(), "--period",
        "2014-2020", "--as-of", "2022-06-30", "--partitions", "2", "--lang", "en", "--out", report.toString());

    assertThat(code).isZero();
    String expected = CommonIndicatorReport.markdown(
        c.singleMachine(ProgrammePeriod.ESF_2014_2020, LocalDate.of(2022, 6, 30)), Language.EN, true);
    assertThat(Files.readString(report)).isEqualTo(expected).contains("CO01");
    assertThat(Redaction.containsIdentityNumber(Files.readString(report) + err)).isFalse();
  }

  @Test
  void writesTheJsonOfTheCommandLineExactly() throws Exception {
    Cohort c = Cohort.write(dir, 7, 800, true);
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(
        Files.readString(Path.of("../docs/schemas/esfkit-indicators-result-1.schema.json")), InputFormat.JSON);
    for (String lang : new String[] {"sv", "en"}) {
      for (boolean bySubProject : new boolean[] {true, false}) {
        String[] common = {"--participants", c.participants.toString(), "--events", c.events.toString(), "--period",
            "2021-2027", "--as-of", "2022-06-30", "--format", "json", "--lang", lang};
        String[] extra = bySubProject ? new String[] {"--by-sub-project"} : new String[0];
        out.reset();
        int code = run(concat(common, concat(new String[] {"--partitions", "3"}, extra)));
        String spark = out.toString(StandardCharsets.UTF_8);

        StringWriter cliOut = new StringWriter();
        StringWriter cliErr = new StringWriter();
        int cliCode = EsfCli.execute(concat(new String[] {"indicators"}, concat(common, extra)),
            new PrintWriter(cliOut), new PrintWriter(cliErr));

        assertThat(cliCode).as(cliErr.toString()).isZero();
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(cliCode);
        assertThat(spark).as("--lang %s, by sub-project %s", lang, bySubProject).isEqualTo(cliOut.toString())
            .startsWith("{\n  \"format\" : \"esfkit-indicators-result-1\"").contains("\"EECO01\"");
        assertThat(spark.contains("\"subProjects\"")).isEqualTo(bySubProject);
        assertThat(schema.validate(spark, InputFormat.JSON)).as(spark).isEmpty();
        assertThat(Redaction.containsIdentityNumber(spark)).isFalse();
      }
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void badInputGivesEveryErrorAndNoFigures() {
    Path bad = Path.of("src/test/resources/bad-input/values").toAbsolutePath();

    int code = run("--participants", bad.resolve("participants.csv").toString(), "--period", "2014-2020",
        "--as-of", "2022-06-30");

    assertThat(code).isEqualTo(2);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    String[] lines = err.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSizeGreaterThan(3)
        .allMatch(l -> l.matches(".*participants\\.csv(:\\d+(:[^ ]*)?)?: [A-Z0-9-]+ .+"), "file:line:column: RULE-ID message");
    assertThat(Redaction.containsIdentityNumber(err.toString(StandardCharsets.UTF_8))).isFalse();
  }

  @Test
  void badUsageIsExitTwo() {
    assertThat(run("--participants")).isEqualTo(2);
    assertThat(run("--participants", "p.csv", "--period", "2000-2006", "--as-of", "2022-06-30")).isEqualTo(2);
    assertThat(run("--participants", "p.csv", "--period", "2014-2020", "--as-of", "2022-13-01")).isEqualTo(2);
    assertThat(run("--period", "2014-2020", "--as-of", "2022-06-30")).isEqualTo(2);
    assertThat(run("--participants", "p.csv", "--period", "2014-2020", "--as-of", "2022-06-30", "--format", "xml"))
        .isEqualTo(2);
  }
}
