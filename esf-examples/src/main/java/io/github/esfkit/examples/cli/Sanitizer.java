package io.github.esfkit.examples.cli;

import io.github.esfkit.core.Redaction;

/**
 * Last line of defence for anything printed that did not come from a report: withholds digit groups that
 * could be a personnummer (see {@link Redaction#containsIdentityNumber}) and keeps the text on one line.
 */
final class Sanitizer {

  private Sanitizer() {}

  /** The text with identity-number-like digit groups replaced by {@code (withheld)}, on one line. */
  static String oneLine(String s) {
    return Redaction.scrub(s); // the same rule as esf-io's messages
  }
}
