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

  /** All In's owner, Hällefors kommun (fictional organisation number). */
  public static CoFinancier owner() {
    return AllIn.OWNER;
  }

  /** Partner municipality {@code i} (1–8), fictional organisation number. */
  public static CoFinancier partner(int i) {
    return AllIn.partner(i);
  }

  /** The call's requirement, 53,00 %. */
  public static CoFinancingRequirement requirement() {
    return AllIn.REQUIREMENT;
  }
}
