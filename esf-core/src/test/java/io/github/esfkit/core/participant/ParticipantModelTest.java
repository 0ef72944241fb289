package io.github.esfkit.core.participant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.esfkit.core.id.Personnummer;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** Answers, participations and their self-consistency checks. */
class ParticipantModelTest {

  static Participation base() {
    return Participation.builder().participantId("D-070").subProject("Östersund")
        .gender(Answer.of(Gender.MAN)).birthDate(Answer.of(LocalDate.of(1990, 5, 17)))
        .entryDate(LocalDate.of(2021, 3, 1)).employmentStatus(Answer.of(EmploymentStatus.LONG_TERM_UNEMPLOYED))
        .education(Answer.of(IscedLevel.ISCED3)).build();
  }

  @Test
  void unknownIsDistinguishableFromEveryValidAnswer() {
    Answer<Boolean> refused = Answer.unknown(UnknownReason.REFUSED);
    assertThat(refused.isUnknown()).isTrue();
    assertThat(refused.isKnown()).isFalse();
    assertThat(refused.value()).isEmpty();
    assertThat(refused.unknownReason()).contains(UnknownReason.REFUSED);
    assertThat(refused.is(true)).isFalse();
    assertThat(refused.is(false)).isFalse();
    assertThat(refused).hasToString("unknown:refused");
    assertThatThrownBy(refused::get).isInstanceOf(NoSuchElementException.class).hasMessageContaining("refused");
    assertThat(refused.map(b -> !b)).isEqualTo(Answer.unknown(UnknownReason.REFUSED));

    Answer<Boolean> no = Answer.of(false);
    assertThat(no.isKnown()).isTrue();
    assertThat(no.is(false)).isTrue();
    assertThat(no.unknownReason()).isEmpty();
    assertThat(no.map(b -> !b)).isEqualTo(Answer.of(true));

    for (UnknownReason r : UnknownReason.values()) {
      Answer<Boolean> u = Answer.unknown(r);
      assertThat(u).isNotEqualTo(Answer.of(true)).isNotEqualTo(Answer.of(false));
    }
    assertThat(Answer.<Gender>notCollected().unknownReason()).contains(UnknownReason.NOT_COLLECTED);
  }

  @Test
  void answerEquality() {
    new EqualsTester()
        .addEqualityGroup(Answer.of(Gender.WOMAN), Answer.of(Gender.WOMAN))
        .addEqualityGroup(Answer.of(Gender.MAN))
        .addEqualityGroup(Answer.unknown(UnknownReason.NOT_COLLECTED), Answer.notCollected())
        .addEqualityGroup(Answer.unknown(UnknownReason.REFUSED))
        .addEqualityGroup(Answer.unknown(UnknownReason.DONT_KNOW))
        .testEquals();
  }

