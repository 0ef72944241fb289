package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.internal.EsfStyle;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * Gender balance span (spannet 60/40): women and men each present with a share of the population within
 * [lower, upper] percent. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract non-sealed class AbstractGenderBalanceCriterion implements Criterion {

  @Override
  public <R> R match(Cases<R> cases) {
    return java.util.Objects.requireNonNull(cases, "cases").genderBalance((GenderBalanceCriterion) this);
  }

  @Override
  public CriterionKind kind() {
    return CriterionKind.GENDER_BALANCE;
  }

  /** Whose gender shares are judged. */
  public abstract Selection population();

  /** Lowest share each of women and men may have, in percent; 40 unless given. */
  @Value.Default
  public BigDecimal lowerPercent() {
    return BigDecimal.valueOf(40);
  }

  /** Highest share each of women and men may have, in percent; 60 unless given. */
  @Value.Default
  public BigDecimal upperPercent() {
    return BigDecimal.valueOf(60);
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.percent("lowerPercent", lowerPercent());
    Checks.percent("upperPercent", upperPercent());
    if (lowerPercent().compareTo(upperPercent()) > 0) {
      throw new IllegalArgumentException("criterion " + io.github.esfkit.core.Redaction.scrub(id()) + ": lower " + lowerPercent() + " > upper " + upperPercent());
    }
  }
}
