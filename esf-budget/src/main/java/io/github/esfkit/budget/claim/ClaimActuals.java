package io.github.esfkit.budget.claim;

import io.github.esfkit.core.attendance.Attendance;
import io.github.esfkit.core.attendance.TimeReport;
import io.github.esfkit.core.participant.Participation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The source rows of a project's claims (underlag): participations, attendance rows, time reports and
 * ledger lines, as gathered from sub-projects (municipalities), files or threads. Merging is a set union:
 * associative, commutative and idempotent, so a row present in two parts counts once and sub-projects
 * merge into exactly the project's rows; the claim is computed on the merged rows
 * ({@link ClaimSetup#claim(ClaimActuals)}), never by adding rounded claims. Two different rows for the same participant
 * and month are both kept and reported by the validators, which count one. Not thread-safe: one per
 * thread, merged at the end.
 */
public final class ClaimActuals {

  private final TreeMap<String, Participation> participations = new TreeMap<>();
  private final Set<String> participationConflicts = new java.util.TreeSet<>();
  private final Set<Attendance> attendance = new LinkedHashSet<>();
  private final Set<TimeReport> timeReports = new LinkedHashSet<>();
  private final Set<LedgerLine> ledger = new LinkedHashSet<>();

  /** An empty accumulator. */
  public static ClaimActuals create() {
    return new ClaimActuals();
  }

  /** Adds a participation; a different one with the same participant id is a conflict the claim reports. */
  public ClaimActuals add(Participation p) {
    Objects.requireNonNull(p, "p");
    Participation old = participations.get(p.participantId());
    if (old == null) {
      participations.put(p.participantId(), p);
    } else if (!old.equals(p)) {
      participationConflicts.add(p.participantId());
      // keep one deterministically, whatever the order of arrival
      if (p.toString().compareTo(old.toString()) < 0) {
        participations.put(p.participantId(), p);
      }
    }
    return this;
  }

  /** Adds an attendance row. */
  public ClaimActuals add(Attendance row) {
    Objects.requireNonNull(row, "row");
    attendance.add(row);
    return this;
  }

  /** Adds a time report. */
  public ClaimActuals add(TimeReport report) {
    Objects.requireNonNull(report, "report");
    timeReports.add(report);
    return this;
  }

  /** Adds a ledger line. */
  public ClaimActuals add(LedgerLine line) {
    Objects.requireNonNull(line, "line");
    ledger.add(line);
    return this;
  }

  /** Adds every row of another accumulator. */
  public ClaimActuals merge(ClaimActuals other) {
    participationConflicts.addAll(other.participationConflicts);
    other.participations.values().forEach(this::add);
    attendance.addAll(other.attendance);
    timeReports.addAll(other.timeReports);
    ledger.addAll(other.ledger);
    return this;
  }

  /** The participations by participant id. */
  public java.util.Map<String, Participation> participations() {
    return Collections.unmodifiableMap(participations);
  }

  /** Participant ids with two different participations (not shown in messages). */
  int participationConflicts() {
    return participationConflicts.size();
  }

  /** The attendance rows. */
  public Collection<Attendance> attendance() {
    return Collections.unmodifiableSet(attendance);
  }

  /** The time reports. */
  public Collection<TimeReport> timeReports() {
    return Collections.unmodifiableSet(timeReports);
  }

  /** The ledger lines. */
  public Collection<LedgerLine> ledger() {
    return Collections.unmodifiableSet(ledger);
  }

  /** Number of rows of every kind. */
  public long size() {
    return (long) participations.size() + attendance.size() + timeReports.size() + ledger.size();
  }

  List<LedgerLine> ledgerSorted() {
    List<LedgerLine> l = new ArrayList<>(ledger);
    l.sort(java.util.Comparator.comparing(LedgerLine::date).thenComparing(LedgerLine::voucher)
        .thenComparing(LedgerLine::source).thenComparing(LedgerLine::toString));
    return l;
  }

  @Override
  public String toString() {
    return "ClaimActuals{" + participations.size() + " participations, " + attendance.size() + " attendance rows, "
        + timeReports.size() + " time reports, " + ledger.size() + " ledger lines}";
  }
}
