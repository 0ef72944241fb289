package io.github.esfkit.indicators.targets.evaluation.internal;

import io.github.esfkit.indicators.targets.model.SuccessRule;
import java.util.Objects;

/**
 * A sub-project that counted follow-up successes under its own rule: its count under that rule and under the
 * criterion's definition. Immutable and thread-safe.
 *
 * @param subProject the sub-project
 * @param rule the rule it applied
 * @param successes successes under its rule
 * @param successesByDefinition successes under the criterion's rule
 * @param eligible the followed-up participants
 */
public record RuleDeviation(String subProject, SuccessRule rule, long successes, long successesByDefinition,
    long eligible) {

  /** Checks the components. */
  public RuleDeviation {
    Objects.requireNonNull(subProject, "subProject");
    Objects.requireNonNull(rule, "rule");
  }
}
