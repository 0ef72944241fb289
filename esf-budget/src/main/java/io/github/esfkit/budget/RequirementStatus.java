package io.github.esfkit.budget;

/**
 * Whether a budget meets its call's co-financing requirement (kravet på medfinansiering), compared exactly:
 * met, not met, or not checked because no requirement was given. An explicit state instead of an empty
 * {@code Optional<Boolean>}.
 */
public enum RequirementStatus {
  /** The co-financing share is at least the required share. */
  MET,
  /** The co-financing share is below the required share, however little. */
  NOT_MET,
  /** No requirement was given, so nothing was compared. */
  NOT_CHECKED;

  /** The status of an exact comparison. */
  public static RequirementStatus of(boolean met) {
    return met ? MET : NOT_MET;
  }

  /** True only for {@link #MET}. */
  public boolean isMet() {
    return this == MET;
  }
}
