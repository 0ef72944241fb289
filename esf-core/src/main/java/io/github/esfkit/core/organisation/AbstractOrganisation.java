package io.github.esfkit.core.organisation;

import io.github.esfkit.core.id.Organisationsnummer;
import io.github.esfkit.core.internal.EsfStyle;
import io.github.esfkit.core.validation.ValidationResult;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation (organisation) as a source lists it: name, organisation number as printed, and kind.
 * The number is kept as text so that a wrong one can be reported (see {@link #validate()});
 * {@link #organisationsnummer()} gives the parsed number when it is valid. Organisations are identified
 * by organisation number, not by name: names vary within one document. A sole trader's number is a
 * personnummer: {@link #toString()} masks any number that may be one. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractOrganisation {

  /** The name as printed, e.g. "Hällefors kommun". */
  @Value.Parameter
  public abstract String name();

  /** The organisation number as printed, e.g. "212000-1942"; empty when the source gives none. */
  @Value.Parameter
  public abstract Optional<String> organisationsnummerAsPrinted();

  /** What kind of organisation it is (e.g. municipality, region, state authority). */
  @Value.Parameter
  public abstract OrganisationKind kind();

  /** The parsed organisation number; empty when none is printed or it is invalid. */
  @Value.Lazy
  public Optional<Organisationsnummer> organisationsnummer() {
    return organisationsnummerAsPrinted().filter(Organisationsnummer::isValid).map(Organisationsnummer::parse);
  }

  /** True when both have the same valid organisation number. */
  public boolean isSameOrganisationAs(Organisation other) {
    java.util.Objects.requireNonNull(other, "other");
    return organisationsnummer().isPresent() && organisationsnummer().equals(other.organisationsnummer());
  }

  /** An organisation with a printed number. */
  public static Organisation of(String name, String organisationsnummer, OrganisationKind kind) {
    return Organisation.of(name, Optional.of(organisationsnummer), kind);
  }

  /** Name, kind and the number; a number that may be a personnummer is masked. */
  @Override
  public String toString() {
    return "Organisation{name=" + io.github.esfkit.core.Redaction.scrub(name()) + ", organisationsnummer=" + shownNumber() + ", kind=" + kind() + "}";
  }

  private String shownNumber() {
    if (organisationsnummer().isPresent()) {
      return organisationsnummer().get().toString();
    }
    // six digits or more of an invalid number may be (part of) a personnummer: never show them
    return organisationsnummerAsPrinted()
        .map(s -> s.chars().filter(c -> c >= '0' && c <= '9').count() >= 6 ? "(invalid, masked)"
            : io.github.esfkit.core.Redaction.quote(s))
        .orElse("none");
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("organisation name must not be blank");
    }
  }

  /**
   * Checks the organisation number as printed ({@code ORGNR-MISSING} as a warning, {@code ORGNR-FORMAT},
   * {@code ORGNR-CHECKSUM}), with the path {@code organisation.organisationsnummer}. Never throws.
   */
  public ValidationResult validate() {
    return OrganisationValidator.validate((Organisation) this, "organisation");
  }
}
