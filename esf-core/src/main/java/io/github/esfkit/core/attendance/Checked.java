package io.github.esfkit.core.attendance;

import io.github.esfkit.core.validation.ValidationResult;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking rows against their rules (granskade rader): the rows that may be counted and
 * every violation found. A row with an error is not counted; the figures computed from the accepted rows
 * stand beside the findings. Immutable and thread-safe.
 *
 * @param <T> the row type
 */
public final class Checked<T> {

  private final List<T> accepted;
  private final ValidationResult findings;

  private Checked(List<T> accepted, ValidationResult findings) {
    this.accepted = List.copyOf(accepted);
    this.findings = Objects.requireNonNull(findings, "findings");
  }

  /** Accepted rows and findings. */
  public static <T> Checked<T> of(List<T> accepted, ValidationResult findings) {
    return new Checked<>(accepted, findings);
  }

  /** The rows that may be counted, in a canonical order (independent of the input order). */
  public List<T> accepted() {
    return accepted;
  }

  /** Every violation found. */
  public ValidationResult findings() {
    return findings;
  }

  @Override
  public String toString() {
    return "Checked{" + accepted.size() + " accepted, " + findings.violations().size() + " findings}";
  }
}
