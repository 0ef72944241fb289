package io.github.esfkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public member of the domain modules (esf-core, esf-budget, esf-indicators, generated value types
 * included) has its Javadoc: runs {@code tools/JavadocCoverage.java} in its check mode, as
 * {@code tools/javadoc-coverage.sh --check} does, over the modules' sources and this test's class path (the tool
 * drops the modules' own build output from it, so every comment is read from source). The other tests show on a
 * small module of their own that the check fails on a generated accessor whose abstract accessor lacks a comment,
 * and refuses a class path without Immutables' annotations.
 */
class JavadocCoverageTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void theDomainModulesAreFullyDocumented() throws IOException, InterruptedException {
    List<String> sources = new ArrayList<>();
    for (String module : new String[] {"esf-core", "esf-budget", "esf-indicators"}) {
      Path generated = ROOT.resolve(module).resolve("target/generated-sources/annotations");
      assertThat(generated).as("generated value types of %s (built before esf-examples)", module).isDirectory();
      sources.add(ROOT.resolve(module).resolve("src/main/java").toString());
      sources.add(generated.toString());
    }
    Run run = check(System.getProperty("java.class.path"), sources);
    assertThat(run.report).as("coverage report").contains("TOTAL").doesNotContain("undocumented:");
    assertThat(run.exit).as("exit code; report:%n%s", run.report).isZero();
  }

  @Test
  void aGeneratedAccessorWithoutAnAbstractComment(@TempDir Path dir) throws IOException, InterruptedException {
    Path src = module(dir, "");
    Run run = check(System.getProperty("java.class.path"), List.of(src.toString()));
    assertThat(run.report).contains("undocumented: sample.Sample#size()").containsPattern("TOTAL +2 / +3 ");
    assertThat(run.exit).as("exit code; report:%n%s", run.report).isEqualTo(1);
  }

  @Test
  void theSameModuleWithTheComment(@TempDir Path dir) throws IOException, InterruptedException {
    Path src = module(dir, "/** How many. */");
    Run run = check(System.getProperty("java.class.path"), List.of(src.toString()));
    assertThat(run.report).doesNotContain("undocumented:").containsPattern("TOTAL +3 / +3 ");
    assertThat(run.exit).as("exit code; report:%n%s", run.report).isZero();
  }

  @Test
  void aClassPathWithoutImmutablesIsRefused(@TempDir Path dir) throws IOException, InterruptedException {
    Path src = module(dir, "/** How many. */");
    String withoutImmutables = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.contains("value-annotations"))
        .collect(Collectors.joining(File.pathSeparator));
    Run run = check(withoutImmutables, List.of(src.toString()));
    assertThat(run.report).contains("the class path lacks the annotation type org.immutables.value.Generated");
    assertThat(run.exit).as("exit code; report:%n%s", run.report).isEqualTo(2);
  }

  /** A module with an abstract value type and the subtype Immutables would generate, its accessor commented. */
  private static Path module(Path dir, String abstractComment) throws IOException {
    Path pkg = Files.createDirectories(dir.resolve("sample/src/main/java/sample"));
    Files.writeString(pkg.resolve("AbstractSample.java"), "package sample;\n"
        + "abstract class AbstractSample {\n"
        + "  " + abstractComment + "\n"
        + "  public abstract int size();\n"
        + "}\n");
    Files.writeString(pkg.resolve("Sample.java"), "package sample;\n"
        + "/** A sample value. */\n"
        + "@org.immutables.value.Generated(from = \"AbstractSample\", generator = \"Immutables\")\n"
        + "public final class Sample extends AbstractSample {\n"
        + "  /** @return The value of the {@code size} attribute */\n"
        + "  @Override\n"
        + "  public int size() {\n"
        + "    return 0;\n"
        + "  }\n"
        + "\n"
        + "  /** A sample of size 0. */\n"
        + "  public static Sample of() {\n"
        + "    return new Sample();\n"
        + "  }\n"
        + "}\n");
    return dir.resolve("sample/src/main/java");
  }

  private static Run check(String classPath, List<String> sources) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dcoverage.check=true",
        ROOT.resolve("tools/JavadocCoverage.java").toString(), classPath));
    command.addAll(sources);
    Path out = Files.createTempFile("javadoc-coverage", ".txt");
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
      int exit = p.waitFor();
      return new Run(exit, Files.readString(out, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
    }
  }

  /** The tool's exit code and everything it printed. */
  private record Run(int exit, String report) { }
}
