package io.github.esfkit.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.esfkit.core.validation.Severity;
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.core.validation.Violation;
import org.junit.jupiter.api.Test;

/**
 * The edges of {@link IdentifierChecks} and {@link Diarienummer}: default paths, severities, the lengths at
 * which a value is masked instead of repeated, and the registration number's form.
 */
class IdentifierBoundariesTest {

  private static Violation only(ValidationResult r) {
    assertThat(r.violations()).hasSize(1);
    return r.violations().get(0);
  }

  @Test
  void defaultPathsAndSeverities() {
    Violation cfar = only(IdentifierChecks.checkCfar(" ", null));
    assertThat(cfar.path()).isEqualTo("cfar");
    assertThat(cfar.severity()).isEqualTo(Severity.ERROR);
    assertThat(cfar.messageSv()).isEqualTo("CFAR-nummer saknas.");
    assertThat(only(IdentifierChecks.checkCfar("1", null)).path()).isEqualTo("cfar");
    Violation orgnr = only(IdentifierChecks.checkOrganisationsnummer("", null));
    assertThat(orgnr.path()).isEqualTo("organisationsnummer");
    assertThat(orgnr.severity()).isEqualTo(Severity.WARNING);
    assertThat(only(IdentifierChecks.checkOrganisationsnummer("1", null)).path()).isEqualTo("organisationsnummer");
    assertThat(only(IdentifierChecks.checkOrganisationsnummer("212000-1943", null)).severity())
        .isEqualTo(Severity.ERROR);
    Violation pnr = only(IdentifierChecks.checkPersonnummer(" ", null));
    assertThat(pnr.path()).isEqualTo("personId");
    assertThat(pnr.severity()).isEqualTo(Severity.ERROR);
    assertThat(only(IdentifierChecks.checkPersonnummer("x", null)).path()).isEqualTo("personId");
    assertThat(only(IdentifierChecks.checkPersonnummer("x", null)).ruleId()).isEqualTo("PNR-FORMAT");
  }

  @Test
  void cfarIsStrippedBeforeItIsChecked() {
    assertThat(IdentifierChecks.checkCfar(" 19187426 ", "c").isEmpty()).isTrue();
    assertThat(only(IdentifierChecks.checkCfar(" 1918742 ", "c")).messageEn())
        .isEqualTo("CFAR number '1918742' must have 8 digits.");
  }

  @Test
  void cfarFormatRepeatsOnlyShortValues() {
    Violation nine = only(IdentifierChecks.checkCfar("1918742x9", "c"));
    assertThat(nine.ruleId()).isEqualTo("CFAR-FORMAT");
    assertThat(nine.messageEn()).isEqualTo("CFAR number '1918742x9' must consist of digits.");
    assertThat(nine.messageSv()).isEqualTo("CFAR-nummer '1918742x9' får bara innehålla siffror.");
    Violation ten = only(IdentifierChecks.checkCfar("19187426x9", "c"));
    assertThat(ten.messageEn()).isEqualTo("CFAR number (masked, 10 characters) must consist of digits.");
    assertThat(ten.messageSv()).isEqualTo("CFAR-nummer (maskerat, 10 tecken) får bara innehålla siffror.");
  }

  @Test
  void cfarLengthRepeatsOnlyShortValues() {
    assertThat(only(IdentifierChecks.checkCfar("191874261", "c")).messageEn())
        .isEqualTo("CFAR number '191874261' must have 8 digits.");
    assertThat(only(IdentifierChecks.checkCfar("191874261", "c")).messageSv())
        .isEqualTo("CFAR-nummer '191874261' måste ha 8 siffror.");
    assertThat(only(IdentifierChecks.checkCfar("1918742612", "c")).messageEn())
        .isEqualTo("CFAR number (masked, 10 digits) must have 8 digits.");
    assertThat(only(IdentifierChecks.checkCfar("1918742612", "c")).messageSv())
        .isEqualTo("CFAR-nummer (maskerat, 10 siffror) måste ha 8 siffror.");
  }

