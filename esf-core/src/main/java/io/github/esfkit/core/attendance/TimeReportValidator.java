package io.github.esfkit.core.attendance;

import io.github.esfkit.core.project.Phase;
import io.github.esfkit.core.project.PhaseKind;
import io.github.esfkit.core.project.Project;
import io.github.esfkit.core.validation.ValidationResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.threeten.extra.LocalDateRange;

/**
 * Checks staff and in-kind time reports (tidrapporter) and cuts them to their eligible hours, collecting
 * every violation. A report with an error is not counted; a warning leaves it counted. Rules:
 *
 * <ul>
 *   <li>{@code TIME-UNAPPROVED} (error): no approval;
 *   <li>{@code TIME-SELF-APPROVED} (error): approved by the person it is about;
 *   <li>{@code TIME-APPROVED-EARLY} (warning): approved before the month ended;
 *   <li>{@code TIME-NEGATIVE-HOURS}, {@code TIME-HOURS-PRECISION} (errors): below zero, more than two
 *       decimals;
 *   <li>{@code TIME-ABOVE-CONTRACTED-SHARE} (error): more hours than the contracted share of a full-time
 *       month (8 hours per weekday, {@link AttendancePolicy#ceiling}); the excess is not counted;
 *   <li>{@code TIME-OUTSIDE-PROJECT}, {@code TIME-OUTSIDE-PHASE} (errors): the month does not overlap the
 *       project period, or the phase the report is booked to (or the project has no such phase);
 *   <li>{@code TIME-DAILY-CAP} (error): the longest day exceeds the daily cap (ESF+: 13 hours); that day's
 *       excess is not counted;
 *   <li>{@code TIME-ANNUAL-CAP} (error): a person's hours in a calendar year exceed the annual cap (2014–2020:
 *       1 662; ESF+: 1 720); the hours above the cap, in the latest months, are not counted;
 *   <li>{@code TIME-DUPLICATE-ROW} (error): two reports for the same person, employer, function and month;
 *       the one with fewer hours is counted.
 * </ul>
 *
 * <p>Messages name a report by its source location and month, never by the person. The accepted reports
 * carry their eligible hours; the result does not depend on the order of the input. Stateless.
 */
