package io.github.esfkit.indicators.targets;

import static io.github.esfkit.indicators.targets.Fixtures.ALL;
import static io.github.esfkit.indicators.targets.Fixtures.OUT;
import static io.github.esfkit.indicators.targets.Fixtures.counts;
import static io.github.esfkit.indicators.targets.Fixtures.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.validation.Severity;
import io.github.esfkit.indicators.targets.model.Bound;
import io.github.esfkit.indicators.targets.model.CountCriterion;
import io.github.esfkit.indicators.targets.model.Discrepancy;
import io.github.esfkit.indicators.targets.model.Goal;
import io.github.esfkit.indicators.targets.model.GoalKind;
import io.github.esfkit.indicators.targets.model.GoalReport;
import io.github.esfkit.indicators.targets.model.GoalTable;
import io.github.esfkit.indicators.targets.model.Indicator;
import io.github.esfkit.indicators.targets.model.PublishedFigure;
import io.github.esfkit.indicators.targets.model.Selection;
import io.github.esfkit.indicators.targets.model.ShareCriterion;
import io.github.esfkit.indicators.targets.model.Verdict;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Avstämning (the report is built per test, not in a static field, so that PIT sees its coverage): every kind of discrepancy with a published figure that breaks it, and the published figures that
 * agree (or cannot be compared) giving none. The report: indicator I-1 with share criterion {@code s} (at least
 * 60 % of the participants with the outcome), 14 of 16 = 87.5 %, achieved; indicator I-2 with count criterion
 * {@code c} (at least 1), 0 of a population of 0.
 */
class ReconciliationTest {

  private static final ShareCriterion SHARE = ShareCriterion.builder().id("s").textSv("60 %").counted(OUT)
      .population(ALL).percent(BigDecimal.valueOf(60)).build();
  private static final Selection NONE_OUT = Selection.builder().id("none-out").labelSv("ingen").labelEn("no one").build();
  private static final Selection NONE_ALL = Selection.builder().id("none-all").labelSv("ingen").labelEn("no one").build();
  private static final CountCriterion COUNT = CountCriterion.builder().id("c").textSv("minst 1").counted(NONE_OUT)
      .population(NONE_ALL).bound(Bound.AT_LEAST).totalTarget(1L).build();

  private final GoalReport report = TargetEvaluator.standard().evaluate(
      GoalTable.builder().projectId("T").titleSv("Test").addSubProjects("A")
          .addGoals(Goal.builder().id("G").goalKind(GoalKind.PROJECT_GOAL).textSv("Mål")
              .addIndicators(Indicator.builder().id("I-1").textSv("Andel").addCriteria(SHARE).build())
              .addIndicators(Indicator.builder().id("I-2").textSv("Antal").addCriteria(COUNT).build())
              .build())
          .build(),
      data(Map.of("out", counts("A", 7, 7), "all", counts("A", 8, 8), "none-out", counts("A", 0, 0), "none-all",
          counts("A", 0, 0))));

  private static PublishedFigure.Builder share() {
    return PublishedFigure.builder().indicatorId("I-1").criterionId("s");
  }

  private List<Discrepancy> compare(PublishedFigure... published) {
    return Reconciliation.compare(report, List.of(published));
  }

  @Test
  void theReportIsWhatTheTestAssumes() {
    assertThat(report.indicator("I-1").orElseThrow().verdict()).isEqualTo(Verdict.ACHIEVED);
    assertThat(report.indicator("I-2").orElseThrow().verdict()).isEqualTo(Verdict.NOT_ACHIEVED);
    assertThat(report.discrepancies()).isEmpty();
  }

  @Test
  void figuresThatAgreeGiveNoDiscrepancy() {
    assertThat(compare(share().numerator(14L).denominator(16L).printedPercent(new BigDecimal("87.5"))
        .verdict(Verdict.ACHIEVED).build())).isEmpty();
    // the same value with another scale is the same percent
    assertThat(compare(share().numerator(14L).denominator(16L).printedPercent(new BigDecimal("87.50")).build())).isEmpty();
    assertThat(compare(share().scope("A").numerator(14L).denominator(16L).build())).isEmpty();
    assertThat(compare(PublishedFigure.builder().indicatorId("I-2").verdict(Verdict.NOT_ACHIEVED).build())).isEmpty();
    assertThat(compare()).isEmpty();
  }

