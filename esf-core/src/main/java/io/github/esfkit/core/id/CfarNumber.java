package io.github.esfkit.core.id;

import io.github.esfkit.core.validation.ValidationResult;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A CFAR number: the eight-digit workplace number (arbetsställenummer) of Statistics Sweden's business
 * register, whose last digit is a Luhn check digit over all eight. Parsing is strict: a seven-digit number
 * is rejected, never padded. Use {@link IdentifierChecks#checkCfar(String, String)} to report problems without throwing.
 * Immutable and thread-safe.
 */
public final class CfarNumber {

  private final String digits;

  private CfarNumber(String digits) {
    this.digits = digits;
  }

  /** Parses exactly eight digits with a valid check digit and not a placeholder. */
  public static CfarNumber parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().trim();
    // ten characters or more may be a personal identity number in the wrong field: never repeat it
    String shown = s.length() < 10 ? "'" + s + "'" : "(masked, " + s.length() + " characters)";
    if (!s.matches("\\d+")) {
      throw new InvalidIdentifierException("CFAR-FORMAT", "CFAR number " + shown + " must consist of digits.");
    }
    if (s.length() != 8) {
      throw new InvalidIdentifierException(
          "CFAR-LENGTH", "CFAR number " + shown + " must have 8 digits.");
    }
    if (s.matches("0{7}\\d")) {
      throw new InvalidIdentifierException("CFAR-PLACEHOLDER", "CFAR number '" + s + "' is a placeholder, not a workplace number.");
    }
    if (!Luhn.isValid(s)) {
      throw new InvalidIdentifierException("CFAR-CHECKSUM", "CFAR number '" + s + "' has a wrong check digit.");
    }
    return new CfarNumber(s);
  }

  /**
   * Checks a CFAR number as printed, e.g. {@code "1278326"} (reported: seven digits), and reports instead of
   * throwing: {@code CFAR-MISSING}, {@code CFAR-FORMAT}, {@code CFAR-LENGTH}, {@code CFAR-PLACEHOLDER},
   * {@code CFAR-CHECKSUM} (all errors), with paths starting at {@code path} ({@code cfar} when null). Never throws.
   */
  public static ValidationResult check(@Nullable String printed, @Nullable String path) {
    return IdentifierChecks.checkCfar(printed, path);
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

  /** The eight digits. */
  public String digits() {
    return digits;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CfarNumber && ((CfarNumber) o).digits.equals(digits);
  }

  @Override
  public int hashCode() {
    return digits.hashCode();
  }

  @Override
  public String toString() {
    return digits;
  }
}
