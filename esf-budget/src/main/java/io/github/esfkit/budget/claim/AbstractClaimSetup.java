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

  /**
   * The payment claim of this setup's period, computed from the source rows in {@code actuals}.
   *
   * <p>Attendance and time reports are checked first (rules {@code ATT-*}, {@code TIME-*});
   * each accepted row is valued once: attended hours × the participant rate of its group, approved eligible
   * hours × the hourly cost, each rounded under the setup's row policy; ledger lines are taken as booked.
   * Flat rates are applied to the actual category totals of each phase with the budget's rules and rounding,
   * to date and to the period's start, the difference falling in the period. The ESF amount is the approved
   * aid rate × total financing to date, rounded under the setup's ESF policy, less the same to the period's
   * start. Rows dated after the period are not counted.
   *
   * <p>Claim rules, besides the validators': {@code CLAIM-COST-OUTSIDE-PHASE},
   * {@code CLAIM-FLAT-RATE-COVERED}, {@code CLAIM-LEDGER-CURRENCY}, {@code CLAIM-UNKNOWN-CO-FINANCIER},
   * {@code CLAIM-NO-PARTICIPANT-GROUP}, {@code CLAIM-NO-RATE}, {@code CLAIM-NO-ALLOWANCE-PAYER},
   * {@code CLAIM-NO-HOURLY-COST}, {@code CLAIM-PARTICIPATION-CONFLICT}, {@code CLAIM-BUDGET-UNUSABLE} (errors:
   * the row is not counted); {@code CLAIM-LATE-ENTRY} (error, when configured); {@code CLAIM-AFTER-PERIOD} (warning, one per kind of
   * row: rows dated after the period wait for a later claim), {@code CLAIM-OVER-BUDGET},
   * {@code CLAIM-COFINANCING-BEHIND} (warnings); {@code CLAIM-ESF-ABOVE-GRANT} (error). Never throws on
   * well-formed values.
   */
  public PaymentClaim claim(ClaimActuals actuals) {
    return ClaimCalculator.compute((ClaimSetup) this, actuals);
  }
}
