package io.github.esfkit.core.testing.cycle.a;

import io.github.esfkit.core.testing.cycle.a.b.Child;

/** Half of a package cycle between a package and its sub-package, for the cycle rule to catch. */
public final class Parent {
  private Parent() {}

  /** Uses the sub-package. */
  public static int depth() {
    return Child.depth() + 1;
  }
}
