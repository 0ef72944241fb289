package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.Redaction;
import io.github.esfkit.core.internal.EsfStyle;
import io.github.esfkit.core.Share;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One computed number of a criterion in one scope, e.g. scope {@code Berg/woman} with numerator 2, or scope
 * {@code total} with 116 of 230. Scopes: {@code total}, a gender code ({@code woman}), a sub-project, or
 * {@code subProject/gender}. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractComputedFigure {

  /** What the figure covers: {@code total}, a gender code, a sub-project or {@code subProject/gender}. */
  @Value.Parameter
  public abstract String scope();

  /** The number counted in the scope. */
  @Value.Parameter
  public abstract long numerator();

  /** The base the number is a share of, when the criterion has one for this scope; empty for a bare count. */
  @Value.Parameter
  public abstract Optional<Long> denominator();

  /** The share when a denominator is known. */
  public Optional<Share> share() {
    return denominator().map(d -> Share.of(numerator(), d));
  }

  /** The scope may name a sub-project (free text from the input): shown through {@link Redaction}. */
  @Override
  public String toString() {
    return "ComputedFigure{scope=" + Redaction.scrub(scope()) + ", numerator=" + numerator()
        + denominator().map(d -> ", denominator=" + d).orElse("") + "}";
  }
}
