package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.internal.EsfStyle;
import io.github.esfkit.core.participant.Gender;
import org.immutables.value.Value;

/**
 * A gender's share among an outcome group against its share of a reference population, e.g. "Minst hälften
 * av de som går ut i anställning ska vara kvinnor baserat på andelen kvinnor och män i projektet": met iff
 * {@code outcomeGender / outcome ≥ referenceGender / reference}, compared by cross-multiplication. Immutable
 * and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract non-sealed class AbstractRelativeGenderShareCriterion implements Criterion {

  @Override
  public <R> R match(Cases<R> cases) {
    return java.util.Objects.requireNonNull(cases, "cases").relativeGenderShare((RelativeGenderShareCriterion) this);
  }

  @Override
  public CriterionKind kind() {
    return CriterionKind.RELATIVE_GENDER_SHARE;
  }

  /** Those with the outcome. */
  public abstract Selection outcome();

  /** The reference population, usually all participants. */
  public abstract Selection reference();

  /** The gender whose shares are compared; women unless given. */
  @Value.Default
  public Gender gender() {
    return Gender.WOMAN;
  }

  /** Whether the outcome share must be at least or at most the reference share; at least unless given. */
  @Value.Default
  public Bound bound() {
    return Bound.AT_LEAST;
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
  }
}
