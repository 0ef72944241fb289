package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.internal.EsfStyle;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Follow-up after exit (uppföljning efter avslut), e.g. "Minskat försörjningsstöd": participants who left or
 * reduced income support {@link #monthsAfterExit()} months after exit, against the support
 * {@link #baselineMonthsBeforeEntry()} months before entry. Participations not yet due, without consent, without
 * data, not on support at baseline, struck, or in an excluded sub-project are left out and counted
 * ({@link FollowUpExclusion}). Without a {@link #thresholdPercent()} the verdict is judged by a person. A
 * sub-project may be given its own success rule (the report's own practice), which the evaluator reports as
 * a deviation. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract non-sealed class AbstractFollowUpCriterion implements Criterion {

  @Override
  public <R> R match(Cases<R> cases) {
    return java.util.Objects.requireNonNull(cases, "cases").followUp((FollowUpCriterion) this);
  }

  @Override
  public CriterionKind kind() {
    return CriterionKind.FOLLOW_UP;
  }

  /** Who is followed up. */
  public abstract Selection population();

  /** Months after exit at which support is compared, 0 to 120; 3 unless given. */
  @Value.Default
  public int monthsAfterExit() {
    return 3;
  }

  /** Months before entry of the baseline support, 0 to 120; 1 unless given. */
  @Value.Default
  public int baselineMonthsBeforeEntry() {
    return 1;
  }

  /** Which outcomes count as success; {@link SuccessRule#LEFT_OR_REDUCED} unless given. */
  @Value.Default
  public SuccessRule successRule() {
    return SuccessRule.LEFT_OR_REDUCED;
  }

  /** Sub-project → a deviating rule actually applied there. */
  @Value.Redacted // names and tags from the input (free text, may hold a personnummer): never in toString()
  public abstract Map<String, SuccessRule> successRuleOverrides();

  /** Count only changes with a clear link to the labour market. */
  @Value.Default
  public boolean requireLabourMarketLink() {
    return false;
  }

  /** Leave out participations without recorded consent. */
  @Value.Default
  public boolean requireConsent() {
    return false;
  }

  /** Sub-projects left out of the denominator (the evaluator's choice). */
  @Value.Redacted // names and tags from the input (free text, may hold a personnummer): never in toString()
  public abstract Set<String> excludedSubProjects();

  /** Minimum share; empty means judged. */
  public abstract Optional<BigDecimal> thresholdPercent();

  @Value.Check
  void check() {
    Checks.id("id", id());
    if (monthsAfterExit() < 0 || monthsAfterExit() > 120) {
      throw new IllegalArgumentException("monthsAfterExit must be within 0..120: " + monthsAfterExit());
    }
    if (baselineMonthsBeforeEntry() < 0 || baselineMonthsBeforeEntry() > 120) {
      throw new IllegalArgumentException("baselineMonthsBeforeEntry must be within 0..120: " + baselineMonthsBeforeEntry());
    }
    thresholdPercent().ifPresent(p -> Checks.percent("thresholdPercent", p));
  }
}
