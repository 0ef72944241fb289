package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.internal.EsfStyle;
import org.immutables.value.Value;

/**
 * A criterion without a threshold, e.g. "Samtliga kommuner har kontinuerligt utbytt erfarenheter": the
 * verdict is recorded by a person as a {@link Judgement}. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract non-sealed class AbstractJudgedCriterion implements Criterion {

  @Override
  public <R> R match(Cases<R> cases) {
    return java.util.Objects.requireNonNull(cases, "cases").judged((JudgedCriterion) this);
  }

  @Override
  public CriterionKind kind() {
    return CriterionKind.JUDGED;
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
  }
}
