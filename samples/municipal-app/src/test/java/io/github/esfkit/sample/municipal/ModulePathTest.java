package io.github.esfkit.sample.municipal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The sample application runs on the module path ({@code java -p … -m}) with esf-core, esf-budget,
 * esf-indicators and esf-io as named modules (their own module-info, not automatic modules), Moneta and its
 * {@code requires okhttp3} resolved, and prints exactly what it prints on the class path.
 */
class ModulePathTest {

  @Test
  void runsOnTheModulePathWithAllFourLibraryModules() throws IOException, InterruptedException {
    String deps = Files.readString(Path.of("target/runtime-module-path.txt"), StandardCharsets.UTF_8).trim();
    String modulePath = Path.of("target/classes").toAbsolutePath() + File.pathSeparator + deps;
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-p", modulePath, "-m", "io.github.esfkit.sample.municipal/io.github.esfkit.sample.municipal.MunicipalApp",
        "--modules"));
    Process p = new ProcessBuilder(command).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the program finished").isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)
        .replaceAll("(?m)^Picked up \\S*JAVA_\\S*OPTIONS.*\\R?", "");
    assertThat(p.exitValue()).as(err).isZero();
    assertThat(err).as("nothing on stderr: no exception, no INFO logging").isEmpty();
    List<String> lines = out.lines().toList();
    assertThat(lines).startsWith("io.github.esfkit.core: named", "io.github.esfkit.budget: named",
        "io.github.esfkit.indicators: named", "io.github.esfkit.io: named", "io.github.esfkit.sample.municipal: named");
    assertThat(lines.subList(5, lines.size())).isEqualTo(MunicipalApp.run());
  }
}
