package io.github.esfkit.examples.data;

import io.github.esfkit.core.id.Personnummer;
import java.time.LocalDate;

/**
 * Synthetic identity numbers for generated data (syntetiska id-nummer): samordningsnummer (day of birth
 * plus 60) with a valid check digit. They exist only to exercise re-entry linking and are never printed.
 */
public final class SyntheticIds {

  private SyntheticIds() {}

  /** A samordningsnummer for the birth date with the given three-digit serial. */
  public static Personnummer samordningsnummer(LocalDate birth, int serial) {
    String date = String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth() + 60);
    String s = String.format("%03d", serial);
    return Personnummer.parse(date + s + luhn(date.substring(2) + s));
  }

  private static int luhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int v = (digits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += v / 10 + v % 10;
    }
    return (10 - sum % 10) % 10;
  }
}
