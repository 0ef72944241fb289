package io.github.esfkit.budget.application;

import static io.github.esfkit.budget.CostSection.IMPLEMENTATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.budget.Budget;
import io.github.esfkit.budget.BudgetLine;
import io.github.esfkit.budget.BudgetOverview;
import io.github.esfkit.budget.CoFinancier;
import io.github.esfkit.budget.CoFinancingCategory;
import io.github.esfkit.budget.CoFinancingRequirement;
import io.github.esfkit.budget.Contribution;
import io.github.esfkit.budget.CostCategory;
import io.github.esfkit.budget.FinancingSummary;
import io.github.esfkit.budget.FlatRate;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.budget.eur.Eur;
import io.github.esfkit.core.id.CfarNumber;
import io.github.esfkit.core.id.Organisationsnummer;
import io.github.esfkit.core.organisation.Organisation;
import io.github.esfkit.core.organisation.OrganisationKind;
import io.github.esfkit.core.organisation.OrganisationRole;
import io.github.esfkit.core.organisation.Role;
import io.github.esfkit.core.programme.Call;
import io.github.esfkit.core.programme.FlatRateOption;
import io.github.esfkit.core.programme.SpecificObjective;
import io.github.esfkit.core.project.Project;
import io.github.esfkit.core.project.SubProject;
import io.github.esfkit.core.testing.CoreSamples;
import io.github.esfkit.core.validation.Severity;
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.core.validation.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Every rule of {@link ApplicationValidator} broken by an input and kept by its boundary, and the figures of
 * {@link Application}: requirement, overviews and the combined financing of regional and local budgets.
 */
class ApplicationValidatorTest {

  /** The owner as a co-financier: the sample project's owner at its workplace 19187426. */
  static final CoFinancier OWNER = CoFinancier.of("Hällefors kommun", Organisationsnummer.parse("212000-1942"),
      CfarNumber.parse("19187426"));
  /** The sample project's listed co-financier at its workplace 27035781. */
  static final CoFinancier PARTNER = CoFinancier.of("Askersunds kommun", Organisationsnummer.parse("212000-1983"),
      CfarNumber.parse("27035781"));

  static Call call() {
    return CoreSamples.call().withAllowedFlatRates(FlatRateOption.INDIRECT_15_OF_STAFF);
  }

  static Project project() {
    return CoreSamples.project().withCall(call());
  }

  /**
   * Staff 100 000 + indirect 15 % = 115 000 kr of costs; the owner pays {@code ownerCash} in cash and the
   * partner {@code partnerCash}: co-financing share (ownerCash + partnerCash) / 115 000.
   */
  static Budget budget(long ownerCash, long partnerCash) {
    return builder(ownerCash, partnerCash).build();
  }

  static Budget.Builder builder(long ownerCash, long partnerCash) {
    Budget.Builder b = Budget.builder().projectOwner(OWNER).addFlatRates(FlatRate.formIndirectCosts())
        .addCostLines(BudgetLine.of(IMPLEMENTATION, CostCategory.STAFF, "Personal", Sek.of(100_000)))
        .addContributions(Contribution.of(CoFinancingCategory.PUBLIC_CASH_OWNER, OWNER, Sek.of(ownerCash)));
    if (partnerCash > 0) {
      b.addContributions(Contribution.of(CoFinancingCategory.PUBLIC_CASH_THIRD_PARTY, PARTNER, Sek.of(partnerCash)));
    }
    return b;
  }

  static Application valid() {
    return Application.builder().project(project()).budget(budget(40_000, 30_000)).build();
  }

  static List<String> rules(ValidationResult r) {
    return r.violations().stream().map(Violation::ruleId).collect(Collectors.toList());
  }

  static Violation only(ValidationResult r, String rule) {
    List<Violation> v = r.withRule(rule);
    assertThat(v).as("%s in %s", rule, r).hasSize(1);
    assertThat(v.get(0).messageSv()).isNotBlank().isNotEqualTo(v.get(0).messageEn());
    assertThat(v.get(0).messageEn()).isNotBlank();
    return v.get(0);
  }

