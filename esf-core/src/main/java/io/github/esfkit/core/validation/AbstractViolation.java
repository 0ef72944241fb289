package io.github.esfkit.core.validation;

import io.github.esfkit.core.internal.EsfStyle;
import io.github.esfkit.core.Language;
import org.immutables.value.Value;

/**
 * One broken rule (regelbrott): a stable rule id such as {@code PHASE-GAP}, a severity, the path of the
 * offending value in the object graph, and the message in Swedish and English.
 *
 * <p>Messages and paths never contain a personnummer nor a control character: every violation passes
 * {@link io.github.esfkit.core.Redaction#scrub} when it is built, whoever builds it. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractViolation {

  /** Stable rule id, upper case with hyphens, e.g. {@code PHASE-GAP}. */
  @Value.Parameter
  public abstract String ruleId();

  /** How serious the violation is: error, warning or info. */
  @Value.Parameter
  public abstract Severity severity();

  /** Where the value sits, e.g. {@code project.phases[1]} or {@code participants.csv:12:entry_date}. */
  @Value.Parameter
  public abstract String path();

  /** The message in Swedish. */
  @Value.Parameter
  public abstract String messageSv();

  /** The message in English. */
  @Value.Parameter
  public abstract String messageEn();

  /** The message in the given language. */
  public String message(Language language) {
    return language.pick(messageSv(), messageEn());
  }

  @Value.Check
  AbstractViolation check() {
    if (!ruleId().matches("[A-Z0-9]+(-[A-Z0-9]+)*")) {
      throw new IllegalArgumentException(
          "rule id must be upper case words joined by '-': " + io.github.esfkit.core.Redaction.scrub(ruleId()));
    }
    String path = io.github.esfkit.core.Redaction.scrub(path());
    String sv = io.github.esfkit.core.Redaction.scrub(messageSv());
    String en = io.github.esfkit.core.Redaction.scrub(messageEn());
    if (path.equals(path()) && sv.equals(messageSv()) && en.equals(messageEn())) {
      return this;
    }
    return Violation.of(ruleId(), severity(), path, sv, en);
  }

  @Override
  public String toString() {
    return severity() + " " + ruleId() + " at " + path() + ": " + messageEn();
  }
}
