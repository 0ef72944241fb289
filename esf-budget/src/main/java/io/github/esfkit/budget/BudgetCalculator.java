package io.github.esfkit.budget;

import io.github.esfkit.budget.internal.FlatRateArithmetic;
import io.github.esfkit.core.Share;
import io.github.esfkit.core.id.Organisationsnummer;
import io.github.esfkit.core.programme.FlatRateOption;
import io.github.esfkit.core.programme.ProgrammePeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.javamoney.moneta.Money;

/**
 * Computes the derived figures of a {@link Budget} (formulas B1–B12 of budget.md §3): flat rates per
 * phase in their order of computation, rounded under the budget's policy; section totals; the
 * Budgetöversikt. All arithmetic is exact {@link BigDecimal}; the only rounding is the flat-rate policy.
 * A number with more than 15 integer digits or 20 decimals is rejected with an {@link
 * IllegalArgumentException} naming its path (the validator reports it as {@link
 * BudgetRule#NUMBER_OUT_OF_RANGE}).
 */
final class BudgetCalculator {

  /** Integer digits a budget number may have: amounts below 10^15 kronor. */
  static final int MAX_INTEGER_DIGITS = 15;

  /** Decimals a budget number may have. */
  static final int MAX_DECIMALS = 20;

  private BudgetCalculator() {}

  /** The overview without a requirement. Throws {@link IllegalArgumentException} if an amount is not SEK. */
  public static BudgetOverview overview(Budget budget) {
    return build(budget, Optional.empty());
  }

  /** The overview with the call's requirement. Throws {@link IllegalArgumentException} if an amount is not SEK. */
  public static BudgetOverview overview(Budget budget, CoFinancingRequirement requirement) {
    return build(budget, Optional.of(Objects.requireNonNull(requirement, "requirement")));
  }

