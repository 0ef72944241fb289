package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.internal.EsfStyle;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.validation.Severity;
import io.github.esfkit.core.validation.Violation;
import org.immutables.value.Value;

/**
 * A difference between a published figure or verdict and what the library computes from the definitions
 * (avvikelse), with both values and why. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractDiscrepancy {

  /** Stable code, e.g. {@code PERCENT-PRINTED}, {@code DENOMINATOR}, {@code VERDICT}. */
  public abstract String code();

  /** What it concerns, e.g. {@code PM-6.follow-up/Strömsund}. */
  @Value.Redacted // free text: never in toString()
  public abstract String subject();

  /** The published value as printed. */
  public abstract String published();

  /** The library's value. */
  public abstract String computed();

  /** What differs and why, in Swedish. */
  @Value.Redacted // free text: never in toString()
  public abstract String messageSv();

  /** What differs and why, in English. */
  @Value.Redacted // free text: never in toString()
  public abstract String messageEn();

  /** How serious the difference is; {@code WARNING} unless given ({@code INFO} for a figure not computed here). */
  @Value.Default
  public Severity severity() {
    return Severity.WARNING;
  }

  /** {@link #messageSv()} or {@link #messageEn()}, by language. */
  public String message(Language l) {
    return l.pick(messageSv(), messageEn());
  }

  /** As a core violation (rule id {@code TARGET-} + code). */
  public Violation toViolation() {
    return Violation.of("TARGET-" + code(), severity(), subject(), messageSv(), messageEn());
  }

  @Value.Check
  void check() {
    if (!code().matches("[A-Z0-9]+(-[A-Z0-9]+)*")) {
      throw new IllegalArgumentException("code must be upper case words joined by '-': " + code());
    }
  }
}
