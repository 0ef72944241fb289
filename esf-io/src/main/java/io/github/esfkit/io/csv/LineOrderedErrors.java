package io.github.esfkit.io.csv;

import io.github.esfkit.io.InputError;
import io.github.esfkit.io.InputErrors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The errors of one file in line order (radordning), whatever order they were found in: the events file's
 * errors are found in three passes (its own rows, then against participants.csv row by row, then ids no
 * participant has), but are printed by line. It keeps the first {@code limit} errors by line (ties in the
 * order found) in bounded memory, and counts the rest. Errors of the whole file (line 0) come after the
 * rows' errors. Not thread-safe.
 */
final class LineOrderedErrors {

  private record Entry(long key, long seq, InputError error) {}

  /** Greatest (line, seq) on top, to be evicted first. */
  private static final Comparator<Entry> LATEST_FIRST =
      Comparator.comparingLong(Entry::key).thenComparingLong(Entry::seq).reversed();

  private final int limit;
  private final PriorityQueue<Entry> kept = new PriorityQueue<>(LATEST_FIRST);
  private long count;
  private long seq;

  LineOrderedErrors(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1: " + limit);
    }
    this.limit = limit;
  }

  private static long key(long line) {
    return line <= 0 ? Long.MAX_VALUE : line;
  }

  /** Whether an error at {@code line} would be kept in full (so that its message is worth building). */
  boolean wouldKeep(long line) {
    return kept.size() < limit || key(line) < kept.peek().key();
  }

  /** Records one error. */
  void add(InputError error) {
    count++;
    Entry e = new Entry(key(error.line()), seq++, error);
    if (kept.size() < limit) {
      kept.add(e);
    } else if (e.key() < kept.peek().key()) {
      kept.poll();
      kept.add(e);
    }
  }

  /** Counts an error that is not kept. */
  void countOnly() {
    count++;
  }

  /** The number of errors recorded. */
  long count() {
    return count;
  }

  /** Appends the kept errors in line order, and the count of the rest, to {@code target}. */
  void drainTo(InputErrors target) {
    List<Entry> sorted = new ArrayList<>(kept);
    sorted.sort(LATEST_FIRST.reversed());
    for (Entry e : sorted) {
      target.add(e.error());
    }
    target.countOnly(count - sorted.size());
  }
}
