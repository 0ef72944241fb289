package io.github.esfkit.budget;

import java.util.Map;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * The table of one co-financing category: every sub-line of the category in printed order (zero
 * included) and the category total (B8). Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractCoFinancingTable {

  /** The category. */
  public abstract CoFinancingCategory category();

  /** Amount per sub-line, in printed order. */
  public abstract Map<CoFinancingSubLine, Money> rows();

  /** The category total. */
  public abstract Money total();

  /** The amount of a sub-line, zero when absent. */
  public Money amount(CoFinancingSubLine subLine) {
    return rows().getOrDefault(subLine, Money.of(0, total().getCurrency()));
  }
}
