package io.github.esfkit.indicators.targets;

import io.github.esfkit.core.EsfStyle;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Share of a population (andel), e.g. "60 % av deltagarna i projektet ska gå till anställning och/eller
 * studier": met iff {@code counted × 100 ≥ percent × population} (or ≤ for {@link Bound#AT_MOST}). The
 * denominator is explicit. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract non-sealed class AbstractShareCriterion implements Criterion {

  @Override
  public CriterionKind kind() {
    return CriterionKind.SHARE;
  }

  public abstract Selection counted();

  public abstract Selection population();

  public abstract BigDecimal percent();

  @Value.Default
  public Bound bound() {
    return Bound.AT_LEAST;
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.percent("percent", percent());
  }
}