  /**
   * The flat-rate amount of each option in force, per phase section, as computed (before any comparison
   * with declared lines).
   */
  public static Map<CostSection, Map<FlatRateOption, BigDecimal>> flatRateAmounts(Budget budget) {
    Map<CostSection, Map<FlatRateOption, BigDecimal>> out = new EnumMap<>(CostSection.class);
    requireInRange(Objects.requireNonNull(budget, "budget"));
    compute(budget)
        .flatRates
        .forEach((section, amounts) -> out.put(section, Collections.unmodifiableMap(amounts)));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Co-financing per co-financier (medfinansiär), in order of first appearance, all categories together.
   * Co-financiers are told apart by organisation number and CFAR number ({@link
   * CoFinancier#isSameCoFinancier}): one workplace under several names counts once, keyed by the first
   * name given; one organisation with two workplaces is two co-financiers. Throws {@link
   * IllegalArgumentException} if a contribution is not in SEK.
   */
  public static Map<CoFinancier, Money> coFinancingByContributor(Budget budget) {
    Map<String, CoFinancier> first = new LinkedHashMap<>();
    Map<CoFinancier, Money> out = new LinkedHashMap<>();
    for (Contribution c : Objects.requireNonNull(budget, "budget").contributions()) {
      requireSek(c.amount(), "contribution of " + c.contributor());
      CoFinancier key = first.computeIfAbsent(c.contributor().key(), n -> c.contributor());
      out.merge(key, c.amount(), Money::add);
    }
    return Collections.unmodifiableMap(out);
  }

  private static BudgetOverview build(Budget budget, Optional<CoFinancingRequirement> requirement) {
    Objects.requireNonNull(budget, "budget");
    requireInRange(budget);
    for (BudgetLine line : budget.costLines()) {
      requireSek(line.total(), "cost line '" + line.description() + "'");
    }
    for (Contribution c : budget.contributions()) {
      requireSek(c.amount(), "contribution of " + c.contributor());
    }
    requirement.filter(r -> !isInRange(r.percent())).ifPresent(r -> {
      throw new IllegalArgumentException("the required co-financing percent " + outOfRangeMessage());
    });
    return compute(budget).toOverview(Sek.SEK, requirement, budget.programmePeriod());
  }

  private static void requireInRange(Budget budget) {
    List<String> paths = outOfRange(budget);
    if (!paths.isEmpty()) {
      throw new IllegalArgumentException("the number at " + paths.get(0) + " " + outOfRangeMessage());
    }
  }

  private static String outOfRangeMessage() {
    return "is out of range (more than " + MAX_INTEGER_DIGITS + " integer digits or " + MAX_DECIMALS
        + " decimals)";
  }

  /**
   * True when a number is within what the library computes with: at most {@link #MAX_INTEGER_DIGITS}
   * integer digits and {@link #MAX_DECIMALS} decimals (trailing zeros aside). Beyond that, BigDecimal
   * arithmetic can overflow its scale and formatting can run out of memory.
   */
  static boolean isInRange(BigDecimal value) {
    BigDecimal v = value.scale() > MAX_DECIMALS ? value.stripTrailingZeros() : value;
    return (long) v.precision() - v.scale() <= MAX_INTEGER_DIGITS && v.scale() <= MAX_DECIMALS;
  }

  /** The paths (as the validator writes them) of the budget's numbers that are out of range, in order. */
  static List<String> outOfRange(Budget budget) {
    List<String> out = new ArrayList<>();
    List<BudgetLine> lines = budget.costLines();
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine line = lines.get(i);
      String path = "costLines[" + i + "]";
      line.amount().filter(a -> !isInRange(Amounts.number(a))).ifPresent(a -> out.add(path + ".amount"));
      line.units().filter(u -> !isInRange(u)).ifPresent(u -> out.add(path + ".units"));
      line.unitPrice().filter(a -> !isInRange(Amounts.number(a))).ifPresent(a -> out.add(path + ".unitPrice"));
    }
    List<Contribution> contributions = budget.contributions();
    for (int i = 0; i < contributions.size(); i++) {
      if (!isInRange(Amounts.number(contributions.get(i).amount()))) {
        out.add("contributions[" + i + "].amount");
      }
    }
    List<FlatRate> rates = budget.flatRates();
    for (int i = 0; i < rates.size(); i++) {
      if (!isInRange(rates.get(i).ratePercent())) {
        out.add("flatRates[" + i + "].ratePercent");
      }
    }
    budget.printedTotals().ifPresent(p -> {
      p.sectionTotals().forEach((section, amount) -> {
        if (!isInRange(Amounts.number(amount))) {
          out.add("printedTotals.sectionTotals[" + section + "]");
        }
      });
      p.amounts().forEach((row, amount) -> {
        if (!isInRange(Amounts.number(amount))) {
          out.add("printedTotals.amounts[" + row + "]");
        }
      });
      p.percents().forEach((row, percent) -> {
        if (!isInRange(percent)) {
          out.add("printedTotals.percents[" + row + "]");
        }
      });
    });
    return out;
  }

  private static void requireSek(Money amount, String what) {
    if (!Sek.isSek(amount)) {
      throw new IllegalArgumentException(what + " is in " + amount.getCurrency() + ", not SEK");
    }
  }

  /** Currency-blind computation on the numbers, shared with the validator. */
  static Computation compute(Budget budget) {
    Computation c = new Computation();
    for (CostSection section : CostSection.values()) {
      c.declared.put(section, new EnumMap<>(CostCategory.class));
      c.flatRates.put(section, new EnumMap<>(FlatRateOption.class));
    }
    for (BudgetLine line : budget.costLines()) {
      c.declared.get(line.section()).merge(line.category(), Amounts.number(line.total()), BigDecimal::add);
    }
    List<FlatRate> ordered = new ArrayList<>(budget.flatRates());
    ordered.sort(Comparator.comparingInt(f -> f.order()));
    for (CostSection section : CostSection.values()) {
      Map<CostCategory, BigDecimal> rows = new EnumMap<>(c.declared.get(section));
      if (section.isPhase()) {
        FlatRateArithmetic.applyFlatRates(rows, ordered, budget.flatRateRounding(), c.flatRates.get(section));
      }
      c.rows.put(section, rows);
      c.totals.put(section, total(rows));
    }
    for (CoFinancingCategory category : CoFinancingCategory.values()) {
      c.coFinancing.put(category, new EnumMap<>(CoFinancingSubLine.class));
    }
    for (Contribution contribution : budget.contributions()) {
      c.coFinancing
          .get(contribution.category())
          .merge(contribution.subLine(), Amounts.number(contribution.amount()), BigDecimal::add);
    }
    return c;
  }

  private static BigDecimal total(Map<CostCategory, BigDecimal> rows) {
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<CostCategory, BigDecimal> e : rows.entrySet()) {
      total = e.getKey().isDeducted() ? total.subtract(e.getValue()) : total.add(e.getValue());
    }
    return total;
  }

  /** Intermediate figures as exact numbers. */
  static final class Computation {
    final Map<CostSection, Map<CostCategory, BigDecimal>> declared = new EnumMap<>(CostSection.class);
    final Map<CostSection, Map<CostCategory, BigDecimal>> rows = new EnumMap<>(CostSection.class);
    final Map<CostSection, Map<FlatRateOption, BigDecimal>> flatRates = new EnumMap<>(CostSection.class);
    final Map<CostSection, BigDecimal> totals = new EnumMap<>(CostSection.class);
    final Map<CoFinancingCategory, Map<CoFinancingSubLine, BigDecimal>> coFinancing =
        new EnumMap<>(CoFinancingCategory.class);

    BigDecimal esfCosts() {
      BigDecimal sum = BigDecimal.ZERO;
      for (CostSection s : CostSection.values()) {
        if (s.isPhase()) {
          sum = sum.add(totals.get(s));
        }
      }
      return sum;
    }

    BigDecimal erdfCosts() {
      return totals.get(CostSection.ERDF);
    }

    BigDecimal totalCosts() {
      return esfCosts().add(erdfCosts());
    }

    BigDecimal category(CoFinancingCategory category) {
      return coFinancing.get(category).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal cashCoFinancing() {
      BigDecimal sum = BigDecimal.ZERO;
      for (CoFinancingCategory c : CoFinancingCategory.values()) {
        if (c.isCash()) {
          sum = sum.add(category(c));
        }
      }
      return sum;
    }

    BigDecimal esfGrant() {
      return totalCosts().subtract(cashCoFinancing());
    }

    BigDecimal totalCoFinancing() {
      BigDecimal sum = BigDecimal.ZERO;
      for (CoFinancingCategory c : CoFinancingCategory.values()) {
        sum = sum.add(category(c));
      }
      return sum;
    }

    BigDecimal totalFinancing() {
      return esfGrant().add(totalCoFinancing());
    }

    Share esfShare() {
      return Share.of(esfGrant(), totalFinancing());
    }

    Share coFinancingShare() {
      return Share.of(totalCoFinancing(), totalFinancing());
    }

    BudgetOverview toOverview(
        CurrencyUnit currency, Optional<CoFinancingRequirement> requirement, ProgrammePeriod period) {
      BudgetOverview.Builder b = BudgetOverview.builder().programmePeriod(period);
      for (CostSection section : CostSection.values()) {
        if (section.isErdf() && period != ProgrammePeriod.ESF_2014_2020 && rows.get(section).isEmpty()) {
          continue; // the ESF+ layout has no ERDF-type section; lines there are reported by the validator
        }
        Map<CostCategory, BigDecimal> values = rows.get(section);
        Map<CostCategory, Money> printed = new LinkedHashMap<>();
        for (CostCategory category : section.formCategories()) {
          printed.put(category, money(values.getOrDefault(category, BigDecimal.ZERO), currency));
        }
        for (CostCategory category : CostCategory.values()) {
          if (values.containsKey(category) && !printed.containsKey(category)) {
            printed.put(category, money(values.get(category), currency));
          }
        }
        b.addCostTables(
            CostTable.builder()
                .section(section)
                .putAllRows(printed)
                .total(money(totals.get(section), currency))
                .build());
      }
      for (CoFinancingCategory category : CoFinancingCategory.values()) {
        Map<CoFinancingSubLine, BigDecimal> values = coFinancing.get(category);
        Map<CoFinancingSubLine, Money> printed = new LinkedHashMap<>();
        for (CoFinancingSubLine sub : category.subLines()) {
          printed.put(sub, money(values.getOrDefault(sub, BigDecimal.ZERO), currency));
        }
        for (CoFinancingSubLine sub : CoFinancingSubLine.values()) {
          if (values.containsKey(sub) && !printed.containsKey(sub)) {
            printed.put(sub, money(values.get(sub), currency));
          }
        }
        b.addCoFinancingTables(
            CoFinancingTable.builder()
                .category(category)
                .putAllRows(printed)
                .total(money(category(category), currency))
                .build());
      }
      return b.esfCosts(money(esfCosts(), currency))
          .erdfCosts(money(erdfCosts(), currency))
          .totalCosts(money(totalCosts(), currency))
          .cashCoFinancing(money(cashCoFinancing(), currency))
          .esfGrant(money(esfGrant(), currency))
          .totalCoFinancing(money(totalCoFinancing(), currency))
          .totalFinancing(money(totalFinancing(), currency))
          .esfShare(esfShare())
          .coFinancingShare(coFinancingShare())
          .requirement(requirement)
          .build();
    }

    private static Money money(BigDecimal value, CurrencyUnit currency) {
      return Money.of(value, currency);
    }
  }
}
