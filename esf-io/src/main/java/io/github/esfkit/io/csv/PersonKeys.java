package io.github.esfkit.io.csv;

import java.util.Arrays;
import java.util.List;

/**
 * The person keys (a personnummer's twelve digits plus one) of one byte range of participants.csv, gathered in
 * file order and then sorted, with the lines of the range. Sorted runs find the persons with several rows
 * (återinskrivna) by reading memory in order, where counting in a hash table misses the processor's cache at
 * about every row; eight bytes a row. Not thread-safe: one per range, merged once all are sorted.
 */
final class PersonKeys {

  private long[] keys;
  private int size;
  private long lines;

  /** Room for about {@code expected} keys (it grows by half when full). */
  PersonKeys(int expected) {
    keys = new long[Math.max(16, expected)];
  }

  /** Adds the key of one row. */
  void add(long key) {
    if (size == keys.length) {
      if (size >= Integer.MAX_VALUE - 16) {
        throw new OutOfMemoryError("more rows than one range holds"); // reported as one line, like a small heap
      }
      keys = Arrays.copyOf(keys, (int) Math.min(Integer.MAX_VALUE - 16, size + (size >> 1) + 16L));
    }
    keys[size++] = key;
  }

  /** Adds lines read (with or without a key). */
  void addLines(long n) {
    lines += n;
  }

  /** Sorts the keys; call once, after the last {@link #add}. */
  PersonKeys sorted() {
    Arrays.sort(keys, 0, size);
    return this;
  }

  /**
   * The persons with more than one row in all of {@code parts} (each {@linkplain #sorted sorted}), with their
   * number of rows (capped at 127), and the lines of all parts: a table small enough to stay in cache.
   */
  static PersonIdCounts multiples(List<PersonKeys> parts) {
    int k = parts.size();
    int[] pos = new int[k];
    PersonIdCounts many = new PersonIdCounts(1024);
    long lines = 0;
    for (PersonKeys p : parts) {
      lines += p.lines;
    }
    while (true) {
      long min = 0;
      boolean any = false;
      for (int i = 0; i < k; i++) {
        PersonKeys p = parts.get(i);
        if (pos[i] < p.size && (!any || p.keys[pos[i]] < min)) {
          min = p.keys[pos[i]];
          any = true;
        }
      }
      if (!any) {
        break;
      }
      int n = 0;
      for (int i = 0; i < k; i++) {
        PersonKeys p = parts.get(i);
        while (pos[i] < p.size && p.keys[pos[i]] == min) {
          pos[i]++;
          n++;
        }
      }
      for (int r = Math.min(n, Byte.MAX_VALUE); n > 1 && r > 0; r--) {
        many.increment(min);
      }
    }
    many.addLines(lines);
    return many;
  }
}
