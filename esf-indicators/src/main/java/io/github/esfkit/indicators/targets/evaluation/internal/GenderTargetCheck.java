package io.github.esfkit.indicators.targets.evaluation.internal;

import io.github.esfkit.core.participant.Gender;
import java.util.Objects;

/**
 * One gender's count against its target in a count criterion. Immutable and thread-safe.
 *
 * @param gender the gender
 * @param count the count reached
 * @param target the target
 * @param met whether the count meets the target under the criterion's bound
 */
public record GenderTargetCheck(Gender gender, long count, long target, boolean met) {

  /** Checks the components. */
  public GenderTargetCheck {
    Objects.requireNonNull(gender, "gender");
  }
}
