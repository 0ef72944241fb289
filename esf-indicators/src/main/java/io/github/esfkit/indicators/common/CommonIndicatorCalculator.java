package io.github.esfkit.indicators.common;

import io.github.esfkit.core.id.Personnummer;
import io.github.esfkit.core.participant.LabourMarketEvent;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.programme.ProgrammePeriod;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collector;

/**
 * Computes the EU common participant indicators of one operation (insats) from participant records, as a
 * fold into a mergeable accumulator (beräkning av gemensamma indikatorer).
 *
 * <p>Rules (defaults of the participant exchange format): the reporting date cuts entries, exits and
 * events after it; age is full years at first entry; one employment status; re-entries of one person
 * (same personnummer) are one participant with the first entry's characteristics and sub-project, the last
 * exit and the results of that exit; a record with unknown gender, birth date, employment status or
 * education counts in the grand total only; the immediate result is the last status event from exit to
 * exit + 28 days (a qualification counts on its own); the six-month result is the last status event up to
 * exit + 6 calendar months, only for participants exited at least six months before the reporting date.
 * Under 2014–2020 a non-binary person is in the total column only.
 *
 * <p><b>Merging.</b> {@link #merge} is associative and commutative: calculators fed any split of the
 * records (municipalities, chunks, threads) merge into exactly the figures of all records. Different
 * operations are never linked: merge their calculators to add their figures.
 *
 * <p><b>Memory.</b> Counters depend on the number of sub-projects only. Records without personnummer, the
 * {@link ParticipantColumns} fast path and {@link #addPerson} fold at once and keep nothing. Records with a
 * personnummer added one by one through {@link #add(Participation)} are kept per person (a compact state,
 * about 150 bytes) until {@link #result()}, because a later record of the same person may change them; to
 * bound memory, hand each person's records together to {@link #addPerson} (input sorted by person), or
 * partition the data by person and call {@link #foldHeldPersons} after each partition.
 *
 * <p>Not thread-safe: use one calculator per thread and merge them, or {@link #collector}.
 */
public final class CommonIndicatorCalculator {

  private final ProgrammePeriod period;
  private final LocalDate asOf;
  private final Layout layout;
  private final Tally tally;
  private final Map<Personnummer, PersonState> persons = new HashMap<>();
  private int[] scratchYmd = new int[8];
  private byte[] scratchType = new byte[8];
  private int[] batchMap = new int[8];

  private CommonIndicatorCalculator(ProgrammePeriod period, LocalDate asOf) {
    this.period = period;
    this.asOf = asOf;
    this.layout = Layout.of(period);
    this.tally = new Tally(layout, Ymd.of(asOf));
  }

  /**
   * A calculator for one programme period and reporting date; {@link IllegalArgumentException} when the
   * date is outside the years 1800–2999.
   */
  public static CommonIndicatorCalculator of(ProgrammePeriod period, LocalDate asOf) {
    Args.notNull(period, "period");
    Args.notNull(asOf, "asOf");
    if (!Ymd.fits(asOf)) {
      throw new IllegalArgumentException("reporting date must be within the years 1800-2999: " + asOf);
    }
    return new CommonIndicatorCalculator(period, asOf);
  }

  /** A collector for (parallel) streams of participations of one operation. */
  public static Collector<Participation, ?, CommonIndicatorResult> collector(ProgrammePeriod period,
      LocalDate asOf) {
    of(period, asOf);
    return Collector.of(() -> of(period, asOf), CommonIndicatorCalculator::add, CommonIndicatorCalculator::merge,
        CommonIndicatorCalculator::result, Collector.Characteristics.UNORDERED);
  }

  /** The programme period whose catalogue is computed. */
  public ProgrammePeriod period() {
    return period;
  }

  /** The reporting date: later entries, exits and events are not counted. */
  public LocalDate asOf() {
    return asOf;
  }

  /** Persons with a personnummer held for linking until {@link #result()}. */
  public int pendingPersons() {
    return persons.size();
  }

