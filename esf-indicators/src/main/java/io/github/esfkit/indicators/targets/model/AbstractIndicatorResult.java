package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.internal.EsfStyle;
import io.github.esfkit.core.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An indicator's verdict with its criteria and explanation, as of a date. Immutable and thread-safe. */
@Value.Immutable
@EsfStyle
abstract class AbstractIndicatorResult {

  /** The indicator as the table states it. */
  public abstract Indicator indicator();

  /** Achieved, partially achieved, not achieved or not assessed, combined from the criteria's statuses. */
  public abstract Verdict verdict();

  /** The date the data describe (per datum). */
  public abstract LocalDate asOf();

  /** One result per criterion, in the indicator's order. */
  public abstract List<CriterionResult> criteria();

  /** Why the verdict follows from the criteria's statuses, in Swedish. */
  @Value.Redacted // free text: never in toString()
  public abstract String explanationSv();

  /** Why the verdict follows from the criteria's statuses, in English. */
  @Value.Redacted // free text: never in toString()
  public abstract String explanationEn();

  /** The indicator's id, e.g. {@code PM-3}. */
  public String id() {
    return indicator().id();
  }

  /** {@link #explanationSv()} or {@link #explanationEn()}, by language. */
  public String explanation(Language l) {
    return l.pick(explanationSv(), explanationEn());
  }

  /** One criterion's result, empty when the indicator has no criterion of that id. */
  public Optional<CriterionResult> criterion(String criterionId) {
    return criteria().stream().filter(c -> c.criterionId().equals(criterionId)).findFirst();
  }
}
