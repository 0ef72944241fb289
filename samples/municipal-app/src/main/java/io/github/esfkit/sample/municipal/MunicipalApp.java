package io.github.esfkit.sample.municipal;

import io.github.esfkit.budget.Amounts;
import io.github.esfkit.budget.BudgetOverview;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.core.organisation.Organisation;
import io.github.esfkit.core.organisation.OrganisationKind;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.core.project.Phase;
import io.github.esfkit.core.project.PhaseKind;
import io.github.esfkit.core.project.Project;
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.core.validation.Violation;
import io.github.esfkit.indicators.common.Breakdown;
import io.github.esfkit.indicators.common.CommonIndicator;
import io.github.esfkit.indicators.common.CommonIndicatorCalculator;
import io.github.esfkit.indicators.common.CommonIndicatorResult;
import io.github.esfkit.indicators.targets.TargetEvaluator;
import io.github.esfkit.indicators.targets.model.Bound;
import io.github.esfkit.indicators.targets.model.EvaluationData;
import io.github.esfkit.indicators.targets.model.Goal;
import io.github.esfkit.indicators.targets.model.GoalKind;
import io.github.esfkit.indicators.targets.model.GoalReport;
import io.github.esfkit.indicators.targets.model.GoalTable;
import io.github.esfkit.indicators.targets.model.Indicator;
import io.github.esfkit.indicators.targets.model.ParticipantFacts;
import io.github.esfkit.indicators.targets.model.ParticipantTally;
import io.github.esfkit.indicators.targets.model.Selection;
import io.github.esfkit.indicators.targets.model.ShareCriterion;
import io.github.esfkit.io.InvalidInputException;
import io.github.esfkit.io.json.BudgetJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.threeten.extra.LocalDateRange;

/**
 * A municipality's program that embeds esfkit through its public API only: it maps its own case objects to
 * participations, computes the ESF+ common indicators, validates its project and its budget (read with esf-io)
 * against the call, and evaluates one target. {@link #main} prints one line per result.
 */
public final class MunicipalApp {

  static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  private MunicipalApp() {}

