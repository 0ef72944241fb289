package io.github.esfkit.indicators.common;

import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.EmploymentStatus;
import io.github.esfkit.core.participant.EventType;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.participant.IscedLevel;
import io.github.esfkit.core.participant.LabourMarketEvent;
import io.github.esfkit.core.participant.Participation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A columnar batch of participant records (kolumnformat): primitive arrays the
 * {@link CommonIndicatorCalculator} folds without allocating per record, the fast path for national-scale
 * data. It gives exactly the figures of the same records added as {@link Participation}s.
 *
 * <p>Each row is one participant as given: rows are <em>not</em> linked by personnummer. Use it for
 * records without re-entries, or for records already linked one row per person (for example register
 * data); for linking use {@link CommonIndicatorCalculator#add(Participation)} or
 * {@link CommonIndicatorCalculator#addPerson(java.util.Collection)}.
 *
 * <p>Encoding (the {@code *Code} helpers produce it): dates as {@code yyyymmdd} ints, 0 for "no exit";
 * gender 0 woman, 1 man, 2 non-binary, 3/4/5 unknown (not collected, refused, don't know); employment
 * status 0–4 in {@link EmploymentStatus} order, 5/6/7 unknown; education 0–8 (ISCED level), 9/10/11
 * unknown; birth date {@code yyyymmdd} or -1/-2/-3 unknown; flags from {@link #flagsCode}. Immutable once
 * built; thread-safe for reading.
 */
public final class ParticipantColumns {

  private final String[] subProjects;
  final int size;
  final int[] sub;
  final byte[] gender;
  final int[] birth;
  final int[] entry;
  final int[] exit;
  final byte[] status;
  final byte[] edu;
  final int[] flags;
  final int[] evStart;
  final int[] evYmd;
  final byte[] evType;

  private ParticipantColumns(Builder b) {
    this.subProjects = b.subNames.toArray(new String[0]);
    this.size = b.size;
    this.sub = fit(b.sub, size);
    this.gender = fit(b.gender, size);
    this.birth = fit(b.birth, size);
    this.entry = fit(b.entry, size);
    this.exit = fit(b.exit, size);
    this.status = fit(b.status, size);
    this.edu = fit(b.edu, size);
    this.flags = fit(b.flags, size);
    b.evStart[size] = b.evCount;
    this.evStart = fit(b.evStart, size + 1);
    this.evYmd = fit(b.evYmd, b.evCount);
    this.evType = fit(b.evType, b.evCount);
  }

  private static int[] fit(int[] a, int n) {
    return a.length == n ? a : Arrays.copyOf(a, n);
  }

  private static byte[] fit(byte[] a, int n) {
    return a.length == n ? a : Arrays.copyOf(a, n);
  }

  /** A builder sized for about {@code expectedRows} rows. */
  public static Builder builder(int expectedRows) {
    return new Builder(Math.max(16, expectedRows));
  }

  /** The columns of the given participations, one row each (not linked). */
  public static ParticipantColumns of(Iterable<Participation> participations) {
    Builder b = builder(16);
    for (Participation p : participations) {
      b.add(p);
    }
    return b.build();
  }

  /** Number of rows. */
  public int size() {
    return size;
  }

  /** Number of labour-market events over all rows. */
  public int eventCount() {
    return evYmd.length;
  }

  /** The sub-project names, indexed by the sub-project codes of the rows. */
  public List<String> subProjects() {
    return List.of(subProjects);
  }

  String subProjectName(int i) {
    return subProjects[i];
  }

  /** Approximate heap bytes of the arrays. */
  public long approximateBytes() {
    return (long) size * (4 + 1 + 4 + 4 + 4 + 1 + 1 + 4 + 4) + (long) evYmd.length * 5;
  }

  // ---------------------------------------------------------------- encoding helpers

  /** The gender code of an answer. */
  public static int genderCode(Answer<Gender> a) {
    return Codes.gender(Args.notNull(a, "gender"));
  }

  /** The employment-status code of an answer. */
  public static int statusCode(Answer<EmploymentStatus> a) {
    return Codes.status(Args.notNull(a, "employmentStatus"));
  }

  /** The education code of an answer. */
  public static int educationCode(Answer<IscedLevel> a) {
    return Codes.education(Args.notNull(a, "education"));
  }

  /** The birth-date code of an answer; 0 when the year is outside 1800–2999. */
  public static int birthCode(Answer<LocalDate> a) {
    return Codes.birth(Args.notNull(a, "birthDate"));
  }

  /** A date as {@code yyyymmdd}; 0 when the year is outside 1800–2999. */
  public static int dateCode(LocalDate d) {
    return Codes.date(Args.notNull(d, "date"));
  }

  /**
   * The flags of the five optional yes/no characteristics, plus whether the row is identified by a
   * personnummer (then it is not counted as unlinked) and whether it is struck.
   */
  public static int flagsCode(Answer<Boolean> disability, Answer<Boolean> foreignBackground,
      Answer<Boolean> thirdCountNational, Answer<Boolean> homeless, Answer<Boolean> rural, boolean identified,
      boolean struck) {
    int f = Codes.yesNo(Args.notNull(disability, "disability"), Codes.DISABILITY)
        | Codes.yesNo(Args.notNull(foreignBackground, "foreignBackground"), Codes.FOREIGN_BACKGROUND)
        | Codes.yesNo(Args.notNull(thirdCountNational, "thirdCountNational"),
            Codes.THIRD_COUNTRY_NATIONAL)
        | Codes.yesNo(Args.notNull(homeless, "homeless"), Codes.HOMELESS)
        | Codes.yesNo(Args.notNull(rural, "rural"), Codes.RURAL);
    return f | (identified ? Codes.IDENTIFIED : 0) | (struck ? Codes.STRUCK : 0);
  }

  /** Builds a batch row by row; not thread-safe. */
  public static final class Builder {
    private final List<String> subNames = new ArrayList<>();
    private final Map<String, Integer> subIndex = new HashMap<>();
    private int size;
    private int[] sub;
    private byte[] gender;
    private int[] birth;
    private int[] entry;
    private int[] exit;
    private byte[] status;
    private byte[] edu;
    private int[] flags;
    private int[] evStart;
    private int evCount;
    private int[] evYmd;
    private byte[] evType;
    private boolean built;

    private Builder(int capacity) {
      sub = new int[capacity];
      gender = new byte[capacity];
      birth = new int[capacity];
      entry = new int[capacity];
      exit = new int[capacity];
      status = new byte[capacity];
      edu = new byte[capacity];
      flags = new int[capacity];
      evStart = new int[capacity + 1];
      evYmd = new int[Math.max(16, capacity / 2)];
      evType = new byte[evYmd.length];
    }

    /** The code of a sub-project name, added on first use. */
    public int subProject(String name) {
      Args.notNull(name, "subProject");
      if (name.isBlank()) {
        throw new IllegalArgumentException("sub-project must not be blank");
      }
      Integer i = subIndex.get(name);
      if (i != null) {
        return i;
      }
      subNames.add(name);
      subIndex.put(name, subNames.size() - 1);
      return subNames.size() - 1;
    }

    /** Adds one participation as one row, with its events. */
    public Builder add(Participation p) {
      Args.notNull(p, "participation");
      int f = Codes.flags(p);
      int b = Codes.birth(p.birthDate());
      int en = Codes.date(p.entryDate());
      int ex = p.exitDate().isPresent() ? Codes.date(p.exitDate().get()) : -1;
      if (Codes.outOfRange(p, b, en, ex)) {
        f |= Codes.INVALID;
        row(subProject(p.subProject()), Codes.gender(p.gender()), -1, 0, 0, Codes.status(p.employmentStatus()),
            Codes.education(p.education()), f);
        return this;
      }
      row(subProject(p.subProject()), Codes.gender(p.gender()), b, en, Math.max(ex, 0),
          Codes.status(p.employmentStatus()), Codes.education(p.education()), f);
      for (LabourMarketEvent e : p.events()) {
        event(Ymd.of(e.date()), e.type());
      }
      return this;
    }

    /**
     * Adds one encoded row (see the class documentation); validates every code and date and throws
     * {@link IllegalArgumentException} naming the first bad one.
     */
    public Builder addRow(int subProject, int genderCode, int birthCode, int entryYmd, int exitYmd,
        int statusCode, int educationCode, int flagsCode) {
      check(subProject >= 0 && subProject < subNames.size(), "unknown sub-project code ", subProject);
      check(genderCode >= 0 && genderCode < Codes.GENDER_CODES, "gender code must be 0-5: ", genderCode);
      check(statusCode >= 0 && statusCode < Codes.STATUS_CODES, "status code must be 0-7: ", statusCode);
      check(educationCode >= 0 && educationCode < Codes.EDU_CODES, "education code must be 0-11: ", educationCode);
      check(Ymd.isValid(entryYmd), "entry date is not a valid yyyymmdd in 1800-2999: ", entryYmd);
      check(birthCode == -1 || birthCode == -2 || birthCode == -3 || Ymd.isValid(birthCode) && birthCode <= entryYmd,
          "birth date must be a valid yyyymmdd on or before entry, or -1..-3: ", birthCode);
      check(exitYmd == 0 || Ymd.isValid(exitYmd) && exitYmd >= entryYmd,
          "exit date must be 0 or a valid yyyymmdd on or after entry: ", exitYmd);
      check((flagsCode & ~(0xFFFF | Codes.STRUCK)) == 0, "unknown flag bits: ", flagsCode);
      for (int fld = 0; fld < Codes.FLAG_FIELDS; fld++) {
        boolean yes = (flagsCode & (1 << fld)) != 0;
        boolean unknown = ((flagsCode >>> (Codes.UNKNOWN_SHIFT + 2 * fld)) & 3) != 0;
        if (yes && unknown) {
          throw new IllegalArgumentException("flag field " + fld + " is both yes and unknown");
        }
      }
      return row(subProject, genderCode, birthCode, entryYmd, exitYmd, statusCode, educationCode, flagsCode);
    }

    /** Adds a labour-market event to the last row; it must be on or after that row's exit. */
    public Builder addEvent(int ymd, EventType type) {
      Args.notNull(type, "type");
      check(size > 0, "no row to add an event to");
      int ex = exit[size - 1];
      check(ex != 0, "an event needs an exit date");
      check(Ymd.isValid(ymd) && ymd >= ex, "event date must be a valid yyyymmdd on or after the exit: ", ymd);
      return event(ymd, type);
    }

    private Builder row(int s, int g, int b, int en, int ex, int st, int ed, int f) {
      check(!built, "builder already used");
      if (size == sub.length) {
        int n = size * 2;
        sub = Arrays.copyOf(sub, n);
        gender = Arrays.copyOf(gender, n);
        birth = Arrays.copyOf(birth, n);
        entry = Arrays.copyOf(entry, n);
        exit = Arrays.copyOf(exit, n);
        status = Arrays.copyOf(status, n);
        edu = Arrays.copyOf(edu, n);
        flags = Arrays.copyOf(flags, n);
        evStart = Arrays.copyOf(evStart, n + 1);
      }
      sub[size] = s;
      gender[size] = (byte) g;
      birth[size] = b;
      entry[size] = en;
      exit[size] = ex;
      status[size] = (byte) st;
      edu[size] = (byte) ed;
      flags[size] = f;
      evStart[size] = evCount;
      size++;
      return this;
    }

    private Builder event(int ymd, EventType type) {
      if (evCount == evYmd.length) {
        evYmd = Arrays.copyOf(evYmd, evCount * 2);
        evType = Arrays.copyOf(evType, evCount * 2);
      }
      evYmd[evCount] = ymd;
      evType[evCount] = (byte) type.ordinal();
      evCount++;
      return this;
    }

    /** The batch; the builder cannot be used afterwards. */
    public ParticipantColumns build() {
      check(!built, "builder already used");
      built = true;
      return new ParticipantColumns(this);
    }

    /** Like {@link #check(boolean, String)}, building the message (with {@code value}) only on failure. */
    private static void check(boolean ok, String message, int value) {
      if (!ok) {
        throw new IllegalArgumentException(message + value);
      }
    }

    private static void check(boolean ok, String message) {
      if (!ok) {
        throw new IllegalArgumentException(message);
      }
    }
  }
}
