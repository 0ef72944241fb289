package io.github.esfkit.core.participant;

import io.github.esfkit.core.id.Personnummer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Groups participations (inskrivningar) into persons by personnummer or samordningsnummer: the re-entry
 * rule of the EU common indicators (participants.md §12). A participation without an identity number
 * counts as its own person, and {@link Result#unlinkedCount()} says how many there were. All given
 * participations are kept (struck ones included; filter before linking if they must not count).
 * Stateless and thread-safe.
 */
public final class ParticipationLinker {

  private static final Comparator<Participation> ORDER = Comparator.comparing(Participation::entryDate)
      .thenComparing(p -> p.exitDate().orElse(java.time.LocalDate.MAX))
      .thenComparing(Participation::participantId);

  private ParticipationLinker() {}

  /** Links the participations; persons are ordered by first entry, then first participant id. */
  public static Result link(Collection<Participation> participations) {
    Objects.requireNonNull(participations, "participations");
    Map<Personnummer, List<Participation>> byPerson = new LinkedHashMap<>();
    List<PersonHistory> persons = new ArrayList<>();
    int unlinked = 0;
    for (Participation p : participations) {
      Objects.requireNonNull(p, "participation");
      Optional<Personnummer> id = p.personId();
      if (id.isPresent()) {
        byPerson.computeIfAbsent(id.get(), k -> new ArrayList<>()).add(p);
      } else {
        unlinked++;
        persons.add(PersonHistory.builder().addParticipations(p).build());
      }
    }
    for (Map.Entry<Personnummer, List<Participation>> e : byPerson.entrySet()) {
      List<Participation> list = new ArrayList<>(e.getValue());
      list.sort(ORDER);
      persons.add(PersonHistory.builder().personId(e.getKey()).addAllParticipations(list).build());
    }
    persons.sort(Comparator.comparing(PersonHistory::firstEntry)
        .thenComparing(h -> h.first().participantId()));
    return new Result(List.copyOf(persons), participations.size(), unlinked);
  }

  /** The persons found, with counts of participations, persons and unlinked participations. Immutable. */
  public static final class Result {
    private final List<PersonHistory> persons;
    private final int participationCount;
    private final int unlinkedCount;

    private Result(List<PersonHistory> persons, int participationCount, int unlinkedCount) {
      this.persons = persons;
      this.participationCount = participationCount;
      this.unlinkedCount = unlinkedCount;
    }

    /** One history per person (an unlinked participation is a person of its own). */
    public List<PersonHistory> persons() {
      return persons;
    }

    /** The number of persons: the EU indicators' participant count. */
    public int personCount() {
      return persons.size();
    }

    /** The number of participations (enrolments): what project-specific targets count. */
    public int participationCount() {
      return participationCount;
    }

    /** Participations without identity number, each counted as its own person. */
    public int unlinkedCount() {
      return unlinkedCount;
    }

    /** Persons who entered more than once. */
    public int reEnteredPersonCount() {
      return (int) persons.stream().filter(PersonHistory::isReEntry).count();
    }

    @Override
    public String toString() {
      return "Linked{" + participationCount + " participations, " + personCount() + " persons, " + unlinkedCount
          + " unlinked}";
    }
  }
}
