package io.github.esfkit.budget.internal;

import io.github.esfkit.budget.CostCategory;
import io.github.esfkit.budget.FlatRate;
import io.github.esfkit.budget.RoundingPolicy;
import io.github.esfkit.core.programme.FlatRateOption;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one rule by which flat rates (schablonkostnader) turn a phase section's category amounts into derived
 * amounts: shared by a budget's overview and a payment claim's actuals. Stateless and thread-safe.
 */
public final class FlatRateArithmetic {

  private FlatRateArithmetic() {}

  /**
   * Applies flat rates to one phase section's category amounts, in their order of computation: each result
   * is rounded under {@code rounding}, added to {@code rows} under its target category and recorded in
   * {@code results}.
   *
   * @param rows the section's amounts per cost category; derived amounts are added to it
   * @param rates the flat rates, in any order
   * @param rounding the rounding of each derived amount
   * @param results the derived amount per flat-rate option, merged into
   */
  public static void applyFlatRates(Map<CostCategory, BigDecimal> rows, List<FlatRate> rates,
      RoundingPolicy rounding, Map<FlatRateOption, BigDecimal> results) {
    List<FlatRate> ordered = new ArrayList<>(rates);
    ordered.sort(Comparator.comparingInt(f -> f.order()));
    Map<CostCategory, BigDecimal> derived = new EnumMap<>(CostCategory.class);
    for (FlatRate rate : ordered) {
      BigDecimal base = base(rate, rows);
      BigDecimal amount = rate.apply(base, rounding);
      results.merge(rate.option(), amount, BigDecimal::add);
      BigDecimal target = derived.merge(rate.target(), amount, BigDecimal::add);
      rows.put(rate.target(), target);
    }
  }

  private static BigDecimal base(FlatRate rate, Map<CostCategory, BigDecimal> rows) {
    BigDecimal base = BigDecimal.ZERO;
    for (Map.Entry<CostCategory, BigDecimal> e : rows.entrySet()) {
      if (rate.isInBase(e.getKey())) {
        base = base.add(e.getValue());
      }
    }
    return base;
  }
}
