package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.EsfStyle;
import io.github.esfkit.core.Language;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An indicator's verdict with its criteria and explanation, as of a date. Immutable and thread-safe. */
@Value.Immutable
@EsfStyle
abstract class AbstractIndicatorResult {

  public abstract Indicator indicator();

  public abstract Verdict verdict();

  public abstract LocalDate asOf();

  public abstract List<CriterionResult> criteria();

  @Value.Redacted // free text: never in toString()
  public abstract String explanationSv();

  @Value.Redacted // free text: never in toString()
  public abstract String explanationEn();

  public String id() {
    return indicator().id();
  }

  public String explanation(Language l) {
    return l.pick(explanationSv(), explanationEn());
  }

  public Optional<CriterionResult> criterion(String criterionId) {
    return criteria().stream().filter(c -> c.criterionId().equals(criterionId)).findFirst();
  }
}
