package io.github.esfkit.core.attendance;

import io.github.esfkit.core.id.Organisationsnummer;
import io.github.esfkit.core.project.PhaseKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One monthly time report (tidrapport) of a staff member or an in-kind contributor: who (a pseudonymous
 * person id, never a personnummer in output), the employer, the function in the project, the month, the
 * hours, the longest day, the contracted share of full time and the approval (who approved, when). The
 * person's employer decides whether the hours are a staff cost of the owner or in-kind co-financing.
 *
 * <p>Values are taken as given so that {@link TimeReportValidator} can report them. Immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractTimeReport {

  /** The person's pseudonymous id. */
  public abstract String personId();

  /** The employing organisation. */
  public abstract Organisationsnummer employer();

  /** The function (funktion) in the project, e.g. "Projektledare"; the key of a unit-cost table. */
  public abstract String function();

  /** The calendar month. */
  public abstract YearMonth month();

  /** Hours worked in the project in the month. */
  public abstract BigDecimal hours();

  /** The most hours worked on one day of the month, when reported. */
  public abstract Optional<BigDecimal> longestDay();

  /** The contracted share of full time in percent (tjänstgöringsgrad), e.g. 100 or 50, when known. */
  public abstract Optional<BigDecimal> contractedPercent();

  /** The phase the hours are booked to, when given. */
  public abstract Optional<PhaseKind> phase();

  /** Who approved the report (a pseudonymous id); empty while unapproved. */
  public abstract Optional<String> approvedBy();

  /** When it was approved. */
  public abstract Optional<LocalDate> approvedOn();

  /** Where the row came from, e.g. {@code time.csv:7}; empty when not from a file. */
  @Value.Default
  public String source() {
    return "";
  }

  /** The identity of the report: person, employer, function and month. */
  @Value.Lazy
  public String key() {
    return personId() + "|" + employer().digits() + "|" + function() + "|" + month();
  }

  @Override
  public String toString() {
    return "TimeReport{" + function() + ", " + month() + ", " + hours().toPlainString() + " h"
        + (source().isEmpty() ? "" : ", " + source()) + "}";
  }
}
