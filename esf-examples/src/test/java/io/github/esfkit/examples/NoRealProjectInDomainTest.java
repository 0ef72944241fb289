package io.github.esfkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.testing.SourceFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No main class of a domain module (esf-core, esf-budget, esf-indicators) names a real project: the real
 * projects (144587, All In, SIA) live in esf-examples. Javadoc may cite them as the source of a rule; code,
 * string literals and type names may not. A grep over the sources, with comments removed.
 */
class NoRealProjectInDomainTest {

  private static final List<String> DOMAIN_MODULES = List.of("esf-core", "esf-budget", "esf-indicators");

  /** Marks of the real projects the examples reproduce: project number and names (places such as a county are fine). */
  private static final List<String> REAL_PROJECT_MARKS =
      List.of("144587", "all in", "allin", "all-in", "sia");

  private static final Pattern PROJECT_TYPE_NAME = Pattern.compile("(?i).*(project\\d+|allin|sia[A-Z0-9_]).*");

  @Test
  void domainMainCodeNamesNoRealProject() {
    List<String> found = new ArrayList<>();
    for (String module : DOMAIN_MODULES) {
      for (Path file : SourceFiles.javaFiles(Path.of("..", module, "src", "main", "java"))) {
        found.addAll(findings(module, file.getFileName().toString(), SourceFiles.read(file)));
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theCheckFindsARealProjectInCodeButNotInJavadoc() {
    assertThat(findings("m", "Goals.java", "/** As the 144587 evaluator did. */ class Goals {}")).isEmpty();
    assertThat(findings("m", "Goals.java", "class Goals { String id = \"144587\"; }")).hasSize(1);
    assertThat(findings("m", "Goals.java", "class Goals { String name = \"All In\"; }")).hasSize(1);
    assertThat(findings("m", "Project144587.java", "final class Project144587 {}")).isNotEmpty();
    assertThat(findings("m", "SiaShares.java", "final class SiaShares {}")).isNotEmpty();
  }

  @Test
  void theDomainModulesAreWhereTheTestLooks() {
    for (String module : DOMAIN_MODULES) {
      assertThat(SourceFiles.javaFiles(Path.of("..", module, "src", "main", "java"))).as(module).hasSizeGreaterThan(10);
    }
  }

  private static List<String> findings(String module, String fileName, String source) {
    List<String> found = new ArrayList<>();
    String typeName = fileName.replaceFirst("\\.java$", "");
    if (PROJECT_TYPE_NAME.matcher(typeName).matches()) {
      found.add(module + ": type " + typeName);
    }
    String code = SourceFiles.withoutComments(source).toLowerCase(Locale.ROOT);
    for (String mark : REAL_PROJECT_MARKS) {
      if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(mark) + "(?![\\p{L}\\p{N}])").matcher(code).find()) {
        found.add(module + ": " + fileName + " contains \"" + mark + "\"");
      }
    }
    return found;
  }
}
