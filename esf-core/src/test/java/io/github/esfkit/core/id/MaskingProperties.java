package io.github.esfkit.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.esfkit.core.organisation.Organisation;
import io.github.esfkit.core.organisation.OrganisationKind;
import io.github.esfkit.core.organisation.OrganisationRole;
import io.github.esfkit.core.organisation.Role;
import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.participant.ParticipationLinker;
import io.github.esfkit.core.testing.CoreGenerators;
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.core.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * No text the library produces for a generated personnummer shows it: not {@code toString()}, not an
 * exception message, not a violation. "Shows" means the ten digits YYMMDDNNNC or the twelve-digit string.
 */
class MaskingProperties {

  private static void assertMasked(String text, Personnummer p) {
    String twelve = p.fullValue().replace("-", "");
    String ten = twelve.substring(2);
    assertThat(text).doesNotContain(ten).doesNotContain(twelve).doesNotContain(p.fullValue())
        .doesNotContain(ten.substring(0, 6) + "-" + ten.substring(6));
  }

  private static void assertMasked(ValidationResult r, Personnummer p) {
    for (Violation v : r.violations()) {
      assertMasked(v.messageSv() + " " + v.messageEn() + " " + v.path() + " " + v, p);
    }
  }

  private static String flipLastDigit(String digits) {
    char last = digits.charAt(digits.length() - 1);
    return digits.substring(0, digits.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
  }

  @Test
  void toStringIsMasked() {
    qt().withFixedSeed(20260201L).withExamples(300).forAll(CoreGenerators.personnummer()).checkAssert(p -> {
      assertMasked(p.toString(), p);
      assertMasked(p.masked(), p);
      assertMasked(String.valueOf(Optional.of(p)), p);
      assertMasked(Answer.of(p).toString(), p);
    });
  }

  @Test
  void exceptionMessagesNeverRepeatTheNumber() {
    qt().withFixedSeed(20260202L).withExamples(300).forAll(CoreGenerators.personnummer()).checkAssert(p -> {
      String twelve = p.fullValue().replace("-", "");
      String ten = twelve.substring(2);
      List<String> attempts = new ArrayList<>();
      attempts.add(flipLastDigit(twelve));
      attempts.add(flipLastDigit(p.fullValue()));
      attempts.add(twelve + "0");
      attempts.add(ten.substring(0, 6) + "*" + ten.substring(6));
      for (String bad : attempts) {
        try {
          Personnummer.parse(bad);
        } catch (InvalidIdentifierException e) {
          assertMasked(e.getMessage(), p);
        }
        try {
          Personnummer.parse(bad, LocalDate.of(2025, 1, 1));
        } catch (InvalidIdentifierException e) {
          assertMasked(e.getMessage(), p);
        }
        try {
          Organisationsnummer.parse(bad);
        } catch (InvalidIdentifierException e) {
          assertMasked(e.getMessage(), p);
        }
        try {
          CfarNumber.parse(bad);
        } catch (InvalidIdentifierException e) {
          assertMasked(e.getMessage(), p);
        }
      }
      try {
        Organisationsnummer.parse(flipLastDigit(ten));
      } catch (InvalidIdentifierException e) {
        assertMasked(e.getMessage(), p);
      }
    });
  }

  @Test
  void violationsNeverShowTheNumber() {
    qt().withFixedSeed(20260203L).withExamples(300).forAll(CoreGenerators.personnummer()).checkAssert(p -> {
      String twelve = p.fullValue().replace("-", "");
      String ten = twelve.substring(2);
      for (String typed : new String[] {twelve, p.fullValue(), ten, flipLastDigit(ten), flipLastDigit(twelve),
          ten.substring(0, 6) + "-" + flipLastDigit(ten.substring(6))}) {
        // a personnummer typed into an identifier field of a form
        assertMasked(IdentifierChecks.checkCfar(typed, "project.ownerWorkplace.cfar"), p);
        assertMasked(IdentifierChecks.checkOrganisationsnummer(typed, "project.owner.organisationsnummer"), p);
        assertMasked(IdentifierChecks.checkPersonnummer(typed, "participants.csv:2:person_id"), p);
      }
    });
  }

  @Test
  void participationsAndPersonsAreMasked() {
    qt().withFixedSeed(20260204L).withExamples(200)
        .forAll(CoreGenerators.personnummer(), integers().between(0, 400)).checkAssert((p, days) -> {
          LocalDate entry = p.birthDate().plusYears(20);
          Participation one = Participation.builder().participantId("P1").personId(p).subProject("Krokom")
              .gender(Answer.notCollected()).birthDate(Answer.of(p.birthDate())).entryDate(entry)
              .exitDate(entry.plusDays(days)).employmentStatus(Answer.notCollected())
              .education(Answer.notCollected()).build();
          assertMasked(one.toString(), p);
          assertMasked(ParticipationLinker.link(List.of(one, one.withParticipantId("P2"))).persons().toString(), p);
          try {
            one.withExitDate(entry.minusDays(1));
          } catch (IllegalArgumentException e) {
            assertMasked(e.getMessage(), p);
          }
        });
  }

  @Test
  void soleTraderOrganisationNumberIsMasked() {
    // a sole trader's organisation number is the ten-digit personnummer (enskild firma)
    qt().withFixedSeed(20260205L).withExamples(300).forAll(CoreGenerators.personnummer()).checkAssert(p -> {
      String ten = p.fullValue().replace("-", "").substring(2);
      String printed = ten.substring(0, 6) + "-" + ten.substring(6);
      Organisationsnummer orgnr = Organisationsnummer.parse(ten);
      assertThat(orgnr.isPossiblyPersonnummer()).isTrue();
      assertThat(orgnr.fullValue()).isEqualTo(printed);
      assertThat(orgnr.digits()).isEqualTo(ten);
      assertMasked(orgnr.toString(), p);
      assertThat(orgnr.toString()).isEqualTo(ten.substring(0, 6) + "-****");
      Organisation firm = Organisation.of("Enskild firma", printed, OrganisationKind.PRIVATE);
      assertMasked(firm.toString(), p);
      assertMasked(String.valueOf(firm.organisationsnummer()), p);
      assertMasked(OrganisationRole.of(firm, Role.CO_FINANCIER).toString(), p);
      // and a personnummer typed into the CFAR field
      assertMasked(OrganisationRole.of(firm, Role.CO_FINANCIER, p.fullValue()).toString(), p);
      assertMasked(OrganisationRole.of(firm, Role.CO_FINANCIER, ten).toString(), p);
      assertMasked(OrganisationRole.of(firm, Role.CO_FINANCIER).validate(), p);
    });
  }

  @Test
  void organisationNumberOfALegalPersonIsShownInFull() {
    Organisationsnummer nora = Organisationsnummer.parse("2120002007");
    assertThat(nora.isPossiblyPersonnummer()).isFalse();
    assertThat(nora.toString()).isEqualTo("212000-2007");
    assertThat(nora.fullValue()).isEqualTo("212000-2007");
    assertThat(Organisation.of("Nora kommun", "212000-2007", OrganisationKind.MUNICIPALITY).toString())
        .contains("212000-2007");
  }

  @Test
  void registrationNumberErrorsNeverRepeatAPersonnummer() {
    qt().withFixedSeed(20260206L).withExamples(200).forAll(CoreGenerators.personnummer()).checkAssert(p -> {
      String twelve = p.fullValue().replace("-", "");
      String ten = twelve.substring(2);
      for (String typed : new String[] {p.fullValue(), twelve, ten, ten.substring(0, 6) + "-" + ten.substring(6),
          "Utlysning X : " + p.fullValue()}) {
        try {
          Diarienummer.parseFromCallLine(typed);
          throw new AssertionError("parsed " + typed);
        } catch (InvalidIdentifierException e) {
          assertThat(e.ruleId()).isEqualTo("DNR-FORMAT");
          assertMasked(e.getMessage(), p);
        }
      }
    });
  }

  @Test
  void registrationNumberErrorsRepeatAHarmlessInput() {
    try {
      Diarienummer.parse("2016/0048");
      throw new AssertionError("parsed");
    } catch (InvalidIdentifierException e) {
      assertThat(e.getMessage()).contains("'2016/0048'").contains("YYYY/NNNNN");
    }
  }

  @Test
  void personnummerUsedAsParticipantIdIsMasked() {
    // a host system that uses the personnummer as participant id, in an accepted or a rejected form
    qt().withFixedSeed(20260207L).withExamples(200).forAll(CoreGenerators.personnummer()).checkAssert(p -> {
      String twelve = p.fullValue().replace("-", "");
      String ten = twelve.substring(2);
      LocalDate entry = p.birthDate().plusYears(20);
      for (String id : new String[] {p.fullValue(), twelve, ten, ten.substring(0, 6) + "+" + ten.substring(6),
          p.fullValue() + " "}) {
        try {
          Participation one = Participation.builder().participantId(id).subProject("Krokom")
              .gender(Answer.notCollected()).birthDate(Answer.of(p.birthDate())).entryDate(entry)
              .employmentStatus(Answer.notCollected()).education(Answer.notCollected()).build();
          assertMasked(one.toString(), p);
          assertMasked(ParticipationLinker.link(List.of(one)).persons().toString(), p);
          one.withExitDate(entry.minusDays(1));
          throw new AssertionError("exit before entry accepted");
        } catch (IllegalArgumentException e) {
          assertMasked(e.getMessage(), p);
        }
      }
    });
  }
}