  /** Prints the summary, one line per result. */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("--modules")) {
      // how each esfkit module was resolved: a named module with its own descriptor, or an automatic one
      for (String name : List.of("io.github.esfkit.core", "io.github.esfkit.budget", "io.github.esfkit.indicators",
          "io.github.esfkit.io", "io.github.esfkit.sample.municipal")) {
        System.out.println(name + ": " + ModuleLayer.boot().findModule(name)
            .map(m -> m.getDescriptor().isAutomatic() ? "automatic" : "named")
            .orElse("not on the module path"));
      }
    }
    run().forEach(System.out::println);
  }

  /** The summary lines. */
  public static List<String> run() {
    List<String> out = new ArrayList<>();
    List<Participation> participations = cases().stream().map(CaseMapper::toParticipation).toList();

    // 1. ESF+ common indicators (esf-indicators)
    CommonIndicatorCalculator calc = CommonIndicatorCalculator.of(ProgrammePeriod.ESF_PLUS_2021_2027, AS_OF);
    participations.forEach(calc::add);
    CommonIndicatorResult indicators = calc.result();
    out.add("EECO01 participants: total " + indicators.count(CommonIndicator.EECO01, Breakdown.TOTAL)
        + ", women " + indicators.count(CommonIndicator.EECO01, Breakdown.WOMEN)
        + ", men " + indicators.count(CommonIndicator.EECO01, Breakdown.MEN)
        + ", non-binary " + indicators.count(CommonIndicator.EECO01, Breakdown.NON_BINARY));
    out.add("EECO02 unemployed: " + indicators.count(CommonIndicator.EECO02, Breakdown.TOTAL));

    // 2. The project and its phases (esf-core)
    Project project = Project.builder().name("Vägen till arbete")
        .owner(Organisation.of("Exempelkommun", "212000-9994", OrganisationKind.MUNICIPALITY))
        .period(LocalDateRange.ofClosed(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)))
        .addPhases(Phase.ofClosed(PhaseKind.ANALYSIS_AND_PLANNING, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)),
            Phase.ofClosed(PhaseKind.IMPLEMENTATION, LocalDate.of(2024, 7, 1), LocalDate.of(2026, 9, 30)),
            Phase.ofClosed(PhaseKind.CLOSING, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)))
        .build();
    out.add("project findings: " + rules(project.validate()));

    // 3. The budget against its call's requirement (esf-io reads it, esf-budget computes and validates)
    BudgetJson.BudgetFile file = budget();
    BudgetOverview overview = file.requirement().map(r -> file.budget().overview(r))
        .orElseGet(() -> file.budget().overview());
    ValidationResult budgetFindings = file.requirement().map(r -> file.budget().validate(r))
        .orElseGet(() -> file.budget().validate());
    out.add("budget: total costs " + Amounts.number(overview.totalCosts()).toPlainString()
        + ", co-financing " + Amounts.number(overview.totalCoFinancing()).toPlainString()
        + ", requirement " + overview.requirementStatus());
    out.add("budget findings: " + rules(budgetFindings));

    // 4. One target: at least 40 % of those who left went on to work or studies (esf-indicators)
    Selection left = Selection.builder().id("left").labelSv("avslutade").labelEn("exited")
        .exitedOnly(true).build();
    Selection toWorkOrStudies = Selection.builder().id("work-or-studies").labelSv("till arbete eller studier")
        .labelEn("to work or studies").exitedOnly(true).addDestinations(
            io.github.esfkit.core.participant.ExitDestination.EMPLOYMENT,
            io.github.esfkit.core.participant.ExitDestination.STUDIES).build();
    GoalTable goals = GoalTable.builder().projectId("sample").titleSv("Vägen till arbete")
        .addSubProjects("Arbetsmarknadsenheten", "Vuxenutbildningen")
        .addGoals(Goal.builder().id("G1").goalKind(GoalKind.PROJECT_GOAL).textSv("Fler i arbete eller studier")
            .addIndicators(Indicator.builder().id("G1-1").textSv("Minst 40 % av de avslutade går till arbete eller studier")
                .addCriteria(ShareCriterion.builder().id("G1-1a").textSv("minst 40 %").counted(toWorkOrStudies)
                    .population(left).percent(new BigDecimal("40")).bound(Bound.AT_LEAST).build())
                .build())
            .build())
        .build();
    EvaluationData data = ParticipantTally.tally(goals, participations, ParticipantFacts.none(), AS_OF);
    GoalReport report = TargetEvaluator.standard().evaluate(goals, data);
    out.add("target G1-1: " + report.indicator("G1-1").orElseThrow().verdict());
    return out;
  }

  /** The municipality's cases, as its case-management system would hand them over (fictional persons). */
  static List<CaseFile> cases() {
    return List.of(
        new CaseFile("AMA-2024-0001", "Arbetsmarknadsenheten", "K", LocalDate.of(1990, 3, 1), LocalDate.of(2024, 8, 5),
            Optional.of(LocalDate.of(2025, 2, 28)), true, 3, "ARBETE"),
        new CaseFile("AMA-2024-0002", "Arbetsmarknadsenheten", "M", LocalDate.of(1985, 6, 12), LocalDate.of(2024, 8, 5),
            Optional.of(LocalDate.of(2025, 3, 31)), true, 2, "STUDIER"),
        new CaseFile("AMA-2024-0003", "Arbetsmarknadsenheten", "K", LocalDate.of(2001, 11, 20), LocalDate.of(2024, 9, 2),
            Optional.of(LocalDate.of(2025, 4, 30)), true, 3, ""),
        new CaseFile("AMA-2024-0004", "Arbetsmarknadsenheten", "X", LocalDate.of(1995, 1, 15), LocalDate.of(2024, 9, 2),
            Optional.empty(), false, 4, ""),
        new CaseFile("VUX-2024-0001", "Vuxenutbildningen", "K", LocalDate.of(1978, 5, 5), LocalDate.of(2024, 10, 1),
            Optional.of(LocalDate.of(2025, 6, 30)), true, 1, "ARBETE"),
        new CaseFile("VUX-2024-0002", "Vuxenutbildningen", "M", LocalDate.of(1999, 7, 7), LocalDate.of(2024, 10, 1),
            Optional.of(LocalDate.of(2025, 6, 30)), false, 3, ""),
        new CaseFile("VUX-2024-0003", "Vuxenutbildningen", "K", LocalDate.of(1988, 2, 29), LocalDate.of(2025, 1, 13),
            Optional.empty(), true, 2, ""),
        new CaseFile("VUX-2024-0004", "Vuxenutbildningen", "M", LocalDate.of(1993, 12, 1), LocalDate.of(2025, 1, 13),
            Optional.empty(), true, 5, ""));
  }

  private static BudgetJson.BudgetFile budget() {
    try (InputStream in = MunicipalApp.class.getResourceAsStream("budget.json")) {
      if (in == null) {
        throw new IllegalStateException("budget.json is missing from the application");
      }
      return BudgetJson.read("budget.json", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InvalidInputException e) {
      throw new IllegalStateException("the bundled budget.json is not valid: " + e.getMessage(), e);
    }
  }

  private static String rules(ValidationResult result) {
    return result.isEmpty() ? "none"
        : result.violations().stream().map(Violation::ruleId).collect(Collectors.joining(", "));
  }
}
