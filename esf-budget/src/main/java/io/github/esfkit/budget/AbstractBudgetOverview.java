package io.github.esfkit.budget;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.esfkit.core.Share;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.money.CurrencyUnit;
import io.github.esfkit.core.programme.ProgrammePeriod;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * The budget overview (Budgetöversikt) with every line of the form (17 rows, budget.md §2.1), the cost
 * tables of the three sections and the seven co-financing tables. Produced by {@link BudgetCalculator};
 * amounts are in SEK, or in EUR after conversion (shares stay those computed in SEK). Immutable and
 * thread-safe.
 */
@Value.Immutable
abstract class AbstractBudgetOverview {

  /** Cost tables: analysis and planning phase, implementation phase, ERDF-type costs. */
  public abstract List<CostTable> costTables();

  /** The seven co-financing tables, in printed order. */
  public abstract List<CoFinancingTable> coFinancingTables();

  /** 1. Kostnader socialfonden: Σ phase totals (B4). */
  public abstract Money esfCosts();

  /** 2. Kostnader av regionalfondskaraktär (B3). */
  public abstract Money erdfCosts();

  /** 3. Summa kostnader (B5). */
  public abstract Money totalCosts();

  /** 4. Avgår kontant medfinansiering: Σ the four cash categories (B6). */
  public abstract Money cashCoFinancing();

  /** 5. ESF-stöd: Summa kostnader − kontant medfinansiering (B7). */
  public abstract Money esfGrant();

  /** 13. Summa offentlig och privat medfinansiering (B9). */
  public abstract Money totalCoFinancing();

  /** 14. Summa total finansiering: ESF-stöd + medfinansiering (B10). */
  public abstract Money totalFinancing();

  /** 15. ESF-stöd as an exact share of total financing (B11). */
  public abstract Share esfShare();

  /** 16. Budgeterad medfinansiering as an exact share of total financing (B11). */
  public abstract Share coFinancingShare();

  /** 17. The call's requirement, when supplied. */
  public abstract Optional<CoFinancingRequirement> requirement();

  /** The programme period whose layout the overview follows (ESF+: no ERDF-type rows). */
  @Value.Default
  public ProgrammePeriod programmePeriod() {
    return ProgrammePeriod.ESF_2014_2020;
  }

  /**
   * How far co-financing falls short of the requirement, in both readings, rounded once; empty when the
   * requirement is met, not given, or the overview is not in SEK.
   */
  public Optional<Shortfall> shortfall() {
    if (!Sek.isSek(totalFinancing())) {
      return Optional.empty();
    }
    return requirement().filter(r -> !r.isMetBy(coFinancingShare()))
        .map(r -> Shortfall.of(r.percent(), Amounts.number(esfGrant()), Amounts.number(totalCoFinancing())));
  }

  /** The currency of every amount. */
  public CurrencyUnit currency() {
    return totalCosts().getCurrency();
  }

  /** The cost table of a section. */
  public CostTable costTable(CostSection section) {
    return costTables().stream()
        .filter(t -> t.section() == section)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no cost table for " + section));
  }

  /** The table of a co-financing category. */
  public CoFinancingTable coFinancingTable(CoFinancingCategory category) {
    return coFinancingTables().stream()
        .filter(t -> t.category() == category)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no co-financing table for " + category));
  }

  /** Rows 6–12: the total of a co-financing category. */
  public Money coFinancing(CoFinancingCategory category) {
    return coFinancingTable(category).total();
  }

  /** The two headline figures as a {@link FinancingSummary}. */
  public FinancingSummary financing() {
    return FinancingSummary.of(totalFinancing(), esfGrant());
  }

  /** Whether the requirement is met, compared exactly (B12); {@link RequirementStatus#NOT_CHECKED} without one. */
  public RequirementStatus requirementStatus() {
    return requirement().map(r -> RequirementStatus.of(r.isMetBy(coFinancingShare())))
        .orElse(RequirementStatus.NOT_CHECKED);
  }

  /** The amount of an amount row (1–14). */
  public Money amount(OverviewRow row) {
    return line(row).amount().orElseThrow(() -> new IllegalArgumentException(row + " is a percent row"));
  }

  /** One line of the overview. */
  public OverviewLine line(OverviewRow row) {
    if (row.isPercent()) {
      switch (row) {
        case ESF_GRANT_SHARE:
          return OverviewLine.of(row, Optional.empty(), Optional.of(RoundingPolicy.PERCENT_DISPLAY.percentOf(esfShare())));
        case CO_FINANCING_SHARE:
          return OverviewLine.of(row, Optional.empty(), Optional.of(RoundingPolicy.PERCENT_DISPLAY.percentOf(coFinancingShare())));
        default:
          return OverviewLine.of(row, Optional.empty(), requirement().map(r -> r.percent()));
      }
    }
    Optional<CoFinancingCategory> category = row.coFinancingCategory();
    if (category.isPresent()) {
      return OverviewLine.of(row, Optional.of(coFinancing(category.get())), Optional.empty());
    }
    return OverviewLine.of(row, Optional.of(amountOf(row)), Optional.<BigDecimal>empty());
  }

  /**
   * The lines of the Budgetöversikt in printed order: the form's 17 for 2014–2020, and for ESF+ the same
   * without the ERDF-type row (16).
   */
  public List<OverviewLine> lines() {
    List<OverviewLine> lines = new ArrayList<>();
    for (OverviewRow row : OverviewRow.values()) {
      if (!row.isIn(programmePeriod())) {
        continue;
      }
      lines.add(line(row));
    }
    return List.copyOf(lines);
  }

  private Money amountOf(OverviewRow row) {
    switch (row) {
      case ESF_COSTS:
        return esfCosts();
      case ERDF_COSTS:
        return erdfCosts();
      case TOTAL_COSTS:
        return totalCosts();
      case LESS_CASH_CO_FINANCING:
        return cashCoFinancing();
      case ESF_GRANT:
        return esfGrant();
      case TOTAL_CO_FINANCING:
        return totalCoFinancing();
      case TOTAL_FINANCING:
        return totalFinancing();
      default:
        throw new IllegalArgumentException("not a plain amount row: " + row);
    }
  }

  @Value.Check
  void check() {
    CurrencyUnit c = currency();
    List<Money> all = new ArrayList<>(List.of(
        esfCosts(), erdfCosts(), cashCoFinancing(), esfGrant(), totalCoFinancing(), totalFinancing()));
    costTables().forEach(t -> {
      all.add(t.total());
      all.addAll(t.rows().values());
    });
    coFinancingTables().forEach(t -> {
      all.add(t.total());
      all.addAll(t.rows().values());
    });
    for (Money m : all) {
      checkArgument(c.equals(m.getCurrency()), "overview mixes currencies %s and %s", c, m.getCurrency());
    }
    checkArgument(
        costTables().stream().map(CostTable::section).distinct().count() == costTables().size(),
        "a section has more than one cost table");
    checkArgument(
        coFinancingTables().stream().map(CoFinancingTable::category).distinct().count()
            == coFinancingTables().size(),
        "a co-financing category has more than one table");
  }
}
