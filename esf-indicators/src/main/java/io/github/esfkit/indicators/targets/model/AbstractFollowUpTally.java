package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.internal.EsfStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The follow-up tally of one criterion per sub-project, before any sub-project is left out (the evaluator
 * applies {@link FollowUpCriterion#excludedSubProjects()}). Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractFollowUpTally {

  /** The counts per sub-project (delprojekt) name. */
  @Value.Redacted // names and tags from the input (free text, may hold a personnummer): never in toString()
  public abstract Map<String, FollowUpCounts> bySubProject();

  @Value.Check
  void check() {
    long all = 0;
    for (FollowUpCounts c : bySubProject().values()) {
      all = Checks.sum("follow-up counts", all, c.all());
    }
  }
}
