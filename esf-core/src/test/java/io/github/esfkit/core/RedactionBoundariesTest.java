package io.github.esfkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The edges of {@link Redaction}'s one pattern: the first and last plausible month, day, samordningsnummer
 * day and century, digits next to other digits, the shortest text that can hold a number, and every
 * character class that is made safe.
 */
class RedactionBoundariesTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "850112-1231", "851212-1231", "850101-1231", "850131-1231", "850161-1231", "850191-1231",
      "18850312-1231", "20050312-1231", "19850101 1231", "19851231-1234", "1985-12-31-1231", "85-01-01 1231",
      "850312-123", "x850312-1231", "850312-1231x", "850312--1231", "850312 - 1231", "19850312:1231"})
  void plausibleDatesAreWithheld(String text) {
    assertThat(Redaction.containsIdentityNumber(text)).as(text).isTrue();
    assertThat(Redaction.scrub(text)).as(text).contains(Redaction.WITHHELD).doesNotContain("123");
    assertThat(Redaction.quote(text)).isEqualTo("(value withheld: may be a personal identity number)");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "850012-1231", "851312-1231", "850300-1231", "850332-1231", "850360-1231", "850392-1231",
      "17850312-1231", "21850312-1231", "19850012-1231", "19851312-1231", "19850300 1231", "19850392-1231",
      "1985-13-12-1231", "85-03-32 1231", "85-03-60 1231",
      // digits next to other digits: a longer run is not an identity number, and no part of it is
      "1850312-1231", "850312-12312", "9198503121231", "1985031212311", "850312----1231",
      // a letter between the date and the last digits is not a separator
      "850312a1231", "850312-12a31"})
  void implausibleOrEmbeddedDigitsAreKept(String text) {
    assertThat(Redaction.containsIdentityNumber(text)).as(text).isFalse();
    assertThat(Redaction.scrub(text)).isEqualTo(text);
    assertThat(Redaction.quote(text)).isEqualTo("'" + text + "'");
  }

  @Test
  void anImplausibleNumberDoesNotHideALaterOne() {
    assertThat(Redaction.scrub("212000-1942 och 850312-1231")).isEqualTo("212000-1942 och (withheld)");
    assertThat(Redaction.scrub("851312-1231 850312-1231 851312-1231"))
        .isEqualTo("851312-1231 (withheld) 851312-1231");
    assertThat(Redaction.scrub("19851312-1231/19850312-1231")).isEqualTo("19851312-1231/(withheld)");
    // the twelve-digit reading wins over a ten-digit reading at the same place: nothing of it is left
    assertThat(Redaction.scrub("a19850312-1231b")).isEqualTo("a(withheld)b");
    assertThat(Redaction.scrub("1985-03-12-1231 och 85-03-12-1231")).isEqualTo("(withheld) och (withheld)");
  }

  @Test
  void nineDigitsAreEnoughEightAreNot() {
    assertThat(Redaction.containsIdentityNumber("850312-123")).isTrue();
    assertThat(Redaction.containsIdentityNumber("850312-12")).isFalse();
    assertThat(Redaction.scrub("850312-12")).isEqualTo("850312-12");
    assertThat(Redaction.containsIdentityNumber(null)).isFalse();
    assertThat(Redaction.containsIdentityNumber("")).isFalse();
    // nine digits that are no number, with a control character: still made safe
    assertThat(Redaction.scrub("123456789\n")).isEqualTo("123456789?");
  }

  @ParameterizedTest
  @CsvSource({
      "0000, true", "0009, true", "000A, true", "001F, true", "007F, true", "0080, true", "009F, true",
      "2028, true", "2029, true", "202A, true", "202C, true", "202E, true", "2066, true", "2069, true",
      "0020, false", "00A0, false", "2027, false", "202F, false", "2065, false", "206A, false", "00E5, false"})
  void unsafeCharactersBecomeQuestionMarks(String hex, boolean unsafe) {
    char c = (char) Integer.parseInt(hex, 16);
    String text = "a" + c + "b";
    String expected = unsafe ? "a?b" : text;
    assertThat(Redaction.scrub(text)).isEqualTo(expected);
    assertThat(Redaction.quote(text)).isEqualTo("'" + expected + "'");
    // the same with enough digits around to take the slow path
    assertThat(Redaction.scrub("123456789" + c + "123456789")).isEqualTo("123456789" + (unsafe ? "?" : c) + "123456789");
  }

  @Test
  void quoteCutsAfterFortyCharacters() {
    String forty = "a".repeat(40);
    assertThat(Redaction.quote(forty)).isEqualTo("'" + forty + "'");
    assertThat(Redaction.quote(forty + "b")).isEqualTo("'" + forty + "...'");
    assertThat(Redaction.quote("")).isEqualTo("''");
    // the cut is made after the check: a number beyond the fortieth character still withholds the value
    assertThat(Redaction.quote("a".repeat(45) + " 850312-1231")).startsWith("(value withheld");
  }

  @Test
  void scrubWithALimit() {
    assertThat(Redaction.scrub("abc", 3)).isEqualTo("abc");
    assertThat(Redaction.scrub("abcd", 3)).isEqualTo("abc...");
    assertThat(Redaction.scrub("abc", 0)).isEqualTo("...");
    assertThat(Redaction.scrub("abc", -1)).isEqualTo("...");
    assertThat(Redaction.scrub(null, 3)).isEmpty();
    // the limit applies to the scrubbed text
    assertThat(Redaction.scrub("850312-1231", 10)).isEqualTo("(withheld)");
    assertThat(Redaction.scrub("x 850312-1231", 10)).isEqualTo("x (withhel...");
  }

  @Test
  void fullWidthAndOtherDecimalDigitsAreRead() {
    // Arabic-Indic digits ٨٥٠٣١٢-١٢٣١
    String arabic = "\u0668\u0665\u0660\u0663\u0661\u0662-\u0661\u0662\u0663\u0661";
    assertThat(Redaction.scrub(arabic)).isEqualTo(Redaction.WITHHELD);
    // the same digits with month 13 are kept
    String month13 = "\u0668\u0665\u0661\u0663\u0661\u0662-\u0661\u0662\u0663\u0661";
    assertThat(Redaction.scrub(month13)).isEqualTo(month13);
  }
}
