package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.Redaction;
import java.math.BigDecimal;

/** Argument checks shared by the value types; messages name the field and value. */
final class Checks {

  private Checks() {}

  /** A missing argument as a {@link NullPointerException} naming it (the library's null contract). */
  static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    return value;
  }

  /** A collection argument whose elements must all be present. */
  static <T extends Iterable<?>> T noNulls(T values, String name, String element) {
    notNull(values, name);
    for (Object v : values) {
      notNull(v, element);
    }
    return values;
  }

  /**
   * An id: 1-64 of {@code A-Z a-z 0-9 _ . + -}, and never something that could be a personnummer (an id is
   * printed in {@code toString()} and messages, so it may not carry one); the message quotes it redacted.
   */
  static void id(String field, String value) {
    if (!value.matches("[A-Za-z0-9][A-Za-z0-9_.+-]{0,63}")) {
      throw new IllegalArgumentException(field + " must be 1-64 of A-Z a-z 0-9 _ . + - : " + Redaction.quote(value));
    }
    noIdentityNumber(field, value);
  }

  /** Refuses a value that could be a personnummer (an id is printed); the message quotes it redacted. */
  static void noIdentityNumber(String field, String value) {
    if (Redaction.containsIdentityNumber(value)) {
      throw new IllegalArgumentException(field + " must not hold a personal identity number: " + Redaction.quote(value));
    }
  }

  static void percent(String field, BigDecimal value) {
    if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException(field + " must be within 0..100: " + value);
    }
  }

  /**
   * Adds counts exactly; {@link IllegalArgumentException} naming {@code field} when the sum does not fit in a
   * {@code long}, so that totals, shares and sums across sub-projects computed later can never overflow.
   */
  static long sum(String field, long a, long b) {
    long s = a + b;
    if (((a ^ s) & (b ^ s)) < 0) {
      throw new IllegalArgumentException(field + " too large: the sum of the counts exceeds " + Long.MAX_VALUE);
    }
    return s;
  }

  static void nonNegative(String field, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must not be negative: " + value);
    }
  }
}
