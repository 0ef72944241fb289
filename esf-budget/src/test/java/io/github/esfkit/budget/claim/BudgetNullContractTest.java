package io.github.esfkit.budget.claim;

import io.github.esfkit.budget.AllInAccess;
import io.github.esfkit.budget.Budget;
import io.github.esfkit.budget.BudgetOverview;
import io.github.esfkit.budget.CoFinancier;
import io.github.esfkit.budget.CoFinancingCategory;
import io.github.esfkit.budget.CoFinancingRequirement;
import io.github.esfkit.budget.CostSection;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.core.testing.NullContractSweep;
import java.io.IOException;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * The null contract of esf-budget (issue 12), over every exported package: a null argument to any public
 * constructor, factory or method is a NullPointerException, unless the parameter is {@code @Nullable}.
 */
class BudgetNullContractTest {

  @Test
  void everyPublicMemberRejectsNull() throws IOException {
    ClaimSetup setup = ClaimFixture.secondHalf2018();
    BudgetOverview overview = AllInAccess.budget().overview(AllInAccess.requirement());
    PaymentClaim claim = ClaimCalculator.compute(setup, ClaimFixture.actuals(ClaimFixture.rows()));
    NullContractSweep.of("io.github.esfkit.budget", Sek.class).withCoreSamples()
        .sample(Budget.class, AllInAccess.budget())
        .sample(CoFinancier.class, AllInAccess.owner())
        .sample(CoFinancingRequirement.class, AllInAccess.requirement())
        .sample(ClaimSetup.class, setup)
        .sample(ClaimActuals.class, ClaimFixture.actuals(ClaimFixture.rows()))
        .sample(io.github.esfkit.core.project.Project.class, setup.project())
        .sample(Money.class, Sek.of(1000))
        .sample(MonetaryAmount.class, Sek.of(1000))
        .sample(BudgetOverview.class, overview)
        .sample(PaymentClaim.class, claim)
        .sampleOf(claim.lines().get(0))
        .sampleOf(ClaimFixture.rates())
        .sampleOf(overview.costTable(CostSection.IMPLEMENTATION))
        .sampleOf(overview.coFinancingTable(CoFinancingCategory.PUBLIC_IN_KIND))
        .sampleOf(AllInAccess.budget().overview(CoFinancingRequirement.ofPercent("60")).shortfall().orElseThrow())
        .runAndCheck(30);
  }
}
