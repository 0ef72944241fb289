package io.github.esfkit.core.project;

import io.github.esfkit.core.EsfStyle;
import io.github.esfkit.core.organisation.Organisation;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A sub-project (delprojekt): the part of a project one partner runs with its own participants, usually
 * a municipality. Participant records refer to it by {@link #name()}. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractSubProject {

  /** The name participant records use, e.g. "Krokom". */
  @Value.Parameter
  public abstract String name();

  /** The organisation that runs it, when known. */
  public abstract Optional<Organisation> organisation();

  /** Planned participants of this sub-project, when planned per partner. */
  public abstract OptionalInt plannedParticipants();

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("sub-project name must not be blank");
    }
    if (plannedParticipants().isPresent() && plannedParticipants().getAsInt() < 0) {
      throw new IllegalArgumentException("planned participants of sub-project "
          + io.github.esfkit.core.Redaction.scrub(name()) + " must not be negative");
    }
  }
}
