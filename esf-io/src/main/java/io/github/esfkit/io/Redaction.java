package io.github.esfkit.io;

/**
 * Makes a value from an input file safe to quote in a message: anything that could hold a personnummer or
 * samordningsnummer ({@link #looksLikeIdentityNumber}) is withheld, control characters are
 * shown as {@code ?}, and long values are cut. Stateless.
 */
public final class Redaction {

  private static final java.util.regex.Pattern ID_LIKE =
      java.util.regex.Pattern.compile("\\d{6,}[-+ ]?\\d{3,}|\\d{9,}");

  private static final int MAX = 40;

  private Redaction() {}

  /** The value in single quotes, or a placeholder when it could hold an identity number. */
  public static String quote(String value) {
    if (value == null) {
      return "''";
    }
    if (looksLikeIdentityNumber(value)) {
      return "(value withheld: may be a personal identity number)";
    }
    StringBuilder sb = new StringBuilder(Math.min(value.length(), MAX) + 3).append('\'');
    int n = Math.min(value.length(), MAX);
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      sb.append(Character.isISOControl(c) ? '?' : c);
    }
    if (value.length() > MAX) {
      sb.append("...");
    }
    return sb.append('\'').toString();
  }

  /**
   * True when the text holds something that could be a personal identity number: nine or more digits in a
   * row, or six or more digits, a separator ({@code -}, {@code +} or space) and three or more digits.
   */
  public static boolean looksLikeIdentityNumber(String value) {
    int run = 0;
    int before = 0; // length of the digit run before a separator just seen
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        run++;
        if (run >= 9 || (before >= 6 && run >= 3)) {
          return true;
        }
      } else if ((c == '-' || c == '+' || c == ' ') && run >= 6) {
        before = run;
        run = 0;
      } else {
        before = 0;
        run = 0;
      }
    }
    return false;
  }

  /** Free text with every identity-number-like digit group replaced by {@code (withheld)}, on one line. */
  public static String scrub(String text) {
    if (text == null) {
      return "";
    }
    return ID_LIKE.matcher(text.replace('\n', ' ').replace('\r', ' ')).replaceAll("(withheld)");
  }
}
