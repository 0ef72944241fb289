package io.github.esfkit.indicators.common;

import io.github.esfkit.core.participant.EmploymentStatus;
import io.github.esfkit.core.participant.EventType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The counters of the fold. Per sub-project and gender slot, a small histogram of {@link Layout} cells
 * (incomplete; age band × status × education band; yes-bits; immediate result; six-month result): each
 * participant increments two to four cells, and {@link #expand} turns cells into indicator counts with the
 * layout's cell masks. Plus data-rule counts and completeness histograms. The size depends on the number
 * of sub-projects, never on the number of records. The fold counts in ints (half the cache of longs) and
 * spills them into longs before any could overflow. Not thread-safe: one per thread, then merge.
 */
final class Tally {

  private static final int QUAL = EventType.QUALIFICATION_GAINED.ordinal();
  private static final int EMPLOYED = EventType.EMPLOYED.ordinal();
  private static final int SELF_EMPLOYED = EventType.SELF_EMPLOYED.ordinal();
  private static final int INACTIVE = EmploymentStatus.INACTIVE.ordinal();
  private static final int INACTIVE_NIE = EmploymentStatus.INACTIVE_NOT_IN_EDUCATION.ordinal();
  static final int CORE_HIST = Codes.GENDER_CODES * Codes.STATUS_CODES * Codes.EDU_CODES * 4;
  static final int FLAG_HIST = 1 << (2 * Codes.FLAG_FIELDS);
  static final int STRIDE = Layout.GENDER_SLOTS * Layout.CELLS;

  final Layout layout;
  final int asOf;
  /** The latest exit whose six months have passed by the reporting date: exit + 6 months ≤ asOf. */
  private final int lastDueExit;
  private final int[] slotBase = new int[Codes.GENDER_CODES];
  private final Map<String, Integer> subIndex = new HashMap<>();
  private String[] subNames = new String[8];
  private int subCount;
  /**
   * The cell counters since the last {@link #spill}, as ints: half the cache of longs. A fold adds at most
   * one to a cell and to each histogram, and a spill comes at the latest every {@code spillEvery} folds, so
   * no int counter passes {@code spillEvery} ≤ {@link Integer#MAX_VALUE}.
   */
  private int[] counts;
  private final int[] coreHist = new int[CORE_HIST];
  private final int[] flagHist = new int[FLAG_HIST];
  /**
   * The totals spilled from the int counters, and everything merged in; same layouts. The cells' totals are
   * allocated on the first spill or merge (a fold of fewer than {@code spillEvery} records never needs them).
   */
  private long[] spilledCounts;
  private final long[] spilledCore = new long[CORE_HIST];
  private final long[] spilledFlags = new long[FLAG_HIST];
  private final int spillEvery;
  /** Folds left before the next spill. */
  private int room;
  /** The one row of a single fold. */
  private final Row row = new Row();
  final long[] rules = new long[DataRule.values().length];
  long participations;
  long participants;

  Tally(Layout layout, int asOf) {
    this(layout, asOf, Integer.MAX_VALUE);
  }

  /** A tally that spills its int counters every {@code spillEvery} folds (small values for tests). */
  Tally(Layout layout, int asOf, int spillEvery) {
    if (spillEvery < 1) {
      throw new IllegalArgumentException("spillEvery must be positive: " + spillEvery);
    }
    this.layout = layout;
    this.asOf = asOf;
    this.spillEvery = spillEvery;
    this.room = spillEvery;
    this.counts = new int[8 * STRIDE];
    this.lastDueExit = lastDueExit(asOf);
    for (int g = 0; g < Codes.GENDER_CODES; g++) {
      slotBase[g] = layout.genderSlot[g] * Layout.CELLS;
    }
  }

  /** plusMonths is monotonic, so "exit + 6 months ≤ asOf" is "exit ≤ the last such exit". */
  static int lastDueExit(int asOf) {
    int candidate = Ymd.plusMonths(asOf, -6);
    if (Ymd.plusMonths(candidate, 6) > asOf) {
      candidate = Ymd.plusDays(candidate, -1);
    }
    while (Ymd.plusMonths(Ymd.plusDays(candidate, 1), 6) <= asOf) {
      candidate = Ymd.plusDays(candidate, 1);
    }
    return candidate;
  }

  int subProjectCount() {
    return subCount;
  }

  String subProjectName(int i) {
    return subNames[i];
  }

  /** The index of a sub-project, added on first sight. */
  int subProject(String name) {
    Integer i = subIndex.get(name);
    if (i != null) {
      return i;
    }
    int n = subCount++;
    if (n == subNames.length) {
      subNames = Arrays.copyOf(subNames, n * 2);
    }
    subNames[n] = name;
    subIndex.put(name, n);
    if ((n + 1) * STRIDE > counts.length) {
      grow(Math.max(counts.length * 2, (n + 1) * STRIDE));
    }
    return n;
  }

  /** How many of the first {@code n} names are not yet sub-projects here. */
  int unknown(String[] names, int n) {
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (!subIndex.containsKey(names[i])) {
        k++;
      }
    }
    return k;
  }

  /** Makes room for {@code n} sub-projects in all, so that growing never copies twice. */
  void reserve(int n) {
    if (n * STRIDE > counts.length) {
      grow(n * STRIDE);
    }
    if (n > subNames.length) {
      subNames = Arrays.copyOf(subNames, n);
    }
  }

  private void grow(int cells) {
    counts = Arrays.copyOf(counts, cells);
    if (spilledCounts != null) {
      spilledCounts = Arrays.copyOf(spilledCounts, cells);
    }
  }

  /** Counts a participation excluded before the fold (object path, before linking). */
  void excluded(DataRule rule) {
    participations++;
    rules[rule.ordinal()]++;
  }

  /**
   * Folds one participant (or one unlinked participation) into the counters: the reporting-date cuts, the
   * completeness test, one cell for age, status and education, one for the yes/no characteristics, and
   * for an exited participant with events the 28-day and six-month windows. Allocates nothing.
   *
   * @param countParticipation false when the linked participations were counted before the fold
   */
  void fold(int sub, int gender, int birth, int entry, int exit, int status, int edu, int flags,
      int[] evYmd, byte[] evType, int evFrom, int evTo, boolean countParticipation) {
    final Row r = row;
    r.map[0] = sub;
    r.gender[0] = (byte) gender;
    r.birth[0] = birth;
    r.entry[0] = entry;
    r.exit[0] = exit;
    r.status[0] = (byte) status;
    r.edu[0] = (byte) edu;
    r.flags[0] = flags;
    r.evStart[0] = evFrom;
    r.evStart[1] = evTo;
    foldRows(r.map, r.sub, r.gender, r.birth, r.entry, r.exit, r.status, r.edu, r.flags, r.evStart, evYmd, evType,
        0, 1, countParticipation);
  }

  /** Folds rows {@code from} to {@code to} (exclusive) of a columnar batch, its sub-projects mapped by {@code map}. */
  void fold(ParticipantColumns c, int[] map, int from, int to) {
    foldRows(map, c.sub, c.gender, c.birth, c.entry, c.exit, c.status, c.edu, c.flags, c.evStart, c.evYmd,
        c.evType, from, to, true);
  }

  /** The one row of {@link #fold(int, int, int, int, int, int, int, int, int[], byte[], int, int, boolean)}. */
  private static final class Row {
    final int[] map = new int[1];
    final int[] sub = new int[1];
    final byte[] gender = new byte[1];
    final int[] birth = new int[1];
    final int[] entry = new int[1];
    final int[] exit = new int[1];
    final byte[] status = new byte[1];
    final byte[] edu = new byte[1];
    final int[] flags = new int[1];
    final int[] evStart = new int[2];
  }

  /**
   * The fold of {@link #fold(int, int, int, int, int, int, int, int, int[], byte[], int, int, boolean)} over
   * rows of columns (row {@code i}'s events are {@code evStart[i]} to {@code evStart[i + 1]}). The row loop
   * and the per-row rules are one method, and what it calls is small, so that the JIT compiles them as one
   * piece of code without a call per row.
   */
  private void foldRows(int[] map, int[] sub, byte[] genders, int[] births, int[] entries, int[] exits,
      byte[] statuses, byte[] edus, int[] flagss, int[] evStart, int[] evYmd, byte[] evType, int from, int to,
      boolean countParticipation) {
    final int[] c = counts;
    final byte[] ageBand = layout.ageBand;
    for (int i = from; i < to; i++) {
      final int flags = flagss[i];
      final int entry = entries[i];
      if (countParticipation && !admit(flags, entry)) {
        continue;
      }
      final int gender = genders[i];
      final int birth = births[i];
      final int status = statuses[i];
      final int edu = edus[i];
      final int evFrom = evStart[i];
      final int evTo = evStart[i + 1];
      int exit = exits[i];
      // Branch-free from here: each test is a 0/1 int, and a cell that must not count is a discard cell.
      final int after = (asOf - exit) >>> 31; // exit after the reporting date: as not exited
      rules[DataRule.EXIT_AFTER_AS_OF.ordinal()] += after;
      exit &= after - 1;
      final int base = participant(map[sub[i]], gender, birth, status, edu, flags);
      final int complete = (((Codes.GENDER_UNKNOWN - 1 - gender) | (birth - 1) | (Codes.STATUS_UNKNOWN - 1 - status)
          | (Codes.EDU_UNKNOWN - 1 - edu)) >>> 31) ^ 1;
      final int age = Ymd.fullYears(birth, entry); // birth ≤ entry when known: both inputs check it
      final int band = ageBand[age > Layout.AGE_CAP ? Layout.AGE_CAP : age < 0 ? 0 : age];
      final int yes = flags & Codes.YES_BITS;
      c[base + select(complete, Layout.AE_CELLS + (band * 5 + status) * 4 + Layout.EDU_BAND[edu],
          Layout.INCOMPLETE_CELL)]++;
      c[base + select(complete, Layout.Y_CELLS + yes, Layout.DISCARD_Y)]++;
      final int exited = complete & (-exit >>> 31);
      final int due = ((lastDueExit - exit) >>> 31) ^ 1;
      rules[DataRule.LONGER_TERM_NOT_DUE.ordinal()] += exited & (due ^ 1);
      if (evFrom < evTo) {
        results(base, exit, exited, status, yes, band, due, evYmd, evType, evFrom, evTo);
      }
    }
  }

  /** {@code a} when {@code condition} is 1, {@code b} when it is 0, without a branch. */
  private static int select(int condition, int a, int b) {
    return b ^ ((a ^ b) & -condition);
  }

  /**
   * The cuts of a participation read from the data (not of one linked before the fold): counts it, and
   * returns false when it is excluded (out of range, struck, or entered after the reporting date).
   */
  private boolean admit(int flags, int entry) {
    participations++;
    if ((flags & (Codes.INVALID | Codes.STRUCK)) != 0) {
      rules[(flags & Codes.INVALID) != 0 ? DataRule.DATE_OUT_OF_RANGE.ordinal() : DataRule.STRUCK.ordinal()]++;
      return false;
    }
    if (entry > asOf) {
      rules[DataRule.ENTRY_AFTER_AS_OF.ordinal()]++;
      return false;
    }
    if ((flags & Codes.IDENTIFIED) == 0) {
      rules[DataRule.UNLINKED.ordinal()]++;
    }
    return true;
  }

  /** Counts a participant in the completeness histograms; returns the first cell of its sub-project and gender. */
  private int participant(int sub, int gender, int birth, int status, int edu, int flags) {
    participants++;
    if (--room == 0) {
      spill();
    }
    int birthCode = birth > 0 ? 0 : -birth;
    coreHist[((gender * Codes.STATUS_CODES + status) * Codes.EDU_CODES + edu) * 4 + birthCode]++;
    flagHist[(flags >>> Codes.UNKNOWN_SHIFT) & (FLAG_HIST - 1)]++;
    return sub * STRIDE + slotBase[gender];
  }

  /** Adds the int counters to the long totals and clears them. */
  private void spill() {
    addAndClear(counts, cellTotals());
    addAndClear(coreHist, spilledCore);
    addAndClear(flagHist, spilledFlags);
    room = spillEvery;
  }

  private static void addAndClear(int[] from, long[] to) {
    for (int i = 0; i < from.length; i++) {
      to[i] += from[i];
      from[i] = 0;
    }
  }

  /** The largest int counter now: at most {@code spillEvery} (the bound that keeps ints from overflowing). */
  int largestIntCounter() {
    int m = 0;
    for (int[] a : new int[][] {counts, coreHist, flagHist}) {
      for (int v : a) {
        m = Math.max(m, v);
      }
    }
    return m;
  }

  private long[] cellTotals() {
    if (spilledCounts == null) {
      spilledCounts = new long[counts.length];
    }
    return spilledCounts;
  }

  /** The count of a cell ({@code sub * STRIDE + slot * Layout.CELLS + cell}). */
  long count(int i) {
    long[] totals = spilledCounts;
    return totals == null ? counts[i] : totals[i] + counts[i];
  }

  /** The count of a completeness-histogram entry of the four core fields. */
  long core(int i) {
    return spilledCore[i] + coreHist[i];
  }

  /** The count of a completeness-histogram entry of the five yes/no fields. */
  long flag(int i) {
    return spilledFlags[i] + flagHist[i];
  }

  /**
   * The events of a participant: those after the reporting date are counted; for a complete, exited
   * participant ({@code exited} 1) the 28-day and six-month windows: the last status event in each window
   * (a later event on the same day wins), a qualification within 28 days on its own.
   *
   * <p>No data-dependent branch: each event's window tests are 0/1 bits, the last event of a window is the
   * largest {@link #eventKey} among the events in it (zero when none is), and a result that does not count
   * goes to a discard cell. When {@code exited} is 0 no event is in a window.
   */
  private void results(int base, int exit, int exited, int status, int yes, int band, int due, int[] evYmd,
      byte[] evType, int evFrom, int evTo) {
    final int end28 = Ymd.plusUpTo28Days(exit, 28);
    final int end6m = Ymd.plusMonths(exit, 6);
    final int first = exit | ((exited - 1) & Integer.MAX_VALUE); // past every date when not exited
    final int last = asOf;
    long immediate = 0;
    long sixMonths = 0;
    int qualification = 0;
    int late = 0;
    for (int k = evFrom; k < evTo; k++) {
      int d = evYmd[k];
      int t = evType[k];
      late += (last - d) >>> 31; // after the reporting date
      int counted = (((d - first) | (last - d)) >>> 31) ^ 1; // exit ≤ d ≤ asOf
      int status28 = counted & (((end28 - d) >>> 31) ^ 1);
      int qual = ((t ^ QUAL) - 1) >>> 31; // 1 for a qualification
      qualification |= status28 & qual;
      int notQual = qual ^ 1;
      long key = eventKey(d, k - evFrom, t);
      immediate = Math.max(immediate, key & -(long) (status28 & notQual));
      sixMonths = Math.max(sixMonths, key & -(long) (counted & notQual & (((end6m - d) >>> 31) ^ 1)));
    }
    rules[DataRule.EVENT_AFTER_AS_OF.ordinal()] += late;
    resultCells(base, status, yes, band, due, (int) immediate & 7, qualification, (int) sixMonths & 7);
  }

  /** Counts the result cells of the last events in the windows (their key's low bits, 0 for none). */
  private void resultCells(int base, int status, int yes, int band, int due, int immediate, int qualification,
      int sixMonths) {
    final int[] c = counts;
    final int disadvantaged = -(yes & layout.disadvantagedYes) >>> 31;
    final int immClass = IMMEDIATE_CLASS_BY_KEY[immediate];
    c[base + select(-(immClass | qualification) >>> 31,
        Layout.immediateCell(immClass, qualification, INACTIVE_STATUS[status], disadvantaged), Layout.DISCARD_I)]++;
    final int older = ((band ^ 3) - 1) >>> 31; // band 3: 55 and over
    c[base + select(due & EMPLOYMENT_BY_KEY[sixMonths], Layout.X_CELLS + older * 2 + disadvantaged,
        Layout.DISCARD_X)]++;
  }

  /** 1 for the statuses inactive and inactive not in education, by status code (unknown codes included). */
  private static final int[] INACTIVE_STATUS = new int[Codes.STATUS_CODES];
  /** 1 when the low three bits of an event key are an employment event (employed, self-employed). */
  private static final int[] EMPLOYMENT_BY_KEY = new int[8];

  static {
    INACTIVE_STATUS[INACTIVE] = 1;
    INACTIVE_STATUS[INACTIVE_NIE] = 1;
    EMPLOYMENT_BY_KEY[EMPLOYED + 1] = 1;
    EMPLOYMENT_BY_KEY[SELF_EMPLOYED + 1] = 1;
  }

  /**
   * An event as a positive key ordered by date, then by position within the participant's events: the
   * date in bits 35 and up, the position in bits 3–34, the type ordinal + 1 in bits 0–2 (so 0 is "none").
   */
  static long eventKey(int ymd, int position, int type) {
    return (long) ymd << 35 | (long) position << 3 | (type + 1);
  }

  /** The immediate class (see {@link Layout#IMMEDIATE_CLASS}) by the low three bits of an event key. */
  private static final byte[] IMMEDIATE_CLASS_BY_KEY = new byte[8];

  static {
    if (Layout.IMMEDIATE_CLASS.length > 7) {
      throw new IllegalStateException("an event key holds at most 7 event types");
    }
    for (int t = 0; t < Layout.IMMEDIATE_CLASS.length; t++) {
      IMMEDIATE_CLASS_BY_KEY[t + 1] = Layout.IMMEDIATE_CLASS[t];
    }
  }

  /** Adds another tally of the same period and reporting date. */
  void add(Tally o) {
    reserve(subCount + unknown(o.subNames, o.subCount));
    for (int i = 0; i < o.subCount; i++) {
      int mine = subProject(o.subNames[i]);
      long[] totals = cellTotals();
      int a = mine * STRIDE;
      int b = i * STRIDE;
      for (int k = 0; k < STRIDE; k++) {
        totals[a + k] += o.count(b + k);
      }
    }
    for (int i = 0; i < rules.length; i++) {
      rules[i] += o.rules[i];
    }
    for (int i = 0; i < CORE_HIST; i++) {
      spilledCore[i] += o.core(i);
    }
    for (int i = 0; i < FLAG_HIST; i++) {
      spilledFlags[i] += o.flag(i);
    }
    participations += o.participations;
    participants += o.participants;
  }

  Tally copy() {
    Tally t = new Tally(layout, asOf);
    t.reserve(subCount);
    t.add(this);
    return t;
  }

  /**
   * The indicator counts of one sub-project: {@code [indicator * SLOTS + slot]}, slots women, men,
   * non-binary, not reported, total; each cell count added to every indicator of its mask.
   */
  long[] expand(int sub) {
    long[] out = new long[layout.indicators.length * Layout.SLOTS];
    for (int slot = 0; slot < Layout.GENDER_SLOTS; slot++) {
      int base = sub * STRIDE + slot * Layout.CELLS;
      for (int cell = 0; cell < Layout.CELLS; cell++) {
        long n = count(base + cell);
        if (n == 0) {
          continue;
        }
        long mask = layout.cellMask[cell];
        while (mask != 0) {
          int at = Long.numberOfTrailingZeros(mask) * Layout.SLOTS;
          out[at + slot] += n;
          out[at + Layout.TOTAL_SLOT] += n;
          mask &= mask - 1;
        }
      }
    }
    return out;
  }

  /** Participants counted in the grand total only. */
  long incomplete() {
    long n = 0;
    for (int s = 0; s < subCount; s++) {
      for (int slot = 0; slot < Layout.GENDER_SLOTS; slot++) {
        n += count(s * STRIDE + slot * Layout.CELLS + Layout.INCOMPLETE_CELL);
      }
    }
    return n;
  }

  /** Complete participants with ISCED 0 (education band 0). */
  long isced0() {
    long n = 0;
    for (int s = 0; s < subCount; s++) {
      for (int slot = 0; slot < Layout.GENDER_SLOTS; slot++) {
        for (int ab = 0; ab < 4 * 5; ab++) {
          n += count(s * STRIDE + slot * Layout.CELLS + Layout.AE_CELLS + ab * 4);
        }
      }
    }
    return n;
  }

  /** Participants recorded as non-binary. */
  long nonBinary() {
    long n = 0;
    int per = Codes.STATUS_CODES * Codes.EDU_CODES * 4;
    for (int k = 0; k < per; k++) {
      n += core(2 * per + k);
    }
    return n;
  }
}
