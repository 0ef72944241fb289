package io.github.esfkit.core.testing.cycle.a.b;

import io.github.esfkit.core.testing.cycle.a.Parent;

/** The other half of the cycle: the sub-package uses its parent. */
public final class Child {
  private Child() {}

  /** Uses the parent package (never called with a cycle at run time). */
  public static int depth() {
    return Parent.class.getSimpleName().length() > 100 ? Parent.depth() : 1;
  }
}
