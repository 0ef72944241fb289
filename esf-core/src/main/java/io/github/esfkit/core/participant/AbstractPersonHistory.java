package io.github.esfkit.core.participant;

import io.github.esfkit.core.internal.EsfStyle;
import io.github.esfkit.core.id.Personnummer;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * All participations of one person in one operation, in order of entry: one participant for the EU
 * common indicators (participants.md §12). The first entry's date and characteristics count, and the
 * last exit. A participation without personnummer cannot be linked and forms a history of its own.
 *
 * <p>Built by {@link ParticipationLinker}; {@link #toString()} never shows the personnummer unmasked.
 * Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractPersonHistory {

  /** The linking identity number; empty for an unlinked participation. Personal data. */
  public abstract Optional<Personnummer> personId();

  /** The participations, ordered by entry date (then exit date, then participant id). */
  public abstract List<Participation> participations();

  /** True when the history is linked by a personnummer. */
  public boolean isLinked() {
    return personId().isPresent();
  }

  /** The first participation, whose characteristics count for the person. */
  public Participation first() {
    return participations().get(0);
  }

  /** The last participation by entry. */
  public Participation last() {
    return participations().get(participations().size() - 1);
  }

  /** The first entry date. */
  public LocalDate firstEntry() {
    return first().entryDate();
  }

  /** The last exit date; empty while any participation is still active. */
  public Optional<LocalDate> lastExit() {
    LocalDate max = null;
    for (Participation p : participations()) {
      if (p.exitDate().isEmpty()) {
        return Optional.empty();
      }
      if (max == null || p.exitDate().get().isAfter(max)) {
        max = p.exitDate().get();
      }
    }
    return Optional.ofNullable(max);
  }

  /** The participation that holds the last exit (whose exit destination and results count). */
  public Optional<Participation> lastExited() {
    return lastExit().flatMap(d -> participations().stream()
        .filter(p -> p.exitDate().get().equals(d)).reduce((a, b) -> b));
  }

  /** True when the person entered more than once. */
  public boolean isReEntry() {
    return participations().size() > 1;
  }

  /**
   * Age in full years at the first entry: {@code Period.between(birthDate, firstEntry).getYears()}, so a
   * 29 February birthday is reached on 1 March in common years. Unknown when the first participation's
   * birth date is.
   */
  public Answer<Integer> ageAtFirstEntry() {
    return first().birthDate().map(b -> Period.between(b, firstEntry()).getYears());
  }

  /** The sub-project of the first entry, to which a re-entered person belongs. */
  public String subProject() {
    return first().subProject();
  }

  @Value.Check
  void check() {
    if (participations().isEmpty()) {
      throw new IllegalArgumentException("a person history needs at least one participation");
    }
    if (personId().isEmpty() && participations().size() > 1) {
      throw new IllegalArgumentException("participations without personnummer cannot be linked: "
          + participations().size() + " given");
    }
    for (Participation p : participations()) {
      if (!p.personId().equals(personId())) {
        throw new IllegalArgumentException(
            "participation " + AbstractParticipation.shown(p.participantId()) + " belongs to another person than the history");
      }
    }
    for (int i = 1; i < participations().size(); i++) {
      if (participations().get(i).entryDate().isBefore(participations().get(i - 1).entryDate())) {
        throw new IllegalArgumentException("participations must be ordered by entry date");
      }
    }
  }

  @Override
  public String toString() {
    return "PersonHistory{" + personId().map(Personnummer::masked).orElse("unlinked") + ", "
        + participations().size() + " participation(s), first entry " + firstEntry() + "}";
  }
}
