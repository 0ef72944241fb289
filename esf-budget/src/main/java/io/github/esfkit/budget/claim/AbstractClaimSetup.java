package io.github.esfkit.budget.claim;

import io.github.esfkit.budget.Budget;
import io.github.esfkit.budget.CoFinancier;
import io.github.esfkit.budget.CoFinancingRequirement;
import io.github.esfkit.budget.RoundingPolicy;
import io.github.esfkit.core.attendance.AttendancePolicy;
import io.github.esfkit.core.attendance.HourCaps;
import io.github.esfkit.core.id.Organisationsnummer;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.core.project.Project;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * What a payment claim is computed against (underlag för ansökan om utbetalning): the project (period and
 * phases), its approved budget and the call's requirement, the claim period, the owner, the co-financiers
 * actuals are attributed to, who pays each sub-project's participant allowances, the valuation of staff
 * hours and of participant hours, and the configurable rules. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractClaimSetup {

  /** The project: its period and phases. */
  public abstract Project project();

  /** The approved budget. */
  public abstract Budget budget();

  /** The programme period: decides the hour caps. */
  public abstract ProgrammePeriod programmePeriod();

  /** The call's co-financing requirement. */
  public abstract java.util.Optional<CoFinancingRequirement> requirement();

  /** The claim period (redovisningsperiod), half-open. */
  public abstract LocalDateRange period();

  /** The project owner: its staff time is a cost, not co-financing. */
  public abstract CoFinancier owner();

  /** The co-financiers in-kind time and co-financing lines are attributed to. */
  public abstract List<Attribution> coFinanciers();

  /** Who pays the participant allowances of each sub-project (sub-project name → organisation number). */
  public abstract Map<String, Organisationsnummer> allowancePayers();

  /** How staff hours are valued. */
  public abstract HourlyCostModel staffCosts();

  /** How participant hours are valued. */
  public abstract ParticipantRates participantRates();

  /** The project's start year: the key of the unit-cost tables; the year of the project's first day. */
  @Value.Default
  public int startYear() {
    return project().period().getStart().getYear();
  }

  /** Attendance limits. */
  @Value.Default
  public AttendancePolicy attendancePolicy() {
    return AttendancePolicy.standard();
  }

  /** Hour caps; the programme period's by default. */
  @Value.Default
  public HourCaps hourCaps() {
    return HourCaps.of(programmePeriod());
  }

  /**
   * When set to N, entering participants in the last N months of the implementation phase is a violation
   * ({@code CLAIM-LATE-ENTRY}); off by default, as no general ban was found (running-project.md).
   */
  public abstract OptionalInt lateEntryBanMonths();

  /** Rounding of each valued row (hours × rate): öre, half up. */
  @Value.Default
  public RoundingPolicy rowRounding() {
    return RoundingPolicy.CENT_HALF_UP;
  }

  /** Rounding of the ESF amount claimed: whole kronor, down, so that the claim never exceeds the aid rate. */
  @Value.Default
  public RoundingPolicy esfRounding() {
    return RoundingPolicy.KRONA_DOWN;
  }
}
