package io.github.esfkit.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Every identifier rule reported as a violation, never thrown. */
class IdentifierChecksTest {

  private static String onlyRule(ValidationResult r) {
    assertThat(r.violations()).hasSize(1);
    return r.violations().get(0).ruleId();
  }

  @Test
  void cfarRules() {
    assertThat(IdentifierChecks.checkCfar("19187426", "x").isEmpty()).isTrue();
    assertThat(onlyRule(IdentifierChecks.checkCfar("1278326", "x"))).isEqualTo("CFAR-LENGTH");
    assertThat(onlyRule(IdentifierChecks.checkCfar("19187427", "x"))).isEqualTo("CFAR-CHECKSUM");
    assertThat(onlyRule(IdentifierChecks.checkCfar("00000000", "x"))).isEqualTo("CFAR-PLACEHOLDER");
    assertThat(onlyRule(IdentifierChecks.checkCfar("00000001", "x"))).isEqualTo("CFAR-PLACEHOLDER");
    assertThat(onlyRule(IdentifierChecks.checkCfar("1918 7426", "x"))).isEqualTo("CFAR-FORMAT");
    assertThat(onlyRule(IdentifierChecks.checkCfar("", "x"))).isEqualTo("CFAR-MISSING");
    assertThat(onlyRule(IdentifierChecks.checkCfar(null, null))).isEqualTo("CFAR-MISSING");
    Violation v = IdentifierChecks.checkCfar("1278326", "project.ownerWorkplace.cfar").violations().get(0);
    assertThat(v.path()).isEqualTo("project.ownerWorkplace.cfar");
    assertThat(v.messageEn()).isEqualTo("CFAR number '1278326' must have 8 digits.");
  }

  @Test
  void cfarFieldHoldingAPersonnummerIsMasked() {
    Violation v = IdentifierChecks.checkCfar("191212121212", "x").violations().get(0);
    assertThat(v.ruleId()).isEqualTo("CFAR-LENGTH");
    assertThat(v.messageEn() + v.messageSv()).doesNotContain("1212121212");
  }

  @Test
  void organisationsnummerRules() {
    assertThat(IdentifierChecks.checkOrganisationsnummer("212000-1942", "x").isEmpty()).isTrue();
    assertThat(IdentifierChecks.checkOrganisationsnummer("2321000164", "x").isEmpty()).isTrue();
    assertThat(onlyRule(IdentifierChecks.checkOrganisationsnummer("212000-1943", "x"))).isEqualTo("ORGNR-CHECKSUM");
    assertThat(onlyRule(IdentifierChecks.checkOrganisationsnummer("212000-194", "x"))).isEqualTo("ORGNR-FORMAT");
    assertThat(onlyRule(IdentifierChecks.checkOrganisationsnummer(" ", "x"))).isEqualTo("ORGNR-MISSING");
    assertThat(onlyRule(IdentifierChecks.checkOrganisationsnummer(null, null))).isEqualTo("ORGNR-MISSING");
    Violation v = IdentifierChecks.checkOrganisationsnummer("212000-1943", "o").violations().get(0);
    assertThat(v.messageEn()).isEqualTo("Organisation number '212000-1943' has a wrong check digit.");
    // may be a sole trader's personnummer: masked
    Violation personal = IdentifierChecks.checkOrganisationsnummer("121212-1213", "o").violations().get(0);
    assertThat(personal.messageEn() + personal.messageSv()).doesNotContain("121212");
    Violation format = IdentifierChecks.checkOrganisationsnummer("19121212-1212x", "o").violations().get(0);
    assertThat(format.messageEn() + format.messageSv()).doesNotContain("121212");
  }

  @Test
  void personnummerRulesNeverRepeatTheNumber() {
    assertThat(IdentifierChecks.checkPersonnummer("19121212-1212", "p").isEmpty()).isTrue();
    assertThat(IdentifierChecks.checkPersonnummer("20121272-1219", "p").isEmpty()).isTrue();
    assertThat(onlyRule(IdentifierChecks.checkPersonnummer("19121212-1213", "p"))).isEqualTo("PNR-CHECKSUM");
    assertThat(onlyRule(IdentifierChecks.checkPersonnummer("121212-1212", "p"))).isEqualTo("PNR-FORMAT");
    assertThat(onlyRule(IdentifierChecks.checkPersonnummer("", "p"))).isEqualTo("PNR-MISSING");
    assertThat(onlyRule(IdentifierChecks.checkPersonnummer(null, null))).isEqualTo("PNR-MISSING");
    String payload = "130229123";
    Violation date = IdentifierChecks.checkPersonnummer("19" + payload + Luhn.checkDigit(payload),
        "participants.csv:71:person_id").violations().get(0);
    assertThat(date.ruleId()).isEqualTo("PNR-DATE");
    assertThat(date.path()).isEqualTo("participants.csv:71:person_id");
    assertThat(date.messageEn() + date.messageSv()).doesNotContain("130229");
  }
}