  @Test
  void cfarPlaceholderAndChecksum() {
    Violation placeholder = only(IdentifierChecks.checkCfar("00000009", "c"));
    assertThat(placeholder.ruleId()).isEqualTo("CFAR-PLACEHOLDER");
    assertThat(placeholder.messageEn()).isEqualTo("CFAR number '00000009' is a placeholder, not a workplace number.");
    // eight digits with a zero check digit that pass Luhn are not placeholders when more than the last is set
    String payload = "0000001";
    String valid = payload + Luhn.checkDigit(payload);
    assertThat(IdentifierChecks.checkCfar(valid, "c").isEmpty()).isTrue();
    Violation checksum = only(IdentifierChecks.checkCfar("19187427", "c"));
    assertThat(checksum.messageSv()).isEqualTo("CFAR-nummer '19187427' har fel kontrollsiffra.");
  }

  @Test
  void organisationsnummerFormatMasksSixDigitsOrMore() {
    Violation five = only(IdentifierChecks.checkOrganisationsnummer("21200x", "o"));
    assertThat(five.ruleId()).isEqualTo("ORGNR-FORMAT");
    assertThat(five.messageEn()).isEqualTo("Organisation number '21200x' must have the form NNNNNN-NNNN.");
    assertThat(five.messageSv()).isEqualTo("Organisationsnummer '21200x' ska ha formen NNNNNN-NNNN.");
    Violation six = only(IdentifierChecks.checkOrganisationsnummer("212000x", "o"));
    assertThat(six.messageEn()).isEqualTo("Organisation number (masked) must have the form NNNNNN-NNNN.");
    assertThat(six.messageSv()).isEqualTo("Organisationsnummer (maskerat) ska ha formen NNNNNN-NNNN.");
    // '/' and ':' lie next to the digits but are none; '0' and '9' are
    assertThat(only(IdentifierChecks.checkOrganisationsnummer("/:/:/:/:", "o")).messageEn()).contains("'/:/:/:/:'");
    assertThat(only(IdentifierChecks.checkOrganisationsnummer("000000x", "o")).messageEn()).contains("(masked)");
    assertThat(only(IdentifierChecks.checkOrganisationsnummer("999999x", "o")).messageEn()).contains("(masked)");
    // long text without digits is cut after forty characters
    String fortyOne = "a".repeat(41);
    assertThat(only(IdentifierChecks.checkOrganisationsnummer(fortyOne, "o")).messageEn())
        .contains("'" + "a".repeat(40) + "…'");
    String forty = "a".repeat(40);
    assertThat(only(IdentifierChecks.checkOrganisationsnummer(forty, "o")).messageEn()).contains("'" + forty + "'");
    // a number with surrounding blanks is read
    assertThat(IdentifierChecks.checkOrganisationsnummer(" 212000-1942 ", "o").isEmpty()).isTrue();
    assertThat(only(IdentifierChecks.checkOrganisationsnummer("212000--1942", "o")).ruleId()).isEqualTo("ORGNR-FORMAT");
  }

  @Test
  void organisationsnummerChecksumMasksWhatMayBeAPersonnummer() {
    // digits 3–4 = 19: may be a birth month (a sole trader's personnummer); 20 cannot
    Violation nineteen = only(IdentifierChecks.checkOrganisationsnummer("211900-1943", "o"));
    assertThat(nineteen.ruleId()).isEqualTo("ORGNR-CHECKSUM");
    assertThat(nineteen.messageEn()).isEqualTo("Organisation number (masked, may be a personnummer) has a wrong check "
        + "digit.");
    assertThat(nineteen.messageSv()).isEqualTo("Organisationsnummer (maskerat, kan vara ett personnummer) har fel "
        + "kontrollsiffra.");
    Violation twenty = only(IdentifierChecks.checkOrganisationsnummer("2120001943", "o"));
    assertThat(twenty.messageEn()).isEqualTo("Organisation number '212000-1943' has a wrong check digit.");
    assertThat(twenty.messageSv()).isEqualTo("Organisationsnummer '212000-1943' har fel kontrollsiffra.");
  }

