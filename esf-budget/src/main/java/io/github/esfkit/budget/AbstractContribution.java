package io.github.esfkit.budget;

import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * One co-financing contribution (medfinansieringsinsats): an amount under a category and one of its
 * sub-lines, attributed to a co-financier. Amounts are taken as given (even negative or in another
 * currency) so that the validator can report them. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractContribution {

  /** The co-financing category. */
  public abstract CoFinancingCategory category();

  /** The sub-line within the category; see {@link CoFinancingCategory#subLines()}. */
  public abstract CoFinancingSubLine subLine();

  /** Who contributes. */
  public abstract CoFinancier contributor();

  /** The amount, SEK. */
  public abstract Money amount();

  /** Free text, e.g. "8 × 154 000 kr lokaler". */
  @Value.Default
  public String description() {
    return "";
  }

  /** A contribution on the given sub-line. */
  public static Contribution of(
      CoFinancingCategory category, CoFinancingSubLine subLine, CoFinancier contributor, Money amount) {
    return Contribution.builder()
        .category(category)
        .subLine(subLine)
        .contributor(contributor)
        .amount(amount)
        .build();
  }

  /** A contribution on the category's first sub-line (the only one of a cash category). */
  public static Contribution of(CoFinancingCategory category, CoFinancier contributor, Money amount) {
    return of(category, category.defaultSubLine(), contributor, amount);
  }
}
