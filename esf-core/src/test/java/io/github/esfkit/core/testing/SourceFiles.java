package io.github.esfkit.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Java sources as text, for tests that check what code may say (no real project in a domain module, no
 * sentence in an evaluation package): the files below a folder and their code without comments.
 */
public final class SourceFiles {

  private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

  private SourceFiles() {}

  /** The {@code .java} files below {@code root}, sorted; none when the folder does not exist. */
  public static List<Path> javaFiles(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file's text (UTF-8). */
  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The source with its comments (Javadoc included) blanked out. */
  public static String withoutComments(String source) {
    return COMMENTS.matcher(source).replaceAll(" ");
  }
}
