package io.github.esfkit.core.id;

import io.github.esfkit.core.validation.ValidationResult;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A Swedish organisation number (organisationsnummer): ten digits printed {@code NNNNNN-NNNN}, the last a
 * Luhn check digit over the first nine. Parsing accepts the hyphen or none; the value is stored without it
 * and printed with it. A sole trader's organisation number is his or her personnummer (digits 3–4 below
 * 20, {@link #isPossiblyPersonnummer()}): such a value is personal data, so {@link #toString()} masks its
 * last four digits ({@code 811228-****}) and exception messages never repeat it; {@link #fullValue()} and
 * {@link #digits()} give the whole number. Immutable and thread-safe.
 */
public final class Organisationsnummer {

  private static final Pattern FORM = Pattern.compile("(\\d{6})-?(\\d{4})");

  private final String digits;

  private Organisationsnummer(String digits) {
    this.digits = digits;
  }

  /** Parses {@code NNNNNN-NNNN} or {@code NNNNNNNNNN}, checking the check digit. */
  public static Organisationsnummer parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORM.matcher(text.toString().trim());
    if (!m.matches()) {
      throw new InvalidIdentifierException(
          "ORGNR-FORMAT", "organisation number must have the form NNNNNN-NNNN");
    }
    String d = m.group(1) + m.group(2);
    if (!Luhn.isValid(d)) {
      throw new InvalidIdentifierException(
          "ORGNR-CHECKSUM", Integer.parseInt(d.substring(2, 4)) < 20
              ? "organisation number has a wrong check digit"
              : "organisation number '" + m.group(1) + "-" + m.group(2) + "' has a wrong check digit (expected "
                  + Luhn.checkDigit(d.substring(0, 9)) + ")");
    }
    return new Organisationsnummer(d);
  }

  /**
   * Checks an organisation number as printed, {@code NNNNNN-NNNN} or ten digits, and reports instead of throwing:
   * {@code ORGNR-MISSING} (a warning), {@code ORGNR-FORMAT}, {@code ORGNR-CHECKSUM}, with paths starting at
   * {@code path} ({@code organisationsnummer} when null). A number that may be a sole trader's personnummer is
   * masked in the messages. Never throws.
   */
  public static ValidationResult check(@Nullable String printed, @Nullable String path) {
    return IdentifierChecks.checkOrganisationsnummer(printed, path);
  }

  /** True when the text parses. */
  public static boolean isValid(CharSequence text) {
    try {
      parse(text);
      return true;
    } catch (InvalidIdentifierException e) {
      return false;
    }
  }

  /** The ten digits without hyphen. */
  public String digits() {
    return digits;
  }

  /**
   * True when digits 3–4 are below 20: the number may be a sole trader's personnummer and is then personal
   * data. Legal persons' numbers have 20 or more there.
   */
  public boolean isPossiblyPersonnummer() {
    return Integer.parseInt(digits.substring(2, 4)) < 20;
  }

  /**
   * The printed form {@code NNNNNN-NNNN} in full. For a number that may be a personnummer this is personal
   * data: hand it only to a system entitled to it, never to a log or a report.
   */
  public String fullValue() {
    return digits.substring(0, 6) + "-" + digits.substring(6);
  }

  /** The group number, the first digit (2 = state, regions, municipalities and parishes). */
  public int groupNumber() {
    return digits.charAt(0) - '0';
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Organisationsnummer && ((Organisationsnummer) o).digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /**
   * The printed form {@code NNNNNN-NNNN}; masked as {@code NNNNNN-****} when the number may be a
   * personnummer ({@link #isPossiblyPersonnummer()}).
   */
  @Override
  public String toString() {
    return isPossiblyPersonnummer() ? digits.substring(0, 6) + "-****" : fullValue();
  }
}