  @Test
  void aDifferentVerdictIsListedOncePerIndicatorWithTheIndicatorsExplanation() {
    List<Discrepancy> d = compare(
        share().numerator(14L).verdict(Verdict.NOT_ACHIEVED).build(),
        share().scope("A").numerator(14L).verdict(Verdict.PARTIALLY_ACHIEVED).build(),
        PublishedFigure.builder().indicatorId("I-2").verdict(Verdict.ACHIEVED).build());
    assertThat(d).extracting(Discrepancy::code).containsExactly("VERDICT", "VERDICT");
    Discrepancy first = d.get(0);
    assertThat(first.subject()).isEqualTo("I-1");
    assertThat(first.published()).isEqualTo("Ej uppnådd");
    assertThat(first.computed()).isEqualTo("Uppnådd");
    assertThat(first.severity()).isEqualTo(Severity.WARNING);
    assertThat(first.messageSv()).isEqualTo("I-1: rapporten säger ej uppnådd, definitionen ger uppnådd. "
        + report.indicator("I-1").orElseThrow().explanationSv());
    assertThat(first.messageEn()).isEqualTo("I-1: the report says not achieved, the definition gives achieved. "
        + report.indicator("I-1").orElseThrow().explanationEn());
    assertThat(d.get(1).subject()).isEqualTo("I-2");
    assertThat(d.get(1).published()).isEqualTo("Uppnådd");
    assertThat(d.get(1).computed()).isEqualTo("Ej uppnådd");
  }

  @Test
  void aVerdictForAnIndicatorNotInTheReportIsNotCompared() {
    assertThat(compare(PublishedFigure.builder().indicatorId("I-9").verdict(Verdict.ACHIEVED).build())).isEmpty();
  }

  @Test
  void aPrintedNumberTheLibraryDoesNotComputeIsAnInfo() {
    List<Discrepancy> d = compare(share().scope("Berg").numerator(5L).build(),
        PublishedFigure.builder().indicatorId("I-1").criterionId("x").numerator(3L).build());
    assertThat(d).extracting(Discrepancy::code).containsExactly("NOT-COMPUTED", "NOT-COMPUTED");
    assertThat(d.get(0).subject()).isEqualTo("s/Berg");
    assertThat(d.get(0).published()).isEqualTo("5");
    assertThat(d.get(0).computed()).isEqualTo("–");
    assertThat(d.get(0).severity()).isEqualTo(Severity.INFO);
    assertThat(d.get(0).messageSv()).isEqualTo("s/Berg: siffran finns i rapporten men beräknas inte.");
    assertThat(d.get(0).messageEn()).isEqualTo("s/Berg: the report prints this figure but the library does not compute it.");
    assertThat(d.get(1).subject()).isEqualTo("x/total");
    // without a printed number there is nothing to compare
    assertThat(compare(share().scope("Berg").denominator(5L).printedPercent(BigDecimal.TEN).build())).isEmpty();
  }