  /**
   * Folds the persons held for linking into the counters now and forgets them, so that memory returns to what
   * the counters need. For input partitioned by person: once a partition is read, no later record can change
   * its persons. A record of such a person added afterwards (here or in a calculator merged with this one)
   * counts as another person; {@link #result()} is the same before and after.
   */
  public CommonIndicatorCalculator foldHeldPersons() {
    for (PersonState s : persons.values()) {
      s.foldInto(tally);
    }
    persons.clear();
    return this;
  }

  /**
   * Adds one participation. Without a personnummer it counts as its own person and folds at once; with
   * one it is linked with the person's other participations.
   */
  public CommonIndicatorCalculator add(Participation participation) {
    Args.notNull(participation, "participation");
    Optional<Personnummer> id = participation.personId();
    if (id.isPresent()) {
      PersonState s = single(participation);
      if (s != null) {
        persons.merge(id.get(), s, PersonState::combine);
      }
      return this;
    }
    foldUnlinked(participation);
    return this;
  }

  /** Adds every participation. */
  public CommonIndicatorCalculator addAll(Iterable<Participation> participations) {
    Args.notNull(participations, "participations");
    for (Participation p : participations) {
      add(p);
    }
    return this;
  }

  /**
   * Adds all participations of one person in this operation, linked and folded at once: memory stays flat.
   * The caller guarantees that no other record of the person is added elsewhere; records with different
   * personnummer are rejected with {@link IllegalArgumentException}. A record without personnummer cannot be
   * linked: it counts as its own person, exactly as through {@link #add(Participation)}.
   */
  public CommonIndicatorCalculator addPerson(Collection<Participation> participations) {
    Args.notNull(participations, "participations");
    Personnummer id = null;
    for (Participation p : participations) {
      Args.notNull(p, "participation");
      if (p.personId().isPresent()) {
        if (id != null && !id.equals(p.personId().get())) {
          throw new IllegalArgumentException("addPerson takes the records of one person only");
        }
        id = p.personId().get();
      }
    }
    PersonState merged = null;
    for (Participation p : participations) {
      if (p.personId().isEmpty()) {
        foldUnlinked(p);
        continue;
      }
      PersonState s = single(p);
      if (s != null) {
        merged = merged == null ? s : PersonState.combine(merged, s);
      }
    }
    if (merged != null) {
      merged.foldInto(tally);
    }
    return this;
  }

  /** Folds every row of a columnar batch (the allocation-free fast path). */
  public CommonIndicatorCalculator add(ParticipantColumns columns) {
    return add(columns, 0, Args.notNull(columns, "columns").size());
  }

  /** Folds rows {@code from} (inclusive) to {@code to} (exclusive) of a columnar batch. */
  public CommonIndicatorCalculator add(ParticipantColumns c, int from, int to) {
    Args.notNull(c, "columns");
    if (from < 0 || to > c.size || from > to) {
      throw new IllegalArgumentException("rows " + from + ".." + to + " outside 0.." + c.size);
    }
    int n = c.subProjects().size();
    if (batchMap.length < n) {
      batchMap = new int[n];
    }
    String[] names = new String[n];
    for (int i = 0; i < n; i++) {
      names[i] = c.subProjectName(i);
    }
    tally.reserve(tally.subProjectCount() + tally.unknown(names, n));
    for (int i = 0; i < n; i++) {
      batchMap[i] = tally.subProject(c.subProjectName(i));
    }
    tally.fold(c, batchMap, from, to);
    return this;
  }

  /**
   * Adds another calculator's records to this one (same period and reporting date, else
   * {@link IllegalArgumentException}); persons seen by both are linked. The other calculator is unchanged.
   */
  public CommonIndicatorCalculator merge(CommonIndicatorCalculator other) {
    Args.notNull(other, "other");
    if (other == this) {
      throw new IllegalArgumentException("cannot merge a calculator with itself");
    }
    if (other.period != period || !other.asOf.equals(asOf)) {
      throw new IllegalArgumentException("cannot merge " + other.period.code() + " as of " + other.asOf + " into "
          + period.code() + " as of " + asOf);
    }
    tally.add(other.tally);
    for (Map.Entry<Personnummer, PersonState> e : other.persons.entrySet()) {
      persons.merge(e.getKey(), e.getValue(), PersonState::combine);
    }
    return this;
  }

