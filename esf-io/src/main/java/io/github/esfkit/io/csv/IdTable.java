package io.github.esfkit.io.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The participant ids of one read, compact (about 40 bytes per id): for each id the line where it first
 * occurred in participants.csv (0 while only events.csv has named it) and the events waiting for it, packed
 * as longs. Open addressing with linear probing over ASCII ids. Not thread-safe.
 */
final class IdTable {

  private byte[][] keys;
  private int[] lines;
  private long[][] events;
  private int size;
  private int mask;

  IdTable(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new byte[cap][];
    lines = new int[cap];
    events = new long[cap][];
    mask = cap - 1;
  }

  private static int hash(byte[] k) {
    int h = Arrays.hashCode(k);
    return h ^ (h >>> 16);
  }

  /** The slot of {@code id}, inserting it when absent. */
  int slot(String id) {
    byte[] k = id.getBytes(StandardCharsets.ISO_8859_1); // ids are ASCII (checked before)
    int i = hash(k) & mask;
    while (true) {
      byte[] at = keys[i];
      if (at == null) {
        keys[i] = k;
        if (++size * 2 > keys.length) {
          grow();
          return slot(id);
        }
        return i;
      }
      if (Arrays.equals(at, k)) {
        return i;
      }
      i = (i + 1) & mask;
    }
  }

  private void grow() {
    byte[][] oldKeys = keys;
    int[] oldLines = lines;
    long[][] oldEvents = events;
    int cap = oldKeys.length * 2;
    keys = new byte[cap][];
    lines = new int[cap];
    events = new long[cap][];
    mask = cap - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      byte[] k = oldKeys[j];
      if (k != null) {
        int i = hash(k) & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = k;
        lines[i] = oldLines[j];
        events[i] = oldEvents[j];
      }
    }
  }

  /** Line of the first participants.csv row with this id, 0 when none yet. */
  int line(int slot) {
    return lines[slot];
  }

  void setLine(int slot, long line) {
    lines[slot] = (int) Math.min(Integer.MAX_VALUE, Math.max(1, line));
  }

  /** Adds a packed event. */
  void addEvent(int slot, long packed) {
    long[] e = events[slot];
    if (e == null) {
      events[slot] = new long[] {packed};
    } else {
      long[] n = Arrays.copyOf(e, e.length + 1);
      n[e.length] = packed;
      events[slot] = n;
    }
  }

  /** Removes and returns the waiting events, or null. */
  long[] takeEvents(int slot) {
    long[] e = events[slot];
    events[slot] = null;
    return e;
  }

  /** Calls {@code action} for each id that events.csv names but participants.csv does not. */
  void forEachOrphan(java.util.function.BiConsumer<String, long[]> action) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != null && lines[i] == 0 && events[i] != null) {
        action.accept(new String(keys[i], StandardCharsets.ISO_8859_1), events[i]);
      }
    }
  }
}
