package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.internal.EsfStyle;
import io.github.esfkit.core.participant.Gender;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Fixed gender composition (könsfördelning), e.g. "53 % kvinnor och 47 % män": one gender's share of the
 * population against a stated share with an explicit {@link Comparison}. The 144587 evaluator read 53/47 as
 * "women at least 53 %". Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract non-sealed class AbstractGenderCompositionCriterion implements Criterion {

  @Override
  public <R> R match(Cases<R> cases) {
    return java.util.Objects.requireNonNull(cases, "cases").genderComposition((GenderCompositionCriterion) this);
  }

  @Override
  public CriterionKind kind() {
    return CriterionKind.GENDER_COMPOSITION;
  }

  /** Whose gender composition is judged. */
  public abstract Selection population();

  /** The gender whose share is compared, e.g. women for "53 % kvinnor". */
  public abstract Gender gender();

  /** The stated share of {@link #gender()}, in percent (0–100). */
  public abstract BigDecimal percent();

  /** How the share is compared with {@link #percent()}: at least, at most, or within {@link #tolerance()}. */
  public abstract Comparison comparison();

  /** Required for {@link Comparison#WITHIN}, in percentage points. */
  public abstract Optional<BigDecimal> tolerance();

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.percent("percent", percent());
    if (comparison() == Comparison.WITHIN && tolerance().isEmpty()) {
      throw new IllegalArgumentException("criterion " + io.github.esfkit.core.Redaction.scrub(id()) + ": WITHIN needs a tolerance");
    }
    tolerance().ifPresent(t -> Checks.percent("tolerance", t));
  }
}
