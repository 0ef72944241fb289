package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.EsfStyle;
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

  /** The criterion's wording; free text, so never in {@code toString()}. */
  @Value.Redacted
  @Override
  public abstract String textSv();

  /** The criterion's English wording; free text, so never in {@code toString()}. */
  @Value.Redacted
  @Override
  public abstract java.util.Optional<String> textEn();

  @Override
  public <R> R match(Cases<R> cases) {
    return java.util.Objects.requireNonNull(cases, "cases").genderComposition((GenderCompositionCriterion) this);
  }

  @Override
  public CriterionKind kind() {
    return CriterionKind.GENDER_COMPOSITION;
  }

  public abstract Selection population();

  public abstract Gender gender();

  public abstract BigDecimal percent();

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
