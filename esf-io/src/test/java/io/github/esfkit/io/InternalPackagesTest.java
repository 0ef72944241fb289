package io.github.esfkit.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON and CSV plumbing ({@code io.github.esfkit.io.internal.*}) is not exported: the command line, the
 * benchmarks and the sample application use only the exported API of esf-io, as any user must.
 */
class InternalPackagesTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @ParameterizedTest
  @ValueSource(strings = {"esf-examples/src/main/java", "esf-bench/src/main/java", "samples/municipal-app/src/main/java"})
  void noOtherModuleUsesTheInternalPackages(String dir) throws IOException {
    Path src = ROOT.resolve(dir);
    assertThat(src).isDirectory();
    try (Stream<Path> files = Files.walk(src)) {
      List<Path> users = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
        try {
          return Files.readString(p, StandardCharsets.UTF_8).contains("io.github.esfkit.io.internal");
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).collect(Collectors.toList());
      assertThat(users).as("main code of %s using io.github.esfkit.io.internal", dir).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"io.github.esfkit.io.internal.json", "io.github.esfkit.io.internal.csv"})
  void theModuleDoesNotExportThem(String pkg) throws IOException {
    String info = Files.readString(ROOT.resolve("esf-io/src/main/java/module-info.java"), StandardCharsets.UTF_8);
    assertThat(info).doesNotContainPattern("exports\\s+" + pkg.replace(".", "\\.") + "\\s*;");
    assertThat(ROOT.resolve("esf-io/src/main/java/" + pkg.replace('.', '/'))).isDirectory();
  }
}
