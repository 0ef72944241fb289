package io.github.esfkit.testfixture.internal;

/** An internal class of another (pretend) module, for the foreign-internals rule to catch a use of. */
public final class Hidden {
  private Hidden() {}

  /** A value to depend on. */
  public static int value() {
    return 1;
  }
}
