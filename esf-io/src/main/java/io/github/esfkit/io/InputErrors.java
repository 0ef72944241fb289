package io.github.esfkit.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Collects every problem found in input files, keeping the first {@code limit} of them in full and
 * counting the rest, so that a huge broken file is reported in bounded memory. Not thread-safe: one per
 * read.
 */
public final class InputErrors {

  /** How many errors are kept in full by default. */
  public static final int DEFAULT_LIMIT = 1000;

  private final int limit;
  private final List<InputError> kept = new ArrayList<>();
  private long count;

  /** A collector keeping at most {@code limit} errors in full. */
  public InputErrors(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    this.limit = limit;
  }

  /** A collector keeping {@link #DEFAULT_LIMIT} errors. */
  public InputErrors() {
    this(DEFAULT_LIMIT);
  }

  /** Records one error. */
  public void add(InputError error) {
    Objects.requireNonNull(error, "error");
    count++;
    if (kept.size() < limit) {
      kept.add(error);
    }
  }

  /** Counts {@code n} errors without keeping them (used once the limit is reached). */
  public void countOnly(long n) {
    count += n;
  }

  /** Records every error of another collector. */
  public void addAll(InputErrors other) {
    for (InputError e : other.kept) {
      add(e);
    }
    count += other.count - other.kept.size();
  }

  /** True when no error was recorded. */
  public boolean isEmpty() {
    return count == 0;
  }

  /** The number of errors recorded, kept or not. */
  public long count() {
    return count;
  }

  /** The errors kept in full, in the order found. */
  public List<InputError> kept() {
    return Collections.unmodifiableList(kept);
  }

  /** The number of errors counted but not kept. */
  public long omitted() {
    return count - kept.size();
  }

  /** True when the limit was reached (more errors would only be counted). */
  public boolean isFull() {
    return kept.size() >= limit;
  }
}
