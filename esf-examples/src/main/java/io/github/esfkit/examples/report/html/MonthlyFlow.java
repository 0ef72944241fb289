package io.github.esfkit.examples.report.html;

import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.participant.Participation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Inflow and outflow per month by gender (inskrivna och avslutade per månad): participations that entered,
 * and that exited, in each calendar month up to the reporting date. Counts participations (a re-entry is a
 * new entry), struck ones excluded. Built once by {@link #of}; immutable and thread-safe.
 */
public final class MonthlyFlow {

  /** The columns: one per recorded gender and one for an unknown gender. */
  public enum Group {
    /** Kvinnor. */
    WOMEN("Kvinnor", "Women"),
    /** Män. */
    MEN("Män", "Men"),
    /** Icke-binära. */
    NON_BINARY("Icke-binära", "Non-binary"),
    /** Kön okänt. */
    NOT_REPORTED("Kön okänt", "Gender unknown");

    private final String sv;
    private final String en;

    Group(String sv, String en) {
      this.sv = sv;
      this.en = en;
    }

    /** The heading in the language. */
    public String label(io.github.esfkit.core.Language l) {
      return l.pick(sv, en);
    }

    static Group of(Participation p) {
      Optional<Gender> g = p.gender().value();
      if (g.isEmpty()) {
        return NOT_REPORTED;
      }
      switch (g.get()) {
        case WOMAN:
          return WOMEN;
        case MAN:
          return MEN;
        default:
          return NON_BINARY;
      }
    }
  }

  /** One month: entries and exits per group. */
  public static final class Month {
    private final YearMonth month;
    private final long[] in = new long[Group.values().length];
    private final long[] out = new long[Group.values().length];

    private Month(YearMonth month) {
      this.month = month;
    }

    /** The month. */
    public YearMonth month() {
      return month;
    }

    /** Participations that entered in the month. */
    public long inflow(Group g) {
      return in[g.ordinal()];
    }

    /** Participations that exited in the month. */
    public long outflow(Group g) {
      return out[g.ordinal()];
    }

    /** All entries of the month. */
    public long inflowTotal() {
      long n = 0;
      for (long v : in) {
        n += v;
      }
      return n;
    }

    /** All exits of the month. */
    public long outflowTotal() {
      long n = 0;
      for (long v : out) {
        n += v;
      }
      return n;
    }
  }

  private final Map<YearMonth, Month> months;
  private final Map<Group, Long> totals;

  private MonthlyFlow(Map<YearMonth, Month> months, Map<Group, Long> totals) {
    this.months = months;
    this.totals = totals;
  }

  /** The flow of {@code participations} up to and including {@code asOf}; every month between shown. */
  public static MonthlyFlow of(Iterable<Participation> participations, LocalDate asOf) {
    Builder b = builder(asOf);
    participations.forEach(b::add);
    return b.build();
  }

  /** A builder that tallies participations one at a time as they are read, holding none of them. */
  public static Builder builder(LocalDate asOf) {
    return new Builder(asOf);
  }

  /**
   * Tallies participations as they come (a count per month and group, never the records), so that any number
   * of rows takes memory in proportion to the months only. Not thread-safe; {@link #build} once.
   */
  public static final class Builder {
    private final LocalDate asOf;
    private final TreeMap<YearMonth, Month> months = new TreeMap<>();
    private final EnumMap<Group, Long> totals = new EnumMap<>(Group.class);

    private Builder(LocalDate asOf) {
      this.asOf = java.util.Objects.requireNonNull(asOf, "asOf");
    }

    /** Counts one participation: its entry, and its exit when on or before the reporting date. */
    public Builder add(Participation p) {
      if (p.struck() || p.entryDate().isAfter(asOf)) {
        return this;
      }
      Group g = Group.of(p);
      totals.merge(g, 1L, Long::sum);
      months.computeIfAbsent(YearMonth.from(p.entryDate()), Month::new).in[g.ordinal()]++;
      Optional<LocalDate> exit = p.exitDate();
      if (exit.isPresent() && !exit.get().isAfter(asOf)) {
        months.computeIfAbsent(YearMonth.from(exit.get()), Month::new).out[g.ordinal()]++;
      }
      return this;
    }

    /** The flow of what was added; every month from the first to the last shown. */
    public MonthlyFlow build() {
      TreeMap<YearMonth, Month> all = new TreeMap<>(months);
      if (!all.isEmpty()) {
        YearMonth last = all.lastKey();
        for (YearMonth m = all.firstKey(); m.isBefore(last); m = m.plusMonths(1)) {
          all.computeIfAbsent(m, Month::new);
        }
      }
      return new MonthlyFlow(Collections.unmodifiableMap(all), Collections.unmodifiableMap(new EnumMap<>(totals)));
    }
  }

  /** The months in order, from the first entry to the last entry or exit. */
  public java.util.Collection<Month> months() {
    return months.values();
  }

  /** True when the group has any participation (a column worth showing). */
  public boolean has(Group g) {
    return totals.getOrDefault(g, 0L) > 0;
  }

  /** Participations counted per group. */
  public long participations(Group g) {
    return totals.getOrDefault(g, 0L);
  }
}
