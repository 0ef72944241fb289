package io.github.esfkit.budget.claim;

import io.github.esfkit.budget.CoFinancingCategory;
import io.github.esfkit.core.id.CfarNumber;
import io.github.esfkit.core.id.Organisationsnummer;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A co-financier as the claim attributes actuals to it (medfinansiär i ansökan om utbetalning): its
 * organisation number, name, CFAR number (the workplace number of Statistics Sweden's business register)
 * and the in-kind category its staff time goes to (public or private in kind). Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractAttribution {

  /** The organisation number. */
  @Value.Parameter
  public abstract Organisationsnummer organisationsnummer();

  /** The name, e.g. "Nora kommun". */
  @Value.Parameter
  public abstract String name();

  /** The CFAR number of the workplace, when known. */
  public abstract Optional<CfarNumber> cfar();

  /** Where its staff time goes: public in kind by default. */
  @Value.Default
  public CoFinancingCategory inKindCategory() {
    return CoFinancingCategory.PUBLIC_IN_KIND;
  }

  /** "organisationsnummer / CFAR", as a trace shows it. */
  public String reference() {
    return organisationsnummer() + cfar().map(c -> " / CFAR " + c).orElse("");
  }

  @Value.Check
  void check() {
    if (!inKindCategory().isInKind()) {
      throw new IllegalArgumentException("in-kind category must be in kind: " + inKindCategory());
    }
  }
}
