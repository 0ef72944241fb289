package io.github.esfkit.indicators.common;

/** Argument checks: a missing argument is a {@link NullPointerException} naming it (the library's null contract). */
final class Args {

  private Args() {}

  static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    return value;
  }
}
