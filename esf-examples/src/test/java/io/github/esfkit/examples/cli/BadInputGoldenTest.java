package io.github.esfkit.examples.cli;

import static io.github.esfkit.examples.cli.CliRun.esf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.examples.GoldenFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad-input file under {@code src/test/resources/bad-input/<case>/} gives exactly the error output
 * recorded in {@code expected.txt} beside it (exit code and stderr, the directory written as {@code <dir>}).
 * The expected files were captured from the object reader before the columnar CSV path existed, so the two
 * paths cannot drift apart. {@code -Dregenerate=true} rewrites them from the current code and
 * fails the test when it changes a file (see {@link GoldenFiles}).
 */
class BadInputGoldenTest {

  static final Path ROOT = Paths.get("src/test/resources/bad-input");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> s = Files.list(ROOT)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  /** The output of {@code esf indicators} on the case's files, in the form of {@code expected.txt}. */
  static String run(String name) {
    Path dir = ROOT.resolve(name).toAbsolutePath();
    List<String> args = new ArrayList<>(List.of("indicators", "--participants",
        dir.resolve("participants.csv").toString(), "--period", "2014-2020", "--as-of", "2022-06-30"));
    if (Files.exists(dir.resolve("events.csv"))) {
      args.add("--events");
      args.add(dir.resolve("events.csv").toString());
    }
    CliRun r = esf(args.toArray(new String[0]));
    return ("exit " + r.code + "\n--- stdout\n" + r.out + "--- stderr\n" + r.err).replace(dir.toString(), "<dir>");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void errorOutputIsExactlyAsRecorded(String name) throws IOException {
    Path expected = ROOT.resolve(name).resolve("expected.txt");
    String actual = run(name);
    assertThat(Files.exists(expected) || GoldenFiles.regenerating()).as("expected output recorded for " + name)
        .isTrue();
    GoldenFiles.assertMatches(expected, actual);
    assertThat(actual).as("bad input: exit 2 and no figures").startsWith("exit 2\n--- stdout\n--- stderr\n");
  }
}
