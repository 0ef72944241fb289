package io.github.esfkit.core.organisation;

import io.github.esfkit.core.id.CfarNumber;
import io.github.esfkit.core.internal.EsfStyle;
import io.github.esfkit.core.validation.ValidationResult;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A workplace (arbetsställe) of an organisation, identified by its CFAR number as printed, e.g. the
 * owner's responsible unit "Kommunkontoret" with CFAR 19187426. The number is kept as text so that a
 * wrong one, such as Nora kommun's seven-digit "1278326", can be reported rather than rejected or padded.
 * Ten characters or more may be a personnummer typed into the wrong field: {@link #toString()} masks them.
 * Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractWorkplace {

  /** The CFAR number exactly as printed. */
  @Value.Parameter
  public abstract String cfarAsPrinted();

  /** The workplace's name, when given (e.g. "Kommunkontoret"). */
  public abstract Optional<String> name();

  /** The parsed CFAR number; empty when the printed text is not a valid one. */
  @Value.Lazy
  public Optional<CfarNumber> cfar() {
    return CfarNumber.isValid(cfarAsPrinted()) ? Optional.of(CfarNumber.parse(cfarAsPrinted())) : Optional.empty();
  }

  /** The CFAR number as printed (masked from ten characters on) and the name. */
  @Override
  public String toString() {
    String s = cfarAsPrinted().strip();
    String shown = s.length() < 10 ? io.github.esfkit.core.Redaction.scrub(s) : "(masked, " + s.length() + " characters)";
    return "Workplace{cfar=" + shown + name().map(n -> ", name=" + io.github.esfkit.core.Redaction.scrub(n)).orElse("")
        + "}";
  }

  /** Checks the CFAR number as printed ({@code CFAR-*}), with the path {@code workplace.cfar}. Never throws. */
  public ValidationResult validate() {
    return OrganisationValidator.validate((Workplace) this, "workplace");
  }
}
