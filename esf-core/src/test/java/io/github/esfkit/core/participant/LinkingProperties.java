package io.github.esfkit.core.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.esfkit.core.id.Personnummer;
import io.github.esfkit.core.testing.CoreGenerators;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Linking keeps every participation once and counts persons as distinct ids plus unlinked records. */
class LinkingProperties {

  @Test
  void everyParticipationIsKeptOnceAndPersonsAreCountedRight() {
    qt().withFixedSeed(20260501L).withExamples(100)
        .forAll(lists().of(CoreGenerators.participations()).ofSizeBetween(0, 20), integers().between(0, 4))
        .checkAssert((raw, reuse) -> {
          // make some participations re-entries of the same person
          List<Participation> input = new ArrayList<>();
          for (int i = 0; i < raw.size(); i++) {
            Participation p = raw.get(i).withParticipantId("P" + i);
            if (reuse > 0 && i >= reuse && raw.get(i - reuse).personId().isPresent()) {
              Personnummer id = raw.get(i - reuse).personId().get();
              if (!id.birthDate().isAfter(p.entryDate())) {
                p = p.withBirthDate(Answer.of(id.birthDate())).withPersonId(id);
              }
            }
            input.add(p);
          }
          ParticipationLinker.Result r = ParticipationLinker.link(input);

          Set<Personnummer> ids = new HashSet<>();
          int unlinked = 0;
          for (Participation p : input) {
            if (p.personId().isPresent()) {
              ids.add(p.personId().get());
            } else {
              unlinked++;
            }
          }
          assertThat(r.participationCount()).isEqualTo(input.size());
          assertThat(r.unlinkedCount()).isEqualTo(unlinked);
          assertThat(r.personCount()).isEqualTo(ids.size() + unlinked);
          List<Participation> all = new ArrayList<>();
          for (PersonHistory h : r.persons()) {
            all.addAll(h.participations());
            for (Participation p : h.participations()) {
              assertThat(p.entryDate()).isAfterOrEqualTo(h.firstEntry());
              assertThat(p.personId()).isEqualTo(h.personId());
            }
            if (h.lastExit().isPresent()) {
              h.participations().forEach(p -> assertThat(p.exitDate().get()).isBeforeOrEqualTo(h.lastExit().get()));
            }
          }
          assertThat(all).containsExactlyInAnyOrderElementsOf(input);
        });
  }
}
