package io.github.esfkit.indicators.targets;

import io.github.esfkit.core.EsfStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The follow-up tally of one criterion per sub-project, before any sub-project is left out (the evaluator
 * applies {@link FollowUpCriterion#excludedSubProjects()}). Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractFollowUpTally {

  public abstract Map<String, FollowUpCounts> bySubProject();
}
