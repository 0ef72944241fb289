package io.github.esfkit.core.id;

import io.github.esfkit.core.validation.ValidationResult;
import org.jspecify.annotations.Nullable;

/**
 * The checks behind {@link CfarNumber#check}, {@link Organisationsnummer#check} and {@link Personnummer#check}:
 * reports problems with identifiers as printed in a source instead of throwing: a CFAR number or an
 * organisation number that fails its format or check digit becomes a {@link
 * io.github.esfkit.core.validation.Violation} with a stable rule id and messages in Swedish and English.
 * Never throws, whatever the input (null included).
 *
 * <p>Rule ids: {@code CFAR-MISSING}, {@code CFAR-FORMAT}, {@code CFAR-LENGTH}, {@code CFAR-PLACEHOLDER},
 * {@code CFAR-CHECKSUM}; {@code ORGNR-MISSING} (a warning: sources such as project plans often omit
 * the number), {@code ORGNR-FORMAT}, {@code ORGNR-CHECKSUM}; all others are errors. An
 * organisation number whose digits 3–4 are below 20 may be a sole trader's personnummer: such a number is
 * masked in messages. Stateless and thread-safe.
 */
final class IdentifierChecks {

  private IdentifierChecks() {}

  /** Checks a CFAR number as printed, e.g. {@code "1278326"} (reported: seven digits). */
  static ValidationResult checkCfar(@Nullable String printed, @Nullable String path) {
    ValidationResult.Builder b = ValidationResult.builder();
    String p = path == null ? "cfar" : path;
    if (printed == null || printed.isBlank()) {
      return b.error("CFAR-MISSING", p, "CFAR-nummer saknas.", "CFAR number is missing.").build();
    }
    String s = printed.strip();
    if (!s.matches("[0-9]+")) {
      // ten characters or more may hide a personal identity number: never repeat them
      String sv = s.length() < 10 ? "'" + s + "'" : "(maskerat, " + s.length() + " tecken)";
      String en = s.length() < 10 ? "'" + s + "'" : "(masked, " + s.length() + " characters)";
      b.error("CFAR-FORMAT", p, "CFAR-nummer " + sv + " får bara innehålla siffror.",
          "CFAR number " + en + " must consist of digits.");
    } else if (s.length() != 8) {
      // ten or more digits may be a personal identity number typed into the wrong field: never repeat it
      String sv = s.length() >= 10 ? "(maskerat, " + s.length() + " siffror)" : "'" + s + "'";
      String en = s.length() >= 10 ? "(masked, " + s.length() + " digits)" : "'" + s + "'";
      b.error("CFAR-LENGTH", p, "CFAR-nummer " + sv + " måste ha 8 siffror.",
          "CFAR number " + en + " must have 8 digits.");
    } else if (s.matches("0{7}[0-9]")) {
      b.error("CFAR-PLACEHOLDER", p, "CFAR-nummer '" + s + "' är en platshållare, inte ett arbetsställenummer.",
          "CFAR number '" + s + "' is a placeholder, not a workplace number.");
    } else if (!Luhn.isValid(s)) {
      b.error("CFAR-CHECKSUM", p, "CFAR-nummer '" + s + "' har fel kontrollsiffra.",
          "CFAR number '" + s + "' has a wrong check digit.");
    }
    return b.build();
  }

  /** Checks an organisation number as printed, {@code NNNNNN-NNNN} or ten digits. */
  static ValidationResult checkOrganisationsnummer(@Nullable String printed, @Nullable String path) {
    ValidationResult.Builder b = ValidationResult.builder();
    String p = path == null ? "organisationsnummer" : path;
    if (printed == null || printed.isBlank()) {
      return b.warning("ORGNR-MISSING", p, "Organisationsnummer saknas.", "Organisation number is missing.")
          .build();
    }
    String s = printed.strip();
    if (!s.matches("[0-9]{6}-?[0-9]{4}")) {
      // six digits or more may be (part of) a personal identity number: never repeat them
      boolean mask = s.chars().filter(c -> c >= '0' && c <= '9').count() >= 6;
      String shown = mask ? "(maskerat)" : "'" + truncate(s) + "'";
      String shownEn = mask ? "(masked)" : "'" + truncate(s) + "'";
      b.error("ORGNR-FORMAT", p, "Organisationsnummer " + shown + " ska ha formen NNNNNN-NNNN.",
          "Organisation number " + shownEn + " must have the form NNNNNN-NNNN.");
      return b.build();
    }
    String digits = s.replace("-", "");
    if (!Luhn.isValid(digits)) {
      boolean personal = Integer.parseInt(digits.substring(2, 4)) < 20;
      String shown = personal ? "(maskerat, kan vara ett personnummer)"
          : "'" + digits.substring(0, 6) + "-" + digits.substring(6) + "'";
      String shownEn = personal ? "(masked, may be a personnummer)"
          : "'" + digits.substring(0, 6) + "-" + digits.substring(6) + "'";
      b.error("ORGNR-CHECKSUM", p, "Organisationsnummer " + shown + " har fel kontrollsiffra.",
          "Organisation number " + shownEn + " has a wrong check digit.");
    }
    return b.build();
  }

  /**
   * Checks a personnummer or samordningsnummer as a source gives it, twelve digits with or without hyphen
   * ({@code PNR-MISSING}, {@code PNR-FORMAT}, {@code PNR-CHECKSUM}, {@code PNR-DATE}). The messages never
   * repeat the input: a record with a bad number is reported by its path (e.g. its participant id) only.
   */
  static ValidationResult checkPersonnummer(@Nullable String given, @Nullable String path) {
    ValidationResult.Builder b = ValidationResult.builder();
    String p = path == null ? "personId" : path;
    if (given == null || given.isBlank()) {
      return b.error("PNR-MISSING", p, "Personnummer saknas.", "Personal identity number is missing.").build();
    }
    try {
      Personnummer.parse(given);
    } catch (InvalidIdentifierException e) {
      switch (e.ruleId()) {
        case "PNR-CHECKSUM":
          b.error("PNR-CHECKSUM", p, "Personnumret har fel kontrollsiffra; deltagaren kan inte kopplas till en person.",
              "The personal identity number has a wrong check digit; the participant cannot be linked to a person.");
          break;
        case "PNR-DATE":
          b.error("PNR-DATE", p, "Personnumret har inget giltigt födelsedatum; deltagaren kan inte kopplas till en person.",
              "The personal identity number has no valid date of birth; the participant cannot be linked to a person.");
          break;
        default:
          b.error("PNR-FORMAT", p, "Personnumret ska ha formen ÅÅÅÅMMDD-NNNN; deltagaren kan inte kopplas till en person.",
              "The personal identity number must have the form YYYYMMDD-NNNN; the participant cannot be linked to a "
                  + "person.");
      }
    }
    return b.build();
  }

  private static String truncate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
