package io.github.esfkit.budget.claim;

import io.github.esfkit.budget.Amounts;
import io.github.esfkit.budget.BudgetLine;
import io.github.esfkit.budget.RoundingPolicy;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.core.attendance.TimeReport;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.MonetaryAmount;

/**
 * How an hour of staff time is valued (timkostnadsmodell), named because programmes differ
 * (running-project.md):
 *
 * <ul>
 *   <li>{@link #unitCosts}: a unit cost per hour by function, from the managing authority's table of the
 *       project's start year (Svenska ESF-rådet; holiday pay and payroll on-costs included);
 *   <li>{@link #annualGrossCost}: the latest documented annual gross employment cost ÷ 1 720 hours, the EU
 *       default (Reg. 1303/2013 Art. 68a(2); Reg. 2021/1060 Art. 55(2));
 *   <li>{@link #monthlySalary}: monthly salary × 12 ÷ 1 720 (Tillväxtverket's ERDF rule).
 * </ul>
 *
 * The quotient is rounded under a named {@link RoundingPolicy}. A model never invents a rate: a function or
 * person missing from its table has no hourly cost, which the claim reports. Immutable and thread-safe.
 */
public final class HourlyCostModel {

  private enum Kind {
    UNIT_COST("enhetskostnad per timme och funktion", "unit cost per hour by function"),
    ANNUAL_GROSS("årlig bruttolönekostnad / 1 720", "annual gross employment cost / 1 720"),
    MONTHLY_SALARY("månadslön × 12 / 1 720", "monthly salary × 12 / 1 720");

    final String sv;
    final String en;

    Kind(String sv, String en) {
      this.sv = sv;
      this.en = en;
    }
  }

  private final Kind kind;
  private final Map<String, BigDecimal> table;
  private final RoundingPolicy rounding;
  private final String tableLabel;

  private HourlyCostModel(Kind kind, Map<String, ? extends MonetaryAmount> table, RoundingPolicy rounding,
      String tableLabel) {
    this.kind = kind;
    this.rounding = Objects.requireNonNull(rounding, "rounding");
    this.tableLabel = tableLabel;
    Map<String, BigDecimal> t = new TreeMap<>();
    table.forEach((k, v) -> {
      if (!Sek.isSek(v) || v.isNegative()) {
        throw new IllegalArgumentException("hourly cost table entry must be a non-negative SEK amount");
      }
      t.put(k.strip(), Amounts.number(v));
    });
    this.table = t;
  }

  /**
   * Unit costs per hour by function (e.g. "Projektledare" → 412 kr), from the table of {@code startYear}.
   * Amounts are used as given (no rounding).
   */
  public static HourlyCostModel unitCosts(int startYear, Map<String, ? extends MonetaryAmount> perHourByFunction) {
    return new HourlyCostModel(Kind.UNIT_COST, perHourByFunction, RoundingPolicy.CENT_HALF_UP,
        String.valueOf(startYear));
  }

  /** Annual gross employment cost per person id ÷ 1 720, rounded under {@code rounding}. */
  public static HourlyCostModel annualGrossCost(Map<String, ? extends MonetaryAmount> annualByPerson,
      RoundingPolicy rounding) {
    return new HourlyCostModel(Kind.ANNUAL_GROSS, annualByPerson, rounding, "");
  }

  /** Monthly salary per person id × 12 ÷ 1 720, rounded under {@code rounding}. */
  public static HourlyCostModel monthlySalary(Map<String, ? extends MonetaryAmount> monthlyByPerson,
      RoundingPolicy rounding) {
    return new HourlyCostModel(Kind.MONTHLY_SALARY, monthlyByPerson, rounding, "");
  }

  /** The hourly cost of the report's hours; empty when the table has no entry for it. */
  public Optional<BigDecimal> hourlyCost(TimeReport report) {
    switch (kind) {
      case UNIT_COST:
        return Optional.ofNullable(table.get(report.function().strip()));
      case ANNUAL_GROSS:
        return Optional.ofNullable(table.get(report.personId().strip()))
            .map(a -> rounding.divide(a, BudgetLine.ANNUAL_HOURS));
      default:
        return Optional.ofNullable(table.get(report.personId().strip()))
            .map(m -> rounding.divide(m.multiply(BigDecimal.valueOf(12)), BudgetLine.ANNUAL_HOURS));
    }
  }

  /** True when the model's table is keyed by function (else by person). */
  public boolean isByFunction() {
    return kind == Kind.UNIT_COST;
  }

  /** The model's name, e.g. "annual gross employment cost / 1 720". */
  public String name(io.github.esfkit.core.Language language) {
    String n = language.pick(kind.sv, kind.en);
    return tableLabel.isEmpty() ? n : n + " (" + language.pick("tabell ", "table ") + tableLabel + ")";
  }

  /** The rounding policy of the hourly cost. */
  public RoundingPolicy rounding() {
    return rounding;
  }

  @Override
  public String toString() {
    return "HourlyCostModel{" + name(io.github.esfkit.core.Language.EN) + ", " + table.size() + " entries, " + rounding
        + "}";
  }
}
