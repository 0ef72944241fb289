package io.github.esfkit.core.id;

import java.util.Objects;

/**
 * An identifier could not be parsed. The message says which rule failed; for personal identity numbers
 * it never repeats the input.
 */
public final class InvalidIdentifierException extends IllegalArgumentException {

  private final String ruleId;

  /** An identifier that does not parse, with the stable rule id and a message that never repeats a personnummer. */
  public InvalidIdentifierException(String ruleId, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
  }

  /** The stable rule id, e.g. {@code PNR-CHECKSUM}. */
  public String ruleId() {
    return ruleId;
  }
}
