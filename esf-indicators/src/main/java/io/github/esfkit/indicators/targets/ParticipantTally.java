package io.github.esfkit.indicators.targets;

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
    Checks.notNull(table, "table");
    Checks.noNulls(participations, "participations", "participation");
    Checks.notNull(facts, "facts");
    Checks.notNull(asOf, "asOf");
    EvaluationData.Builder b = EvaluationData.builder().asOf(asOf);
    boolean struckCounted = false;
    for (Selection s : table.selections().values()) {
      b.putCounts(s.id(), count(s, participations, facts, asOf));
      struckCounted |= s.includeStruck()
          && participations.stream().anyMatch(p -> p.struck() && s.matches(p, facts.tagsOf(p.participantId()), asOf));
    }
    for (Criterion c : table.criteria()) {
      if (c instanceof FollowUpCriterion) {
        b.putFollowUps(c.id(), followUp((FollowUpCriterion) c, participations, facts, asOf));
      }
    }
    List<Participation> entered = participations.stream().filter(p -> !p.entryDate().isAfter(asOf))
        .collect(java.util.stream.Collectors.toList());
    long persons = persons(entered, facts);
    if (persons < entered.size()) {
      b.addNotes(Violation.of("TARGET-ENROLMENTS-NOT-PERSONS", Severity.INFO, "participations",
          entered.size() + " inskrivningar men " + persons + " unika personer; andelarna räknas på inskrivningar.",
          entered.size() + " enrolments but " + persons + " unique persons; shares are computed on enrolments."));
    }
    if (struckCounted) {
      long struck = entered.stream().filter(Participation::struck).count();
      b.addNotes(Violation.of("TARGET-STRUCK-COUNTED", Severity.INFO, "participations",
          struck + " strukna inskrivningar räknas med i urval som tar med strukna.",
          struck + " struck enrolments are counted in selections that include struck ones."));
    }
    return b.build();
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
    Map<String, long[]> cells = new TreeMap<>();
    for (Participation p : participations) {
      if (!s.matches(p, facts.tagsOf(p.participantId()), asOf)) {
        continue;
      }
      long[] c = cells.computeIfAbsent(p.subProject(), k -> new long[4]);
      Optional<Gender> g = p.gender().value();
      c[g.map(Enum::ordinal).orElse(3)]++;
    }
    SelectionCount.Builder b = SelectionCount.builder();
    cells.forEach((sp, c) -> b.putBySubProject(sp,
        GenderCounts.builder().women(c[0]).men(c[1]).nonBinary(c[2]).unknown(c[3]).build()));
    return b.build();
  }

  /** Unique persons: by personnummer, else by the facts' person key, else by participant id. */
  public static long persons(Collection<Participation> participations, ParticipantFacts facts) {
    Checks.noNulls(participations, "participations", "participation");
    Checks.notNull(facts, "facts");
    Set<Object> keys = new HashSet<>();
    for (Participation p : participations) {
      if (p.personId().isPresent()) {
        keys.add(p.personId().get());
      } else {
        String k = facts.personKeys().get(p.participantId());
        keys.add(k != null ? "key:" + k : "id:" + p.participantId());
      }
    }
    return keys.size();
  }

  /** The follow-up tally of one criterion per sub-project (before sub-projects are left out). */
  public static FollowUpTally followUp(FollowUpCriterion c, Collection<Participation> participations,
      ParticipantFacts facts, LocalDate asOf) {
    Checks.notNull(c, "criterion");
    Checks.noNulls(participations, "participations", "participation");
    Checks.notNull(facts, "facts");
    Checks.notNull(asOf, "asOf");
    Map<String, Map<FollowUpOutcome, Long>> outcomes = new TreeMap<>();
    Map<String, Map<FollowUpExclusion, Long>> exclusions = new TreeMap<>();
    for (Participation p : participations) {
      Selection pop = c.population();
      // struck enrolments are classified below, so the population is matched as if it included them
      Selection open = pop.includeStruck() ? pop : pop.withIncludeStruck(true);
      // a participation entered after the reporting date does not exist yet; one that exits after it is
      // still active and is classified as not exited below
      if (p.entryDate().isAfter(asOf) || !open.matches(p, facts.tagsOf(p.participantId()))) {
        continue;
      }
      outcomes.computeIfAbsent(p.subProject(), k -> new EnumMap<>(FollowUpOutcome.class));
      exclusions.computeIfAbsent(p.subProject(), k -> new EnumMap<>(FollowUpExclusion.class));
      Object r = classify(c, p, asOf);
      if (r instanceof FollowUpOutcome) {
        outcomes.get(p.subProject()).merge((FollowUpOutcome) r, 1L, Long::sum);
      } else {
        exclusions.get(p.subProject()).merge((FollowUpExclusion) r, 1L, Long::sum);
      }
    }
    FollowUpTally.Builder b = FollowUpTally.builder();
    for (String sp : outcomes.keySet()) {
      b.putBySubProject(sp, FollowUpCounts.builder().putAllOutcomes(outcomes.get(sp))
          .putAllExclusions(exclusions.get(sp)).build());
    }
    return b.build();
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
