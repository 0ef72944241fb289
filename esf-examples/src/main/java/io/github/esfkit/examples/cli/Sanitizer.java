package io.github.esfkit.examples.cli;

import io.github.esfkit.io.Redaction;
import java.util.regex.Pattern;

/**
 * Last line of defence for anything printed that did not come from a report: withholds digit groups that
 * could be a personnummer (see {@link Redaction#looksLikeIdentityNumber}) and keeps the text on one line.
 */
final class Sanitizer {

  private static final Pattern ID_LIKE = Pattern.compile("\\d{6,}[-+ ]?\\d{3,}|\\d{9,}");

  private Sanitizer() {}

  /** The text with identity-number-like digit groups replaced by {@code (withheld)}, on one line. */
  static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    return ID_LIKE.matcher(s.replace('\n', ' ').replace('\r', ' ')).replaceAll("(withheld)");
  }
}