public final class TimeReportValidator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private static final Comparator<TimeReport> CANONICAL = Comparator.comparing(TimeReport::key)
      .thenComparing(TimeReport::hours)
      .thenComparing(TimeReport::source)
      .thenComparing(TimeReport::toString);

  private TimeReportValidator() {}

  /** Checks every report against the project's period and phases and the caps. */
  public static Checked<TimeReport> check(Iterable<TimeReport> reports, Project project, HourCaps caps) {
    Objects.requireNonNull(reports, "reports");
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(caps, "caps");
    List<TimeReport> sorted = new ArrayList<>();
    reports.forEach(sorted::add);
    sorted.sort(CANONICAL);
    ValidationResult.Builder v = ValidationResult.builder();
    Map<String, TimeReport> byKey = new LinkedHashMap<>();
    for (TimeReport r : sorted) {
      String at = where(r);
      boolean ok = true;
      if (r.approvedBy().isEmpty() || r.approvedBy().get().isBlank()) {
        v.error("TIME-UNAPPROVED", at, "tidrapporten för " + r.month() + " är inte attesterad",
            "the time report for " + r.month() + " is not approved");
        ok = false;
      } else if (r.approvedBy().get().strip().equals(r.personId().strip())) {
        v.error("TIME-SELF-APPROVED", at,
            "tidrapporten för " + r.month() + " är attesterad av personen själv",
            "the time report for " + r.month() + " is approved by the person it is about");
        ok = false;
      } else if (r.approvedOn().isPresent() && r.approvedOn().get().isBefore(r.month().atEndOfMonth())) {
        v.warning("TIME-APPROVED-EARLY", at,
            "tidrapporten för " + r.month() + " attesterades " + r.approvedOn().get() + ", innan månaden var slut",
            "the time report for " + r.month() + " was approved on " + r.approvedOn().get()
                + ", before the month ended");
      }
      if (r.hours().signum() < 0) {
        v.error("TIME-NEGATIVE-HOURS", at, "negativt antal timmar: " + r.hours().toPlainString(),
            "negative hours: " + r.hours().toPlainString());
        ok = false;
      }
      if (r.hours().stripTrailingZeros().scale() > 2) {
        v.error("TIME-HOURS-PRECISION", at, "timmar med fler än 2 decimaler: " + r.hours().toPlainString(),
            "hours with more than 2 decimals: " + r.hours().toPlainString());
        ok = false;
      }
      LocalDateRange month = LocalDateRange.ofClosed(r.month().atDay(1), r.month().atEndOfMonth());
      if (!month.overlaps(project.period())) {
        v.error("TIME-OUTSIDE-PROJECT", at,
            "tid i " + r.month() + " ligger utanför projektperioden " + span(project.period()),
            "time in " + r.month() + " lies outside the project period " + span(project.period()));
        ok = false;
      } else if (r.phase().isPresent() && !inPhase(month, r.phase().get(), project)) {
        v.error("TIME-OUTSIDE-PHASE", at,
            "tid i " + r.month() + " ligger utanför fasen " + r.phase().get().labelSv(),
            "time in " + r.month() + " lies outside the phase " + r.phase().get().labelEn());
        ok = false;
      }
      TimeReport first = byKey.get(r.key());
      if (first != null) {
        v.error("TIME-DUPLICATE-ROW", at,
            "dubblett av tidrapporten för " + r.month() + (first.source().isEmpty() ? "" : " (" + first.source() + ")")
                + "; den med minst timmar räknas",
            "duplicate of the time report for " + r.month() + (first.source().isEmpty() ? "" : " (" + first.source() + ")")
                + "; the one with fewer hours counts");
        ok = false;
      }
      if (ok) {
        byKey.put(r.key(), r);
      }
    }
    // per-report cuts: contracted share, daily cap
    List<TimeReport> cut = new ArrayList<>();
    for (TimeReport r : byKey.values()) {
      BigDecimal hours = r.hours();
      if (r.contractedPercent().isPresent()) {
        BigDecimal max = AttendancePolicy.standard().ceiling(r.month()).multiply(r.contractedPercent().get())
            .divide(HUNDRED);
        if (hours.compareTo(max) > 0) {
          v.error("TIME-ABOVE-CONTRACTED-SHARE", where(r),
              hours.toPlainString() + " timmar i " + r.month() + " är fler än tjänstgöringsgraden "
                  + r.contractedPercent().get().toPlainString() + " % medger (" + max.toPlainString()
                  + "); överskottet räknas inte",
              hours.toPlainString() + " hours in " + r.month() + " exceed what the contracted share of "
                  + r.contractedPercent().get().toPlainString() + " % allows (" + max.toPlainString()
                  + "); the excess is not counted");
          hours = max;
        }
      }
      if (caps.perDay().isPresent() && r.longestDay().isPresent()
          && r.longestDay().get().compareTo(caps.perDay().get()) > 0) {
        BigDecimal excess = r.longestDay().get().subtract(caps.perDay().get());
        v.error("TIME-DAILY-CAP", where(r),
            "längsta dagen i " + r.month() + " har " + r.longestDay().get().toPlainString() + " timmar, taket är "
                + caps.perDay().get().toPlainString() + "; " + excess.toPlainString() + " timmar räknas inte",
            "the longest day in " + r.month() + " has " + r.longestDay().get().toPlainString()
                + " hours, the cap is " + caps.perDay().get().toPlainString() + "; " + excess.toPlainString()
                + " hours are not counted");
        hours = hours.subtract(excess).max(BigDecimal.ZERO);
      }
      cut.add(hours.compareTo(r.hours()) == 0 ? r : r.withHours(hours));
    }
    // annual cap per person and calendar year, latest months cut first
    Map<String, List<TimeReport>> perYear = new LinkedHashMap<>();
    for (TimeReport r : cut) {
      perYear.computeIfAbsent(r.personId() + "|" + r.month().getYear(), k -> new ArrayList<>()).add(r);
    }
    Map<String, TimeReport> reduced = new HashMap<>();
    Set<String> over = new HashSet<>();
    for (Map.Entry<String, List<TimeReport>> e : perYear.entrySet()) {
      List<TimeReport> rs = e.getValue();
      rs.sort(Comparator.comparing(TimeReport::month).thenComparing(CANONICAL));
      BigDecimal left = caps.perYear();
      for (TimeReport r : rs) {
        BigDecimal counted = r.hours().min(left).max(BigDecimal.ZERO);
        left = left.subtract(counted);
        if (counted.compareTo(r.hours()) < 0) {
          if (over.add(e.getKey())) {
            v.error("TIME-ANNUAL-CAP", where(r),
                "personens timmar " + r.month().getYear() + " överstiger årstaket " + caps.perYear().toPlainString()
                    + " från " + r.month() + "; timmarna över taket räknas inte",
                "the person's hours in " + r.month().getYear() + " exceed the annual cap of "
                    + caps.perYear().toPlainString() + " from " + r.month() + "; hours above the cap are not counted");
          }
          reduced.put(r.key(), r.withHours(counted));
        }
      }
    }
    List<TimeReport> accepted = new ArrayList<>();
    for (TimeReport r : cut) {
      TimeReport x = reduced.getOrDefault(r.key(), r);
      if (x.hours().signum() > 0) {
        accepted.add(x);
      }
    }
    return Checked.of(accepted, v.build());
  }

  private static boolean inPhase(LocalDateRange month, PhaseKind kind, Project project) {
    for (Phase p : project.phases()) {
      if (p.kind() == kind && p.dates().overlaps(month)) {
        return true;
      }
    }
    return false;
  }

  private static String span(LocalDateRange r) {
    return r.getStart() + " – " + r.getEnd().minusDays(1);
  }

  private static String where(TimeReport r) {
    return r.source().isEmpty() ? "timeReports[" + r.month() + "]" : r.source();
  }
}
