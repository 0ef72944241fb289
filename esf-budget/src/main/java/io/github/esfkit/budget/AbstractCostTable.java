package io.github.esfkit.budget;

import java.util.Map;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * The cost table of one section as the form prints it: every category of the section in printed order
 * (zero included; other categories only when used), with derived flat-rate amounts in place, and the
 * section total (revenue subtracted). Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractCostTable {

  /** The section. */
  public abstract CostSection section();

  /** Amount per category, in printed order. */
  public abstract Map<CostCategory, Money> rows();

  /** The section total: Σ costs − revenue (B2, B3). */
  public abstract Money total();

  /** The amount of a category, zero when absent. */
  public Money amount(CostCategory category) {
    return rows().getOrDefault(category, Money.of(0, total().getCurrency()));
  }
}
