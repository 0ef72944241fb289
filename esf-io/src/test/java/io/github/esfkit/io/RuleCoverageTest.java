package io.github.esfkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every rule id esf-io can emit is in the rule table of esf-io/README.md, and every row of the table names test
 * classes that break that rule (their source mentions the id). The ids are found in the main sources as string
 * literals; the identity-number ids the participant reader passes on from {@code Personnummer} are added by hand.
 * Two ids guard a builder check the readers always make first: no input reaches them, and the table says so.
 */
class RuleCoverageTest {

  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Pattern LITERAL = Pattern.compile("\"((?:JSON|CSV|PART|EVENT|IO|RUN)-[A-Z0-9]+(?:-[A-Z0-9]+)*)\"");
  private static final Set<String> PASSED_ON = Set.of("PNR-FORMAT", "PNR-CHECKSUM", "PNR-DATE");
  /** Row invalid after every field was checked: the builder's checks are all made before, field by field. */
  private static final Set<String> DEFENSIVE = Set.of("PART-INVALID", "RUN-ROW-INVALID");
  private static final Pattern ROW = Pattern.compile("(?m)^\\| `([A-Z]+-[A-Z0-9-]+)` \\| ([^|]*) \\| ([^|]*) \\|$");

  private static Stream<Path> java(String dir) throws IOException {
    return Files.walk(MODULE.resolve(dir)).filter(p -> p.toString().endsWith(".java"));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Set<String> emitted() throws IOException {
    Set<String> ids = new TreeSet<>(PASSED_ON);
    try (Stream<Path> files = java("src/main/java")) {
      files.map(RuleCoverageTest::read).forEach(s -> {
        Matcher m = LITERAL.matcher(s);
        while (m.find()) {
          ids.add(m.group(1));
        }
      });
    }
    return ids;
  }

  /** Rule id to the test classes its row names. */
  static Map<String, Set<String>> table() throws IOException {
    String readme = Files.readString(MODULE.resolve("README.md"), StandardCharsets.UTF_8);
    Map<String, Set<String>> rows = new TreeMap<>();
    Matcher m = ROW.matcher(readme);
    while (m.find()) {
      Set<String> tests = new TreeSet<>();
      Matcher t = Pattern.compile("`(\\w+Test|\\w+Properties)`").matcher(m.group(3));
      while (t.find()) {
        tests.add(t.group(1));
      }
      assertThat(rows.put(m.group(1), tests)).as("row of %s given twice", m.group(1)).isNull();
    }
    return rows;
  }

  @Test
  void everyEmittedRuleHasARowAndEveryRowAnEmittedRule() throws IOException {
    Set<String> emitted = emitted();
    assertThat(emitted).hasSizeGreaterThan(70).contains("JSON-SYNTAX", "CSV-QUOTE-UNTERMINATED", "PART-ID-PERSONAL");
    assertThat(table().keySet()).isEqualTo(emitted);
  }

  @Test
  void everyRowNamesTestsThatBreakItsRule() throws IOException {
    Map<String, Path> tests;
    try (Stream<Path> files = java("src/test/java")) {
      tests = files.collect(Collectors.toMap(p -> p.getFileName().toString().replace(".java", ""), p -> p));
    }
    for (Map.Entry<String, Set<String>> row : table().entrySet()) {
      String id = row.getKey();
      if (DEFENSIVE.contains(id)) {
        assertThat(row.getValue()).as("%s is defensive: its row names no test", id).isEmpty();
        continue;
      }
      assertThat(row.getValue()).as("tests of %s", id).isNotEmpty();
      Pattern word = Pattern.compile("(?<![A-Z0-9-])" + Pattern.quote(id) + "(?![A-Z0-9-])");
      for (String test : row.getValue()) {
        assertThat(tests).as("test class %s named for %s", test, id).containsKey(test);
        assertThat(word.matcher(read(tests.get(test))).find()).as("%s breaks %s", test, id).isTrue();
      }
    }
  }

  @Test
  void theDefensiveRulesAreStillInTheCode() throws IOException {
    assertThat(emitted()).containsAll(DEFENSIVE);
  }
}
