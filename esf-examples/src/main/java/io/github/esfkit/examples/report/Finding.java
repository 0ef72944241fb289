package io.github.esfkit.examples.report;

import io.github.esfkit.core.validation.Severity;
import java.util.Objects;

/** A rule violation or remark shown in a report (anmärkning): severity, rule id, where, message. */
public final class Finding {

  private final Severity severity;
  private final String ruleId;
  private final String where;
  private final String message;

  /** A finding; {@code where} may be empty. */
  public Finding(Severity severity, String ruleId, String where, String message) {
    this.severity = Objects.requireNonNull(severity, "severity");
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.where = io.github.esfkit.core.Redaction.scrub(where);
    this.message = io.github.esfkit.core.Redaction.scrub(Objects.requireNonNull(message, "message"));
  }

  public Severity severity() {
    return severity;
  }

  public String ruleId() {
    return ruleId;
  }

  public String where() {
    return where;
  }

  public String message() {
    return message;
  }
}
