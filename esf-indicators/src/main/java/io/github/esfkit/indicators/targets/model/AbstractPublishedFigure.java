package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.internal.EsfStyle;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A figure or verdict as a published report prints it, to compare with the library's result: the indicator,
 * optionally a criterion and scope with numerator, denominator and printed percent, optionally the verdict.
 * Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractPublishedFigure {

  /** The indicator the report prints it for, e.g. {@code PM-3}. */
  @Value.Redacted // ids and scopes as printed in a report, unchecked: never in toString()
  public abstract String indicatorId();

  /** The criterion the numbers belong to. */
  @Value.Redacted // ids and scopes as printed in a report, unchecked: never in toString()
  public abstract Optional<String> criterionId();

  /** Scope as in {@link ComputedFigure#scope()}; {@code total} by default. */
  @Value.Redacted // ids and scopes as printed in a report, unchecked: never in toString()
  @Value.Default
  public String scope() {
    return "total";
  }

  /** The printed number counted, when printed. */
  public abstract Optional<Long> numerator();

  /** The printed base, when printed. */
  public abstract Optional<Long> denominator();

  /** As printed, e.g. 87.5 for "87,5 %". */
  public abstract Optional<BigDecimal> printedPercent();

  /** The indicator's verdict as printed or implied. */
  public abstract Optional<Verdict> verdict();

  /** Where it is printed, e.g. {@code L194}. */
  @Value.Redacted // free text: never in toString()
  public abstract Optional<String> source();
}
