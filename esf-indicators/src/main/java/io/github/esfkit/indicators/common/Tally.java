package io.github.esfkit.indicators.common;

import io.github.esfkit.core.participant.EmploymentStatus;
import io.github.esfkit.core.participant.EventType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The counters of the fold: per sub-project, per computed indicator, five slots (women, men, non-binary,
 * gender not reported, total), plus data-rule counts and completeness histograms. Its size depends on the
 * number of sub-projects, never on the number of records. Not thread-safe: one per thread, then merge.
 */
final class Tally {

  private static final int QUAL = EventType.QUALIFICATION_GAINED.ordinal();
  private static final int JOB_SEARCHING = EventType.JOB_SEARCHING.ordinal();
  private static final int UNEMPLOYED = EventType.UNEMPLOYED.ordinal();
  private static final int IN_EDUCATION = EventType.IN_EDUCATION.ordinal();
  private static final int EMPLOYED = EventType.EMPLOYED.ordinal();
  private static final int SELF_EMPLOYED = EventType.SELF_EMPLOYED.ordinal();
  private static final int INACTIVE = EmploymentStatus.INACTIVE.ordinal();
  private static final int INACTIVE_NIE = EmploymentStatus.INACTIVE_NOT_IN_EDUCATION.ordinal();
  static final int CORE_HIST = Codes.GENDER_CODES * Codes.STATUS_CODES * Codes.EDU_CODES * 4;
  static final int FLAG_HIST = 1 << (2 * Codes.FLAG_FIELDS);

  final Layout layout;
  final int asOf;
  /** The latest exit whose six months have passed by the reporting date: exit + 6 months ≤ asOf. */
  private final int lastDueExit;
  private final boolean esf2014;
  private final Map<String, Integer> subIndex = new HashMap<>();
  private String[] subNames = new String[8];
  private int subCount;
  long[] counts;
  final long[] rules = new long[DataRule.values().length];
  final long[] coreHist = new long[CORE_HIST];
  final long[] flagHist = new long[FLAG_HIST];
  long participations;
  long participants;

  Tally(Layout layout, int asOf) {
    this.layout = layout;
    this.asOf = asOf;
    this.esf2014 = !layout.esfPlus;
    this.counts = new long[8 * layout.stride];
    this.lastDueExit = lastDueExit(asOf);
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
    if ((n + 1) * layout.stride > counts.length) {
      counts = Arrays.copyOf(counts, Math.max(counts.length * 2, (n + 1) * layout.stride));
    }
    return n;
  }

  /** Counts a participation excluded before the fold (object path, before linking). */
  void excluded(DataRule rule) {
    participations++;
    rules[rule.ordinal()]++;
  }

  /**
   * Folds one participant (or one unlinked participation) into the counters: the reporting-date cuts, the
   * completeness test, the output bits, the 28-day and six-month windows, then one increment per indicator
   * bit in the participant's gender slot and in the total slot. Allocates nothing.
   *
   * @param countParticipation false when the linked participations were counted before the fold
   */
  void fold(int sub, int gender, int birth, int entry, int exit, int status, int edu, int flags,
      int[] evYmd, byte[] evType, int evFrom, int evTo, boolean countParticipation) {
    final long[] r = rules;
    if (countParticipation) {
      participations++;
      if ((flags & Codes.INVALID) != 0) {
        r[DataRule.DATE_OUT_OF_RANGE.ordinal()]++;
        return;
      }
      if ((flags & Codes.STRUCK) != 0) {
        r[DataRule.STRUCK.ordinal()]++;
        return;
      }
      if (entry > asOf) {
        r[DataRule.ENTRY_AFTER_AS_OF.ordinal()]++;
        return;
      }
      if ((flags & Codes.IDENTIFIED) == 0) {
        r[DataRule.UNLINKED.ordinal()]++;
      }
    }
    if (exit > asOf) {
      r[DataRule.EXIT_AFTER_AS_OF.ordinal()]++;
      exit = 0;
    }
    participants++;
    if (esf2014 && gender == 2) {
      r[DataRule.NON_BINARY_WITHOUT_COLUMN.ordinal()]++;
    }
    int birthCode = birth > 0 ? 0 : -birth;
    coreHist[((gender * Codes.STATUS_CODES + status) * Codes.EDU_CODES + edu) * 4 + birthCode]++;
    flagHist[(flags >>> Codes.UNKNOWN_SHIFT) & (FLAG_HIST - 1)]++;
    final Layout l = layout;
    long mask = l.totalBit;
    if (gender >= Codes.GENDER_UNKNOWN || birth <= 0 || status >= Codes.STATUS_UNKNOWN || edu >= Codes.EDU_UNKNOWN) {
      r[DataRule.INCOMPLETE.ordinal()]++;
      for (int k = evFrom; k < evTo; k++) {
        if (evYmd[k] > asOf) {
          r[DataRule.EVENT_AFTER_AS_OF.ordinal()]++;
        }
      }
    } else {
      if (esf2014 && edu == 0) {
        r[DataRule.ISCED0_WITHOUT_INDICATOR.ordinal()]++;
      }
      int age = Ymd.fullYears(birth, entry);
      if (age > Layout.AGE_CAP) {
        age = Layout.AGE_CAP;
      }
      int yes = flags & Codes.YES_BITS;
      mask |= l.statusMask[status] | l.eduMask[edu] | l.ageMask[age] | l.yesMask[yes];
      boolean older = age >= 55;
      if (older) {
        mask |= l.olderStatusMask[status];
      }
      if (exit != 0) {
        boolean due = exit <= lastDueExit;
        if (!due) {
          r[DataRule.LONGER_TERM_NOT_DUE.ordinal()]++;
        }
        if (evFrom < evTo) {
          mask |= results(exit, status, yes, older, due, evYmd, evType, evFrom, evTo);
        }
      } else {
        for (int k = evFrom; k < evTo; k++) {
          if (evYmd[k] > asOf) {
            r[DataRule.EVENT_AFTER_AS_OF.ordinal()]++;
          }
        }
      }
    }
    final long[] c = counts;
    final int base = sub * l.stride;
    final int slot = l.genderSlot[gender];
    while (mask != 0) {
      int at = base + Long.numberOfTrailingZeros(mask) * Layout.SLOTS;
      c[at + slot]++;
      c[at + Layout.TOTAL_SLOT]++;
      mask &= mask - 1;
    }
  }

