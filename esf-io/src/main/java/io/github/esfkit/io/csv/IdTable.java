package io.github.esfkit.io.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The participant ids of one read, compact and nearly free of objects (so that garbage collection does
 * not have to trace a million small ones): the id bytes live in one growing byte arena, and open
 * addressing with linear probing over well-mixed hashes maps each id to the line where it first occurred in
 * participants.csv (0 while only events.csv has named it) and to the events waiting for it, packed as longs.
 * About 30 bytes per id. Ids are ASCII (checked before). Not thread-safe.
 */
final class IdTable {

  private byte[] arena = new byte[1 << 16];
  private int arenaLen;
  /** Per slot: hash in the high 32 bits, arena offset + 1 in the low 32 bits; 0 for an empty slot. */
  private long[] slots;
  private int[] lines;
  private long[][] events;
  /** Per slot: how many of {@code events[slot]} are in use (the arrays grow by doubling). */
  private int[] eventCounts;
  private int size;
  private int mask;
  /** The bytes of a string id, for {@link #slot(String)}. */
  private final byte[] scratch = new byte[64];

  IdTable(int expected) {
    allocate(capacity(expected));
  }

  private static int capacity(int expected) {
    return Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
  }

  /**
   * A table sized for a participants file of {@code bytes} bytes (about 120 bytes a row), so that it rarely
   * grows while the file is read; both readers size it the same way.
   */
  static IdTable forFileOf(long bytes) {
    return new IdTable((int) Math.min(1 << 26, Math.max(1024, bytes / 120)));
  }

  private void allocate(int cap) {
    slots = new long[cap];
    lines = new int[cap];
    events = new long[cap][];
    eventCounts = new int[cap];
    mask = cap - 1;
  }

  /** A murmur3 finalizer: sequential ids must not land in consecutive slots. */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }

  private static int hash(byte[] b, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + b[i];
    }
    return mix(h);
  }

  private boolean keyEquals(long entry, byte[] b, int from, int to) {
    int off = (int) entry - 1;
    return (arena[off] & 0xFF) == to - from && java.util.Arrays.equals(arena, off + 1, off + 1 + to - from, b, from, to);
  }

  /**
   * The slot of the id in {@code b[from, to)} (1–64 ASCII bytes, checked before), inserting it when absent: the
   * same slot as {@link #slot(String)} gives for the same id.
   */
  int slot(byte[] b, int from, int to) {
    int h = hash(b, from, to);
    int i = h & mask;
    while (true) {
      long entry = slots[i];
      if (entry == 0) {
        if ((size + 1) * 2 > slots.length) {
          grow();
          return slot(b, from, to);
        }
        int need = to - from + 1;
        if (arenaLen + need > arena.length) {
          arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaLen + need));
        }
        int off = arenaLen;
        arena[off] = (byte) (to - from);
        System.arraycopy(b, from, arena, off + 1, to - from);
        arenaLen += need;
        slots[i] = ((long) h << 32) | ((off + 1) & 0xFFFFFFFFL);
        size++;
        return i;
      }
      if ((int) (entry >>> 32) == h && keyEquals(entry, b, from, to)) {
        return i;
      }
      i = (i + 1) & mask;
    }
  }

  /** True when events.csv names an id that participants.csv does not have. */
  boolean hasOrphans() {
    for (int i = 0; i < slots.length; i++) {
      if (slots[i] != 0 && lines[i] == 0 && events[i] != null) {
        return true;
      }
    }
    return false;
  }

  /** The slot of {@code id} (1–64 ASCII characters, checked before), inserting it when absent. */
  int slot(String id) {
    int n = id.length();
    for (int k = 0; k < n; k++) {
      scratch[k] = (byte) id.charAt(k);
    }
    return slot(scratch, 0, n);
  }

  private void grow() {
    long[] oldSlots = slots;
    int[] oldLines = lines;
    long[][] oldEvents = events;
    int[] oldCounts = eventCounts;
    allocate(oldSlots.length * 2);
    for (int j = 0; j < oldSlots.length; j++) {
      if (oldSlots[j] != 0) {
        int i = (int) (oldSlots[j] >>> 32) & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = oldSlots[j];
        lines[i] = oldLines[j];
        events[i] = oldEvents[j];
        eventCounts[i] = oldCounts[j];
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

  /** Adds a packed event; amortised constant time (the slot's array doubles when full). */
  void addEvent(int slot, long packed) {
    long[] e = events[slot];
    int n = eventCounts[slot];
    if (e == null) {
      e = new long[1];
      events[slot] = e;
    } else if (n == e.length) {
      e = Arrays.copyOf(e, n * 2);
      events[slot] = e;
    }
    e[n] = packed;
    eventCounts[slot] = n + 1;
  }

  /** Removes and returns the waiting events (exactly as many as were added), or null. */
  long[] takeEvents(int slot) {
    long[] e = events[slot];
    int n = eventCounts[slot];
    events[slot] = null;
    eventCounts[slot] = 0;
    return e == null || e.length == n ? e : Arrays.copyOf(e, n);
  }

  /** Calls {@code action} for each id that events.csv names but participants.csv does not. */
  void forEachOrphan(java.util.function.BiConsumer<String, long[]> action) {
    for (int i = 0; i < slots.length; i++) {
      if (slots[i] != 0 && lines[i] == 0 && events[i] != null) {
        int off = (int) slots[i] - 1;
        long[] e = events[i];
        int n = eventCounts[i];
        action.accept(new String(arena, off + 1, arena[off] & 0xFF, StandardCharsets.ISO_8859_1),
            e.length == n ? e : Arrays.copyOf(e, n));
      }
    }
  }
}
