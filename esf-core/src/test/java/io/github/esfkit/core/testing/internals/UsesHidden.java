package io.github.esfkit.core.testing.internals;

import io.github.esfkit.testfixture.internal.Hidden;

/** Breaks the foreign-internals rule on purpose: a core class using another module's internal package. */
public final class UsesHidden {
  private UsesHidden() {}

  /** Depends on {@link Hidden}. */
  public static int value() {
    return Hidden.value();
  }
}
