package io.github.esfkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.budget.BudgetOverview;
import io.github.esfkit.budget.RequirementStatus;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.examples.projects.Project144587;
import io.github.esfkit.indicators.targets.model.Verdict;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java example of the root README, taken from README.md at test time, compiled in-process with
 * {@code javax.tools} and run, with the results it claims. README and test cannot drift: edit the README and
 * this test runs the edited code. The test supplies only the imports and the {@code participations} list the
 * snippet starts from.
 */
class RootReadmeExampleTest {

  /** The imports the README snippet may use; a name missing here makes the compilation fail, loudly. */
  static final List<String> IMPORTS = List.of(
      "io.github.esfkit.budget.*",
      "io.github.esfkit.core.id.Organisationsnummer",
      "io.github.esfkit.core.organisation.*",
      "io.github.esfkit.core.participant.Participation",
      "io.github.esfkit.core.programme.ProgrammePeriod",
      "io.github.esfkit.core.project.*",
      "io.github.esfkit.core.validation.ValidationResult",
      "io.github.esfkit.indicators.common.*",
      "io.github.esfkit.indicators.targets.*",
      "io.github.esfkit.indicators.targets.model.*",
      "io.github.esfkit.examples.projects.Project144587",
      "java.math.BigDecimal",
      "java.time.LocalDate",
      "java.util.*",
      "org.threeten.extra.LocalDateRange");

  @TempDir
  Path work;

  /** The first {@code ```java} block after the heading "Using it from Java". */
  static String snippet() throws IOException {
    String readme = Files.readString(readme(), StandardCharsets.UTF_8);
    int section = readme.indexOf("## Using it from Java");
    assertThat(section).as("README section 'Using it from Java'").isNotNegative();
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(m.find(section)).as("a java block in 'Using it from Java'").isTrue();
    return m.group(1);
  }

  private static Path readme() {
    Path p = Path.of("README.md").toAbsolutePath();
    return Files.exists(p.resolveSibling("esf-examples")) ? p : Path.of("..", "README.md");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theReadmeSnippetCompilesRunsAndGivesWhatItsCommentsSay() throws Exception {
    String code = snippet();
    StringBuilder src = new StringBuilder("package readme;\n\n");
    IMPORTS.forEach(i -> src.append("import ").append(i).append(";\n"));
    src.append("\npublic final class Snippet implements java.util.function.Function<List<Participation>, Map<String, Object>> {\n")
        .append("  @Override\n  public Map<String, Object> apply(List<Participation> participations) {\n")
        .append(code)
        .append("\n    return Map.of(\"findings\", findings, \"overview\", overview, \"women\", women, \"pm3\", pm3);\n")
        .append("  }\n}\n");
    Path dir = Files.createDirectories(work.resolve("src/readme"));
    Path file = dir.resolve("Snippet.java");
    Files.writeString(file, src, StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(work.resolve("classes"));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("a JDK compiler").isNotNull();
    StringWriter diagnostics = new StringWriter();
    Boolean ok = javac.getTask(diagnostics, null, null,
        List.of("-classpath", classPath(), "-d", classes.toString(), "-encoding", "UTF-8", "-proc:none"), null,
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(file.toFile())).call();
    assertThat(ok).as("README snippet compiles:%n%s%n%s", diagnostics, src).isTrue();

    Map<String, Object> out;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Function<List<Participation>, Map<String, Object>> snippet =
          (Function<List<Participation>, Map<String, Object>>) loader.loadClass("readme.Snippet")
              .getDeclaredConstructor().newInstance();
      out = snippet.apply(Project144587.participants());
    }

    ValidationResult findings = (ValidationResult) out.get("findings");
    BudgetOverview overview = (BudgetOverview) out.get("overview");
    assertThat(findings.hasRule("PHASE-GAP")).isTrue();
    assertThat(findings.withRule("PHASE-GAP").get(0).messageEn()).contains("2020-02-29 lies between");
    assertThat(overview.totalCosts()).isEqualTo(Sek.of(17_885_739 + 2_682_861)); // indirect 2 682 861
    assertThat(overview.requirementStatus()).isEqualTo(RequirementStatus.NOT_MET);
    assertThat((Long) out.get("women")).isPositive();
    assertThat(out.get("pm3")).isEqualTo(Verdict.PARTIALLY_ACHIEVED);
    assertThat(code).contains("PHASE-GAP: 2020-02-29 lies between").contains("PARTIALLY_ACHIEVED");
  }

  /** The test class path: Surefire's own list when it runs the tests from a manifest-only jar. */
  private static String classPath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path", "") + File.pathSeparator;
  }
}
