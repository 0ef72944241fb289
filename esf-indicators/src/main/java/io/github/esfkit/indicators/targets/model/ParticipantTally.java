package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.participant.FollowUpAnchor;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.participant.IncomeSupportObservation;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.validation.Severity;
import io.github.esfkit.core.validation.Violation;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Tallies participant records (esf-core {@link Participation}) into the {@link EvaluationData} a goal table
 * needs: counts for every selection, per sub-project and gender, and the follow-up tally of every
 * {@link FollowUpCriterion}. The result does not depend on the order of the records. Surveys, milestones and
 * judgements are not in the records: add them with {@code withSurveys}, {@code withMilestones},
 * {@code withJudgements}. Stateless and thread-safe.
 */
public final class ParticipantTally {

  private ParticipantTally() {}

  /**
   * Counts and follow-ups for the table, as of {@code asOf}, with notes about the records. The reporting date
   * cuts as the participant exchange format says: entries after it do not exist yet, and a participation whose
   * exit lies after it is still active (not exited, no exit destination).
   */
  public static EvaluationData tally(GoalTable table, Collection<Participation> participations,
      ParticipantFacts facts, LocalDate asOf) {
    Checks.noNulls(participations, "participations", "participation");
    Accumulator a = accumulator(table, facts, asOf);
    participations.forEach(a::add);
    return a.result();
  }

  /**
   * An accumulator that gives the same {@link EvaluationData} as {@link #tally} over the participations
   * added to it, one at a time, without holding them: its memory grows with the sub-projects and with the
   * persons (one {@code long} per personnummer), not with the records. For files too large to load.
   */
  public static Accumulator accumulator(GoalTable table, ParticipantFacts facts, LocalDate asOf) {
    Checks.notNull(table, "table");
    Checks.notNull(facts, "facts");
    Checks.notNull(asOf, "asOf");
    return new Accumulator(table, facts, asOf);
  }

  /**
   * Tallies participations one at a time into a goal table's {@link EvaluationData} (see
   * {@link ParticipantTally#accumulator}). Not thread-safe.
   */
  public static final class Accumulator {
    private final ParticipantFacts facts;
    private final LocalDate asOf;
    private final List<Selection> selections;
    private final List<SelectionCells> cells = new java.util.ArrayList<>();
    private final List<FollowUpCells> followUps = new java.util.ArrayList<>();
    private final PersonKeys persons = new PersonKeys();
    private boolean struckCounted;
    private long entered;
    private long struck;

    private Accumulator(GoalTable table, ParticipantFacts facts, LocalDate asOf) {
      this.facts = facts;
      this.asOf = asOf;
      this.selections = List.copyOf(table.countedSelections().values());
      for (int i = 0; i < selections.size(); i++) {
        cells.add(new SelectionCells());
      }
      for (Criterion c : table.criteria()) {
        if (c instanceof FollowUpCriterion) {
          followUps.add(new FollowUpCells((FollowUpCriterion) c));
        }
      }
    }

    /** Adds one participation. */
    public Accumulator add(Participation p) {
      Checks.notNull(p, "participation");
      Set<String> tags = facts.tagsOf(p.participantId());
      for (int i = 0; i < selections.size(); i++) {
        Selection s = selections.get(i);
        if (s.matches(p, tags, asOf)) {
          cells.get(i).add(p);
          struckCounted |= s.includeStruck() && p.struck();
        }
      }
      for (FollowUpCells f : followUps) {
        f.add(p, tags, asOf);
      }
      if (!p.entryDate().isAfter(asOf)) {
        entered++;
        if (p.struck()) {
          struck++;
        }
        persons.add(p, facts);
      }
      return this;
    }

    /** The counts, follow-ups and notes of the participations added so far. */
    public EvaluationData result() {
      EvaluationData.Builder b = EvaluationData.builder().asOf(asOf);
      for (int i = 0; i < selections.size(); i++) {
        b.putCounts(selections.get(i).id(), cells.get(i).build());
      }
      for (FollowUpCells f : followUps) {
        b.putFollowUps(f.criterion.id(), f.build());
      }
      long unique = persons.size();
      if (unique < entered) {
        b.addNotes(Violation.of("TARGET-ENROLMENTS-NOT-PERSONS", Severity.INFO, "participations",
            entered + " inskrivningar men " + unique + " unika personer; andelarna räknas på inskrivningar.",
            entered + " enrolments but " + unique + " unique persons; shares are computed on enrolments."));
      }
      if (struckCounted) {
        b.addNotes(Violation.of("TARGET-STRUCK-COUNTED", Severity.INFO, "participations",
            struck + " strukna inskrivningar räknas med i urval som tar med strukna.",
            struck + " struck enrolments are counted in selections that include struck ones."));
      }
      return b.build();
    }
  }

