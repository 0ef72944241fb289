package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.internal.EsfStyle;
import io.github.esfkit.core.participant.Participation;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Per-participation facts that {@link io.github.esfkit.core.participant.Participation} does not carry, keyed by participant id: tags such as
 * an in-project milestone ("gått vidare till arbetsträning eller praktik") or an eligibility fact ("deltog i
 * åtgärd hos AF innan projektet"), and a pseudonymous person key linking re-entries when no personnummer is
 * recorded. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractParticipantFacts {

  /** Participant id → tags. */
  @Value.Redacted // names and tags from the input (free text, may hold a personnummer): never in toString()
  public abstract Map<String, Set<String>> tags();

  /** Participant id → pseudonymous person key. */
  @Value.Redacted // names and tags from the input (free text, may hold a personnummer): never in toString()
  public abstract Map<String, String> personKeys();

  /** The tags of one participation; empty when none. */
  public Set<String> tagsOf(String participantId) {
    return tags().getOrDefault(participantId, Set.of());
  }

  /** No facts. */
  public static ParticipantFacts none() {
    return ParticipantFacts.builder().build();
  }
}
