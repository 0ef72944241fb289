package io.github.esfkit.budget;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.esfkit.core.id.CfarNumber;
import io.github.esfkit.core.id.Organisationsnummer;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A co-financier (medfinansiär): the organisation and workplace a contribution is attributed to, by name,
 * organisation number and CFAR number. The numbers are kept as printed so that an application with a
 * wrong check digit or a placeholder CFAR is still computed and the numbers reported (the validator of
 * the application does that). Co-financiers are told apart by the pair organisation number + CFAR number
 * ({@link #isSameCoFinancier}): one organisation with two workplaces is two co-financiers, though still
 * the same organisation ({@link #isSameOrganisation}). A sole trader's organisation number is a
 * personnummer: {@link #toString()} masks it. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractCoFinancier {

  /** The organisation's name, e.g. "Hällefors kommun". */
  public abstract String name();

  /** The organisation number as printed, e.g. "212000-1942". */
  public abstract String organisationsnummerAsPrinted();

  /** The workplace's CFAR number as printed, e.g. "19187426", when given. */
  public abstract Optional<String> cfarAsPrinted();

  /** The parsed organisation number; empty when the printed one is invalid. */
  @Value.Lazy
  public Optional<Organisationsnummer> organisationsnummer() {
    return Organisationsnummer.isValid(organisationsnummerAsPrinted())
        ? Optional.of(Organisationsnummer.parse(organisationsnummerAsPrinted()))
        : Optional.empty();
  }

  /** The parsed CFAR number; empty when none is printed or it is invalid. */
  @Value.Lazy
  public Optional<CfarNumber> cfar() {
    return cfarAsPrinted().filter(CfarNumber::isValid).map(CfarNumber::parse);
  }

  /** A co-financier without a CFAR number. */
  public static CoFinancier of(String name, Organisationsnummer organisationsnummer) {
    return CoFinancier.builder().name(name).organisationsnummerAsPrinted(organisationsnummer.fullValue()).build();
  }

  /** A co-financier at the workplace with the given CFAR number. */
  public static CoFinancier of(String name, Organisationsnummer organisationsnummer, CfarNumber cfar) {
    return CoFinancier.builder()
        .name(name)
        .organisationsnummerAsPrinted(organisationsnummer.fullValue())
        .cfarAsPrinted(cfar.digits())
        .build();
  }

  /** A co-financier with its numbers as printed, valid or not; the CFAR number may be absent. */
  public static CoFinancier ofPrinted(String name, String organisationsnummer, Optional<String> cfar) {
    return CoFinancier.builder().name(name).organisationsnummerAsPrinted(organisationsnummer).cfarAsPrinted(cfar)
        .build();
  }

  /** True when both are the same legal person: the same organisation number, whatever the name or CFAR. */
  public boolean isSameOrganisation(CoFinancier other) {
    return organisationKey().equals(((AbstractCoFinancier) other).organisationKey());
  }

  /** True when both are the same co-financier: the same organisation number and the same CFAR number. */
  public boolean isSameCoFinancier(CoFinancier other) {
    return key().equals(((AbstractCoFinancier) other).key());
  }

  /** The identity of a co-financier: organisation number and CFAR number, digits only. */
  String key() {
    return organisationKey() + "/" + cfarAsPrinted().map(AbstractCoFinancier::digits).orElse("");
  }

  String organisationKey() {
    return digits(organisationsnummerAsPrinted());
  }

  private static String digits(String s) {
    return s.replaceAll("[^0-9]", "");
  }

  @Value.Check
  void check() {
    checkArgument(!name().isBlank(), "co-financier name must not be blank");
  }

  /** Name, organisation number (masked when it may be a personnummer) and CFAR number. */
  @Override
  public String toString() {
    String orgnr = organisationsnummer().map(Organisationsnummer::toString)
        .orElse(digits(organisationsnummerAsPrinted()).length() >= 6 ? "invalid, masked" : organisationsnummerAsPrinted());
    String cfar = cfarAsPrinted().map(c -> c.strip().length() < 10 ? ", CFAR " + c.strip() : ", CFAR masked").orElse("");
    return io.github.esfkit.core.Redaction.scrub(name()) + " (" + orgnr + cfar + ")";
  }
}
