package io.github.esfkit.budget.application;

import io.github.esfkit.budget.Amounts;
import io.github.esfkit.budget.Budget;
import io.github.esfkit.budget.BudgetOverview;
import io.github.esfkit.budget.CoFinancingRequirement;
import io.github.esfkit.budget.FinancingSummary;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.core.programme.Call;
import io.github.esfkit.core.project.Project;
import io.github.esfkit.core.validation.ValidationResult;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An ESF or ESF+ application (ansökan) as one value: the {@link Project} (call, period, phases with their
 * stated lengths, organisations and roles, sub-projects with planned participants), the project's budget,
 * the sub-projects' own budgets where the application has a regional and local budgets, the financing a
 * plan states in two figures, and the specific objective's title as the application prints it. Nothing is
 * rejected here that {@link #validate()} can report. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractApplication {

  /** The project, with its call when known; empty for a file with only a budget. */
  public abstract Optional<Project> project();

  /**
   * The co-financing requirement as a budget file states it (percent, call name and number) when there is
   * no {@link io.github.esfkit.core.programme.Call}; a call's requirement takes precedence.
   */
  public abstract Optional<CoFinancingRequirement> statedRequirement();

  /** The project's budget (the regional budget when sub-projects have their own), when given. */
  public abstract Optional<Budget> budget();

  /** Sub-projects' own (local) budgets, by sub-project name, in the application's order. */
  public abstract Map<String, Budget> subProjectBudgets();

  /**
   * Financing as a plan states it in two figures ("en budget på 42 893 714 kronor varav ESF-stödet är
   * 23 979 826 kronor"), when given.
   */
  public abstract Optional<FinancingSummary> statedFinancing();

  /** The specific objective's title as the application prints it, when given. */
  public abstract Optional<String> statedObjectiveTitle();

  /** The call, when the project names one. */
  public Optional<Call> call() {
    return project().flatMap(Project::call);
  }

  /** The call's co-financing requirement, else the stated one. */
  public Optional<CoFinancingRequirement> requirement() {
    return call().map(CoFinancingRequirement::forCall).or(this::statedRequirement);
  }

  /** The overview of the project's budget against the call's requirement; empty when it cannot be computed. */
  public Optional<BudgetOverview> overview() {
    return budget().flatMap(this::overviewOf);
  }

  /** The overviews of the sub-projects' budgets that can be computed, by name. */
  public Map<String, BudgetOverview> subProjectOverviews() {
    Map<String, BudgetOverview> out = new LinkedHashMap<>();
    subProjectBudgets().forEach((name, b) -> overviewOf(b).ifPresent(o -> out.put(name, o)));
    return out;
  }

  /**
   * Total financing and ESF grant of the project's budget and every sub-project budget together (the
   * regional and the local budgets); empty when there is no budget or one cannot be computed.
   */
  public Optional<FinancingSummary> combinedFinancing() {
    if (budget().isEmpty() && subProjectBudgets().isEmpty()) {
      return Optional.empty();
    }
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal grant = BigDecimal.ZERO;
    Map<String, BudgetOverview> parts = new LinkedHashMap<>();
    if (budget().isPresent()) {
      Optional<BudgetOverview> o = overview();
      if (o.isEmpty()) {
        return Optional.empty();
      }
      parts.put("", o.get());
    }
    Map<String, BudgetOverview> subs = subProjectOverviews();
    if (subs.size() != subProjectBudgets().size()) {
      return Optional.empty();
    }
    parts.putAll(subs);
    for (BudgetOverview o : parts.values()) {
      total = total.add(Amounts.number(o.totalFinancing()));
      grant = grant.add(Amounts.number(o.esfGrant()));
    }
    return Optional.of(FinancingSummary.of(Sek.of(total), Sek.of(grant)));
  }

  /**
   * Every finding of every rule; never throws. The project's own ({@code Project.validate()}), each budget's
   * against the call ({@code Budget.validate(call)}), and those that need the whole application:
   * {@code APPLICATION-COFINANCIER-NOT-LISTED} (warning: a co-financing line names neither the owner nor a row of
   * the organisation lists), {@code APPLICATION-STATED-FINANCING} (the two stated figures differ from the budgets'),
   * {@code APPLICATION-BELOW-REQUIREMENT} (the budgets together, or the stated financing, fall short of the call's
   * requirement), {@code APPLICATION-REQUIREMENT-UNKNOWN} (information: no call named),
   * {@code SUBPROJECT-PLANNED-GENDER}, {@code SUBPROJECT-COFINANCING-PARTICIPANTS} and {@code OBJECTIVE-TITLE}
   * (information: the objective's title as printed differs from the programme's). Identifiers of co-financiers are
   * checked once, on the organisation rows they come from. See docs/application-format.md.
   */
  public ValidationResult validate() {
    return ApplicationValidator.validate((Application) this);
  }

  private Optional<BudgetOverview> overviewOf(Budget b) {
    try {
      return Optional.of(requirement().map(b::overview).orElseGet(b::overview));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // a number out of range or not in SEK: reported by the validator
    }
  }
}