  /** The result bits of an exited participant with events: the 28-day and six-month windows. */
  private long results(int exit, int status, int yes, boolean older, boolean due, int[] evYmd, byte[] evType,
      int evFrom, int evTo) {
    final Layout l = layout;
    final long[] r = rules;
    int end28 = Ymd.plusDays(exit, 28);
    int end6m = Ymd.plusMonths(exit, 6);
    int immType = -1;
    int immDay = 0;
    int sixType = -1;
    int sixDay = 0;
    boolean qualification = false;
    for (int k = evFrom; k < evTo; k++) {
      int d = evYmd[k];
      if (d > asOf) {
        r[DataRule.EVENT_AFTER_AS_OF.ordinal()]++;
        continue;
      }
      if (d < exit) {
        continue;
      }
      int t = evType[k];
      if (t == QUAL) {
        if (d <= end28) {
          qualification = true;
        }
        continue;
      }
      if (d <= end28 && d >= immDay) {
        immType = t;
        immDay = d;
      }
      if (d <= end6m && d >= sixDay) {
        sixType = t;
        sixDay = d;
      }
    }
    long mask = l.immediateMask[immType + 1];
    if (qualification) {
      mask |= l.qualificationBit;
    }
    boolean searching = immType == JOB_SEARCHING || immType == UNEMPLOYED;
    if (searching && (status == INACTIVE || status == INACTIVE_NIE)) {
      mask |= l.inactiveJobSearchingBit;
    }
    boolean disadvantaged = (yes & l.disadvantagedYes) != 0;
    if (disadvantaged && (qualification || searching || immType == IN_EDUCATION || immType == EMPLOYED
        || immType == SELF_EMPLOYED)) {
      mask |= l.disadvantagedImmediateBit;
    }
    if (due) {
      long six = l.sixMonthMask[sixType + 1];
      if (six != 0) {
        mask |= six;
        if (older) {
          mask |= l.olderSixMonthBit;
        }
        if (disadvantaged) {
          mask |= l.disadvantagedSixMonthBit;
        }
      }
    }
    return mask;
  }

  /** Adds another tally of the same period and reporting date. */
  void add(Tally o) {
    for (int i = 0; i < o.subCount; i++) {
      int mine = subProject(o.subNames[i]);
      int a = mine * layout.stride;
      int b = i * layout.stride;
      for (int k = 0; k < layout.stride; k++) {
        counts[a + k] += o.counts[b + k];
      }
    }
    for (int i = 0; i < rules.length; i++) {
      rules[i] += o.rules[i];
    }
    for (int i = 0; i < coreHist.length; i++) {
      coreHist[i] += o.coreHist[i];
    }
    for (int i = 0; i < flagHist.length; i++) {
      flagHist[i] += o.flagHist[i];
    }
    participations += o.participations;
    participants += o.participants;
  }

  Tally copy() {
    Tally t = new Tally(layout, asOf);
    t.add(this);
    return t;
  }

  long count(int sub, int indicator, int slot) {
    return counts[sub * layout.stride + indicator * Layout.SLOTS + slot];
  }
}
