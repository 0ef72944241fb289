package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.internal.EsfStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A verdict recorded by a person (bedömning) for a criterion without a threshold, with the words used, e.g.
 * "Detta bedömer jag vara ett bra resultat för projektet." Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractJudgement {

  /** The verdict the person gave. */
  @Value.Parameter
  public abstract Verdict verdict();

  /** The judgement as worded. */
  @Value.Parameter
  @Value.Redacted // free text: never in toString()
  public abstract String statementSv();

  /** Who judged, e.g. "extern utvärderare". */
  @Value.Redacted // free text: never in toString()
  public abstract Optional<String> judgedBy();
}