  /** The figures of everything added so far; the calculator can go on. */
  public CommonIndicatorResult result() {
    if (persons.isEmpty()) {
      return toResult(tally);
    }
    Tally t = tally.copy();
    for (PersonState s : persons.values()) {
      s.foldInto(t);
    }
    return toResult(t);
  }

  // ---------------------------------------------------------------- object path

  private void foldUnlinked(Participation p) {
    int flags = Codes.flags(p);
    int birth = Codes.birth(p.birthDate());
    int entry = Codes.date(p.entryDate());
    int exit = p.exitDate().isPresent() ? Codes.date(p.exitDate().get()) : -1;
    List<LabourMarketEvent> events = p.events();
    int n = 0;
    if (Codes.outOfRange(p, birth, entry, exit)) {
      flags |= Codes.INVALID;
    } else {
      n = events.size();
      ensureScratch(n);
      for (int k = 0; k < n; k++) {
        LabourMarketEvent e = events.get(k);
        scratchYmd[k] = Ymd.of(e.date());
        scratchType[k] = (byte) e.type().ordinal();
      }
    }
    tally.fold(tally.subProject(p.subProject()), Codes.gender(p.gender()), birth, entry, Math.max(exit, 0),
        Codes.status(p.employmentStatus()), Codes.education(p.education()), flags, scratchYmd, scratchType, 0, n,
        true);
  }

  private void ensureScratch(int n) {
    if (scratchYmd.length < n) {
      scratchYmd = new int[n * 2];
      scratchType = new byte[n * 2];
    }
  }

  /** One participation as a person state after the reporting-date cuts; null when excluded (and counted). */
  private PersonState single(Participation p) {
    int flags = Codes.flags(p);
    int birth = Codes.birth(p.birthDate());
    int entry = Codes.date(p.entryDate());
    int exit = p.exitDate().isPresent() ? Codes.date(p.exitDate().get()) : -1;
    if (Codes.outOfRange(p, birth, entry, exit)) {
      tally.excluded(DataRule.DATE_OUT_OF_RANGE);
      return null;
    }
    if (p.struck()) {
      tally.excluded(DataRule.STRUCK);
      return null;
    }
    if (entry > tally.asOf) {
      tally.excluded(DataRule.ENTRY_AFTER_AS_OF);
      return null;
    }
    tally.participations++;
    if ((flags & Codes.IDENTIFIED) == 0) {
      tally.rules[DataRule.UNLINKED.ordinal()]++;
    }
    boolean active = exit < 0;
    if (exit > tally.asOf) {
      tally.rules[DataRule.EXIT_AFTER_AS_OF.ordinal()]++;
      active = true;
    }
    List<LabourMarketEvent> events = p.events();
    int kept = 0;
    int[] ymd = new int[events.size()];
    byte[] type = new byte[events.size()];
    for (LabourMarketEvent e : events) {
      int d = Ymd.of(e.date());
      if (d > tally.asOf) {
        tally.rules[DataRule.EVENT_AFTER_AS_OF.ordinal()]++;
      } else {
        ymd[kept] = d;
        type[kept] = (byte) e.type().ordinal();
        kept++;
      }
    }
    if (kept < ymd.length) {
      ymd = Arrays.copyOf(ymd, kept);
      type = Arrays.copyOf(type, kept);
    }
    String id = p.participantId();
    return new PersonState(id, p.subProject(), Codes.gender(p.gender()), birth, entry,
        Codes.status(p.employmentStatus()), Codes.education(p.education()), flags, active ? null : id,
        active ? 0 : exit, active ? new int[0] : ymd, active ? new byte[0] : type, active, 1, false);
  }

  // ---------------------------------------------------------------- result

