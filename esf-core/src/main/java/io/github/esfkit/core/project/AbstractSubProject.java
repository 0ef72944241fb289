package io.github.esfkit.core.project;

import io.github.esfkit.core.internal.EsfStyle;
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

  /** The municipality (kommun) it runs in, when stated. */
  public abstract Optional<String> municipality();

  /** Planned women, when the plan splits by gender. */
  public abstract OptionalInt plannedWomen();

  /** Planned men, when the plan splits by gender. */
  public abstract OptionalInt plannedMen();

  /**
   * Planned participants whose benefits co-finance the project (deltagare medfinansiering, e.g. SIA's 229
   * of 584), when stated.
   */
  public abstract OptionalInt plannedCoFinancingParticipants();

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("sub-project name must not be blank");
    }
    if (plannedParticipants().orElse(0) < 0 || plannedWomen().orElse(0) < 0 || plannedMen().orElse(0) < 0
        || plannedCoFinancingParticipants().orElse(0) < 0) {
      throw new IllegalArgumentException("planned participants of sub-project "
          + io.github.esfkit.core.Redaction.scrub(name()) + " must not be negative");
    }
  }
}
