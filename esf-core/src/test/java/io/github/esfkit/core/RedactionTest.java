package io.github.esfkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RedactionTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "Projekt 19850312-1231", "850312-1231", "8503121231", "198503121231", "850312+1231",
      "850312 1231", "850312.1231", "850312/1231", "850312\u20131231", "19850312_1231", "850312 - 1231",
      "850372-1238", /* samordningsnummer: day 12 + 60 */ "1985-03-12-1231", "85.03.12 1231",
      "P19850312-1231x", "\uFF18\uFF15\uFF10\uFF13\uFF11\uFF12\uFF11\uFF12\uFF13\uFF11", "850312-123",
      "x 19850312\n1231"})
  void everySeparatorAndBothLengthsAreWithheld(String text) {
    assertThat(Redaction.containsIdentityNumber(text)).isTrue();
    assertThat(Redaction.scrub(text)).contains(Redaction.WITHHELD).doesNotContain("1231").doesNotContain("1238");
    assertThat(Redaction.quote(text)).doesNotContain("1231").doesNotContain("1238");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "212000-1942", "Hällefors kommun", "2017-09-01/2020-06-01", "2020-02-29 lies between 2020-02-28 and 2020-03-01",
      "2017/00318", "26032732", "1 302 333 kr", "PM-3", "15-24", "2017-09-01 \u2013 2020-05-31"})
  void valuesThatCannotBeAnIdentityNumberAreKept(String text) {
    assertThat(Redaction.containsIdentityNumber(text)).isFalse();
    assertThat(Redaction.scrub(text)).isEqualTo(text);
  }

  @Test
  void controlCharactersAndBidiOverridesNeverReachOutput() {
    assertThat(Redaction.scrub("a\nb\u001B[31mc\u0000d\u202Ee")).isEqualTo("a?b?[31mc?d?e");
    assertThat(Redaction.quote("x\ry")).isEqualTo("'x?y'");
  }

  @Test
  void quoteCutsLongValuesAndHandlesNull() {
    assertThat(Redaction.quote("a".repeat(50))).isEqualTo("'" + "a".repeat(40) + "...'");
    assertThat(Redaction.quote(null)).isEqualTo("''");
    assertThat(Redaction.scrub(null)).isEmpty();
    assertThat(Redaction.scrub("abcdef", 3)).isEqualTo("abc...");
  }

  @Test
  void everyOccurrenceIsWithheldAndTheRestKept() {
    assertThat(Redaction.scrub("a 850312-1231 b 19850312 1231 c"))
        .isEqualTo("a (withheld) b (withheld) c");
  }

  @Test
  void longDigitInputIsScrubbedInLinearTime() {
    String s = "850312-1231 x ".repeat(20_000) + "9".repeat(200_000);
    String out = Redaction.scrub(s);
    assertThat(out).doesNotContain("1231");
  }
}
