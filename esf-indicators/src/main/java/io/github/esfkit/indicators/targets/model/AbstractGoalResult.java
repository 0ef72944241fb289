package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.internal.EsfStyle;
import java.util.List;
import org.immutables.value.Value;

/** A goal with the results of its indicators. Immutable and thread-safe. */
@Value.Immutable
@EsfStyle
abstract class AbstractGoalResult {

  /** The goal as the table states it. */
  public abstract Goal goal();

  /** The results of the goal's indicators, in table order. */
  public abstract List<IndicatorResult> indicators();
}
