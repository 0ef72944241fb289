package io.github.esfkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A golden-file comparison fails in both modes when the file and the code disagree. */
class GoldenFilesTest {

  @TempDir
  Path dir;

  @Test
  void a_regenerating_run_fails_when_it_changes_the_file_and_writes_the_new_content() throws Exception {
    Path f = dir.resolve("golden.txt");
    Files.writeString(f, "old", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GoldenFiles.assertMatches(f, "new", true)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("Regenerated").hasMessageContaining("without -Dregenerate");
    assertThat(Files.readString(f, StandardCharsets.UTF_8)).isEqualTo("new");
    GoldenFiles.assertMatches(f, "new", true); // unchanged now: passes
  }

  @Test
  void a_regenerating_run_fails_when_it_creates_the_file() {
    Path f = dir.resolve("missing.txt");
    assertThatThrownBy(() -> GoldenFiles.assertMatches(f, "new", true)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("did not exist");
    assertThat(f).hasContent("new");
  }

  @Test
  void a_comparing_run_fails_on_a_difference_and_leaves_the_file_alone() throws Exception {
    Path f = dir.resolve("golden.txt");
    Files.writeString(f, "old", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> GoldenFiles.assertMatches(f, "new", false)).isInstanceOf(AssertionError.class);
    assertThat(f).hasContent("old");
    GoldenFiles.assertMatches(f, "old", false);
  }
}
