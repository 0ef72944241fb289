package io.github.esfkit.indicators.targets;

import java.math.BigDecimal;

/** Argument checks shared by the value types; messages name the field and value. */
final class Checks {

  private Checks() {}

  static void id(String field, String value) {
    if (!value.matches("[A-Za-z0-9][A-Za-z0-9_.+-]{0,63}")) {
      throw new IllegalArgumentException(field + " must be 1-64 of A-Z a-z 0-9 _ . + - : '" + value + "'");
    }
  }

  static void percent(String field, BigDecimal value) {
    if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException(field + " must be within 0..100: " + value);
    }
  }

  static void nonNegative(String field, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must not be negative: " + value);
    }
  }
}
