package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.internal.EsfStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One sub-project's follow-up tally: outcomes of the eligible participations and the count of each
 * exclusion. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractFollowUpCounts {

  /** Eligible participations per outcome (left, reduced, unchanged, …); an absent outcome counts 0. */
  public abstract Map<FollowUpOutcome, Long> outcomes();

  /** Participations left out, per reason; an absent reason counts 0. */
  public abstract Map<FollowUpExclusion, Long> exclusions();

  /** Eligible participations with the outcome, 0 when none. */
  public long outcome(FollowUpOutcome o) {
    return outcomes().getOrDefault(o, 0L);
  }

  /** Participations left out for the reason, 0 when none. */
  public long exclusion(FollowUpExclusion e) {
    return exclusions().getOrDefault(e, 0L);
  }

  /** Eligible participations: the sum of the outcomes. */
  public long eligible() {
    return outcomes().values().stream().mapToLong(Long::longValue).sum();
  }

  /** Successes under a rule. */
  public long successes(SuccessRule rule, boolean requireLabourMarketLink) {
    long n = 0;
    for (Map.Entry<FollowUpOutcome, Long> e : outcomes().entrySet()) {
      if (rule.isSuccess(e.getKey(), requireLabourMarketLink)) {
        n += e.getValue();
      }
    }
    return n;
  }

  @Value.Check
  void check() {
    outcomes().forEach((k, v) -> Checks.nonNegative("outcomes[" + k + "]", v));
    exclusions().forEach((k, v) -> Checks.nonNegative("exclusions[" + k + "]", v));
    all();
  }

  /** Every participation counted here, outcomes and exclusions. */
  long all() {
    long all = 0;
    for (long n : outcomes().values()) {
      all = Checks.sum("follow-up counts", all, n);
    }
    for (long n : exclusions().values()) {
      all = Checks.sum("follow-up counts", all, n);
    }
    return all;
  }
}
