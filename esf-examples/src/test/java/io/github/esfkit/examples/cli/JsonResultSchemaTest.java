package io.github.esfkit.examples.cli;

import static io.github.esfkit.examples.cli.CliRun.esf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command's {@code --format json} output is data: it validates against its schema in
 * {@code docs/schemas/}, names its format id, and is identical for {@code --lang sv} and {@code --lang en} apart
 * from the {@code labels} object. No value outside labels is a formatted number ("46,98 %", "52 423 478 kr").
 */
class JsonResultSchemaTest {

  private static final Path SCHEMAS = Path.of("../docs/schemas");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of("budget", new String[] {"budget", "examples/all-in-budget.json"}),
        Arguments.of("indicators", new String[] {"indicators", "--participants", "examples/cohort-participants.csv",
            "--events", "examples/cohort-events.csv", "--period", "2014-2020", "--as-of", "2022-06-30",
            "--by-sub-project"}),
        Arguments.of("targets", new String[] {"targets", "--project", "examples/144587-targets.json",
            "--participants", "examples/144587-participants.csv"}),
        Arguments.of("examples", new String[] {"examples"}),
        Arguments.of("examples", new String[] {"examples", "--list"}));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("commands")
  void outputIsSchemaValidDataIndependentOfLanguage(String command, String[] args) throws IOException {
    String format = "esfkit-" + command + "-result-1";
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(SCHEMAS.resolve(format + ".schema.json"), StandardCharsets.UTF_8), InputFormat.JSON);
    JsonNode[] data = new JsonNode[2];
    String[] langs = {"sv", "en"};
    for (int i = 0; i < 2; i++) {
      CliRun run = esf(concat(args, "--format", "json", "--lang", langs[i]));
      assertThat(run.code).as(run.toString()).isZero();
      assertThat(run.personnummerLike()).isNull();
      List<Error> errors = schema.validate(run.out, InputFormat.JSON);
      assertThat(errors).as("schema errors of %s --lang %s:%n%s", command, langs[i], run.out).isEmpty();
      ObjectNode root = (ObjectNode) MAPPER.readTree(run.out);
      assertThat(root.path("format").asText()).isEqualTo(format);
      assertThat(root.fieldNames().next()).isEqualTo("format");
      assertThat(root.path("labels").path("language").asText()).isEqualTo(langs[i]);
      root.remove("labels");
      data[i] = root;
    }
    assertThat(data[0]).as("the JSON for --lang sv and --lang en apart from labels").isEqualTo(data[1]);
    assertNoDisplayText(data[0], "$");
  }

  /** Outside labels, no string is a number formatted for people (grouping, decimal comma, unit). */
  private static void assertNoDisplayText(JsonNode node, String path) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        assertNoDisplayText(e.getValue(), path + "." + e.getKey());
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        assertNoDisplayText(node.get(i), path + "[" + i + "]");
      }
    } else if (node.isTextual() && !path.contains(".results[")) { // examples quote the source's own text
      assertThat(node.asText()).as(path).doesNotMatch(".*\\d[  ,]\\d{3}.*|.*\\d %.*|.*\\d kr.*|.*\\d SEK.*");
    }
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
