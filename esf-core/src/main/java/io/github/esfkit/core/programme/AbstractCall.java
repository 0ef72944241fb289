package io.github.esfkit.core.programme;

import io.github.esfkit.core.id.Diarienummer;
import io.github.esfkit.core.internal.EsfStyle;
import io.github.esfkit.core.validation.ValidationResult;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A call for proposals (utlysning): name, registration number, programme period, area, specific
 * objective, the regions it is open to and the required co-financing rate (krav på medfinansiering), an
 * exact percentage such as {@code 53.00} for call 2016/00486. The rate belongs to the call and is never a
 * constant.
 *
 * <p>The value holds what the call says; whether area, objective and regions fit together is checked by
 * {@link #validate()}, so that inconsistent source data can be reported. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractCall {

  /** The call's registration number, e.g. 2016/00486. */
  public abstract Diarienummer diarienummer();

  /** The call's name, e.g. "Minska långtidsarbetslösheten i Östra Mellansverige NR2". */
  public abstract String name();

  /** The programme period the call belongs to. */
  public abstract ProgrammePeriod programmePeriod();

  /** The programme area (programområde) of the call. */
  public abstract ProgrammeArea programmeArea();

  /** The specific objective, when the call names one. */
  public abstract Optional<SpecificObjective> specificObjective();

  /** The regions the call is open to; empty for a national call. */
  public abstract Set<Region> regions();

  /** Required co-financing as an exact percentage of total financing, e.g. 53.00; within 0..100. */
  public abstract BigDecimal requiredCoFinancingPercent();

  /** The flat-rate options the call allows. */
  public abstract Set<FlatRateOption> allowedFlatRates();

  /** True for a call open to the whole country (no region given). */
  public boolean isNational() {
    return regions().isEmpty();
  }

  /** The required co-financing as a fraction (53.00 → 0.5300), exact. */
  public BigDecimal requiredCoFinancingShare() {
    return requiredCoFinancingPercent().movePointLeft(2);
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("call name must not be blank (call " + diarienummer() + ")");
    }
    BigDecimal p = requiredCoFinancingPercent();
    if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException(
          "requiredCoFinancingPercent must be within 0..100, not " + p.toPlainString() + " (call "
              + diarienummer() + ")");
    }
  }

  /**
   * Checks that the call is consistent in itself and returns every finding, with paths starting at {@code call}:
   * {@code CALL-AREA-PERIOD}, {@code CALL-OBJECTIVE-PERIOD}, {@code CALL-OBJECTIVE-AREA}, {@code CALL-AREA-REGION}.
   * Never throws.
   */
  public ValidationResult validate() {
    return CallValidator.validate((Call) this);
  }
}
