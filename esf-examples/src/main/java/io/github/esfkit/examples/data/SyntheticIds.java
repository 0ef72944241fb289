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
    return Personnummer.parse(String.format("%012d", samordningsnummerDigits(birth, serial)));
  }

  /** The twelve digits of {@link #samordningsnummer(LocalDate, int)} as a number, without any text. */
  public static long samordningsnummerDigits(LocalDate birth, int serial) {
    int yy = birth.getYear() % 100;
    int[] d = {yy / 10, yy % 10, birth.getMonthValue() / 10, birth.getMonthValue() % 10,
        (birth.getDayOfMonth() + 60) / 10, (birth.getDayOfMonth() + 60) % 10, serial / 100, serial / 10 % 10,
        serial % 10};
    int sum = 0;
    for (int i = 0; i < d.length; i++) {
      int v = d[i] * (i % 2 == 0 ? 2 : 1);
      sum += v / 10 + v % 10;
    }
    int check = (10 - sum % 10) % 10;
    return ((birth.getYear() * 100L + birth.getMonthValue()) * 100 + birth.getDayOfMonth() + 60) * 10_000
        + serial * 10L + check;
  }
}
