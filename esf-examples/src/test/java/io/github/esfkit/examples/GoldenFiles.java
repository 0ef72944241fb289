package io.github.esfkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files of the tests: compared as they are, or with {@code -Dregenerate=true} rewritten from what the
 * code produces. A rewrite that changes the file fails the test, so a regenerating run can never pass by
 * comparing the code with itself: review the diff, then run again without the flag.
 */
public final class GoldenFiles {

  private GoldenFiles() {}

  /** True when the run was started with {@code -Dregenerate=true}. */
  public static boolean regenerating() {
    return Boolean.getBoolean("regenerate");
  }

  /** Compares {@code file} with {@code produced}; in a regenerating run rewrites it and fails if it changed. */
  public static void assertMatches(Path file, String produced) throws IOException {
    assertMatches(file, produced, regenerating());
  }

  /** As {@link #assertMatches(Path, String)}, with the mode given. */
  static void assertMatches(Path file, String produced, boolean regenerate) throws IOException {
    if (regenerate) {
      rewrite(file, produced);
    } else {
      assertThat(Files.readString(file, StandardCharsets.UTF_8)).as("golden file %s", file).isEqualTo(produced);
    }
  }

  /** Writes {@code produced} to {@code file}; fails when that changed the file (or created it). */
  public static void rewrite(Path file, String produced) throws IOException {
    String before = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    if (produced.equals(before)) {
      return;
    }
    Files.writeString(file, produced, StandardCharsets.UTF_8);
    fail("Regenerated %s: it %s. Review the diff, then run again without -Dregenerate.", file,
        before == null ? "did not exist" : "differed from what the code produces");
  }
}
