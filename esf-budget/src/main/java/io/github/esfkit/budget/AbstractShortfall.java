package io.github.esfkit.budget;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * How far budgeted co-financing falls short of the call's requirement (underskott mot kravet), in both
 * readings, each computed exactly and rounded once under {@link RoundingPolicy#SHORTFALL}:
 *
 * <ul>
 *   <li>{@link #atFixedTotalFinancing()}: with total financing unchanged, the amount to move from the ESF
 *       grant to co-financing: {@code krav × total / 100 − medfinansiering};
 *   <li>{@link #atFixedEsfGrant()}: with the ESF grant as applied for, the co-financing to add: {@code krav
 *       × ESF-stöd / (100 − krav) − medfinansiering}; empty for a requirement of 100 %, which no ESF grant
 *       can meet.
 * </ul>
 *
 * <p>All In's total of 52 423 478 kr with 27 783 000 kr co-financing is 1 443,34 kr short of 53 % at fixed
 * total financing. The same figures feed tables and findings. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractShortfall {

  /** The amount to move from ESF grant to co-financing, total financing unchanged; rounded up to the öre. */
  public abstract Money atFixedTotalFinancing();

  /** The co-financing to add with the ESF grant unchanged; rounded up to the öre; empty at 100 %. */
  public abstract Optional<Money> atFixedEsfGrant();

  /** The policy both figures are rounded under. */
  @Value.Default
  public RoundingPolicy rounding() {
    return RoundingPolicy.SHORTFALL;
  }

  /**
   * The shortfall of {@code coFinancing} against {@code percent} of total financing; the caller has found
   * the requirement unmet (compared exactly, {@link CoFinancingRequirement#isMetBy}).
   */
  static Shortfall of(BigDecimal percent, BigDecimal esfGrant, BigDecimal coFinancing) {
    BigDecimal total = esfGrant.add(coFinancing);
    BigDecimal hundred = BigDecimal.valueOf(100);
    RoundingPolicy policy = RoundingPolicy.SHORTFALL;
    BigDecimal fixedTotal = policy.apply(percent.multiply(total).movePointLeft(2).subtract(coFinancing));
    Optional<Money> fixedGrant = Optional.empty();
    BigDecimal rest = hundred.subtract(percent);
    if (rest.signum() > 0) {
      // needed co-financing C' = p × G / (100 − p); rounded once, after the exact subtraction
      BigDecimal numerator = percent.multiply(esfGrant).subtract(coFinancing.multiply(rest));
      fixedGrant = Optional.of(Sek.of(policy.divide(numerator, rest)));
    }
    return Shortfall.builder().atFixedTotalFinancing(Sek.of(fixedTotal)).atFixedEsfGrant(fixedGrant).build();
  }
}
