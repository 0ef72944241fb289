package io.github.esfkit.io.csv;

import io.github.esfkit.core.id.Personnummer;
import java.io.IOException;
import java.io.InputStream;

/**
 * How often each {@code person_id} occurs in a participants.csv (antal inskrivningar per person), counted
 * in a quick first pass that only tokenizes the file: about 20 bytes per person, no objects per person. A
 * caller that folds participations can then hand a person seen once to its fold at once instead of holding
 * it until the end in case a re-entry follows. Rows that are malformed are skipped here: the full read
 * reports them. Immutable once counted.
 */
public final class PersonIdCounts {

  private long[] keys;
  private byte[] counts;
  private int size;
  private int mask;
  /** Lines seen by the columnar path's count (an upper bound on its rows); 0 from {@link #of}. */
  private long lines;

  /** An empty count sized for about {@code expected} persons (the columnar path fills one itself). */
  PersonIdCounts(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[cap];
    counts = new byte[cap];
    mask = cap - 1;
  }

  /** Counts the person ids of a participants.csv; an unreadable or headerless file gives no counts. */
  public static PersonIdCounts of(CsvInput participants) {
    long size = participants.size();
    PersonIdCounts c = new PersonIdCounts(size > 0 ? (int) Math.min(1 << 26, size / 150) : 1024);
    try (InputStream in = participants.open();
        CsvRecordReader csv = new CsvRecordReader(in, (line, field, rule, sv, en) -> {})) {
      if (!csv.next()) {
        return c;
      }
      int column = -1;
      for (int i = 0; i < csv.size(); i++) {
        if (ParticipantColumn.PERSON_ID.header().equals(csv.field(i))) {
          column = i;
        }
      }
      if (column < 0) {
        return c;
      }
      int width = csv.size();
      while (csv.next()) {
        if (!csv.malformed() && csv.size() == width && !csv.isEmpty(column)) {
          long key = key(csv.field(column));
          if (key > 0) {
            c.increment(key);
          }
        }
      }
    } catch (IOException e) {
      // the full read reports it
    }
    return c;
  }

  /**
   * Twelve digits of {@code YYYYMMDD-NNNN} or {@code YYYYMMDDNNNN} as a number, or -1. Surrounding blanks
   * are ignored as {@link io.github.esfkit.core.id.Personnummer#parse(CharSequence)} ignores them: a value
   * the full read accepts must get the same key, or a re-entered person is folded (and counted) twice.
   */
  private static long key(String raw) {
    String s = raw.trim();
    int n = s.length();
    if (n != 12 && n != 13) {
      return -1;
    }
    long v = 0;
    int digits = 0;
    for (int i = 0; i < n; i++) {
      char ch = s.charAt(i);
      if (ch >= '0' && ch <= '9') {
        v = v * 10 + (ch - '0');
        digits++;
      } else if (!(ch == '-' && i == 8)) {
        return -1;
      }
    }
    return digits == 12 ? v + 1 : -1; // + 1: zero marks an empty slot
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 33) & mask;
  }

  /** Counts one row of the person with this key (twelve digits plus one). */
  void increment(long key) {
    int i = slot(key, mask);
    while (keys[i] != 0) {
      if (keys[i] == key) {
        if (counts[i] < Byte.MAX_VALUE) {
          counts[i]++;
        }
        return;
      }
      i = (i + 1) & mask;
    }
    keys[i] = key;
    counts[i] = 1;
    if (++size * 2 > keys.length) {
      grow();
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    byte[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    counts = new byte[oldKeys.length * 2];
    mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != 0) {
        int i = slot(oldKeys[j], mask);
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        counts[i] = oldCounts[j];
      }
    }
  }

  /** How many rows carry this person's number (0 when none; capped at 127). */
  public int count(Personnummer person) {
    long key = key(person.fullValue());
    return key <= 0 ? 0 : count(key);
  }

  /** How many rows carry the person with this key (twelve digits plus one). */
  int count(long key) {
    int i = slot(key, mask);
    while (keys[i] != 0) {
      if (keys[i] == key) {
        return counts[i];
      }
      i = (i + 1) & mask;
    }
    return 0;
  }

  /** Adds to the lines the columnar path's count has seen. */
  void addLines(long n) {
    lines += n;
  }

  /** The lines the columnar path's count has seen: at least as many as the file has rows. */
  long lines() {
    return lines;
  }

  /** The number of distinct person ids counted. */
  public int persons() {
    return size;
  }

  @Override
  public String toString() {
    return "PersonIdCounts[" + size + " persons]"; // never the numbers
  }
}
