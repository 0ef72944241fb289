package io.github.esfkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every public member of the domain modules (esf-core, esf-budget, esf-indicators, generated value types
 * included) has its Javadoc: runs {@code tools/JavadocCoverage.java} in its check mode, as
 * {@code tools/javadoc-coverage.sh --check} does, over the modules' sources and this test's class path.
 */
class JavadocCoverageTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void theDomainModulesAreFullyDocumented() throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dcoverage.check=true",
        ROOT.resolve("tools/JavadocCoverage.java").toString(), System.getProperty("java.class.path")));
    for (String module : new String[] {"esf-core", "esf-budget", "esf-indicators"}) {
      Path generated = ROOT.resolve(module).resolve("target/generated-sources/annotations");
      assertThat(generated).as("generated value types of %s (built before esf-examples)", module).isDirectory();
      command.add(ROOT.resolve(module).resolve("src/main/java").toString());
      command.add(generated.toString());
    }
    Path out = Files.createTempFile("javadoc-coverage", ".txt");
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
      p.waitFor();
      String report = Files.readString(out, StandardCharsets.UTF_8);
      assertThat(report).as("coverage report").contains("TOTAL").doesNotContain("undocumented:");
      assertThat(p.exitValue()).as("exit code; report:%n%s", report).isZero();
    } finally {
      Files.deleteIfExists(out);
    }
  }
}
