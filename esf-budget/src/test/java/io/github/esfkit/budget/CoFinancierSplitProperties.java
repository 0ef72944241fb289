package io.github.esfkit.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.esfkit.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Splitting a co-financier's contribution over several lines (same co-financier, category and sub-line)
 * never changes any figure: the overview, the requirement's verdict and shortfall, the sums per
 * co-financier, and the rules that fire.
 */
class CoFinancierSplitProperties {

  private static final long SEED = 2021_1060L;

  @Test
  void splittingAContributionOverLinesChangesNoFigure() {
    Budget allIn = AllIn.budget();
    qt().withFixedSeed(SEED)
        .withExamples(60)
        .forAll(integers().between(0, allIn.contributions().size() - 1), integers().between(2, 6), longs().all())
        .checkAssert((index, parts, seed) -> {
          Budget split = split(allIn, index, parts, new Random(seed));
          assertThat(split.contributions()).hasSize(allIn.contributions().size() + parts - 1);
          assertSameFigures(allIn, split);
        });
  }

  @Test
  void splittingKeepsAShortfallAndItsFindingsUnchanged() {
    // co-financing 27 783 000 kr of All In's total: 52.9972 %, below 53 %
    Budget below = ShortfallTest.FinancingCase.budget(52_423_478L - 27_783_000L, 27_783_000L);
    qt().withFixedSeed(SEED)
        .withExamples(40)
        .forAll(integers().between(2, 9), longs().all())
        .checkAssert((parts, seed) -> assertSameFigures(below, split(below, 0, parts, new Random(seed))));
  }

  private static void assertSameFigures(Budget a, Budget b) {
    CoFinancingRequirement req = CoFinancingRequirement.ofPercent("53.00");
    BudgetOverview x = a.overview(req);
    BudgetOverview y = b.overview(req);
    assertThat(y.lines()).isEqualTo(x.lines());
    assertThat(y.costTables()).isEqualTo(x.costTables());
    assertThat(y.coFinancingTables()).isEqualTo(x.coFinancingTables());
    assertThat(y.esfShare()).isEqualTo(x.esfShare());
    assertThat(y.coFinancingShare()).isEqualTo(x.coFinancingShare());
    assertThat(y.requirementStatus()).isEqualTo(x.requirementStatus());
    assertThat(y.shortfall()).isEqualTo(x.shortfall());
    assertThat(BudgetCalculator.coFinancingByContributor(b)).isEqualTo(BudgetCalculator.coFinancingByContributor(a));
    assertThat(b.validate(req).violations().stream().map(Violation::ruleId).distinct().toList())
        .isEqualTo(a.validate(req).violations().stream().map(Violation::ruleId).distinct().toList());
  }

  /** The budget with contribution {@code index} split into {@code parts} whole-krona lines at random points. */
  static Budget split(Budget budget, int index, int parts, Random random) {
    Contribution c = budget.contributions().get(index);
    long total = Amounts.number(c.amount()).longValueExact();
    List<Long> cuts = new ArrayList<>();
    for (int i = 0; i < parts - 1; i++) {
      cuts.add(Math.floorMod(random.nextLong(), total + 1));
    }
    cuts.add(0L);
    cuts.add(total);
    cuts.sort(Long::compare);
    List<Contribution> out = new ArrayList<>(budget.contributions().subList(0, index));
    for (int i = 1; i < cuts.size(); i++) {
      out.add(c.withAmount(Sek.of(cuts.get(i) - cuts.get(i - 1))));
    }
    out.addAll(budget.contributions().subList(index + 1, budget.contributions().size()));
    return budget.withContributions(out);
  }
}