  /** Counts of one selection per sub-project and gender, taking every date as it is (no reporting date). */
  public static SelectionCount count(Selection s, Collection<Participation> participations, ParticipantFacts facts) {
    return count(s, participations, facts, LocalDate.MAX);
  }

  /**
   * Counts of one selection per sub-project and gender as of {@code asOf}: entries after it do not count,
   * and a participation whose exit lies after it is still active (see
   * {@link Selection#matches(Participation, java.util.Set, LocalDate)}).
   */
  public static SelectionCount count(Selection s, Collection<Participation> participations, ParticipantFacts facts,
      LocalDate asOf) {
    Checks.notNull(s, "selection");
    Checks.noNulls(participations, "participations", "participation");
    Checks.notNull(facts, "facts");
    Checks.notNull(asOf, "asOf");
    SelectionCells cells = new SelectionCells();
    for (Participation p : participations) {
      if (s.matches(p, facts.tagsOf(p.participantId()), asOf)) {
        cells.add(p);
      }
    }
    return cells.build();
  }

  /** Per sub-project: women, men, non-binary, gender unknown. */
  private static final class SelectionCells {
    private final Map<String, long[]> cells = new TreeMap<>();

    void add(Participation p) {
      long[] c = cells.computeIfAbsent(p.subProject(), k -> new long[4]);
      Optional<Gender> g = p.gender().value();
      c[g.map(Enum::ordinal).orElse(3)]++;
    }

    SelectionCount build() {
      SelectionCount.Builder b = SelectionCount.builder();
      cells.forEach((sp, c) -> b.putBySubProject(sp,
          GenderCounts.builder().women(c[0]).men(c[1]).nonBinary(c[2]).unknown(c[3]).build()));
      return b.build();
    }
  }

  /** Unique persons: by personnummer, else by the facts' person key, else by participant id. */
  public static long persons(Collection<Participation> participations, ParticipantFacts facts) {
    Checks.noNulls(participations, "participations", "participation");
    Checks.notNull(facts, "facts");
    PersonKeys keys = new PersonKeys();
    for (Participation p : participations) {
      keys.add(p, facts);
    }
    return keys.size();
  }

  /**
   * The distinct persons seen: a personnummer as one {@code long} in an open-addressing set (so that millions
   * of them fit in tens of megabytes), other keys as strings.
   */
  private static final class PersonKeys {
    private long[] numbers = new long[64];
    private int size;
    private final Set<String> others = new HashSet<>();

    void add(Participation p, ParticipantFacts facts) {
      if (p.personId().isPresent()) {
        addNumber(Long.parseLong(p.personId().get().fullValue().replace("-", "")));
      } else {
        String k = facts.personKeys().get(p.participantId());
        others.add(k != null ? "key:" + k : "id:" + p.participantId());
      }
    }

    private void addNumber(long v) {
      long key = v + 1; // 0 marks an empty slot
      int mask = numbers.length - 1;
      int i = (int) (mix(key) & mask);
      while (numbers[i] != 0) {
        if (numbers[i] == key) {
          return;
        }
        i = (i + 1) & mask;
      }
      numbers[i] = key;
      if (++size * 2 > numbers.length) {
        long[] old = numbers;
        numbers = new long[old.length * 2];
        size = 0;
        for (long k : old) {
          if (k != 0) {
            addNumber(k - 1);
          }
        }
      }
    }

    private static long mix(long x) {
      x ^= x >>> 33;
      x *= 0xff51afd7ed558ccdL;
      x ^= x >>> 33;
      return x;
    }

    long size() {
      return size + others.size();
    }
  }

  /** The follow-up tally of one criterion per sub-project (before sub-projects are left out). */
  public static FollowUpTally followUp(FollowUpCriterion c, Collection<Participation> participations,
      ParticipantFacts facts, LocalDate asOf) {
    Checks.notNull(c, "criterion");
    Checks.noNulls(participations, "participations", "participation");
    Checks.notNull(facts, "facts");
    Checks.notNull(asOf, "asOf");
    FollowUpCells cells = new FollowUpCells(c);
    for (Participation p : participations) {
      cells.add(p, facts.tagsOf(p.participantId()), asOf);
    }
    return cells.build();
  }

  /** Outcomes and exclusions of one follow-up criterion per sub-project. */
  private static final class FollowUpCells {
    final FollowUpCriterion criterion;
    private final Selection open;
    private final Map<String, Map<FollowUpOutcome, Long>> outcomes = new TreeMap<>();
    private final Map<String, Map<FollowUpExclusion, Long>> exclusions = new TreeMap<>();

