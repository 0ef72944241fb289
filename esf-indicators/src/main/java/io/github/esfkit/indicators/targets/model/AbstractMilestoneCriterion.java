package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.internal.EsfStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Qualitative milestone (kvalitativt delmål), e.g. "Ett gemensamt kartläggningsmaterial har utarbetats": met
 * when its {@link MilestoneProgress} is done (by the deadline, if any); in progress or not started is not met.
 * Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract non-sealed class AbstractMilestoneCriterion implements Criterion {

  @Override
  public <R> R match(Cases<R> cases) {
    return java.util.Objects.requireNonNull(cases, "cases").milestone((MilestoneCriterion) this);
  }

  @Override
  public CriterionKind kind() {
    return CriterionKind.MILESTONE;
  }

  /** E.g. "vid projektslut". */
  public abstract Optional<LocalDate> deadline();

  @Value.Check
  void check() {
    Checks.id("id", id());
  }
}
