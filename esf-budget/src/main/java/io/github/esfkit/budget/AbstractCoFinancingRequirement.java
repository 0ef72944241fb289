package io.github.esfkit.budget;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.esfkit.core.Share;
import io.github.esfkit.core.id.Diarienummer;
import io.github.esfkit.core.programme.Call;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A call's required co-financing share (krav på medfinansiering enligt utlysningen), an exact percent such
 * as {@code 53.00}, optionally labelled with the call's name and registration number. The requirement is
 * met iff {@code co-financing × 100 ≥ percent × total financing}, computed exactly: 33.0005 % does not
 * meet 33.30 %, and 52.9972 % does not meet 53 % although it displays as 53,00 %. Immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractCoFinancingRequirement {

  /** The required share in percent, exact, between 0 and 100. */
  public abstract BigDecimal percent();

  /** The call's name, e.g. as returned by core's {@code Call}. */
  public abstract Optional<String> callLabel();

  /** The call's registration number. */
  public abstract Optional<Diarienummer> callNumber();

  /** A requirement in percent, e.g. {@code 53.00} or {@code call.requiredCoFinancingPercent()}. */
  public static CoFinancingRequirement ofPercent(BigDecimal percent) {
    return CoFinancingRequirement.builder().percent(percent).build();
  }

  /** A requirement as a fraction of total financing, e.g. {@code 0.53} for 53 %. */
  public static CoFinancingRequirement ofFraction(BigDecimal fraction) {
    return ofPercent(fraction.movePointRight(2));
  }

  /** The requirement of a call (utlysning): its exact percent, labelled with its name and diarienummer. */
  public static CoFinancingRequirement forCall(Call call) {
    Objects.requireNonNull(call, "call");
    return CoFinancingRequirement.builder()
        .percent(call.requiredCoFinancingPercent())
        .callLabel(call.name())
        .callNumber(call.diarienummer())
        .build();
  }

  /** A requirement given as text, e.g. {@code "53.00"}. */
  public static CoFinancingRequirement ofPercent(String percent) {
    return ofPercent(new BigDecimal(percent));
  }

  /**
   * True when a co-financing share meets the requirement, compared exactly. A budget without any financing
   * (an undefined share) is not held against the requirement: there is nothing to co-finance.
   */
  public boolean isMetBy(Share coFinancingShare) {
    return !coFinancingShare.isDefined() || coFinancingShare.isAtLeastPercent(percent());
  }

  @Value.Check
  void check() {
    checkArgument(
        percent().signum() >= 0 && percent().compareTo(BigDecimal.valueOf(100)) <= 0,
        "required co-financing must be between 0 and 100 percent: %s",
        percent());
  }
}
