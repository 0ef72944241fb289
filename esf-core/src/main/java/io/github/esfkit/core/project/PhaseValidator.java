package io.github.esfkit.core.project;

import io.github.esfkit.core.validation.ValidationResult;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * Checks that phases tile the project period exactly once (projects.md §7.1): sorted by start, the first
 * starts on the project's first day, each next one the day after the previous one ends, the last ends on
 * the project's last day; and that a stated month count matches the dates (a phase of N months starting
 * on day s ends on s + N months − 1 day).
 *
 * <p>Rule ids (severity): {@code PHASE-GAP} (error; the message names the exact uncovered dates and the
 * two phases), {@code PHASE-OVERLAP} (error; the dates covered twice), {@code PHASE-START} and {@code
 * PHASE-END} (error; first or last phase not on the project's first or last day), {@code PHASE-EMPTY}
 * (error; a phase without days), {@code PHASE-LENGTH} (warning; stated months disagree with the dates),
 * {@code PHASE-PERIOD} (error; no usable project period). Paths are {@code <path>[i]} with {@code i} the
 * phase's index in the given list. An empty list is valid (phases are optional in ESF+). Never throws.
 * Stateless and thread-safe.
 */
final class PhaseValidator {

  private PhaseValidator() {}

  /** Validates phases against the project period; paths start with {@code path}, e.g. {@code project.phases}. */
  public static ValidationResult validate(@Nullable LocalDateRange period, @Nullable List<Phase> phases, @Nullable String path) {
    ValidationResult.Builder b = ValidationResult.builder();
    String p = path == null ? "phases" : path;
    if (phases == null || phases.isEmpty()) {
      return b.build();
    }
    if (period == null || period.isEmpty() || period.isUnboundedStart() || period.isUnboundedEnd()) {
      return b.error("PHASE-PERIOD", p, "Projektperioden saknas eller är obegränsad; faserna kan inte kontrolleras.",
          "The project period is missing or unbounded; the phases cannot be checked.").build();
    }
    List<Indexed> list = new ArrayList<>();
    for (int i = 0; i < phases.size(); i++) {
      Phase ph = phases.get(i);
      if (ph == null) {
        b.error("PHASE-EMPTY", p + "[" + i + "]", "Fasen saknas.", "The phase is missing.");
        continue;
      }
      checkLength(b, ph, p + "[" + i + "]");
      if (ph.dates().isEmpty()) {
        b.error("PHASE-EMPTY", p + "[" + i + "]",
            "Fasen '" + ph.kind().labelSv() + "' har inga dagar (" + ph.dates() + ").",
            "Phase '" + ph.kind().labelSv() + "' has no days (" + ph.dates() + ").");
      } else {
        list.add(new Indexed(i, ph));
      }
    }
    if (list.isEmpty()) {
      return b.build();
    }
    list.sort(Comparator.comparing((Indexed x) -> x.phase.dates().getStart())
        .thenComparing(x -> x.phase.dates().getEnd()).thenComparingInt(x -> x.index));

    Indexed first = list.get(0);
    LocalDate projectStart = period.getStart();
    LocalDate firstStart = first.phase.dates().getStart();
    if (firstStart.isAfter(projectStart)) {
      String days = days(projectStart, firstStart);
      b.error("PHASE-START", first.path(p),
          "Första fasen '" + first.label() + "' börjar " + firstStart + ", inte på projektets första dag "
              + projectStart + "; " + days + " ligger inte i någon fas.",
          "The first phase '" + first.label() + "' starts on " + firstStart + ", not on the project's first day "
              + projectStart + "; " + days + " " + verb(projectStart, firstStart) + " in no phase.");
    } else if (firstStart.isBefore(projectStart)) {
      String days = days(firstStart, projectStart);
      b.error("PHASE-START", first.path(p),
          "Första fasen '" + first.label() + "' börjar " + firstStart + ", före projektets första dag "
              + projectStart + "; " + days + " ligger utanför projektperioden.",
          "The first phase '" + first.label() + "' starts on " + firstStart + ", before the project's first day "
              + projectStart + "; " + days + " " + verb(firstStart, projectStart) + " outside the project period.");
    }

    Indexed cover = first;
    LocalDate coverEnd = first.phase.dates().getEnd();
    for (int k = 1; k < list.size(); k++) {
      Indexed next = list.get(k);
      LocalDate nextStart = next.phase.dates().getStart();
      LocalDate nextEnd = next.phase.dates().getEnd();
      if (nextStart.isAfter(coverEnd)) {
        String days = days(coverEnd, nextStart);
        b.error("PHASE-GAP", next.path(p),
            "Faserna täcker inte projektperioden: " + days + " ligger mellan '" + cover.label() + "' (slutar "
                + cover.lastDay() + ") och '" + next.label() + "' (börjar " + nextStart + ").",
            "Phases do not cover the project period: " + days + " " + verb(coverEnd, nextStart) + " between '"
                + cover.label() + "' (ends " + cover.lastDay() + ") and '" + next.label() + "' (starts " + nextStart
                + ").");
      } else if (nextStart.isBefore(coverEnd)) {
        LocalDate overlapEnd = nextEnd.isBefore(coverEnd) ? nextEnd : coverEnd;
        String days = days(nextStart, overlapEnd);
        b.error("PHASE-OVERLAP", next.path(p),
            "Faserna överlappar: " + days + " ligger i både '" + cover.label() + "' (" + cover.closed() + ") och '"
                + next.label() + "' (" + next.closed() + ").",
            "Phases overlap: " + days + " " + verb(nextStart, overlapEnd) + " in both '" + cover.label() + "' ("
                + cover.closed() + ") and '" + next.label() + "' (" + next.closed() + ").");
      }
      if (nextEnd.isAfter(coverEnd)) {
        coverEnd = nextEnd;
        cover = next;
      }
    }

    LocalDate projectEnd = period.getEnd();
    if (coverEnd.isBefore(projectEnd)) {
      String days = days(coverEnd, projectEnd);
      b.error("PHASE-END", cover.path(p),
          "Sista fasen '" + cover.label() + "' slutar " + cover.lastDay() + ", inte på projektets sista dag "
              + period.getEndInclusive() + "; " + days + " ligger inte i någon fas.",
          "The last phase '" + cover.label() + "' ends on " + cover.lastDay() + ", not on the project's last day "
              + period.getEndInclusive() + "; " + days + " " + verb(coverEnd, projectEnd) + " in no phase.");
    } else if (coverEnd.isAfter(projectEnd)) {
      String days = days(projectEnd, coverEnd);
      b.error("PHASE-END", cover.path(p),
          "Sista fasen '" + cover.label() + "' slutar " + cover.lastDay() + ", efter projektets sista dag "
              + period.getEndInclusive() + "; " + days + " ligger utanför projektperioden.",
          "The last phase '" + cover.label() + "' ends on " + cover.lastDay() + ", after the project's last day "
              + period.getEndInclusive() + "; " + days + " " + verb(projectEnd, coverEnd)
              + " outside the project period.");
    }
    return b.build();
  }

  /** Validates phases against the project period with paths {@code project.phases[i]}. */
  public static ValidationResult validate(@Nullable LocalDateRange period, @Nullable List<Phase> phases) {
    return validate(period, phases, "project.phases");
  }

  /**
   * The exclusive end date a stated month count implies: {@code start + months}, so that the last day is
   * start + N months − 1 day (1 March 2018 + 24 months − 1 day = 29 February 2020).
   */
  public static LocalDate impliedEnd(LocalDate start, int months) {
    return start.plusMonths(months);
  }

  private static void checkLength(ValidationResult.Builder b, Phase ph, String path) {
    if (ph.statedMonths().isEmpty()) {
      return;
    }
    int n = ph.statedMonths().getAsInt();
    LocalDate start = ph.dates().getStart();
    LocalDate implied;
    try {
      implied = impliedEnd(start, n);
    } catch (DateTimeException e) {
      // the stated months run past the last date java.time supports: they cannot match the phase's dates
      b.warning("PHASE-LENGTH", path,
          "'" + ph.kind().labelSv() + "' anges till " + n + " månader; " + n + " månader från " + start
              + " slutar efter den sista dag kalendern kan ange (" + LocalDate.MAX + "), inte " + ph.lastDay() + ".",
          "'" + ph.kind().labelSv() + "' is stated as " + n + " months; " + n + " months from " + start
              + " end after the last day the calendar can express (" + LocalDate.MAX + "), not " + ph.lastDay() + ".");
      return;
    }
    if (!implied.equals(ph.dates().getEnd())) {
      LocalDate impliedLast = implied.minusDays(1);
      b.warning("PHASE-LENGTH", path,
          "'" + ph.kind().labelSv() + "' anges till " + n + " månader; " + n + " månader från " + start
              + " slutar " + impliedLast + ", inte " + ph.lastDay() + ".",
          "'" + ph.kind().labelSv() + "' is stated as " + n + " months; " + n + " months from " + start
              + " end on " + impliedLast + ", not " + ph.lastDay() + ".");
    }
  }

  /** The days {@code [from, toExclusive)} as "2020-02-29" or "2020-02-27 to 2020-02-29 (3 days)". */
  private static String days(LocalDate from, LocalDate toExclusive) {
    long n = ChronoUnit.DAYS.between(from, toExclusive);
    if (n == 1) {
      return from.toString();
    }
    return from + " – " + toExclusive.minusDays(1) + " (" + n + ")";
  }

  private static String verb(LocalDate from, LocalDate toExclusive) {
    return ChronoUnit.DAYS.between(from, toExclusive) == 1 ? "lies" : "lie";
  }

  private static final class Indexed {
    final int index;
    final Phase phase;

    Indexed(int index, Phase phase) {
      this.index = index;
      this.phase = phase;
    }

    String path(String prefix) {
      return prefix + "[" + index + "]";
    }

    String label() {
      return phase.kind().labelSv();
    }

    LocalDate lastDay() {
      return phase.lastDay();
    }

    String closed() {
      return phase.dates().getStart() + " – " + phase.lastDay();
    }
  }
}
