package io.github.esfkit.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.esfkit.core.testing.CoreGenerators;
import org.junit.jupiter.api.Test;

/** Luhn round-trip and single-digit error detection, and the identifiers built on it. */
class LuhnProperties {

  @Test
  void payloadWithComputedCheckDigitIsValid() {
    qt().withFixedSeed(20260101L).withExamples(500)
        .forAll(integers().between(1, 15).flatMap(CoreGenerators::digits))
        .checkAssert(payload -> assertThat(Luhn.isValid(payload + Luhn.checkDigit(payload))).isTrue());
  }

  @Test
  void changingAnySingleDigitMakesItInvalid() {
    qt().withFixedSeed(20260102L).withExamples(500)
        .forAll(CoreGenerators.luhnValid(), integers().between(0, 1000), integers().between(1, 9))
        .checkAssert((valid, position, delta) -> {
          int i = position % valid.length();
          char changed = (char) ('0' + (valid.charAt(i) - '0' + delta) % 10);
          String mutated = valid.substring(0, i) + changed + valid.substring(i + 1);
          assertThat(Luhn.isValid(mutated)).as("%s -> %s", valid, mutated).isFalse();
        });
  }

  @Test
  void generatedIdentifiersRoundTrip() {
    qt().withFixedSeed(20260103L).withExamples(300)
        .forAll(CoreGenerators.personnummer(), CoreGenerators.organisationsnummer(), CoreGenerators.cfarNumbers())
        .checkAssert((pnr, orgnr, cfar) -> {
          assertThat(Personnummer.parse(pnr.fullValue())).isEqualTo(pnr);
          assertThat(Personnummer.parse(pnr.fullValue().replace("-", ""))).isEqualTo(pnr);
          assertThat(Organisationsnummer.parse(orgnr.toString())).isEqualTo(orgnr);
          assertThat(CfarNumber.parse(cfar.digits())).isEqualTo(cfar);
          assertThat(IdentifierChecks.checkCfar(cfar.digits(), "x").isEmpty()).isTrue();
          assertThat(IdentifierChecks.checkOrganisationsnummer(orgnr.toString(), "x").isEmpty()).isTrue();
        });
  }
}
