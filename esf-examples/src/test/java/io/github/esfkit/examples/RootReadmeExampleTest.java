package io.github.esfkit.examples;

import io.github.esfkit.budget.RequirementStatus;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.budget.Budget;
import io.github.esfkit.budget.BudgetLine;
import io.github.esfkit.budget.BudgetOverview;
import io.github.esfkit.budget.CoFinancier;
import io.github.esfkit.budget.CoFinancingCategory;
import io.github.esfkit.budget.CoFinancingRequirement;
import io.github.esfkit.budget.Contribution;
import io.github.esfkit.budget.CostCategory;
import io.github.esfkit.budget.CostSection;
import io.github.esfkit.budget.FlatRate;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.core.id.Organisationsnummer;
import io.github.esfkit.core.organisation.Organisation;
import io.github.esfkit.core.organisation.OrganisationKind;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.core.project.Phase;
import io.github.esfkit.core.project.PhaseKind;
import io.github.esfkit.core.project.Project;
import io.github.esfkit.core.project.ProjectValidator;
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.indicators.common.Breakdown;
import io.github.esfkit.indicators.common.CommonIndicator;
import io.github.esfkit.indicators.common.CommonIndicatorCalculator;
import io.github.esfkit.indicators.targets.GoalReport;
import io.github.esfkit.indicators.targets.GoalTable;
import io.github.esfkit.indicators.targets.TargetEvaluator;
import io.github.esfkit.indicators.targets.Verdict;
import io.github.esfkit.indicators.targets.examples.Project144587;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/** The Java usage example of the root README, line for line, with the results it claims. */
class RootReadmeExampleTest {

  @Test
  void readmeExample() {
    List<Participation> participations = Project144587.participants();

    // --- README snippet starts ---
    // 1. Phases must tile the project period (esf-core)
    Project allIn = Project.builder().name("All In")
        .owner(Organisation.of("Hällefors kommun", "212000-1942", OrganisationKind.MUNICIPALITY))
        .period(LocalDateRange.ofClosed(LocalDate.of(2017, 9, 1), LocalDate.of(2020, 5, 31)))
        .addPhases(Phase.ofClosed(PhaseKind.ANALYSIS_AND_PLANNING, LocalDate.of(2017, 9, 1), LocalDate.of(2018, 2, 28)),
            Phase.ofClosed(PhaseKind.IMPLEMENTATION, LocalDate.of(2018, 3, 1), LocalDate.of(2020, 2, 28)),
            Phase.ofClosed(PhaseKind.CLOSING, LocalDate.of(2020, 3, 1), LocalDate.of(2020, 5, 31)))
        .build();
    ValidationResult findings = ProjectValidator.validate(allIn);     // PHASE-GAP: 2020-02-29 lies between …

    // 2. A budget against its call's requirement, compared exactly (esf-budget)
    CoFinancier owner = CoFinancier.of(Organisationsnummer.parse("212000-1942"), "Hällefors kommun");
    Budget budget = Budget.builder().projectOwner(owner)
        .addFlatRates(FlatRate.formIndirectCosts())                    // 15 % of staff, nearest krona
        .addCostLines(BudgetLine.of(CostSection.IMPLEMENTATION, CostCategory.STAFF, "Personal", Sek.of(17_885_739)))
        .addContributions(Contribution.of(CoFinancingCategory.PUBLIC_CASH_OWNER, owner, Sek.of(1_302_333)))
        .build();
    BudgetOverview overview = budget.overview(CoFinancingRequirement.ofPercent(new BigDecimal("53.00")));

    // 3. EU common indicators: a mergeable fold over participant records (esf-indicators)
    CommonIndicatorCalculator calc = CommonIndicatorCalculator.of(ProgrammePeriod.ESF_2014_2020, LocalDate.of(2022, 6, 30));
    participations.forEach(calc::add);                              // re-entries linked by personnummer
    long women = calc.result().count(CommonIndicator.TOTAL_PARTICIPANTS, Breakdown.WOMEN);

    // 4. Target verdicts with their reasons (esf-indicators)
    GoalTable goals = Project144587.goalTable();
    GoalReport report = TargetEvaluator.standard().evaluate(goals, Project144587.dataFromRecords(goals));
    Verdict pm3 = report.indicator("PM-3").orElseThrow().verdict(); // PARTIALLY_ACHIEVED: 91 ≥ 74, women 45 % < 48 %
    // --- README snippet ends ---

    assertThat(findings.hasRule("PHASE-GAP")).isTrue();
    assertThat(findings.withRule("PHASE-GAP").get(0).messageEn()).contains("2020-02-29");
    assertThat(overview.totalCosts()).isEqualTo(Sek.of(17_885_739 + 2_682_861)); // indirect 2 682 861
    assertThat(overview.requirementStatus()).isEqualTo(RequirementStatus.NOT_MET);
    assertThat(women).isPositive();
    assertThat(pm3).isEqualTo(Verdict.PARTIALLY_ACHIEVED);
  }
}
