package io.github.esfkit.indicators.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.indicators.targets.model.BreakdownLine;
import io.github.esfkit.indicators.targets.model.ComputedFigure;
import io.github.esfkit.indicators.targets.model.EvaluationData;
import io.github.esfkit.indicators.targets.model.FollowUpCounts;
import io.github.esfkit.indicators.targets.model.FollowUpCriterion;
import io.github.esfkit.indicators.targets.model.FollowUpTally;
import io.github.esfkit.indicators.targets.model.GenderCounts;
import io.github.esfkit.indicators.targets.model.JudgedCriterion;
import io.github.esfkit.indicators.targets.model.ParticipantFacts;
import io.github.esfkit.indicators.targets.model.PublishedFigure;
import io.github.esfkit.indicators.targets.model.SelectionCount;
import io.github.esfkit.indicators.targets.model.Selection;
import io.github.esfkit.indicators.targets.model.SuccessRule;
import org.junit.jupiter.api.Test;

/**
 * Sub-project names reach a result's scopes and breakdown lines from the participant data (free text), and ids
 * are printed in every {@code toString()}: none may carry a personnummer out. Found by the long fuzz run
 * ({@code -Desfkit.fuzz.inputs=20000}): a sub-project "Namn 850312-1231" was printed raw in
 * {@code ComputedFigure} and {@code BreakdownLine}, a criterion id "D850312+1231M1-1.survey" was accepted, and a
 * selection's tags and a follow-up's sub-project overrides were printed raw.
 */
class ResultRedactionTest {

  @Test
  void aComputedFigureWithholdsAPersonnummerInItsScope() {
    ComputedFigure f = ComputedFigure.of("Namn 850312-1231/woman", 18, java.util.Optional.of(25L));
    assertThat(f.toString()).isEqualTo("ComputedFigure{scope=Namn (withheld)/woman, numerator=18, denominator=25}");
    assertThat(f.scope()).isEqualTo("Namn 850312-1231/woman");
    assertThat(ComputedFigure.of("Berg", 2, java.util.Optional.empty()).toString())
        .isEqualTo("ComputedFigure{scope=Berg, numerator=2}");
  }

  @Test
  void aBreakdownLineWithholdsAPersonnummerInItsSubProject() {
    BreakdownLine line = BreakdownLine.builder().subProject("Del 19850312 1231").count(5).denominator(15).women(2L)
        .men(3L).denominatorLabelSv("avslutade").denominatorLabelEn("finished").phraseSv("5 av 15")
        .phraseEn("5 of 15").sentenceSv("s").sentenceEn("s").build();
    assertThat(line.toString())
        .isEqualTo("BreakdownLine{subProject=Del (withheld), count=5, denominator=15, women=2, men=3}");
    assertThat(line.subProject()).isEqualTo("Del 19850312 1231");
  }

  @Test
  void anIdThatCouldBeAPersonnummerIsRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> JudgedCriterion.builder().id("D850312+1231M1-1.survey").textSv("t").textEn("t").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not hold a personal identity number")
        .hasMessageNotContaining("1231");
    assertThatThrownBy(() -> JudgedCriterion.builder().id("bad id 850312-1231").textSv("t").textEn("t").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("1231");
    assertThat(JudgedCriterion.builder().id("DM1-1.survey").textSv("t").textEn("t").build().id())
        .isEqualTo("DM1-1.survey");
  }

  @Test
  void selectionsFollowUpsAndFactsLeaveTagsAndSubProjectNamesOutOfToString() {
    Selection sel = Selection.builder().id("s").labelSv("l").labelEn("l").addRequiredTags("work-19850312-1231")
        .addExcludedTags("x 850312-1231").addSubProjects("Del 850312-1231").build();
    assertThat(sel.toString()).contains("id=s").doesNotContain("1231");
    assertThat(sel.requiredTags()).containsExactly("work-19850312-1231");
    FollowUpCriterion f = FollowUpCriterion.builder().id("f").textSv("t").textEn("t").population(sel)
        .putSuccessRuleOverrides("Namn 850312-1231", SuccessRule.LEFT_ONLY).addExcludedSubProjects("Del 850312-1231")
        .build();
    assertThat(f.toString()).contains("id=f").doesNotContain("1231");
    ParticipantFacts facts = ParticipantFacts.builder().putTags("P1", java.util.Set.of("t 850312-1231"))
        .putPersonKeys("P1", "k 850312-1231").build();
    assertThat(facts.toString()).doesNotContain("1231");
  }

  @Test
  void countsTalliesDataAndPublishedFiguresLeaveNamesKeyedFromTheInputOutOfToString() {
    String name = "Namn 850312-1231";
    SelectionCount count = SelectionCount.builder().putBySubProject(name, GenderCounts.of(2, 3)).build();
    assertThat(count.toString()).doesNotContain("1231");
    assertThat(count.total()).isEqualTo(GenderCounts.of(2, 3));
    FollowUpTally tally = FollowUpTally.builder().putBySubProject(name, FollowUpCounts.builder().build()).build();
    assertThat(tally.toString()).doesNotContain("1231");
    EvaluationData data = EvaluationData.builder().asOf(java.time.LocalDate.of(2022, 6, 30))
        .putCounts("s 850312-1231", count).putFollowUps(name, tally).build();
    assertThat(data.toString()).contains("2022-06-30").doesNotContain("1231");
    PublishedFigure printed = PublishedFigure.builder().indicatorId("PM 850312-1231").criterionId("c 850312-1231")
        .scope(name + "/woman").numerator(2L).build();
    assertThat(printed.toString()).contains("numerator=2").doesNotContain("1231");
  }

  @Test
  void aSelectionIdThatCouldBeAPersonnummerIsRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> Selection.builder().id("850312-1231").labelSv("l").labelEn("l").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not hold a personal identity number").hasMessageNotContaining("1231");
  }
}
