package io.github.esfkit.core.organisation;

import io.github.esfkit.core.id.CfarNumber;
import io.github.esfkit.core.id.Organisationsnummer;
import io.github.esfkit.core.validation.ValidationResult;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The checks behind {@link Organisation#validate()}, {@link Workplace#validate()} and
 * {@link OrganisationRole#validate()}: organisations and their rows in a project: organisation numbers ({@code ORGNR-*}), CFAR numbers
 * of workplaces ({@code CFAR-*}), a missing CFAR number for a co-financier ({@code CFAR-MISSING},
 * warning: the 2014–2020 form asks for one). The project owner listed among the co-financiers, as some
 * applications do, is valid: double counting its contribution is checked on the budget
 * ({@code BUDGET-OWNER-DOUBLE-COUNTED}). Never throws.
 * Stateless and thread-safe.
 */
final class OrganisationValidator {

  private OrganisationValidator() {}

  /** Checks one organisation's number; paths start with {@code path}. */
  public static ValidationResult validate(@Nullable Organisation organisation, @Nullable String path) {
    String p = path == null ? "organisation" : path;
    if (organisation == null) {
      return ValidationResult.builder()
          .error("ORGANISATION-MISSING", p, "Organisation saknas.", "Organisation is missing.").build();
    }
    return Organisationsnummer.check(
        organisation.organisationsnummerAsPrinted().orElse(null), p + ".organisationsnummer");
  }

  /** Checks one workplace's CFAR number. */
  public static ValidationResult validate(@Nullable Workplace workplace, @Nullable String path) {
    String p = path == null ? "workplace" : path;
    return CfarNumber.check(workplace == null ? null : workplace.cfarAsPrinted(), p + ".cfar");
  }

  /**
   * Checks the rows of a project's organisation lists, with paths {@code path[i]}: each organisation
   * number, each CFAR number, and a missing CFAR number of a co-financier.
   */
  public static ValidationResult validateRoles(@Nullable Organisation owner, @Nullable List<OrganisationRole> rows, @Nullable String path) {
    ValidationResult.Builder b = ValidationResult.builder();
    String p = path == null ? "organisations" : path;
    if (rows == null) {
      return b.build();
    }
    for (int i = 0; i < rows.size(); i++) {
      OrganisationRole row = rows.get(i);
      String rp = p + "[" + i + "]";
      if (row == null) {
        b.error("ORGANISATION-MISSING", rp, "Organisation saknas.", "Organisation is missing.");
        continue;
      }
      b.addAll(validateRow(row, rp));
    }
    return b.build();
  }

  /** Checks one row of a project's organisation list; paths start with {@code path}. */
  static ValidationResult validateRow(OrganisationRole row, String path) {
    ValidationResult.Builder b = ValidationResult.builder();
    b.addAll(validate(row.organisation(), path + ".organisation"));
    if (row.workplace().isPresent()) {
      b.addAll(validate(row.workplace().get(), path + ".workplace"));
    } else if (row.role() == Role.CO_FINANCIER) {
      b.warning("CFAR-MISSING", path + ".workplace.cfar",
          "Medfinansiären '" + row.organisation().name() + "' saknar CFAR-nummer.",
          "Co-financier '" + row.organisation().name() + "' has no CFAR number.");
    }
    return b.build();
  }
}
