package io.github.esfkit.core.id;

/**
 * The Luhn (mod 10) check digit used by Swedish organisationsnummer, personnummer and CFAR numbers:
 * digits are weighted 2, 1, 2, 1 … from the left of the payload, two-digit products are reduced by 9,
 * and the check digit brings the sum to a multiple of ten.
 */
final class Luhn {

  private Luhn() {}

  /** The check digit for a payload of ASCII digits. */
  static int checkDigit(CharSequence payload) {
    int sum = 0;
    int n = payload.length();
    for (int i = 0; i < n; i++) {
      int d = digit(payload.charAt(i));
      // weight 2 for the digit that will stand next to the check digit, alternating to the left
      if ((n - i) % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return (10 - sum % 10) % 10;
  }

  /** True when the last digit is the Luhn check digit of the digits before it. */
  static boolean isValid(CharSequence digitsWithCheck) {
    int n = digitsWithCheck.length();
    if (n < 2) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = digitsWithCheck.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return checkDigit(digitsWithCheck.subSequence(0, n - 1)) == digit(digitsWithCheck.charAt(n - 1));
  }

  private static int digit(char c) {
    if (c < '0' || c > '9') {
      throw new IllegalArgumentException("not a digit: '" + c + "'");
    }
    return c - '0';
  }
}