  @Test
  void noNullInTheApi() {
    new NullPointerTester().testAllPublicStaticMethods(Answer.class);
    new NullPointerTester().testAllPublicInstanceMethods(Answer.of(1));
    new NullPointerTester().testAllPublicInstanceMethods(base());
    assertThatThrownBy(() -> base().withParticipantId(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void participationDefaultsAreUnknownNotNull() {
    Participation p = base();
    assertThat(p.disability().unknownReason()).contains(UnknownReason.NOT_COLLECTED);
    assertThat(p.homeless().isUnknown()).isTrue();
    assertThat(p.personId()).isEmpty();
    assertThat(p.exitDate()).isEmpty();
    assertThat(p.hasExited()).isFalse();
    assertThat(p.ageAtEntry()).isEqualTo(Answer.of(30));
    assertThat(p.withBirthDate(Answer.unknown(UnknownReason.DONT_KNOW)).ageAtEntry().unknownReason())
        .contains(UnknownReason.DONT_KNOW);
  }

  @Test
  void participationChecksItself() {
    assertThatThrownBy(() -> base().withExitDate(LocalDate.of(2021, 2, 28)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before entry");
    assertThatThrownBy(() -> base().withExitDestination(ExitDestination.STUDIES))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exit destination");
    assertThatThrownBy(() -> base().withParticipantId("Deltagare 70"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("participantId");
    assertThatThrownBy(() -> base().withSubProject(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> base().withBirthDate(Answer.of(LocalDate.of(2022, 1, 1))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> base().withExitDate(LocalDate.of(2021, 6, 1))
        .withEvents(LabourMarketEvent.of(LocalDate.of(2021, 5, 31), EventType.EMPLOYED)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("employed");
    Participation ok = base().withExitDate(LocalDate.of(2021, 6, 1)).withExitDestination(ExitDestination.EMPLOYMENT)
        .withEvents(LabourMarketEvent.of(LocalDate.of(2021, 6, 1), EventType.EMPLOYED));
    assertThat(ok.hasExitedBy(LocalDate.of(2021, 6, 1))).isTrue();
    assertThat(ok.hasExitedBy(LocalDate.of(2021, 5, 31))).isFalse();
  }

  @Test
  void incomeSupportObservationChecksItself() {
    IncomeSupportObservation baseline = IncomeSupportObservation.builder().anchor(FollowUpAnchor.BEFORE_ENTRY)
        .months(1).receivesSupport(Answer.of(true)).monthlyAmountSek(9_500L).approximate(true).build();
    assertThat(baseline.labourMarketRelated()).isTrue();
    assertThatThrownBy(() -> IncomeSupportObservation.builder().anchor(FollowUpAnchor.AFTER_EXIT).months(3)
        .receivesSupport(Answer.of(false)).monthlyAmountSek(100L).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IncomeSupportObservation.builder().anchor(FollowUpAnchor.AFTER_EXIT).months(-1)
        .receivesSupport(Answer.notCollected()).build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void codesOfTheExchangeFormat() {
    assertThat(EmploymentStatus.LONG_TERM_UNEMPLOYED.code()).isEqualTo("long_term_unemployed");
    assertThat(EmploymentStatus.LONG_TERM_UNEMPLOYED.isUnemployed()).isTrue();
    assertThat(EmploymentStatus.INACTIVE_NOT_IN_EDUCATION.isInactive()).isTrue();
    assertThat(IscedLevel.ISCED8.code()).isEqualTo("isced8");
    assertThat(IscedLevel.ISCED8.level()).isEqualTo(8);
    assertThat(ExitDestination.ADAPTED_EMPLOYMENT.isWorkOrStudies()).isTrue();
    assertThat(ExitDestination.RETURNED_TO_REFERRER.isWorkOrStudies()).isFalse();
    assertThat(EventType.QUALIFICATION_GAINED.isStatus()).isFalse();
    assertThat(EventType.SELF_EMPLOYED.isEmployment()).isTrue();
    assertThat(Gender.NON_BINARY.code()).isEqualTo("non_binary");
    assertThat(ReferralSource.INCOME_SUPPORT.code()).isEqualTo("income_support");
  }

  @Test
  void linkingGroupsReEntriesAndCountsUnlinked() {
    Personnummer anna = Personnummer.parse("19121212-1212");
    Personnummer bo = Personnummer.parse("20121272-1219");
    Participation a1 = base().withParticipantId("A1").withPersonId(anna).withEntryDate(LocalDate.of(2021, 1, 10))
        .withExitDate(LocalDate.of(2021, 3, 1)).withExitDestination(ExitDestination.OTHER).withSubProject("Krokom")
        .withBirthDate(Answer.of(LocalDate.of(1990, 5, 17)));
    Participation a2 = base().withParticipantId("A2").withPersonId(anna).withEntryDate(LocalDate.of(2021, 9, 1))
        .withExitDate(LocalDate.of(2022, 2, 1)).withExitDestination(ExitDestination.EMPLOYMENT).withSubProject("Åre")
        .withEmploymentStatus(Answer.of(EmploymentStatus.INACTIVE));
    Participation b1 = base().withParticipantId("B1").withPersonId(bo).withEntryDate(LocalDate.of(2021, 2, 1));
    Participation u1 = base().withParticipantId("U1").withEntryDate(LocalDate.of(2021, 1, 5));
    Participation u2 = base().withParticipantId("U2").withEntryDate(LocalDate.of(2021, 1, 5));

    ParticipationLinker.Result r = ParticipationLinker.link(List.of(a2, b1, u2, a1, u1));

    assertThat(r.participationCount()).isEqualTo(5);
    assertThat(r.personCount()).isEqualTo(4);
    assertThat(r.unlinkedCount()).isEqualTo(2);
    assertThat(r.reEnteredPersonCount()).isEqualTo(1);
    assertThat(r.persons()).extracting(h -> h.first().participantId()).containsExactly("U1", "U2", "A1", "B1");
    PersonHistory annaHistory = r.persons().get(2);
    assertThat(annaHistory.isLinked()).isTrue();
    assertThat(annaHistory.isReEntry()).isTrue();
    assertThat(annaHistory.participations()).extracting(Participation::participantId).containsExactly("A1", "A2");
    // first entry's date and characteristics, last exit
    assertThat(annaHistory.firstEntry()).isEqualTo(LocalDate.of(2021, 1, 10));
    assertThat(annaHistory.first().employmentStatus()).isEqualTo(Answer.of(EmploymentStatus.LONG_TERM_UNEMPLOYED));
    assertThat(annaHistory.lastExit()).contains(LocalDate.of(2022, 2, 1));
    assertThat(annaHistory.lastExited()).contains(a2);
    assertThat(annaHistory.subProject()).isEqualTo("Krokom");
    assertThat(annaHistory.ageAtFirstEntry()).isEqualTo(Answer.of(30));
    assertThat(annaHistory.toString()).doesNotContain("1212121212").contains("19121212-****");
    assertThat(r.persons().get(0).isLinked()).isFalse();
    assertThat(r.persons().get(0).toString()).contains("unlinked");
    assertThat(r.persons().get(3).lastExit()).isEmpty();
    assertThat(r.toString()).contains("5 participations", "4 persons", "2 unlinked");
  }

  @Test
  void personHistoryChecksItself() {
    Participation p = base();
    assertThatThrownBy(() -> PersonHistory.builder().build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PersonHistory.builder().addParticipations(p, p.withParticipantId("X")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be linked");
    Personnummer id = Personnummer.parse("19121212-1212");
    assertThatThrownBy(() -> PersonHistory.builder().personId(id).addParticipations(p).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("1212121212");
    Participation later = p.withPersonId(id).withEntryDate(LocalDate.of(2021, 5, 1));
    assertThatThrownBy(() -> PersonHistory.builder().personId(id)
        .addParticipations(later, p.withPersonId(id)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ordered");
    assertThatThrownBy(() -> ParticipationLinker.link(null)).isInstanceOf(NullPointerException.class);
  }
}
