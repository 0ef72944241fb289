package io.github.esfkit.core.organisation;

import io.github.esfkit.core.internal.EsfStyle;
import io.github.esfkit.core.validation.ValidationResult;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a project's organisation lists: an organisation in a role, with the workplace (CFAR) the
 * form asks for co-financiers. The same organisation may appear on several rows, in several roles (Region
 * Örebro län is co-financier and cooperation partner) or in one role with different contacts
 * (Arbetsförmedlingen twice). Contact persons are personal data and not kept. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractOrganisationRole {

  /** The organisation that has the role. */
  @Value.Parameter
  public abstract Organisation organisation();

  /** Its role in the project (e.g. project owner, co-financier). */
  @Value.Parameter
  public abstract Role role();

  /** The workplace with its CFAR number, when the source gives one. */
  public abstract Optional<Workplace> workplace();

  /** A row with a workplace given by its CFAR number as printed. */
  public static OrganisationRole of(Organisation organisation, Role role, String cfarAsPrinted) {
    return OrganisationRole.of(organisation, role).withWorkplace(Workplace.of(cfarAsPrinted));
  }

  /**
   * Checks the row: the organisation's number ({@code ORGNR-*}), the workplace's CFAR number ({@code CFAR-*}),
   * and a co-financier without one ({@code CFAR-MISSING}, a warning: the 2014–2020 form asks for it). Paths start
   * with {@code organisationRole}. Never throws.
   */
  public ValidationResult validate() {
    return OrganisationValidator.validateRow((OrganisationRole) this, "organisationRole");
  }
}
