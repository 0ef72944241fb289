package io.github.esfkit.examples.catalogue;

import java.util.Objects;
import java.util.Optional;

/**
 * One figure an example reproduces (kontroll): what it is, the value the source prints (hard-coded in the
 * example), the value esfkit returned, whether they match, and where esfkit's value comes from: {@link
 * Basis#COMPUTED computed} by the library from the input, or {@link Basis#RECORDED recorded} in the input (a
 * judgement, a milestone status) and passed through. Where the source contradicts itself the check is a
 * {@linkplain #knownDifference known difference}: the source's value is shown as printed, esfkit's differs, and
 * it matches when esfkit gives the value the source's own definition implies. Immutable.
 */
public final class Check {

  /** Where the value in the "esfkit" column comes from. */
  public enum Basis {
    /** Computed by esfkit from the input (beräknad). */
    COMPUTED,
    /** Recorded in the input, e.g. an evaluator's judgement or a milestone status, and passed through (registrerad). */
    RECORDED
  }

  private final String what;
  private final String expected;
  private final String actual;
  private final boolean matched;
  private final Basis basis;
  private final String knownDifference;

  private Check(String what, String expected, String actual, boolean matched, Basis basis, String knownDifference) {
    this.what = Objects.requireNonNull(what, "what");
    this.expected = Objects.requireNonNull(expected, "expected");
    this.actual = actual == null ? "(none)" : actual;
    this.matched = matched;
    this.basis = Objects.requireNonNull(basis, "basis");
    this.knownDifference = knownDifference;
  }

  /** Compares two values shown as text: matched when equal. */
  public static Check of(String what, Object expected, Object actual) {
    String e = String.valueOf(expected);
    String a = actual == null ? null : String.valueOf(actual);
    return new Check(what, e, a, e.equals(a), Basis.COMPUTED, null);
  }

  /** A check whose verdict was decided by the caller. */
  public static Check of(String what, String expected, String actual, boolean matched) {
    return new Check(what, expected, actual, matched, Basis.COMPUTED, null);
  }

  /**
   * A value the source prints and esfkit, following the source's own definition, must give differently:
   * {@code sourceValue} as printed, {@code actual} as esfkit returned it; matched when {@code actual} equals
   * {@code definedValue}. {@code reason} says why, e.g. "R5: …".
   */
  public static Check knownDifference(String what, String sourceValue, String actual, String definedValue,
      String reason) {
    return new Check(what, sourceValue, actual, definedValue.equals(actual), Basis.COMPUTED,
        Objects.requireNonNull(reason, "reason"));
  }

  /** A check that could not be run; never matched. */
  public static Check failed(String what, String expected, String reason) {
    return new Check(what, expected, "error: " + reason, false, Basis.COMPUTED, null);
  }

  /** This check with another basis. */
  public Check withBasis(Basis newBasis) {
    return new Check(what, expected, actual, matched, newBasis, knownDifference);
  }

  public String what() {
    return what;
  }

  /** The value as the source prints it. */
  public String expected() {
    return expected;
  }

  /** The value as esfkit returned it. */
  public String actual() {
    return actual;
  }

  public boolean matched() {
    return matched;
  }

  /** Whether esfkit computed the value or passed through a value recorded in the input. */
  public Basis basis() {
    return basis;
  }

  /** Why esfkit's value differs from the source's on purpose; empty for an ordinary check. */
  public Optional<String> knownDifference() {
    return Optional.ofNullable(knownDifference);
  }
}