  @Test
  void aValidApplicationBreaksNoRule() {
    Application a = valid();
    assertThat(a.validate().violations()).isEmpty();
    assertThat(ApplicationValidator.validate(a).violations()).isEmpty();
    // 70 000 of 115 000 in cash
    BudgetOverview o = a.overview().orElseThrow();
    assertThat(o.totalFinancing()).isEqualTo(Sek.of(115_000));
    assertThat(o.esfGrant()).isEqualTo(Sek.of(45_000));
    assertThat(a.combinedFinancing()).contains(FinancingSummary.of(Sek.of(115_000), Sek.of(45_000)));
  }

  @Test
  void missingApplication() {
    Violation v = only(ApplicationValidator.validate(null), "APPLICATION-MISSING");
    assertThat(v.path()).isEqualTo("application");
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void theCallsRequirementTakesPrecedenceOverTheStatedOne() {
    CoFinancingRequirement stated = CoFinancingRequirement.ofPercent("10");
    Application withCall = valid().withStatedRequirement(stated);
    assertThat(withCall.call()).contains(call());
    assertThat(withCall.requirement().orElseThrow().percent()).isEqualByComparingTo("53");
    Application noCall = Application.builder().budget(budget(40_000, 0)).statedRequirement(stated).build();
    assertThat(noCall.call()).isEmpty();
    assertThat(noCall.requirement()).contains(stated);
    assertThat(Application.builder().build().requirement()).isEmpty();
    // the overview is computed against the requirement in force
    assertThat(noCall.overview().orElseThrow().requirement()).contains(stated);
    assertThat(Application.builder().budget(budget(40_000, 0)).build().overview().orElseThrow().requirement())
        .isEmpty();
  }

  @Test
  void anEmptyApplicationHasNoFiguresAndNoFindings() {
    Application empty = Application.builder().build();
    assertThat(empty.overview()).isEmpty();
    assertThat(empty.subProjectOverviews()).isEmpty();
    assertThat(empty.combinedFinancing()).isEmpty();
    assertThat(empty.validate().violations()).isEmpty();
  }

  @Test
  void coFinancierNotAmongTheOrganisations() {
    CoFinancier stranger = CoFinancier.of("Degerfors kommun", Organisationsnummer.parse("212000-1934"),
        CfarNumber.parse("19467000"));
    Budget b = builder(40_000, 30_000)
        .addContributions(Contribution.of(CoFinancingCategory.PUBLIC_CASH_THIRD_PARTY, stranger, Sek.of(1_000)))
        .build();
    ValidationResult r = valid().withBudget(b).validate();
    Violation v = only(r, "APPLICATION-COFINANCIER-NOT-LISTED");
    assertThat(v.severity()).isEqualTo(Severity.WARNING);
    assertThat(v.path()).isEqualTo("budget.contributions[2].contributor");
    assertThat(v.messageEn()).contains("Degerfors kommun");
    assertThat(rules(r)).containsExactly("APPLICATION-COFINANCIER-NOT-LISTED");
  }

  @Test
  void coFinancierIsMatchedOnOrganisationNumberAndCfar() {
    Project p = project();
    // the owner at its own workplace, and the listed partner, whatever the separators
    assertThat(ApplicationValidator.listed(p, OWNER)).isTrue();
    assertThat(ApplicationValidator.listed(p, PARTNER)).isTrue();
    assertThat(ApplicationValidator.listed(p, CoFinancier.ofPrinted("A", "2120001983", Optional.of("2703 5781"))))
        .isTrue();
    // the right organisation at another workplace, or without one, is not listed
    assertThat(ApplicationValidator.listed(p, CoFinancier.ofPrinted("A", "212000-1983", Optional.of("27035782"))))
        .isFalse();
    assertThat(ApplicationValidator.listed(p, CoFinancier.ofPrinted("A", "212000-1983", Optional.empty()))).isFalse();
    assertThat(ApplicationValidator.listed(p, CoFinancier.ofPrinted("A", "212000-1942", Optional.empty()))).isFalse();
    assertThat(ApplicationValidator.listed(p, CoFinancier.ofPrinted("A", "212000-1942", Optional.of("27035781"))))
        .isFalse();
    // an owner without a workplace is matched without a CFAR number
    Project noWorkplace = p.withOwnerWorkplace(Optional.empty());
    assertThat(ApplicationValidator.listed(noWorkplace, CoFinancier.ofPrinted("A", "212000-1942", Optional.empty())))
        .isTrue();
    assertThat(ApplicationValidator.listed(noWorkplace, OWNER)).isFalse();
    // a row without a workplace likewise
    Project rowWithoutWorkplace = p.withOrganisations(List.of(
        OrganisationRole.of(CoreSamples.PARTNER, Role.CO_FINANCIER)));
    assertThat(ApplicationValidator.listed(rowWithoutWorkplace,
        CoFinancier.ofPrinted("A", "212000-1983", Optional.empty()))).isTrue();
    assertThat(ApplicationValidator.listed(rowWithoutWorkplace, PARTNER)).isFalse();
    // an owner printed without a number matches no co-financier
    Project noNumber = p
        .withOwner(Organisation.builder().name("Hällefors kommun").kind(OrganisationKind.MUNICIPALITY).build())
        .withOwnerWorkplace(Optional.empty()).withOrganisations(List.of());
    assertThat(ApplicationValidator.listed(noNumber, CoFinancier.ofPrinted("A", "212000-1942", Optional.empty())))
        .isFalse();
  }

  @Test
  void identifiersOfAnUnlistedCoFinancierAreCheckedOnceOnTheContribution() {
    CoFinancier bad = CoFinancier.ofPrinted("Felaktig", "212000-1943", Optional.of("12"));
    Budget b = builder(40_000, 30_000)
        .addContributions(Contribution.of(CoFinancingCategory.PUBLIC_CASH_THIRD_PARTY, bad, Sek.of(1_000))).build();
    ValidationResult withRows = valid().withBudget(b).validate();
    String at = "budget.contributions[2].contributor";
    assertThat(withRows.violations()).filteredOn(v -> v.ruleId().startsWith("ORGNR-"))
        .singleElement().satisfies(v -> assertThat(v.path()).isEqualTo(at + ".organisationsnummer"));
    assertThat(withRows.violations()).filteredOn(v -> v.ruleId().startsWith("CFAR-"))
        .singleElement().satisfies(v -> assertThat(v.path()).isEqualTo(at + ".cfar"));
    // without a project there are no rows: the budget validator's own identifier findings stay
    ValidationResult budgetOnly = Application.builder().budget(b).statedRequirement(CoFinancingRequirement.ofPercent("53"))
        .build().validate();
    assertThat(budgetOnly.violations()).filteredOn(v -> v.ruleId().startsWith("ORGNR-")).isNotEmpty()
        .allSatisfy(v -> assertThat(v.path()).startsWith("budget.contributions[2]"));
    assertThat(budgetOnly.withRule("APPLICATION-COFINANCIER-NOT-LISTED")).isEmpty();
  }

  @Test
  void statedFinancingMustMatchTheBudgets() {
    assertThat(rules(valid().withStatedFinancing(FinancingSummary.of(Sek.of(115_000), Sek.of(45_000)))
        .validate())).isEmpty();
    ValidationResult total = valid().withStatedFinancing(FinancingSummary.of(Sek.of(115_001), Sek.of(45_000)))
        .validate();
    Violation v = only(total, "APPLICATION-STATED-FINANCING");
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
    assertThat(v.path()).isEqualTo("statedFinancing");
    assertThat(v.messageSv()).contains("115 001 kr").contains("115 000 kr").contains("45 000 kr");
    ValidationResult grant = valid().withStatedFinancing(FinancingSummary.of(Sek.of(115_000), Sek.of(44_999)))
        .validate();
    assertThat(only(grant, "APPLICATION-STATED-FINANCING").messageSv()).contains("44 999 kr");
  }

  @Test
  void requirementUnknownWithoutACall() {
    Violation v = only(Application.builder().budget(budget(40_000, 30_000)).build().validate(),
        "APPLICATION-REQUIREMENT-UNKNOWN");
    assertThat(v.severity()).isEqualTo(Severity.INFO);
    assertThat(v.path()).isEqualTo("call");
    Application statedOnly = Application.builder().statedFinancing(FinancingSummary.of(Sek.of(100), Sek.of(40)))
        .build();
    assertThat(rules(statedOnly.validate())).containsExactly("APPLICATION-REQUIREMENT-UNKNOWN");
    // with a stated requirement it can be checked
    assertThat(rules(Application.builder().budget(budget(40_000, 30_000))
        .statedRequirement(CoFinancingRequirement.ofPercent("53")).build().validate())).isEmpty();
  }

  @Test
  void statedFinancingBelowTheRequirement() {
    CoFinancingRequirement req = CoFinancingRequirement.ofPercent("53");
    // 52 of 100 in co-financing: below; 53 of 100: exactly met
    ValidationResult below = Application.builder().statedRequirement(req)
        .statedFinancing(FinancingSummary.of(Sek.of(100), Sek.of(48))).build().validate();
    Violation v = only(below, "APPLICATION-BELOW-REQUIREMENT");
    assertThat(v.path()).isEqualTo("statedFinancing");
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
    assertThat(v.messageSv()).contains("52 kr").contains("100 kr").contains("53");
    assertThat(rules(Application.builder().statedRequirement(req)
        .statedFinancing(FinancingSummary.of(Sek.of(100), Sek.of(47))).build().validate())).isEmpty();
    // with a budget of its own, the budget's rule speaks, not the stated figures
    ValidationResult withBudget = Application.builder().statedRequirement(req).budget(budget(40_000, 0))
        .statedFinancing(FinancingSummary.of(Sek.of(115_000), Sek.of(75_000))).build().validate();
    assertThat(rules(withBudget)).containsExactly("BUDGET-COFINANCING-BELOW-REQUIREMENT");
    assertThat(withBudget.violations().get(0).path()).startsWith("budget.");
  }

  @Test
  void regionalAndLocalBudgetsAreCheckedTogether() {
    // regional 70 000 of 115 000, local 10 000 of 115 000: together 80 000 of 230 000 = 34.8 % < 53 %
    Application a = valid().withSubProjectBudgets(java.util.Map.of("Hällefors", budget(10_000, 0)));
    ValidationResult r = a.validate();
    Violation v = only(r, "APPLICATION-BELOW-REQUIREMENT");
    assertThat(v.path()).isEqualTo("subProjects");
    // no part is checked on its own
    assertThat(r.withRule("BUDGET-COFINANCING-BELOW-REQUIREMENT")).isEmpty();
    assertThat(a.combinedFinancing()).contains(FinancingSummary.of(Sek.of(230_000), Sek.of(150_000)));
    assertThat(a.subProjectOverviews()).containsOnlyKeys("Hällefors");
    assertThat(a.subProjectOverviews().get("Hällefors").esfGrant()).isEqualTo(Sek.of(105_000));
    // together at least 53 %: 70 000 + 60 000 = 130 000 of 230 000 = 56.5 %
    Application met = valid().withSubProjectBudgets(java.util.Map.of("Hällefors", budget(60_000, 0)));
    assertThat(rules(met.validate())).isEmpty();
    assertThat(met.combinedFinancing()).contains(FinancingSummary.of(Sek.of(230_000), Sek.of(100_000)));
  }

  @Test
  void findingsOfALocalBudgetCarryItsPath() {
    Budget negative = builder(60_000, 0)
        .addCostLines(BudgetLine.of(IMPLEMENTATION, CostCategory.EXTERNAL_SERVICES, "minus", Sek.of(-1))).build();
    ValidationResult r = valid().withSubProjectBudgets(java.util.Map.of("Askersund", negative)).validate();
    assertThat(only(r, "BUDGET-NEGATIVE-AMOUNT").path()).isEqualTo("subProjects[Askersund].budget.costLines[1].amount");
  }

  @Test
  void onlySubProjectBudgetsAreCombinedToo() {
    Application a = Application.builder().project(project()).putSubProjectBudgets("Hällefors", budget(40_000, 0))
        .putSubProjectBudgets("Askersund", budget(40_000, 30_000)).build();
    assertThat(a.overview()).isEmpty();
    assertThat(a.combinedFinancing()).contains(FinancingSummary.of(Sek.of(230_000), Sek.of(120_000)));
    assertThat(a.subProjectOverviews().keySet()).containsExactly("Hällefors", "Askersund");
  }

  @Test
  void aBudgetThatCannotBeComputedHasNoFigures() {
    Budget euros = builder(40_000, 30_000)
        .addCostLines(BudgetLine.of(IMPLEMENTATION, CostCategory.EXTERNAL_SERVICES, "EUR", Money.of(5, Eur.EUR)))
        .build();
    Application regional = valid().withBudget(euros);
    assertThat(regional.overview()).isEmpty();
    assertThat(regional.combinedFinancing()).isEmpty();
    assertThat(rules(regional.validate())).contains("BUDGET-CURRENCY-NOT-SEK")
        .doesNotContain("APPLICATION-STATED-FINANCING", "APPLICATION-BELOW-REQUIREMENT");
    Application local = valid().withSubProjectBudgets(java.util.Map.of("Hällefors", euros));
    assertThat(local.overview()).isPresent();
    assertThat(local.subProjectOverviews()).isEmpty();
    assertThat(local.combinedFinancing()).isEmpty();
    // a stated figure cannot be compared with a sum that cannot be computed
    assertThat(rules(local.withStatedFinancing(FinancingSummary.of(Sek.of(1), Sek.of(1))).validate()))
        .doesNotContain("APPLICATION-STATED-FINANCING");
  }

  @Test
  void plannedWomenAndMenMustAddUpToThePlannedParticipants() {
    Project p = project().withSubProjects(List.of(
        SubProject.of("Hällefors").withPlannedParticipants(10).withPlannedWomen(4).withPlannedMen(5),
        SubProject.of("Askersund").withPlannedParticipants(10).withPlannedWomen(5).withPlannedMen(5),
        SubProject.of("Nora").withPlannedWomen(5).withPlannedMen(6)));
    ValidationResult r = valid().withProject(p).validate();
    Violation v = only(r, "SUBPROJECT-PLANNED-GENDER");
    assertThat(v.path()).isEqualTo("project.subProjects[0]");
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
    assertThat(v.messageEn()).contains("4 women").contains("5 men").contains("10 participants");
    assertThat(v.messageSv()).contains("4 kvinnor").contains("5 män").contains("10 deltagare");
  }

  @Test
  void moreCoFinancingParticipantsThanParticipants() {
    Project p = project().withSubProjects(List.of(
        SubProject.of("Hällefors").withPlannedParticipants(10).withPlannedCoFinancingParticipants(10),
        SubProject.of("Askersund").withPlannedParticipants(10).withPlannedCoFinancingParticipants(11),
        SubProject.of("Nora").withPlannedCoFinancingParticipants(11)));
    Violation v = only(valid().withProject(p).validate(), "SUBPROJECT-COFINANCING-PARTICIPANTS");
    assertThat(v.path()).isEqualTo("project.subProjects[1]");
    assertThat(v.messageEn()).contains("(11)").contains("(10)");
  }

  @Test
  void objectiveTitleAsPrintedIsComparedLoosely() {
    String title = SpecificObjective.ESF_2_1.title();
    // case, punctuation and spacing do not count
    assertThat(rules(valid().withStatedObjectiveTitle(" " + title.toUpperCase(java.util.Locale.ROOT).replace(".", "!!")).validate())).isEmpty();
    Violation v = only(valid().withStatedObjectiveTitle("Unga ska komma i arbete").validate(), "OBJECTIVE-TITLE");
    assertThat(v.severity()).isEqualTo(Severity.INFO);
    assertThat(v.path()).isEqualTo("call.specificObjective");
    assertThat(v.messageEn()).contains("2.1").contains("'Unga ska komma i arbete'").doesNotContain("(to verify)");
    // an objective whose programme title is not verified says so
    Call unverified = call().withSpecificObjective(SpecificObjective.ESF_2_2);
    Application a = valid().withProject(project().withCall(unverified))
        .withStatedObjectiveTitle("Något annat");
    assertThat(only(a.validate(), "OBJECTIVE-TITLE").messageEn()).contains("(to verify)");
    assertThat(only(a.validate(), "OBJECTIVE-TITLE").messageSv()).contains("(att verifiera)");
    // nothing to compare without a stated title or without an objective
    Call noObjective = call().withSpecificObjective(Optional.empty());
    assertThat(rules(valid().withProject(project().withCall(noObjective))
        .withStatedObjectiveTitle("Något annat").validate())).doesNotContain("OBJECTIVE-TITLE");
  }

  @Test
  void projectFindingsReachTheApplication() {
    Project broken = project().withOrganisations(project().organisations().get(0),
        OrganisationRole.of(Organisation.of("Fel", "212000-1943", OrganisationKind.MUNICIPALITY),
            Role.CO_FINANCIER, "27035781"));
    ValidationResult r = valid().withProject(broken).validate();
    assertThat(r.violations()).filteredOn(v -> v.ruleId().startsWith("ORGNR-")).isNotEmpty()
        .allSatisfy(v -> assertThat(v.path()).startsWith("project.organisations[1]"));
  }
}