  @Test
  void personnummerMessages() {
    Violation checksum = only(IdentifierChecks.checkPersonnummer("19121212-1213", "p"));
    assertThat(checksum.messageEn()).startsWith("The personal identity number has a wrong check digit");
    assertThat(checksum.messageSv()).startsWith("Personnumret har fel kontrollsiffra");
    Violation format = only(IdentifierChecks.checkPersonnummer("abc", "p"));
    assertThat(format.messageEn()).startsWith("The personal identity number must have the form YYYYMMDD-NNNN");
    assertThat(format.messageSv()).startsWith("Personnumret ska ha formen");
    String payload = "130229123";
    Violation date = only(IdentifierChecks.checkPersonnummer("19" + payload + Luhn.checkDigit(payload), "p"));
    assertThat(date.messageEn()).startsWith("The personal identity number has no valid date of birth");
    assertThat(date.messageSv()).startsWith("Personnumret har inget giltigt födelsedatum");
    assertThat(IdentifierChecks.checkPersonnummer(" 191212121212 ", "p").isEmpty()).isTrue();
  }

  @Test
  void diarienummerParsesYearAndSerial() {
    Diarienummer d = Diarienummer.parse(" 2017/00083 ");
    assertThat(d.year()).isEqualTo(2017);
    assertThat(d.serial()).isEqualTo(83);
    assertThat(d).hasToString("2017/00083");
    assertThat(Diarienummer.parse("0999/00001")).hasToString("0999/00001");
    assertThat(Diarienummer.isValid("2017/00083")).isTrue();
    assertThat(Diarienummer.isValid("2017/0083")).isFalse();
    assertThat(Diarienummer.isValid("2017-00083")).isFalse();
    assertThat(Diarienummer.isValid("2017/000830")).isFalse();
    assertThat(Diarienummer.isValid("")).isFalse();
    new EqualsTester()
        .addEqualityGroup(d, Diarienummer.parse("2017/00083"))
        .addEqualityGroup(Diarienummer.parse("2017/00084"))
        .addEqualityGroup(Diarienummer.parse("2018/00083"))
        .addEqualityGroup(Diarienummer.parse("2016/00486"))
        .addEqualityGroup("2017/00083")
        .testEquals();
    // year and serial never collide in the hash
    assertThat(Diarienummer.parse("2017/00083").hashCode()).isNotEqualTo(Diarienummer.parse("2016/00083").hashCode());
    assertThat(Diarienummer.parse("2017/00083").hashCode()).isEqualTo(2017 * 100_000 + 83);
  }

  @Test
  void diarienummerFromACallLine() {
    assertThat(Diarienummer.parseFromCallLine("Minska långtidsarbetslösheten NR2\u00A0: 2016/00486"))
        .isEqualTo(Diarienummer.parse("2016/00486"));
    assertThat(Diarienummer.parseFromCallLine("Utlysning: del 2 : 2016/00486")).hasToString("2016/00486");
    assertThat(Diarienummer.parseFromCallLine("2016/00486")).hasToString("2016/00486");
    assertThat(Diarienummer.parseFromCallLine("x:\u00A02016/00486\u00A0")).hasToString("2016/00486");
  }

  @Test
  void diarienummerErrorsRepeatOnlyWhatCannotBeAPersonnummer() {
    assertThatThrownBy(() -> Diarienummer.parse("2017/0083"))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessageContaining("registration number '2017/0083' must have the form YYYY/NNNNN")
        .satisfies(e -> assertThat(((InvalidIdentifierException) e).ruleId()).isEqualTo("DNR-FORMAT"));
    // nine digits are repeated, ten are not
    assertThatThrownBy(() -> Diarienummer.parse("1234/56789x")).hasMessageContaining("'1234/56789x'");
    assertThatThrownBy(() -> Diarienummer.parse("19850312-1231"))
        .hasMessageContaining("(masked, 13 characters)").satisfies(e -> assertThat(e.getMessage())
            .doesNotContain("1231"));
    String fortyOne = "x".repeat(41);
    assertThatThrownBy(() -> Diarienummer.parse(fortyOne)).hasMessageContaining("'" + "x".repeat(40) + "…'");
    String forty = "x".repeat(40);
    assertThatThrownBy(() -> Diarienummer.parse(forty)).hasMessageContaining("'" + forty + "'");
    assertThatThrownBy(() -> Diarienummer.parseFromCallLine("Utlysning : 2016/486"))
        .isInstanceOf(InvalidIdentifierException.class);
  }
}
