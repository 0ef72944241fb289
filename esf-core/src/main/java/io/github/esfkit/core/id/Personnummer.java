package io.github.esfkit.core.id;

import io.github.esfkit.core.validation.ValidationResult;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A Swedish personal identity number (personnummer) or coordination number (samordningsnummer), stored as
 * twelve digits {@code YYYYMMDDNNNC}.
 *
 * <p>Accepted forms: {@code YYYYMMDD-NNNC}, {@code YYYYMMDDNNNC}, {@code YYMMDD-NNNC}, {@code YYMMDD+NNNC}
 * and {@code YYMMDDNNNC}. A ten-digit number needs a reference date to fix the century: {@code -} means
 * younger than 100 at that date, {@code +} 100 or older. The check digit is Luhn over the ten-digit form;
 * a samordningsnummer has 60 added to the day.
 *
 * <p>This is personal data: {@link #toString()} masks the birth number ({@code 19850312-****}), and no
 * exception message repeats the input. Equality is on the full value. Immutable and thread-safe.
 */
public final class Personnummer {

  private static final Pattern TWELVE = Pattern.compile("(\\d{8})-?(\\d{4})");
  private static final Pattern TEN = Pattern.compile("(\\d{6})([-+]?)(\\d{4})");

  private final String digits; // twelve digits

  private Personnummer(String digits) {
    this.digits = digits;
  }

  /** Parses a twelve-digit number, with or without hyphen. */
  public static Personnummer parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher m = TWELVE.matcher(text.toString().trim());
    if (!m.matches()) {
      throw new InvalidIdentifierException(
          "PNR-FORMAT", "personal identity number must have the form YYYYMMDD-NNNN");
    }
    return validated(m.group(1) + m.group(2));
  }

  /**
   * Parses any accepted form; a ten-digit number takes its century from {@code referenceDate} (the person
   * is under 100 at that date, or 100 and over with {@code +}). A reference date that puts the year of birth
   * outside 0000–9999 is rejected ({@code PNR-DATE}).
   */
  public static Personnummer parse(CharSequence text, LocalDate referenceDate) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(referenceDate, "referenceDate");
    String s = text.toString().trim();
    if (TWELVE.matcher(s).matches()) {
      return parse(s);
    }
    Matcher m = TEN.matcher(s);
    if (!m.matches()) {
      throw new InvalidIdentifierException(
          "PNR-FORMAT", "personal identity number must have the form YYYYMMDD-NNNN or YYMMDD-NNNN");
    }
    int yy = Integer.parseInt(m.group(1).substring(0, 2));
    boolean centenarian = "+".equals(m.group(2));
    int refYear = referenceDate.getYear();
    int year = refYear - Math.floorMod(refYear - yy, 100);
    String rest = m.group(1).substring(2);
    // born later this year than the reference date means the previous century
    if (year == refYear && birthDate(year, rest).map(d -> d.isAfter(referenceDate)).orElse(false)) {
      year -= 100;
    }
    if (centenarian) {
      year -= 100;
    }
    if (year < 0 || year > 9999) {
      throw new InvalidIdentifierException("PNR-DATE",
          "the century of a ten-digit personal identity number cannot be fixed from reference date " + referenceDate);
    }
    return validated(String.format("%04d", year) + rest + m.group(3));
  }

  /**
   * Checks a personnummer or samordningsnummer as a source gives it, twelve digits with or without hyphen, and
   * reports instead of throwing: {@code PNR-MISSING}, {@code PNR-FORMAT}, {@code PNR-CHECKSUM}, {@code PNR-DATE}
   * (errors: the record cannot be linked to a person), with paths starting at {@code path} ({@code personId} when
   * null). The messages never repeat the input. Never throws.
   */
  public static ValidationResult check(@Nullable String given, @Nullable String path) {
    return IdentifierChecks.checkPersonnummer(given, path);
  }

  /** True when the text parses as a twelve-digit number with a valid date and check digit. */
  public static boolean isValid(CharSequence text) {
    try {
      parse(text);
      return true;
    } catch (InvalidIdentifierException e) {
      return false;
    }
  }

  private static Personnummer validated(String twelve) {
    if (!Luhn.isValid(twelve.substring(2))) {
      throw new InvalidIdentifierException("PNR-CHECKSUM", "personal identity number has a wrong check digit");
    }
    int year = Integer.parseInt(twelve.substring(0, 4));
    if (birthDate(year, twelve.substring(4, 8)).isEmpty()) {
      throw new InvalidIdentifierException("PNR-DATE", "personal identity number has no valid date of birth");
    }
    return new Personnummer(twelve);
  }

  private static java.util.Optional<LocalDate> birthDate(int year, String mmdd) {
    int month = Integer.parseInt(mmdd.substring(0, 2));
    int day = Integer.parseInt(mmdd.substring(2, 4));
    if (day > 60) {
      day -= 60;
    }
    try {
      return java.util.Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return java.util.Optional.empty();
    }
  }

  /** The date of birth (for a samordningsnummer: the day less 60). */
  public LocalDate birthDate() {
    return birthDate(Integer.parseInt(digits.substring(0, 4)), digits.substring(4, 8)).orElseThrow();
  }

  /** True for a samordningsnummer (day of birth plus 60). */
  public boolean isSamordningsnummer() {
    return Integer.parseInt(digits.substring(6, 8)) > 60;
  }

  /**
   * The full twelve-digit form {@code YYYYMMDD-NNNC}. Personal data: hand it only to a system entitled to
   * it, never to a log or a report.
   */
  public String fullValue() {
    return digits.substring(0, 8) + "-" + digits.substring(8);
  }

  /** The masked form, {@code YYYYMMDD-****}: safe to show. */
  public String masked() {
    return digits.substring(0, 8) + "-****";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Personnummer && ((Personnummer) o).digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  /** The masked form; never the full number. */
  @Override
  public String toString() {
    return masked();
  }
}
