package io.github.esfkit.core.attendance;

import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.validation.ValidationResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks attendance rows (närvarorader) against the participations they belong to and an
 * {@link AttendancePolicy}, collecting every violation. Rules (all errors; a row with an error is not
 * counted):
 *
 * <ul>
 *   <li>{@code ATT-UNKNOWN-PARTICIPANT}: no participation with the row's participant id;
 *   <li>{@code ATT-OUTSIDE-PARTICIPATION}: the day (or the whole month) lies outside entry–exit;
 *   <li>{@code ATT-NEGATIVE-HOURS}: hours below zero;
 *   <li>{@code ATT-HOURS-PRECISION}: more decimals than the policy allows;
 *   <li>{@code ATT-DAY-CEILING}: more hours on one day than the policy's day;
 *   <li>{@code ATT-MONTH-CEILING}: more hours in a month than the policy's ceiling (the month is not
 *       counted);
 *   <li>{@code ATT-DUPLICATE-ROW}: two rows for the same participant and month (or day); one is counted,
 *       the one with fewer hours;
 *   <li>{@code ATT-MONTH-AND-DAYS}: a month row and day rows for the same month; only the month row is
 *       counted, so no hour is counted twice.
 * </ul>
 *
 * <p>Messages name the row by its source location, never by the participant id (which may be a
 * personnummer in a careless file). The result does not depend on the order of the rows. Stateless.
 */
public final class AttendanceValidator {

  private static final Comparator<Attendance> CANONICAL = Comparator.comparing(Attendance::key)
      .thenComparing(Attendance::hours)
      .thenComparing(Attendance::source)
      .thenComparing(a -> a.group().orElse(""));

  private AttendanceValidator() {}

  /** Checks every row; {@code participations} maps participant id to participation. */
  public static Checked<Attendance> check(
      Iterable<Attendance> rows, Map<String, Participation> participations, AttendancePolicy policy) {
    Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(participations, "participations");
    Objects.requireNonNull(policy, "policy");
    List<Attendance> sorted = new ArrayList<>();
    rows.forEach(sorted::add);
    sorted.sort(CANONICAL);
    ValidationResult.Builder v = ValidationResult.builder();
    Map<String, Attendance> byKey = new LinkedHashMap<>();
    Set<String> monthRows = new HashSet<>();
    for (Attendance a : sorted) {
      if (a.day().isEmpty()) {
        monthRows.add(a.participantId() + "|" + a.month());
      }
    }
    for (Attendance a : sorted) {
      String at = where(a);
      boolean ok = true;
      Participation p = participations.get(a.participantId());
      if (p == null) {
        v.error("ATT-UNKNOWN-PARTICIPANT", at,
            "närvaro för en deltagare som inte finns i deltagarfilen (" + a.month() + ")",
            "attendance of a participant who is not in the participant file (" + a.month() + ")");
        ok = false;
      } else if (outside(a, p)) {
        String span = p.entryDate() + " – " + p.exitDate().map(LocalDate::toString).orElse("");
        String when = a.day().map(LocalDate::toString).orElse(a.month().toString());
        v.error("ATT-OUTSIDE-PARTICIPATION", at,
            "närvaro " + when + " ligger utanför deltagandet " + span,
            "attendance on " + when + " lies outside the participation " + span);
        ok = false;
      }
      if (a.hours().signum() < 0) {
        v.error("ATT-NEGATIVE-HOURS", at, "negativt antal timmar: " + a.hours().toPlainString(),
            "negative hours: " + a.hours().toPlainString());
        ok = false;
      }
      if (a.hours().stripTrailingZeros().scale() > policy.maxDecimals()) {
        v.error("ATT-HOURS-PRECISION", at,
            "timmar med fler än " + policy.maxDecimals() + " decimaler: " + a.hours().toPlainString(),
            "hours with more than " + policy.maxDecimals() + " decimals: " + a.hours().toPlainString());
        ok = false;
      }
      if (a.day().isPresent() && a.hours().compareTo(policy.dayCeiling()) > 0) {
        v.error("ATT-DAY-CEILING", at,
            a.hours().toPlainString() + " timmar en dag är fler än taket " + policy.dayCeiling().toPlainString(),
            a.hours().toPlainString() + " hours on one day exceed the ceiling of "
                + policy.dayCeiling().toPlainString());
        ok = false;
      }
      if (a.day().isPresent() && monthRows.contains(a.participantId() + "|" + a.month())) {
        v.error("ATT-MONTH-AND-DAYS", at,
            "dagrad för " + a.month() + " trots en månadsrad för samma månad; bara månadsraden räknas",
            "day row in " + a.month() + " besides a month row for the same month; only the month row counts");
        ok = false;
      }
      Attendance first = byKey.get(a.key());
      if (first != null) {
        v.error("ATT-DUPLICATE-ROW", at,
            "dubblettrad för samma deltagare och " + a.day().map(LocalDate::toString).orElse(a.month().toString())
                + (first.source().isEmpty() ? "" : " (även " + first.source() + ")") + "; den med minst timmar räknas",
            "duplicate row for the same participant and " + a.day().map(LocalDate::toString).orElse(a.month().toString())
                + (first.source().isEmpty() ? "" : " (also " + first.source() + ")") + "; the one with fewer hours counts");
        ok = false;
      }
      if (ok) {
        byKey.put(a.key(), a);
      }
    }
    // month ceiling on the accepted rows
    Map<String, BigDecimal> perMonth = new LinkedHashMap<>();
    for (Attendance a : byKey.values()) {
      perMonth.merge(a.participantId() + "|" + a.month(), a.hours(), BigDecimal::add);
    }
    List<Attendance> accepted = new ArrayList<>();
    Set<String> over = new HashSet<>();
    Map<YearMonth, BigDecimal> ceilings = new java.util.HashMap<>();
    for (Attendance a : byKey.values()) {
      String pm = a.participantId() + "|" + a.month();
      BigDecimal sum = perMonth.get(pm);
      BigDecimal ceiling = ceilings.computeIfAbsent(a.month(), policy::ceiling);
      if (sum.compareTo(ceiling) > 0) {
        if (over.add(pm)) {
          v.error("ATT-MONTH-CEILING", where(a),
              sum.toPlainString() + " timmar i " + a.month() + " är fler än månadens tak "
                  + ceiling.toPlainString() + "; månaden räknas inte",
              sum.toPlainString() + " hours in " + a.month() + " exceed the month's ceiling of "
                  + ceiling.toPlainString() + "; the month is not counted");
        }
      } else {
        accepted.add(a);
      }
    }
    return Checked.of(accepted, v.build());
  }

  private static boolean outside(Attendance a, Participation p) {
    LocalDate entry = p.entryDate();
    Optional<LocalDate> exit = p.exitDate();
    if (a.day().isPresent()) {
      LocalDate d = a.day().get();
      return d.isBefore(entry) || (exit.isPresent() && d.isAfter(exit.get()));
    }
    YearMonth m = a.month();
    return m.atEndOfMonth().isBefore(entry) || (exit.isPresent() && m.atDay(1).isAfter(exit.get()));
  }

  private static String where(Attendance a) {
    return a.source().isEmpty() ? "attendance[" + a.month() + a.day().map(d -> " " + d).orElse("") + "]" : a.source();
  }
}
