package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.internal.EsfStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * How many participations a {@link Selection} holds, per sub-project (delprojekt) and gender. The total is
 * the sum of the sub-projects by construction. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractSelectionCount {

  /** Sub-project → counts. */
  @Value.Redacted // names and tags from the input (free text, may hold a personnummer): never in toString()
  public abstract Map<String, GenderCounts> bySubProject();

  /** Sum over the sub-projects. */
  public GenderCounts total() {
    GenderCounts sum = GenderCounts.zero();
    for (GenderCounts c : bySubProject().values()) {
      sum = sum.plus(c);
    }
    return sum;
  }

  @Value.Check
  void check() {
    long all = 0;
    for (GenderCounts c : bySubProject().values()) {
      all = Checks.sum("selection counts", all, c.total());
    }
  }

  /** The counts of one sub-project; zero when absent. */
  public GenderCounts subProject(String name) {
    return bySubProject().getOrDefault(name, GenderCounts.zero());
  }
}
