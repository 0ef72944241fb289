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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conventions every module keeps while packages are added and split: each package is {@code @NullMarked}
 * (JSpecify), and each library module's {@code module-info.java} exports exactly its API packages, which are all
 * its packages except those named {@code *.internal}.
 */
class ModuleConventionsTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @ParameterizedTest
  @ValueSource(strings = {"esf-core", "esf-budget", "esf-indicators", "esf-io", "esf-examples", "esf-bench",
      "samples/municipal-app"})
  void everyPackageIsNullMarked(String module) throws IOException {
    for (Path dir : packageDirs(module)) {
      Path info = dir.resolve("package-info.java");
      assertThat(info).as("package-info.java of %s", dir).exists();
      assertThat(Files.readString(info, StandardCharsets.UTF_8)).as("%s", info)
          .contains("@NullMarked").contains("import org.jspecify.annotations.NullMarked;");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"esf-core", "esf-budget", "esf-indicators", "esf-io"})
  void moduleInfoExportsExactlyTheApiPackages(String module) throws IOException {
    Path src = ROOT.resolve(module).resolve("src/main/java");
    String info = Files.readString(src.resolve("module-info.java"), StandardCharsets.UTF_8);
    Set<String> exported = new TreeSet<>();
    Matcher m = Pattern.compile("(?m)^\\s*exports\\s+([\\w.]+)\\s*;").matcher(info);
    while (m.find()) {
      exported.add(m.group(1));
    }
    Set<String> api = new TreeSet<>();
    for (Path dir : packageDirs(module)) {
      String pkg = src.relativize(dir).toString().replace(java.io.File.separatorChar, '.');
      if (!pkg.endsWith(".internal") && !pkg.contains(".internal.")) {
        api.add(pkg);
      }
    }
    assertThat(exported).as("exports of %s/module-info.java", module).isEqualTo(api);
  }

  private static Set<Path> packageDirs(String module) throws IOException {
    Path src = ROOT.resolve(module).resolve("src/main/java");
    Set<Path> dirs = new TreeSet<>();
    try (Stream<Path> files = Files.walk(src)) {
      files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("module-info.java") && !p.endsWith("package-info.java"))
          .forEach(p -> dirs.add(p.getParent()));
    }
    assertThat(dirs).as("packages of %s", module).isNotEmpty();
    return dirs;
  }
}
