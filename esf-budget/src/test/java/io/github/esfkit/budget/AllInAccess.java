package io.github.esfkit.budget;

/** Gives tests in sub-packages the All In budget. */
public final class AllInAccess {

  private AllInAccess() {}

  /** All In built from its inputs. */
  public static Budget budget() {
    return AllIn.budget();
  }

  /** All In's builder, to vary it. */
  public static Budget.Builder builder() {
    return AllIn.builder();
  }
}
