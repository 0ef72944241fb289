package io.github.esfkit.core.programme;

import io.github.esfkit.core.validation.ValidationResult;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Checks that a {@link Call} is consistent in itself: area and objective of the call's programme period,
 * objective under its area, regions allowed for the area. Never throws; a null call is reported.
 *
 * <p>Rule ids: {@code CALL-MISSING}, {@code CALL-AREA-PERIOD}, {@code CALL-OBJECTIVE-PERIOD},
 * {@code CALL-OBJECTIVE-AREA}, {@code CALL-AREA-REGION}. Stateless and thread-safe.
 */
final class CallValidator {

  private CallValidator() {}

  /** Validates a call; violations' paths start with {@code path} (e.g. {@code project.call}). */
  public static ValidationResult validate(@Nullable Call call, @Nullable String path) {
    ValidationResult.Builder b = ValidationResult.builder();
    String p = path == null ? "call" : path;
    if (call == null) {
      return b.error("CALL-MISSING", p, "Utlysning saknas.", "Call is missing.").build();
    }
    ProgrammeArea area = call.programmeArea();
    if (area.period() != call.programmePeriod()) {
      b.error("CALL-AREA-PERIOD", p + ".programmeArea",
          "Programområde " + area.code() + " hör till programperioden " + area.period().code() + ", inte "
              + call.programmePeriod().code() + ".",
          "Programme area " + area.code() + " belongs to programme period " + area.period().code() + ", not "
              + call.programmePeriod().code() + ".");
    }
    Optional<SpecificObjective> objective = call.specificObjective();
    if (objective.isPresent()) {
      SpecificObjective o = objective.get();
      if (o.period() != call.programmePeriod()) {
        b.error("CALL-OBJECTIVE-PERIOD", p + ".specificObjective",
            "Specifikt mål " + o.code() + " hör till programperioden " + o.period().code() + ", inte "
                + call.programmePeriod().code() + ".",
            "Specific objective " + o.code() + " belongs to programme period " + o.period().code() + ", not "
                + call.programmePeriod().code() + ".");
      } else if (!o.belongsTo(area)) {
        String owner = o.area().map(ProgrammeArea::code).orElse("?");
        b.error("CALL-OBJECTIVE-AREA", p + ".specificObjective",
            "Specifikt mål " + o.code() + " hör till programområde " + owner + ", inte " + area.code() + ".",
            "Specific objective " + o.code() + " belongs to programme area " + owner + ", not " + area.code()
                + ".");
      }
    }
    if (!area.restrictedToRegions().isEmpty()) {
      String allowed = area.restrictedToRegions().stream().map(Region::officialName)
          .collect(Collectors.joining(", "));
      if (call.isNational()) {
        b.error("CALL-AREA-REGION", p + ".regions",
            "Programområde " + area.code() + " finns bara i " + allowed + "; utlysningen anger ingen region.",
            "Programme area " + area.code() + " exists only in " + allowed + "; the call names no region.");
      }
      for (Region r : call.regions()) {
        if (!area.restrictedToRegions().contains(r)) {
          b.error("CALL-AREA-REGION", p + ".regions",
              "Programområde " + area.code() + " finns inte i " + r.officialName() + " (bara i " + allowed + ").",
              "Programme area " + area.code() + " does not exist in " + r.officialName() + " (only in " + allowed
                  + ").");
        }
      }
    }
    return b.build();
  }

  /** Validates a call with paths starting at {@code call}. */
  public static ValidationResult validate(@Nullable Call call) {
    return validate(call, "call");
  }
}