  @Test
  void aDifferentNumeratorIsListedAndThePercentIsThenNotCompared() {
    List<Discrepancy> d = compare(share().numerator(13L).denominator(16L).printedPercent(new BigDecimal("81")).build());
    assertThat(d).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo("NUMERATOR");
      assertThat(x.subject()).isEqualTo("s/total");
      assertThat(x.published()).isEqualTo("13");
      assertThat(x.computed()).isEqualTo("14");
      assertThat(x.severity()).isEqualTo(Severity.WARNING);
      assertThat(x.messageSv()).isEqualTo("s/total: rapporten 13, beräknat 14.");
      assertThat(x.messageEn()).isEqualTo("s/total: report 13, computed 14.");
    });
  }

  @Test
  void aDifferentDenominatorIsListedWithTheComputedShare() {
    List<Discrepancy> d = compare(share().numerator(14L).denominator(15L).printedPercent(new BigDecimal("93")).build());
    assertThat(d).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo("DENOMINATOR");
      assertThat(x.subject()).isEqualTo("s/total");
      assertThat(x.published()).isEqualTo("14/15");
      assertThat(x.computed()).isEqualTo("14/16");
      assertThat(x.messageSv()).isEqualTo("s/total: nämnaren i rapporten är 15, beräknat 16 (87,5 %).");
      assertThat(x.messageEn()).isEqualTo("s/total: the report's denominator is 15, computed 16 (87.5%).");
    });
    assertThat(compare(share().denominator(17L).build())).singleElement()
        .satisfies(x -> assertThat(x.published()).isEqualTo("17"));
    List<Discrepancy> both = compare(share().numerator(1L).denominator(2L).build());
    assertThat(both).extracting(Discrepancy::code).containsExactly("NUMERATOR", "DENOMINATOR");
    assertThat(both.get(1).published()).isEqualTo("1/2");
    // a computed 0 of 0 has no percent to show
    assertThat(compare(PublishedFigure.builder().indicatorId("I-2").criterionId("c").denominator(3L).build()))
        .singleElement().satisfies(x -> assertThat(x.messageEn()).endsWith("computed 0 (–)."));
  }

  @Test
  void aDenominatorIsNotComparedWhereOneSideHasNone() {
    // the count criterion's gender figures are bare counts
    assertThat(compare(PublishedFigure.builder().indicatorId("I-2").criterionId("c").scope("woman").numerator(0L)
        .denominator(9L).printedPercent(BigDecimal.ZERO).build())).isEmpty();
    assertThat(compare(share().numerator(14L).build())).isEmpty();
  }

  @Test
  void aPercentPrintedOtherwiseThanTheExactValueRoundedIsListed() {
    List<Discrepancy> d = compare(share().numerator(14L).denominator(16L).printedPercent(new BigDecimal("88")).build());
    assertThat(d).singleElement().satisfies(x -> {
      assertThat(x.code()).isEqualTo("PERCENT-PRINTED");
      assertThat(x.subject()).isEqualTo("s/total");
      assertThat(x.published()).isEqualTo("88 %");
      assertThat(x.computed()).isEqualTo("87,5 %");
      assertThat(x.messageSv()).isEqualTo("s/total: 14 av 16 = 87,5 % avrundas till 87,5 %, rapporten skriver 88 %.");
      assertThat(x.messageEn()).isEqualTo("s/total: 14 of 16 = 87.5% rounds to 87.5%, the report prints 88%.");
    });
    assertThat(compare(share().numerator(14L).denominator(16L).printedPercent(new BigDecimal("87")).build()))
        .extracting(Discrepancy::code).containsExactly("PERCENT-PRINTED");
  }

  @Test
  void aPercentIsComparedOnlyWithAPrintedDenominatorAndADefinedShare() {
    assertThat(compare(share().numerator(14L).printedPercent(new BigDecimal("88")).build())).isEmpty();
    assertThat(compare(share().denominator(16L).printedPercent(new BigDecimal("88")).build()))
        .extracting(Discrepancy::code).containsExactly("PERCENT-PRINTED");
    // 0 of 0: no share to print
    assertThat(compare(PublishedFigure.builder().indicatorId("I-2").criterionId("c").numerator(0L).denominator(0L)
        .printedPercent(new BigDecimal("50")).build())).isEmpty();
    // a bare count has no share
    assertThat(compare(PublishedFigure.builder().indicatorId("I-2").criterionId("c").scope("woman").numerator(0L)
        .printedPercent(new BigDecimal("50")).build())).isEmpty();
  }

  @Test
  void reconcileAppendsToTheDiscrepanciesAlreadyThere() {
    Discrepancy earlier = Discrepancy.builder().code("EARLIER").subject("x").published("1").computed("2")
        .messageSv("tidigare").messageEn("earlier").build();
    GoalReport r = Reconciliation.reconcile(report.withDiscrepancies(earlier),
        List.of(share().numerator(13L).build()));
    assertThat(r.discrepancies()).extracting(Discrepancy::code).containsExactly("EARLIER", "NUMERATOR");
    assertThat(r.goals()).isEqualTo(report.goals());
    assertThat(Reconciliation.reconcile(report, List.of()).discrepancies()).isEmpty();
  }
}
