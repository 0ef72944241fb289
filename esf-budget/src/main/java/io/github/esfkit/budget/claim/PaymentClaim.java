package io.github.esfkit.budget.claim;

import io.github.esfkit.budget.CoFinancingCategory;
import io.github.esfkit.budget.CostCategory;
import io.github.esfkit.budget.CostSection;
import io.github.esfkit.budget.RequirementStatus;
import io.github.esfkit.core.Share;
import io.github.esfkit.core.validation.ValidationResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * A payment claim for a period (lägesrapport och ansökan om utbetalning), computed by
 * {@link ClaimSetup#claim(ClaimActuals)}: per cost category and co-financing category the budget, the actual amount of the
 * period and to date, what remains and the share used; the ESF amount to claim at the approved aid rate;
 * the co-financing share reached to date against the call's requirement, compared exactly; every deviation
 * as a finding; and for every line the source rows its amount comes from ({@link #trace(String)}: the sum of
 * a line's trace is its amount to date). Amounts are kronor as exact decimals. Immutable and thread-safe.
 */
public final class PaymentClaim {

  /** The figures of the claim that are not lines: totals, ESF amount, shares, hours. */
  public static final class Totals {
    final BigDecimal costsThisPeriod;
    final BigDecimal costsToDate;
    final BigDecimal coFinancingThisPeriod;
    final BigDecimal coFinancingToDate;
    final BigDecimal totalFinancingThisPeriod;
    final BigDecimal totalFinancingToDate;
    final BigDecimal esfThisPeriod;
    final BigDecimal esfToDate;
    final BigDecimal esfGrant;
    final Share aidRate;
    final Share coFinancingShareToDate;
    final Optional<BigDecimal> requiredPercent;
    final BigDecimal participantHoursThisPeriod;
    final BigDecimal participantHoursToDate;
    final BigDecimal staffHoursToDate;
    final BigDecimal inKindHoursToDate;

    Totals(BigDecimal costsThisPeriod, BigDecimal costsToDate, BigDecimal coFinancingThisPeriod,
        BigDecimal coFinancingToDate, BigDecimal totalFinancingThisPeriod, BigDecimal totalFinancingToDate,
        BigDecimal esfThisPeriod, BigDecimal esfToDate, BigDecimal esfGrant, Share aidRate,
        Share coFinancingShareToDate, Optional<BigDecimal> requiredPercent, BigDecimal participantHoursThisPeriod,
        BigDecimal participantHoursToDate, BigDecimal staffHoursToDate, BigDecimal inKindHoursToDate) {
      this.costsThisPeriod = costsThisPeriod;
      this.costsToDate = costsToDate;
      this.coFinancingThisPeriod = coFinancingThisPeriod;
      this.coFinancingToDate = coFinancingToDate;
      this.totalFinancingThisPeriod = totalFinancingThisPeriod;
      this.totalFinancingToDate = totalFinancingToDate;
      this.esfThisPeriod = esfThisPeriod;
      this.esfToDate = esfToDate;
      this.esfGrant = esfGrant;
      this.aidRate = aidRate;
      this.coFinancingShareToDate = coFinancingShareToDate;
      this.requiredPercent = requiredPercent;
      this.participantHoursThisPeriod = participantHoursThisPeriod;
      this.participantHoursToDate = participantHoursToDate;
      this.staffHoursToDate = staffHoursToDate;
      this.inKindHoursToDate = inKindHoursToDate;
    }
  }

  private final LocalDateRange period;
  private final List<ClaimLine> lines;
  private final Map<String, List<TraceEntry>> traces;
  private final Totals totals;
  private final ValidationResult findings;

  PaymentClaim(LocalDateRange period, List<ClaimLine> lines, Map<String, List<TraceEntry>> traces, Totals totals,
      ValidationResult findings) {
    this.period = period;
    this.lines = List.copyOf(lines);
    this.traces = Map.copyOf(traces);
    this.totals = totals;
    this.findings = findings;
  }

  /** The claim period, half-open. */
  public LocalDateRange period() {
    return period;
  }

  /** Every line: cost lines by section and category, then co-financing lines. */
  public List<ClaimLine> lines() {
    return lines;
  }

  /** The line with the given id ({@code IMPLEMENTATION/STAFF}, {@code PUBLIC_IN_KIND}). */
  public Optional<ClaimLine> line(String id) {
    Objects.requireNonNull(id, "id");
    return lines.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  /** The cost line of a section and category. */
  public Optional<ClaimLine> line(CostSection section, CostCategory category) {
    return line(ClaimLine.costId(section, category));
  }

  /** The line of a co-financing category. */
  public Optional<ClaimLine> line(CoFinancingCategory category) {
    return line(category.name());
  }

  /** The source rows of a line, to date; their amounts add up to the line's amount to date. */
  public List<TraceEntry> trace(String lineId) {
    return traces.getOrDefault(lineId, List.of());
  }

  /** The source rows of a cost line. */
  public List<TraceEntry> trace(CostSection section, CostCategory category) {
    return trace(ClaimLine.costId(section, category));
  }

  /** The source rows of a co-financing line. */
  public List<TraceEntry> trace(CoFinancingCategory category) {
    return trace(category.name());
  }

  /** Costs in the period, revenue deducted. */
  public BigDecimal costsThisPeriod() {
    return totals.costsThisPeriod;
  }

  /** Costs to date, revenue deducted. */
  public BigDecimal costsToDate() {
    return totals.costsToDate;
  }

  /** Co-financing (cash, in kind and participant compensation) in the period. */
  public BigDecimal coFinancingThisPeriod() {
    return totals.coFinancingThisPeriod;
  }

  /** Co-financing to date. */
  public BigDecimal coFinancingToDate() {
    return totals.coFinancingToDate;
  }

  /** Total financing in the period: costs plus co-financing that is not cash (B10). */
  public BigDecimal totalFinancingThisPeriod() {
    return totals.totalFinancingThisPeriod;
  }

  /** Total financing to date. */
  public BigDecimal totalFinancingToDate() {
    return totals.totalFinancingToDate;
  }

  /** The ESF amount to claim for the period: ESF to date less ESF to the period's start. */
  public BigDecimal esfThisPeriod() {
    return totals.esfThisPeriod;
  }

  /** The ESF amount to date: the aid rate × total financing to date, rounded under the setup's policy. */
  public BigDecimal esfToDate() {
    return totals.esfToDate;
  }

  /** The approved ESF grant of the budget. */
  public BigDecimal esfGrant() {
    return totals.esfGrant;
  }

  /** The approved aid rate: the budget's ESF grant over its total financing, exact. */
  public Share aidRate() {
    return totals.aidRate;
  }

  /** Co-financing to date over total financing to date, exact. */
  public Share coFinancingShareToDate() {
    return totals.coFinancingShareToDate;
  }

  /** The call's required co-financing share in percent, when given. */
  public Optional<BigDecimal> requiredPercent() {
    return totals.requiredPercent;
  }

  /**
   * Whether the co-financing share to date meets the call's requirement, compared exactly:
   * {@link RequirementStatus#NOT_CHECKED} when no requirement was given.
   */
  public RequirementStatus requirementStatus() {
    return totals.requiredPercent
        .map(p -> RequirementStatus.of(totals.coFinancingShareToDate.isAtLeastPercent(p)))
        .orElse(RequirementStatus.NOT_CHECKED);
  }

  /** Participant hours counted in the period. */
  public BigDecimal participantHoursThisPeriod() {
    return totals.participantHoursThisPeriod;
  }

  /** Participant hours counted to date. */
  public BigDecimal participantHoursToDate() {
    return totals.participantHoursToDate;
  }

  /** Hours of the owner's staff counted to date. */
  public BigDecimal staffHoursToDate() {
    return totals.staffHoursToDate;
  }

  /** In-kind staff hours counted to date. */
  public BigDecimal inKindHoursToDate() {
    return totals.inKindHoursToDate;
  }

  /** Every violation and deviation. */
  public ValidationResult findings() {
    return findings;
  }

  @Override
  public String toString() {
    return "PaymentClaim{" + period + ", ESF " + totals.esfThisPeriod.toPlainString() + ", " + lines.size() + " lines, "
        + findings.violations().size() + " findings}";
  }
}
