package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.internal.EsfStyle;
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
  public <R> R match(Cases<R> cases) {
    return java.util.Objects.requireNonNull(cases, "cases").share((ShareCriterion) this);
  }

  @Override
  public CriterionKind kind() {
    return CriterionKind.SHARE;
  }

  /** Who counts towards the share (the numerator). */
  public abstract Selection counted();

  /** The denominator, stated explicitly. */
  public abstract Selection population();

  /** The target share in percent (0–100). */
  public abstract BigDecimal percent();

  /** Whether the share is a minimum (minst) or a maximum (maximalt); at least unless given. */
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
