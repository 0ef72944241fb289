package io.github.esfkit.examples.catalogue;

import io.github.esfkit.io.csv.CsvInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The example input files bundled on the class path under {@code examples/} (the same files as in
 * {@code esf-examples/examples/} of the repository).
 */
public final class Bundled {

  private Bundled() {}

  /** Opens a bundled file, e.g. {@code all-in-budget.json}. */
  public static InputStream open(String name) throws IOException {
    InputStream in = Bundled.class.getClassLoader().getResourceAsStream("examples/" + name);
    if (in == null) {
      throw new IOException("bundled example file missing: examples/" + name);
    }
    return in;
  }

  /** A bundled file as text. */
  public static String text(String name) {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A bundled CSV file, named {@code examples/NAME} in messages. */
  public static CsvInput csv(String name) {
    return CsvInput.of("examples/" + name, () -> open(name));
  }
}
