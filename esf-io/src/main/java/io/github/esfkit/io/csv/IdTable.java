package io.github.esfkit.io.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The participant ids of one read, compact and free of objects per id (so that garbage collection does not
 * have to trace a million small ones). An id of at most ten characters of {@code A-Z a-z 0-9 _ -} (the usual
 * form) is its own key: six bits a character plus its length, packed exactly into one long, so that finding
 * it touches no other memory (no hash decides identity). A longer id lives in one growing byte arena and is
 * found by its hash and its bytes. Open addressing with linear probing (short ids homed by {@link #homeOf},
 * long ones by a well-mixed hash) maps each id
 * to the line where it first occurred in participants.csv (0 while only events.csv has named it) and to the
 * events waiting for it; key, line and the head of the events' list sit side by side, in one cache line, and
 * the events (packed longs) in one list arena. About 40 bytes per short id with events, 16 in a table made
 * {@linkplain #set as a set}. Ids are ASCII (checked before). Not thread-safe for insertion; {@link #find}
 * and {@link #takeEvents} on a table no thread inserts into may run on several threads, each on its own ids.
 */
final class IdTable {

  private byte[] arena = new byte[1 << 10];
  private int arenaLen;
  /** 2 when each slot has a line and events beside its key; 1 for a set. */
  private final int stride;
  /**
   * Per slot, at {@code slot * stride}: a short id's exact packed key (length 1–10 in the top four bits), or
   * for a longer id {@link #ARENA} in the top four bits, 28 bits of its hash and its arena offset + 1; 0 for
   * an empty slot. With stride 2, at {@code slot * 2 + 1}: the line in the high 32 bits, and in the low 32 the
   * index + 1 of the last event added (0 for none).
   */
  private long[] table;
  /** The events of all ids: the packed value, and the index + 1 of the same id's previous event (0: none). */
  private long[] eventValues = new long[0];
  private int[] eventPrevious = new int[0];
  private int eventCount;
  private int size;
  private int mask;
  /** The bytes of a string id, for {@link #slot(String)}. */
  private final byte[] scratch = new byte[64];

  IdTable(int expected) {
    this(expected, 2);
  }

  private IdTable(int expected, int stride) {
    this.stride = stride;
    allocate(capacity(expected));
  }

  /** A table of ids only (no lines, no events), for {@link #find} and {@link #insertAt}. */
  static IdTable set(int expected) {
    return new IdTable(expected, 1);
  }

  /** A power of two from {@code expected} to twice that: at most half full for what is expected of a file. */
  private static int capacity(int expected) {
    return Integer.highestOneBit(Math.max(16, expected * 2 - 1));
  }

  /**
   * A table sized for a participants file of {@code bytes} bytes (about 120 bytes a row), so that it rarely
   * grows while the file is read; both readers size it the same way.
   */
  static IdTable forFileOf(long bytes) {
    return new IdTable(expectedIds(bytes));
  }

  /** About how many ids a participants file of {@code bytes} bytes has (a generous guess). */
  static int expectedIds(long bytes) {
    return (int) Math.min(1 << 26, Math.max(1024, bytes / 120));
  }

  /** The most longs one table array may hold (a power of two, so that slot * stride never overflows). */
  static final int MAX_LONGS = 1 << 30;

  private void allocate(int cap) {
    if ((long) cap * stride > MAX_LONGS) {
      throw new OutOfMemoryError("more ids than one table holds"); // reported as one line, like a small heap
    }
    table = new long[cap * stride];
    mask = cap - 1;
  }

  /** A murmur3 finalizer: similar ids must not land in consecutive slots. */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }

  /** The top four bits of a slot holding an arena (long) id; a packed key has its length 1–10 there. */
  private static final long ARENA = 0xFL << 60;

  /** Six bits per id character: 0–63 for {@code A-Z a-z 0-9 _ -}, -1 for any other byte. */
  private static final byte[] SIX = new byte[128];
  private static final byte[] CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
      .getBytes(StandardCharsets.US_ASCII);

  static {
    Arrays.fill(SIX, (byte) -1);
    for (int i = 0; i < CHARS.length; i++) {
      SIX[CHARS[i]] = (byte) i;
    }
  }

  /** The exact key of a short id (length in the top four bits, six bits a character), or 0 when it has none. */
  static long packed(byte[] b, int from, int to) {
    int n = to - from;
    if (n < 1 || n > 10) {
      return 0;
    }
    long k = 0;
    for (int i = from; i < to; i++) {
      int c = b[i];
      int v = c < 0 ? -1 : SIX[c];
      if (v < 0) {
        return 0;
      }
      k = (k << 6) | v;
    }
    return k << (6 * (10 - n)) | (long) n << 60;
  }

  /** The id that {@link #packed} packed into {@code key}. */
  static String unpacked(long key) {
    int n = (int) (key >>> 60);
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = (char) CHARS[(int) (key >>> (6 * (9 - i))) & 63];
    }
    return new String(c);
  }

  /** A 64-bit finalizer (murmur3's): every bit of {@code k} changes about half the bits of the result. */
  static long fmix64(long k) {
    k ^= k >>> 33;
    k *= 0xFF51AFD7ED558CCDL;
    k ^= k >>> 33;
    k *= 0xC4CEB9FE1A85EC53L;
    k ^= k >>> 33;
    return k;
  }

  /** {@link #fmix64} as an int: spreads the part of a key that {@link #homeOf} does not keep in order. */
  private static int mix64(long k) {
    return (int) fmix64(k);
  }

  /**
   * The home slot of a packed key: its id without the last character, mixed, plus the last character's six
   * bits. Ids that count up ({@code P0000001}, {@code P0000002} …), in participants.csv and events.csv alike,
   * so sit side by side, ten to a few cache lines, and a read of the file in order misses the cache about once
   * in ten ids instead of at every id; ids of any other shape still spread evenly, at most 64 sharing one run.
   */
  static int homeOf(long key, int mask) {
    int shift = 6 * (10 - (int) (key >>> 60));
    long last = (key >>> shift) & 63;
    return (mix64(key ^ (last << shift)) + (int) last) & mask;
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
    int i = find(b, from, to);
    return i >= 0 ? i : insert(b, from, to, -1 - i);
  }

  /**
   * The slot of the id in {@code b[from, to)}, or when absent {@code -1 - s} where {@code s} is the empty slot
   * where it would go. Changes nothing.
   */
  int find(byte[] b, int from, int to) {
    long key = packed(b, from, to);
    if (key != 0) {
      int i = homeOf(key, mask);
      for (int probes = 0; probes <= mask; probes++) {
        long entry = table[i * stride];
        if (entry == key) {
          return i;
        }
        if (entry == 0) {
          return -1 - i;
        }
        i = (i + 1) & mask;
      }
      return -1 - i; // a full table (only while ranges claim ids of a file with errors): absent
    }
    int h = hash(b, from, to) & 0x0FFFFFFF;
    long tag = ARENA | (long) h << 32;
    int i = h & mask;
    for (int probes = 0; probes <= mask; probes++) {
      long entry = table[i * stride];
      if (entry == 0) {
        return -1 - i;
      }
      if ((entry & 0xFFFFFFFF00000000L) == tag && keyEquals(entry, b, from, to)) {
        return i;
      }
      i = (i + 1) & mask;
    }
    return -1 - i;
  }

  /** Inserts the id that {@link #find} found absent, {@code absent} being what it returned. */
  void insertAt(byte[] b, int from, int to, int absent) {
    insert(b, from, to, -1 - absent);
  }

  private int insert(byte[] b, int from, int to, int i) {
    if ((size + 1) * 2 > mask + 1) {
      grow();
      return slot(b, from, to);
    }
    long key = packed(b, from, to);
    if (key == 0) {
      int need = to - from + 1;
      if (arenaLen + need > arena.length) {
        arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaLen + need));
      }
      int off = arenaLen;
      arena[off] = (byte) (to - from);
      System.arraycopy(b, from, arena, off + 1, to - from);
      arenaLen += need;
      key = ARENA | (long) (hash(b, from, to) & 0x0FFFFFFF) << 32 | ((off + 1) & 0xFFFFFFFFL);
    }
    table[i * stride] = key;
    size++;
    return i;
  }

  /** The home slot of a stored entry under the current mask. */
  private int home(long entry) {
    return (entry >>> 60) == 0xF ? (int) (entry >>> 32) & 0x0FFFFFFF & mask : homeOf(entry, mask);
  }

  /** The id stored in a slot, as text (ASCII). */
  private String idAt(int slot) {
    long entry = table[slot * stride];
    if ((entry >>> 60) != 0xF) {
      return unpacked(entry);
    }
    int off = (int) entry - 1;
    return new String(arena, off + 1, arena[off] & 0xFF, StandardCharsets.ISO_8859_1);
  }

  /** True when some id is in both this table and {@code other}. */
  boolean sharesAnyIdWith(IdTable other) {
    IdTable small = size <= other.size ? this : other;
    IdTable big = small == this ? other : this;
    byte[] b = new byte[64];
    for (int i = 0; i <= small.mask; i++) {
      long entry = small.table[i * small.stride];
      if (entry == 0) {
        continue;
      }
      if ((entry >>> 60) != 0xF) {
        int j = homeOf(entry, big.mask);
        while (big.table[j * big.stride] != 0 && big.table[j * big.stride] != entry) {
          j = (j + 1) & big.mask;
        }
        if (big.table[j * big.stride] == entry) {
          return true;
        }
      } else {
        int off = (int) entry - 1;
        int n = small.arena[off] & 0xFF;
        System.arraycopy(small.arena, off + 1, b, 0, n);
        if (big.find(b, 0, n) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** The number of ids in the table (not counting those {@link #claim} inserted). */
  int size() {
    return size;
  }

  /**
   * Grows the table, while one thread owns it, so that {@code more} ids can be added without growing (up to
   * three quarters full: growing a table of 10 M rows here would hold old and new at once).
   */
  void ensureRoomFor(long more) {
    while ((size + more) * 4 > (mask + 1) * 3L && (mask + 1L) * 2 * stride <= MAX_LONGS) {
      grow();
    }
  }

  private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.arrayElementVarHandle(
      long[].class);
  /** What {@link #claim} returns for an id that was claimed before. */
  static final long @Nullable [] CLAIMED = null;
  /** What {@link #claim} returns for an id with no events waiting. */
  static final long[] NO_EVENTS = new long[0];

  /**
   * Marks the id in {@code b[from, to)} as having a participants.csv row and takes its waiting events; safe on
   * several threads at once, on a table {@linkplain #ensureRoomFor made room in} for every row they will
   * claim and into which no thread inserts otherwise. A short id is inserted when absent; a long id that
   * events.csv did not name is not (the caller keeps those). Returns the events in the order they were added,
   * {@link #NO_EVENTS}, or {@link #CLAIMED} (null) when some thread claimed the id before (or, for a file
   * whose events name ids no row has, when the table is full).
   */
  long @Nullable [] claim(byte[] b, int from, int to) {
    needsPayload();
    long key = packed(b, from, to);
    int slot;
    if (key != 0) {
      int i = homeOf(key, mask);
      for (int probes = 0; ; probes++) {
        if (probes > mask) {
          return CLAIMED; // full: more ids than made room for (events naming no row); the caller declines
        }
        long entry = table[i * 2];
        if (entry == 0) {
          if (LONGS.compareAndSet(table, i * 2, 0L, key)) {
            slot = i; // a new id; another row with it may find it at once, so it is claimed below like any
            break;
          }
          entry = (long) LONGS.getVolatile(table, i * 2);
        }
        if (entry == key) {
          slot = i;
          break;
        }
        i = (i + 1) & mask;
      }
    } else {
      slot = find(b, from, to);
      if (slot < 0) {
        return NO_EVENTS;
      }
    }
    while (true) {
      long payload = (long) LONGS.getVolatile(table, slot * 2 + 1);
      if ((payload >>> 32) != 0) {
        return CLAIMED;
      }
      if (LONGS.compareAndSet(table, slot * 2 + 1, payload, 1L << 32)) {
        int last = (int) payload;
        return last == 0 ? NO_EVENTS : eventsFrom(last);
      }
    }
  }

  /** True when events.csv names an id that participants.csv does not have. */
  boolean hasOrphans() {
    if (stride == 1) {
      return false;
    }
    for (int i = 0; i <= mask; i++) {
      if (orphan(i)) {
        return true;
      }
    }
    return false;
  }

  /** A slot whose id has events waiting but no line. */
  private boolean orphan(int slot) {
    long payload = table[slot * 2 + 1];
    return table[slot * 2] != 0 && (payload >>> 32) == 0 && (int) payload != 0;
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
    long[] old = table;
    int oldCap = mask + 1;
    allocate(oldCap * 2);
    for (int j = 0; j < oldCap; j++) {
      long key = old[j * stride];
      if (key != 0) {
        int i = home(key);
        while (table[i * stride] != 0) {
          i = (i + 1) & mask;
        }
        table[i * stride] = key;
        if (stride == 2) {
          table[i * 2 + 1] = old[j * 2 + 1];
        }
      }
    }
  }

  private void needsPayload() {
    if (stride != 2) {
      throw new IllegalStateException("a set has no lines or events");
    }
  }

  /** Line of the first participants.csv row with this id, 0 when none yet. */
  int line(int slot) {
    return stride == 2 ? (int) (table[slot * 2 + 1] >>> 32) : 0;
  }

  void setLine(int slot, long line) {
    needsPayload();
    long l = Math.min(Integer.MAX_VALUE, Math.max(1, line));
    table[slot * 2 + 1] = l << 32 | (table[slot * 2 + 1] & 0xFFFFFFFFL);
  }

  /** Adds a packed event; amortised constant time (the event arena doubles when full). */
  void addEvent(int slot, long packed) {
    needsPayload();
    if (eventCount == eventValues.length) {
      if (eventCount == Integer.MAX_VALUE - 8) {
        throw new OutOfMemoryError("more events than one table holds");
      }
      int cap = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(1024, eventCount * 2L));
      eventValues = Arrays.copyOf(eventValues, cap);
      eventPrevious = Arrays.copyOf(eventPrevious, cap);
    }
    long payload = table[slot * 2 + 1];
    eventValues[eventCount] = packed;
    eventPrevious[eventCount] = (int) payload;
    eventCount++;
    table[slot * 2 + 1] = (payload & 0xFFFFFFFF00000000L) | eventCount;
  }

  /** Removes and returns the waiting events in the order they were added, or null when none wait. */
  long @Nullable [] takeEvents(int slot) {
    if (stride != 2) {
      return null;
    }
    long payload = table[slot * 2 + 1];
    int last = (int) payload;
    if (last == 0) {
      return null;
    }
    table[slot * 2 + 1] = payload & 0xFFFFFFFF00000000L;
    return eventsFrom(last);
  }

  /** The list that ends at event index + 1 {@code last}, in the order added. */
  private long[] eventsFrom(int last) {
    int n = 0;
    for (int e = last; e != 0; e = eventPrevious[e - 1]) {
      n++;
    }
    long[] out = new long[n];
    for (int e = last; e != 0; e = eventPrevious[e - 1]) {
      out[--n] = eventValues[e - 1];
    }
    return out;
  }

  /** Calls {@code action} for each id that events.csv names but participants.csv does not. */
  void forEachOrphan(java.util.function.BiConsumer<String, long[]> action) {
    if (stride != 2) {
      return;
    }
    for (int i = 0; i <= mask; i++) {
      if (orphan(i)) {
        action.accept(idAt(i), eventsFrom((int) table[i * 2 + 1]));
      }
    }
  }
}
