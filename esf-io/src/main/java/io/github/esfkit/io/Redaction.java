package io.github.esfkit.io;

/**
 * Makes a value from an input file safe to quote in a message: anything that could hold a personnummer or
 * samordningsnummer (a run of six or more digits, as in {@code YYMMDD} or {@code YYYYMMDD}) is withheld, control characters are
 * shown as {@code ?}, and long values are cut. Stateless.
 */
public final class Redaction {

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

  /** True when the text holds a run of digits that might be (part of) a personal identity number. */
  public static boolean looksLikeIdentityNumber(String value) {
    int run = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      run = c >= '0' && c <= '9' ? run + 1 : 0;
      if (run >= 6) {
        return true;
      }
    }
    return false;
  }
}
