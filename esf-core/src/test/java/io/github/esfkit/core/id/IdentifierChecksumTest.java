package io.github.esfkit.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Check digits and formats of every identifier, with valid and invalid numbers from the sources. */
class IdentifierChecksumTest {

  @Test
  void luhnWorkedExamples() {
    // Hällefors kommun: 2 1 2 0 0 0 1 9 4 -> 4 1 4 0 0 0 2 9 8, sum 28, check 2
    assertThat(Luhn.checkDigit("212000194")).isEqualTo(2);
    // Region Örebro län: 6 x 2 = 12 -> 3; sum 16, check 4
    assertThat(Luhn.checkDigit("232100016")).isEqualTo(4);
    assertThat(Luhn.checkDigit("121212121")).isEqualTo(2);
    assertThat(Luhn.isValid("2120001942")).isTrue();
    assertThat(Luhn.isValid("2120001943")).isFalse();
    assertThat(Luhn.isValid("7")).isFalse();
    assertThat(Luhn.isValid("21200019a2")).isFalse();
    assertThatThrownBy(() -> Luhn.checkDigit("12x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void organisationsnummer() {
    Organisationsnummer hallefors = Organisationsnummer.parse("212000-1942");
    assertThat(hallefors.digits()).isEqualTo("2120001942");
    assertThat(hallefors).hasToString("212000-1942");
    assertThat(Organisationsnummer.parse("2321000164")).hasToString("232100-0164");
    assertThat(Organisationsnummer.isValid("232100-0164")).isTrue();
    assertThat(Organisationsnummer.isValid("212000-1943")).isFalse();
    assertThat(Organisationsnummer.isValid("232100-0165")).isFalse();
    assertThat(Organisationsnummer.isValid("212000-194")).isFalse();
    assertThat(Organisationsnummer.isValid("212000 1942")).isFalse();
    assertThatThrownBy(() -> Organisationsnummer.parse("212000-1943"))
        .isInstanceOfSatisfying(InvalidIdentifierException.class,
            e -> assertThat(e.ruleId()).isEqualTo("ORGNR-CHECKSUM"));
    assertThatThrownBy(() -> Organisationsnummer.parse("21-2000"))
        .isInstanceOfSatisfying(InvalidIdentifierException.class,
            e -> assertThat(e.ruleId()).isEqualTo("ORGNR-FORMAT"));
  }

  @Test
  void organisationsnummerThatMayBeAPersonnummerIsNotRepeated() {
    // digits 3-4 below 20: may be a sole trader's personnummer (121212-1213 has a wrong check digit)
    assertThatThrownBy(() -> Organisationsnummer.parse("121212-1213"))
        .hasMessageNotContaining("121212").hasMessageNotContaining("1213");
  }

  @Test
  void personnummer() {
    Personnummer p = Personnummer.parse("19121212-1212");
    assertThat(p.birthDate()).isEqualTo(LocalDate.of(1912, 12, 12));
    assertThat(p.isSamordningsnummer()).isFalse();
    assertThat(Personnummer.isValid("191212121212")).isTrue();
    assertThat(Personnummer.isValid("19121212-1213")).isFalse();
    assertThat(Personnummer.parse("121212-1212", LocalDate.of(2020, 1, 1)))
        .isEqualTo(Personnummer.parse("20121212-1212"));
    assertThat(Personnummer.parse("121212+1212", LocalDate.of(2020, 1, 1)))
        .isEqualTo(Personnummer.parse("19121212-1212"));
    assertThatThrownBy(() -> Personnummer.parse("19121212-1213"))
        .isInstanceOfSatisfying(InvalidIdentifierException.class,
            e -> assertThat(e.ruleId()).isEqualTo("PNR-CHECKSUM"));
    // 1913-02-29 does not exist: 130229-NNN with a correct check digit is still invalid
    String payload = "130229123";
    assertThatThrownBy(() -> Personnummer.parse("19" + payload + Luhn.checkDigit(payload)))
        .isInstanceOfSatisfying(InvalidIdentifierException.class,
            e -> assertThat(e.ruleId()).isEqualTo("PNR-DATE"));
    String leap = "120229123";
    assertThat(Personnummer.parse("20" + leap + Luhn.checkDigit(leap)).birthDate())
        .isEqualTo(LocalDate.of(2012, 2, 29));
  }

  @Test
  void samordningsnummer() {
    Personnummer s = Personnummer.parse("20121272-1219");
    assertThat(s.isSamordningsnummer()).isTrue();
    assertThat(s.birthDate()).isEqualTo(LocalDate.of(2012, 12, 12));
    assertThat(Personnummer.isValid("20121272-1212")).isFalse();
    assertThat(Personnummer.parse("121272-1219", LocalDate.of(2020, 1, 1))).isEqualTo(s);
  }

  @Test
  void personnummerIsMasked() {
    Personnummer p = Personnummer.parse("19121212-1212");
    assertThat(p.toString()).isEqualTo("19121212-****").doesNotContain("1212121212");
    assertThat(p.masked()).isEqualTo(p.toString());
    assertThat(p.fullValue()).isEqualTo("19121212-1212");
    assertThatThrownBy(() -> Personnummer.parse("19121212-1213")).hasMessageNotContaining("1212");
  }

  @Test
  void cfarNumbers() {
    for (String valid : new String[] {"19187426", "27035781", "19467000", "24368201", "19273242"}) {
      assertThat(CfarNumber.parse(valid).digits()).isEqualTo(valid);
    }
    assertThat(CfarNumber.isValid("19187427")).isFalse();
    assertThat(CfarNumber.isValid("00000000")).isFalse();
    assertThat(CfarNumber.isValid("00000001")).isFalse();
    assertThatThrownBy(() -> CfarNumber.parse("1278326"))
        .isInstanceOfSatisfying(InvalidIdentifierException.class,
            e -> assertThat(e.ruleId()).isEqualTo("CFAR-LENGTH"))
        .hasMessage("CFAR number '1278326' must have 8 digits.");
    assertThatThrownBy(() -> CfarNumber.parse("19187427"))
        .isInstanceOfSatisfying(InvalidIdentifierException.class,
            e -> assertThat(e.ruleId()).isEqualTo("CFAR-CHECKSUM"));
    assertThatThrownBy(() -> CfarNumber.parse("00000000"))
        .isInstanceOfSatisfying(InvalidIdentifierException.class,
            e -> assertThat(e.ruleId()).isEqualTo("CFAR-PLACEHOLDER"));
    assertThatThrownBy(() -> CfarNumber.parse("1918-7426"))
        .isInstanceOfSatisfying(InvalidIdentifierException.class,
            e -> assertThat(e.ruleId()).isEqualTo("CFAR-FORMAT"));
  }

  @Test
  void diarienummer() {
    assertThat(Diarienummer.parse("2017/00083")).hasToString("2017/00083");
    assertThat(Diarienummer.parse("2017/00083").year()).isEqualTo(2017);
    assertThat(Diarienummer.parse("2017/00083").serial()).isEqualTo(83);
    assertThat(Diarienummer.isValid("2017/0083")).isFalse();
    assertThat(Diarienummer.isValid("17/00083")).isFalse();
    assertThat(Diarienummer.parseFromCallLine("Ökat deltagande i arbetslivet : 2019/00296"))
        .isEqualTo(Diarienummer.parse("2019/00296"));
    assertThatThrownBy(() -> Diarienummer.parse("2017-00083"))
        .isInstanceOfSatisfying(InvalidIdentifierException.class,
            e -> assertThat(e.ruleId()).isEqualTo("DNR-FORMAT"));
  }

  @Test
  void tenDigitFormNeedsAReferenceDateWithAFourDigitYear() {
    // the century cannot be fixed: never a twelve-digit value with a five-digit or negative year
    for (LocalDate reference : new LocalDate[] {LocalDate.MAX, LocalDate.of(10_090, 6, 1), LocalDate.of(-5, 1, 1),
        LocalDate.MIN}) {
      assertThatThrownBy(() -> Personnummer.parse("811228-9874", reference))
          .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
            assertThat(e.ruleId()).isEqualTo("PNR-DATE");
            assertThat(e.getMessage()).contains("reference date").doesNotContain("9874");
          });
    }
    assertThat(Personnummer.parse("811228-9874", LocalDate.of(9_999, 12, 31)).birthDate())
        .isEqualTo(LocalDate.of(9_981, 12, 28));
    assertThat(Personnummer.parse("811228+9874", LocalDate.of(1_981, 12, 28)).birthDate())
        .isEqualTo(LocalDate.of(1_881, 12, 28));
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(Organisationsnummer.parse("212000-1942"), Organisationsnummer.parse("2120001942"))
        .addEqualityGroup(Organisationsnummer.parse("232100-0164"))
        .addEqualityGroup(Personnummer.parse("19121212-1212"), Personnummer.parse("191212121212"),
            Personnummer.parse("121212+1212", LocalDate.of(2020, 1, 1)))
        .addEqualityGroup(Personnummer.parse("20121212-1212"))
        .addEqualityGroup(Personnummer.parse("20121272-1219"))
        .addEqualityGroup(CfarNumber.parse("19187426"), CfarNumber.parse(" 19187426 "))
        .addEqualityGroup(CfarNumber.parse("27035781"))
        .addEqualityGroup(Diarienummer.parse("2017/00083"), Diarienummer.parse(" 2017/00083"))
        .addEqualityGroup(Diarienummer.parse("2016/00486"))
        .testEquals();
  }

  @Test
  void staticFactoriesRejectNull() {
    NullPointerTester tester = new NullPointerTester().setDefault(LocalDate.class, LocalDate.of(2020, 1, 1));
    tester.testAllPublicStaticMethods(Organisationsnummer.class);
    tester.testAllPublicStaticMethods(Personnummer.class);
    tester.testAllPublicStaticMethods(CfarNumber.class);
    tester.testAllPublicStaticMethods(Diarienummer.class);
    tester.testAllPublicStaticMethods(Luhn.class);
  }
}
