package io.github.esfkit.indicators.targets;

import static io.github.esfkit.indicators.targets.Fixtures.ALL;
import static io.github.esfkit.indicators.targets.Fixtures.AS_OF;
import static io.github.esfkit.indicators.targets.Fixtures.OUT;
import static io.github.esfkit.indicators.targets.Fixtures.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.indicators.targets.model.EvaluationData;
import io.github.esfkit.indicators.targets.model.FollowUpCriterion;
import io.github.esfkit.indicators.targets.model.GoalTable;
import io.github.esfkit.indicators.targets.model.ParticipantFacts;
import io.github.esfkit.indicators.targets.model.ParticipantTally;
import io.github.esfkit.indicators.targets.model.Selection;
import io.github.esfkit.indicators.targets.model.ShareCriterion;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code GoalTable.selections()} lists every selection a criterion names, a follow-up criterion's population
 * included (a codec writes the table's selections from it), while the tally counts only the selections an
 * evaluation reads: a follow-up criterion is judged on its own tally.
 */
class GoalTableSelectionsTest {

  private static final Selection RECEIVING = Selection.builder().id("receiving").labelSv("med försörjningsstöd")
      .labelEn("receiving income support").build();

  private static FollowUpCriterion followUp(Selection population) {
    return FollowUpCriterion.builder().id("f").textSv("minskat").population(population).build();
  }

  @Test
  void aFollowUpPopulationIsListedButNotCounted() {
    ShareCriterion share = ShareCriterion.builder().id("s").textSv("60 %").counted(OUT).population(ALL)
        .percent(BigDecimal.valueOf(60)).build();
    GoalTable t = table(share, followUp(RECEIVING));
    assertThat(t.selections()).containsOnlyKeys("out", "all", "receiving");
    assertThat(t.selections().get("receiving")).isEqualTo(RECEIVING);
    EvaluationData tallied = ParticipantTally.tally(t, List.of(), ParticipantFacts.none(), AS_OF);
    assertThat(tallied.counts()).containsOnlyKeys("out", "all");
    assertThat(tallied.followUps()).containsOnlyKeys("f");
  }

  @Test
  void aPopulationSharedWithAnotherCriterionIsCountedOnce() {
    ShareCriterion share = ShareCriterion.builder().id("s").textSv("60 %").counted(OUT).population(ALL)
        .percent(BigDecimal.valueOf(60)).build();
    GoalTable t = table(share, followUp(ALL));
    assertThat(t.selections()).containsOnlyKeys("out", "all");
    assertThat(ParticipantTally.tally(t, List.of(), ParticipantFacts.none(), AS_OF).counts())
        .containsOnlyKeys("out", "all");
  }

  @Test
  void aFollowUpPopulationMayNotReuseTheIdOfAnotherSelection() {
    Selection otherAll = Selection.builder().id("all").labelSv("alla andra").labelEn("all others")
        .addRequiredTags("x").build();
    ShareCriterion share = ShareCriterion.builder().id("s").textSv("60 %").counted(OUT).population(ALL)
        .percent(BigDecimal.valueOf(60)).build();
    assertThatThrownBy(() -> table(share, followUp(otherAll))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two different selections");
  }
}
