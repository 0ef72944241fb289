package io.github.esfkit.budget;

import io.github.esfkit.core.programme.Call;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.core.validation.ValidationResult;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The budget of an ESF project application (ansökans budget) as plain input values: cost lines per
 * section, co-financing contributions, the flat rates in force and their rounding policy, optionally the
 * project owner and the totals printed on a form. Derived figures come from {@link #overview()}, rule
 * checks from {@link #validate()}. Nothing is rejected here that the validator can report instead.
 *
 * <p>Build with {@code Budget.builder()}. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractBudget {

  /**
   * The programme period whose rules apply: flat-rate options, the ERDF-type section (2014–2020 only) and
   * the layout of the overview. 2014–2020 by default, as the existing budget files are.
   */
  @Value.Default
  public ProgrammePeriod programmePeriod() {
    return ProgrammePeriod.ESF_2014_2020;
  }

  /** A title, e.g. the project's name. */
  public abstract Optional<String> title();

  /** The project owner (projektägare), used for the owner rules of co-financing. */
  public abstract Optional<CoFinancier> projectOwner();

  /** The cost lines of every section, without derived flat-rate amounts. */
  public abstract List<BudgetLine> costLines();

  /** The co-financing contributions. */
  public abstract List<Contribution> contributions();

  /** The flat rates in force; the 2014–2020 form uses {@link FlatRate#formIndirectCosts()}. */
  public abstract List<FlatRate> flatRates();

  /** How flat-rate results are rounded, per phase; the form's policy by default. */
  @Value.Default
  public RoundingPolicy flatRateRounding() {
    return RoundingPolicy.FORM_FLAT_RATE;
  }

  /** Totals printed on a form, to be checked. */
  public abstract Optional<PrintedTotals> printedTotals();

  /** The derived figures without a requirement; throws if an amount is not in SEK. */
  public BudgetOverview overview() {
    return BudgetCalculator.overview((Budget) this);
  }

  /** The derived figures and the check against the call's requirement; throws if an amount is not in SEK. */
  public BudgetOverview overview(CoFinancingRequirement requirement) {
    return BudgetCalculator.overview((Budget) this, requirement);
  }

  /**
   * Co-financing per co-financier (medfinansiär), in order of first appearance, all categories together.
   * Co-financiers are told apart by organisation number and CFAR number ({@link CoFinancier#isSameCoFinancier}):
   * one workplace under several names counts once, keyed by the first name given; one organisation with two
   * workplaces is two co-financiers. Throws {@link IllegalArgumentException} if a contribution is not in SEK.
   */
  public java.util.Map<CoFinancier, org.javamoney.moneta.Money> coFinancingByContributor() {
    return BudgetCalculator.coFinancingByContributor((Budget) this);
  }

  /**
   * Every rule violation, each with its stable rule id ({@code BUDGET-*}, and {@code ORGNR-*} / {@code CFAR-*} of
   * the co-financiers; the table is in esf-budget's README); never throws.
   */
  public ValidationResult validate() {
    return BudgetValidator.validate((Budget) this);
  }

  /** Every rule violation against the call: its requirement, period and allowed flat rates; never throws. */
  public ValidationResult validate(Call call) {
    return BudgetValidator.validate((Budget) this, call);
  }

  /** Every rule violation, including the call's requirement; never throws. */
  public ValidationResult validate(CoFinancingRequirement requirement) {
    return BudgetValidator.validate((Budget) this, requirement);
  }

  /** Title (through {@link io.github.esfkit.core.Redaction}), owner and the number of lines. */
  @Override
  public String toString() {
    return "Budget{" + title().map(t -> "title=" + io.github.esfkit.core.Redaction.quote(t) + ", ").orElse("")
        + projectOwner().map(o -> "owner=" + o + ", ").orElse("") + "costLines=" + costLines().size()
        + ", contributions=" + contributions().size() + ", flatRates=" + flatRates().size() + "}";
  }
}
