package io.github.esfkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public types of esf-io are exactly the API listed in esf-io/README.md: the JSON and CSV plumbing (the
 * JSON reader with positions, the field mapper, the CSV tokenizer) is package-private, so users, the command
 * line and the benchmarks can only reach the codecs.
 */
class PublicSurfaceTest {

  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "(?m)^public (?:final |abstract |sealed |non-sealed |static )*(?:class|interface|enum|@interface|record) (\\w+)");

  @Test
  void thePublicTypesAreTheDocumentedApi() throws IOException {
    Set<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.walk(MODULE.resolve("src/main/java"))) {
      for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        Matcher m = PUBLIC_TYPE.matcher(Files.readString(p, StandardCharsets.UTF_8));
        while (m.find()) {
          found.add(m.group(1));
        }
      }
    }
    String readme = Files.readString(MODULE.resolve("README.md"), StandardCharsets.UTF_8);
    String api = readme.substring(readme.indexOf("## Public API"), readme.indexOf("## Runtime dependencies"));
    Set<String> documented = new TreeSet<>();
    Matcher row = Pattern.compile("(?m)^\\| `io\\.github[^|]*\\| ([^|]*) \\|").matcher(api);
    while (row.find()) {
      Matcher m = Pattern.compile("`(\\w+)`").matcher(row.group(1));
      while (m.find()) {
        documented.add(m.group(1));
      }
    }
    assertThat(found).hasSize(18).isEqualTo(documented);
    assertThat(found).doesNotContain("JsonInput", "Node", "Fields", "CsvRecordReader", "EventColumn");
  }
}
