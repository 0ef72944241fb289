package io.github.esfkit.indicators.targets.evaluation.internal;

import java.util.Objects;
import java.util.Optional;

/**
 * One sub-project's numbers in a criterion's breakdown: a count of a denominator, with women and men when
 * known. Immutable and thread-safe.
 *
 * @param subProject the sub-project (delprojekt), e.g. a municipality
 * @param count the counted participants
 * @param denominator the population counted against
 * @param women women among {@code count}, when known
 * @param men men among {@code count}, when known
 */
public record SubProjectLine(String subProject, long count, long denominator, Optional<Long> women, Optional<Long> men) {

  /** Checks the components. */
  public SubProjectLine {
    Objects.requireNonNull(subProject, "subProject");
    Objects.requireNonNull(women, "women");
    Objects.requireNonNull(men, "men");
  }
}
