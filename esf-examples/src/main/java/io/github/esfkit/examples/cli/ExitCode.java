package io.github.esfkit.examples.cli;

/** The exit codes of {@code esf} (slutkoder). */
public final class ExitCode {

  /** All is well. */
  public static final int OK = 0;
  /** The input is well formed but breaks rules (a budget below the call's requirement, a mismatch). */
  public static final int VIOLATIONS = 1;
  /** Bad input or usage: a missing or malformed file, an unknown option. Nothing was computed. */
  public static final int BAD_INPUT = 2;

  private ExitCode() {}
}