    FollowUpCells(FollowUpCriterion c) {
      this.criterion = c;
      Selection pop = c.population();
      // struck enrolments are classified below, so the population is matched as if it included them
      this.open = pop.includeStruck() ? pop : pop.withIncludeStruck(true);
    }

    void add(Participation p, Set<String> tags, LocalDate asOf) {
      // a participation entered after the reporting date does not exist yet; one that exits after it is
      // still active and is classified as not exited below
      if (p.entryDate().isAfter(asOf) || !open.matches(p, tags)) {
        return;
      }
      Map<FollowUpOutcome, Long> o = outcomes.computeIfAbsent(p.subProject(), k -> new EnumMap<>(FollowUpOutcome.class));
      Map<FollowUpExclusion, Long> x =
          exclusions.computeIfAbsent(p.subProject(), k -> new EnumMap<>(FollowUpExclusion.class));
      Object r = classify(criterion, p, asOf);
      if (r instanceof FollowUpOutcome) {
        o.merge((FollowUpOutcome) r, 1L, Long::sum);
      } else {
        x.merge((FollowUpExclusion) r, 1L, Long::sum);
      }
    }

    FollowUpTally build() {
      FollowUpTally.Builder b = FollowUpTally.builder();
      for (String sp : outcomes.keySet()) {
        b.putBySubProject(sp, FollowUpCounts.builder().putAllOutcomes(outcomes.get(sp))
            .putAllExclusions(exclusions.get(sp)).build());
      }
      return b.build();
    }
  }

  /** A {@link FollowUpOutcome} or the first {@link FollowUpExclusion} that applies. */
  static Object classify(FollowUpCriterion c, Participation p, LocalDate asOf) {
    if (p.struck()) {
      return FollowUpExclusion.STRUCK;
    }
    if (p.exitDate().isEmpty() || p.exitDate().get().isAfter(asOf)) {
      return FollowUpExclusion.NOT_EXITED;
    }
    if (!isDue(p.exitDate().get(), c.monthsAfterExit(), asOf)) {
      return FollowUpExclusion.NOT_YET_DUE;
    }
    if (c.requireConsent() && !p.followUpConsent().is(true)) {
      return FollowUpExclusion.NO_CONSENT;
    }
    Optional<IncomeSupportObservation> before = observation(p.incomeSupport(), FollowUpAnchor.BEFORE_ENTRY,
        c.baselineMonthsBeforeEntry());
    Optional<IncomeSupportObservation> after = observation(p.incomeSupport(), FollowUpAnchor.AFTER_EXIT,
        c.monthsAfterExit());
    if (before.isEmpty() || before.get().receivesSupport().isUnknown()) {
      return FollowUpExclusion.NO_DATA;
    }
    if (before.get().receivesSupport().is(false) || before.get().monthlyAmountSek().orElse(1L) == 0L) {
      return FollowUpExclusion.NOT_ON_SUPPORT_AT_BASELINE;
    }
    if (after.isEmpty() || after.get().receivesSupport().isUnknown()) {
      return FollowUpExclusion.NO_DATA;
    }
    IncomeSupportObservation a = after.get();
    boolean link = a.labourMarketRelated();
    if (a.receivesSupport().is(false) || a.monthlyAmountSek().orElse(1L) == 0L) {
      return link ? FollowUpOutcome.LEFT : FollowUpOutcome.LEFT_OTHER_CAUSE;
    }
    Optional<Long> was = before.get().monthlyAmountSek();
    Optional<Long> is = a.monthlyAmountSek();
    if (was.isEmpty() || is.isEmpty()) {
      return FollowUpExclusion.NO_DATA;
    }
    int cmp = Long.compare(is.get(), was.get());
    if (cmp < 0) {
      return link ? FollowUpOutcome.REDUCED : FollowUpOutcome.REDUCED_OTHER_CAUSE;
    }
    return cmp == 0 ? FollowUpOutcome.UNCHANGED : FollowUpOutcome.INCREASED;
  }

  /**
   * Whether {@code exit} plus {@code months} calendar months is on or before {@code asOf}. An exit so close to
   * {@link LocalDate#MAX} that adding the months leaves the calendar is never due (the sum lies after every
   * possible reporting date), instead of throwing {@link java.time.DateTimeException}.
   */
  static boolean isDue(LocalDate exit, int months, LocalDate asOf) {
    if (exit.isAfter(LocalDate.MAX.minusMonths(months))) {
      return false;
    }
    return !exit.plusMonths(months).isAfter(asOf);
  }

  private static Optional<IncomeSupportObservation> observation(List<IncomeSupportObservation> all,
      FollowUpAnchor anchor, int months) {
    return all.stream().filter(o -> o.anchor() == anchor && o.months() == months).findFirst();
  }
}
