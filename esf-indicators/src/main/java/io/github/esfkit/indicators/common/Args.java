package io.github.esfkit.indicators.common;

/** Argument checks that report a missing argument as {@link IllegalArgumentException}, never as an NPE. */
final class Args {

  private Args() {}

  static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }
}
