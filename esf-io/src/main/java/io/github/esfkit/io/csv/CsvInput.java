package io.github.esfkit.io.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A CSV file to read: the name used in messages, how to open it, and its size in bytes when known (for
 * progress). Immutable.
 */
public final class CsvInput {

  /** Opens the bytes of the input. */
  @FunctionalInterface
  public interface Opener {
    /** A fresh stream over the whole input. */
    InputStream open() throws IOException;
  }

  private final String name;
  private final Opener opener;
  private final long size;
  private final Path path;

  private CsvInput(String name, Opener opener, long size, Path path) {
    this.name = Objects.requireNonNull(name, "name");
    this.opener = Objects.requireNonNull(opener, "opener");
    this.size = size;
    this.path = path;
  }

  /** A file on disk, named in messages as given. */
  public static CsvInput of(Path path) {
    Objects.requireNonNull(path, "path");
    return new CsvInput(path.toString(), () -> Files.newInputStream(path), -1, path);
  }

  /** Text in memory (tests, embedding systems). */
  public static CsvInput ofString(String name, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    return new CsvInput(name, () -> new ByteArrayInputStream(bytes), bytes.length, null);
  }

  /** Any stream source. */
  public static CsvInput of(String name, Opener opener) {
    return new CsvInput(name, opener, -1, null);
  }

  /** The name used in messages. */
  public String name() {
    return name;
  }

  /** The file, when this input is one. */
  public java.util.Optional<Path> path() {
    return java.util.Optional.ofNullable(path);
  }

  /** The size in bytes, or -1 when unknown. */
  public long size() {
    if (path != null) {
      try {
        return Files.size(path);
      } catch (IOException e) {
        return -1;
      }
    }
    return size;
  }

  /** Opens the input. */
  public InputStream open() throws IOException {
    return opener.open();
  }

  @Override
  public String toString() {
    return name;
  }
}