  private CommonIndicatorResult toResult(Tally t) {
    CommonIndicator[] ind = layout.indicators;
    int totalIndex = layout.index(CommonIndicator.total(period));
    long[] all = new long[ind.length * Layout.SLOTS];
    Map<String, Map<CommonIndicator, IndicatorCounts>> subs = new TreeMap<>();
    for (int s = 0; s < t.subProjectCount(); s++) {
      long[] v = t.expand(s);
      if (v[totalIndex * Layout.SLOTS + Layout.TOTAL_SLOT] == 0) {
        continue;
      }
      Map<CommonIndicator, IndicatorCounts> m = new LinkedHashMap<>();
      for (int i = 0; i < ind.length; i++) {
        m.put(ind[i], figure(ind[i], v, i * Layout.SLOTS));
      }
      for (int k = 0; k < v.length; k++) {
        all[k] += v[k];
      }
      subs.put(t.subProjectName(s), java.util.Collections.unmodifiableMap(m));
    }
    Map<CommonIndicator, IndicatorCounts> figures = new LinkedHashMap<>();
    for (int i = 0; i < ind.length; i++) {
      figures.put(ind[i], figure(ind[i], all, i * Layout.SLOTS));
    }
    return CommonIndicatorResult.builder()
        .period(period)
        .asOf(asOf)
        .putAllFigures(figures)
        .putAllSubProjects(subs)
        .dataQuality(dataQuality(t))
        .build();
  }

  private static IndicatorCounts figure(CommonIndicator i, long[] v, int at) {
    return IndicatorCounts.of(i, v[at + Layout.TOTAL_SLOT], v[at], v[at + 1], v[at + 2], v[at + 3]);
  }

  private DataQualityReport dataQuality(Tally t) {
    long[] counted = t.rules.clone();
    long incomplete = t.incomplete();
    counted[DataRule.INCOMPLETE.ordinal()] = incomplete;
    if (period == ProgrammePeriod.ESF_2014_2020) {
      counted[DataRule.ISCED0_WITHOUT_INDICATOR.ordinal()] = t.isced0();
      counted[DataRule.NON_BINARY_WITHOUT_COLUMN.ordinal()] = t.nonBinary();
    }
    Map<DataRule, Long> rules = new EnumMap<>(DataRule.class);
    for (DataRule r : DataRule.values()) {
      if (counted[r.ordinal()] != 0) {
        rules.put(r, counted[r.ordinal()]);
      }
    }
    long[][] core = new long[4][4]; // gender, birth, status, education × (known, nc, refused, dk)
    for (int g = 0; g < Codes.GENDER_CODES; g++) {
      for (int s = 0; s < Codes.STATUS_CODES; s++) {
        for (int e = 0; e < Codes.EDU_CODES; e++) {
          for (int b = 0; b < 4; b++) {
            long n = t.core(((g * Codes.STATUS_CODES + s) * Codes.EDU_CODES + e) * 4 + b);
            if (n == 0) {
              continue;
            }
            core[0][g < 3 ? 0 : g - 2] += n;
            core[1][b] += n;
            core[2][s < 5 ? 0 : s - 4] += n;
            core[3][e < 9 ? 0 : e - 8] += n;
          }
        }
      }
    }
    long[][] opt = new long[Codes.FLAG_FIELDS][4];
    for (int h = 0; h < Tally.FLAG_HIST; h++) {
      long n = t.flag(h);
      if (n == 0) {
        continue;
      }
      for (int f = 0; f < Codes.FLAG_FIELDS; f++) {
        opt[f][(h >>> (2 * f)) & 3] += n;
      }
    }
    Map<RecordField, FieldCompleteness> completeness = new EnumMap<>(RecordField.class);
    RecordField[] fields = RecordField.values();
    for (int i = 0; i < fields.length; i++) {
      long[] c = i < 4 ? core[i] : opt[i - 4];
      completeness.put(fields[i], FieldCompleteness.of(fields[i], c[0], c[1], c[2], c[3]));
    }
    return DataQualityReport.builder()
        .participationsRead(t.participations)
        .participants(t.participants)
        .incompleteParticipants(incomplete)
        .putAllRuleCounts(rules)
        .putAllCompleteness(completeness)
        .build();
  }
}
