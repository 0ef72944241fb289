package io.github.esfkit.examples.catalogue;

import java.util.Objects;

/**
 * One figure an example reproduces (kontroll): what it is, the value the source prints (hard-coded in the
 * example), the value the library computed, and whether they match. Immutable.
 */
public final class Check {

  private final String what;
  private final String expected;
  private final String actual;
  private final boolean matched;

  private Check(String what, String expected, String actual, boolean matched) {
    this.what = Objects.requireNonNull(what, "what");
    this.expected = Objects.requireNonNull(expected, "expected");
    this.actual = actual == null ? "(none)" : actual;
    this.matched = matched;
  }

  /** Compares two values shown as text: matched when equal. */
  public static Check of(String what, Object expected, Object actual) {
    String e = String.valueOf(expected);
    String a = actual == null ? null : String.valueOf(actual);
    return new Check(what, e, a, e.equals(a));
  }

  /** A check whose verdict was decided by the caller. */
  public static Check of(String what, String expected, String actual, boolean matched) {
    return new Check(what, expected, actual, matched);
  }

  /** A check that could not be run; never matched. */
  public static Check failed(String what, String expected, String reason) {
    return new Check(what, expected, "error: " + reason, false);
  }

  public String what() {
    return what;
  }

  public String expected() {
    return expected;
  }

  public String actual() {
    return actual;
  }

  public boolean matched() {
    return matched;
  }
}
