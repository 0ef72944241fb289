package io.github.esfkit.budget;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.esfkit.core.id.Organisationsnummer;
import org.immutables.value.Value;

/**
 * A co-financier (medfinansiär): the organisation a contribution is attributed to, by organisation number
 * and name. Two co-financiers are the same organisation when their numbers are equal ({@link
 * #isSameOrganisation}). Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractCoFinancier {

  /** The organisation number. */
  @Value.Parameter
  public abstract Organisationsnummer organisationsnummer();

  /** The organisation's name, e.g. "Hällefors kommun". */
  @Value.Parameter
  public abstract String name();

  /** True when both are the same legal person (same organisation number, whatever the name). */
  public boolean isSameOrganisation(CoFinancier other) {
    return organisationsnummer().equals(other.organisationsnummer());
  }

  @Value.Check
  void check() {
    checkArgument(!name().isBlank(), "co-financier name must not be blank (orgnr %s)", organisationsnummer());
  }

  @Override
  public String toString() {
    return io.github.esfkit.core.Redaction.scrub(name()) + " (" + organisationsnummer() + ")";
  }
}
