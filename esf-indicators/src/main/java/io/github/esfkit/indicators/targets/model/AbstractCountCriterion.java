package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.internal.EsfStyle;
import io.github.esfkit.core.participant.Gender;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Count minimum or maximum (antal, minst/maximalt), e.g. "112 kvinnor och 98 män ur målgruppen rekryteras in
 * i projektet". The target is a total, per-gender figures, or both (the total defaults to their sum); the
 * {@link #basis()} says whether the total or each gender is judged. The {@link #population()} is the
 * denominator used to show the count as a share ("5 av 15 avslutade deltagare, dvs. 33 %"); eligibility
 * filters belong in {@link #counted()}. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract non-sealed class AbstractCountCriterion implements Criterion {

  @Override
  public <R> R match(Cases<R> cases) {
    return java.util.Objects.requireNonNull(cases, "cases").count((CountCriterion) this);
  }

  @Override
  public CriterionKind kind() {
    return CriterionKind.COUNT;
  }

  /** Who is counted. */
  public abstract Selection counted();

  /** The denominator for display and breakdown lines. */
  public abstract Selection population();

  /** Whether the target is a minimum (minst) or a maximum (maximalt). */
  public abstract Bound bound();

  /**
   * The population before an eligibility filter (e.g. all finished participants, when only those not in an AF
   * measure before entry count); when given, the explanation states how many the filter left out.
   */
  public abstract Optional<Selection> eligibilityBase();

  /** Explicit total target; when empty, the sum of {@link #genderTargets()}. */
  public abstract Optional<Long> totalTarget();

  /** Target per gender, as given (never rebuilt from a percentage). */
  public abstract Map<Gender, Long> genderTargets();

  /** Whether the total or each gender target is judged; {@link CountBasis#TOTAL} unless given. */
  @Value.Default
  public CountBasis basis() {
    return CountBasis.TOTAL;
  }

  /** The total target: explicit, else the sum of the gender targets. */
  public long effectiveTotalTarget() {
    return totalTarget().orElseGet(() -> genderTargets().values().stream().mapToLong(Long::longValue).sum());
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    if (totalTarget().isEmpty() && genderTargets().isEmpty()) {
      throw new IllegalArgumentException("count criterion " + io.github.esfkit.core.Redaction.scrub(id()) + " needs a total or per-gender target");
    }
    totalTarget().ifPresent(t -> Checks.nonNegative("totalTarget", t));
    genderTargets().forEach((g, t) -> Checks.nonNegative("genderTargets[" + g + "]", t));
    long sum = 0;
    for (long t : genderTargets().values()) {
      sum = Checks.sum("genderTargets of " + io.github.esfkit.core.Redaction.scrub(id()), sum, t);
    }
    if (basis() == CountBasis.PER_GENDER && genderTargets().isEmpty()) {
      throw new IllegalArgumentException("count criterion " + io.github.esfkit.core.Redaction.scrub(id()) + " is PER_GENDER without gender targets");
    }
  }
}
