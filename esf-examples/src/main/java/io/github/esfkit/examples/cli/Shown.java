package io.github.esfkit.examples.cli;

/**
 * How identifiers of organisations are shown in output. An organisation number is public and shown, unless
 * it may be a sole trader's personnummer (digits 3–4 below 20), whose last four digits are masked; a
 * malformed number with six digits or more is masked whole. A CFAR number of ten characters or more may be
 * a personnummer in the wrong field and is masked. Stateless.
 */
final class Shown {

  private Shown() {}

  /** An organisation number as printed, masked where it may be personal data. */
  static String organisationsnummer(String printed) {
    String digits = printed.replaceAll("[^0-9]", "");
    if (digits.length() == 10 && printed.strip().matches("\\d{6}-?\\d{4}")) {
      String head = digits.substring(0, 6);
      return Integer.parseInt(digits.substring(2, 4)) < 20 ? head + "-****" : head + "-" + digits.substring(6);
    }
    return digits.length() >= 6 ? "(masked)" : Sanitizer.oneLine(printed.strip());
  }

  /** A CFAR number as printed, masked from ten characters on. */
  static String cfar(String printed) {
    String s = printed.strip();
    return s.length() < 10 ? Sanitizer.oneLine(s) : "(masked)";
  }
}
