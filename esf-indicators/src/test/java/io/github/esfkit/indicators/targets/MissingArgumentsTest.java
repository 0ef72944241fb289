package io.github.esfkit.indicators.targets;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.indicators.targets.text.GoalReportRenderer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The entry points of the targets package report a missing argument as IllegalArgumentException, never an NPE. */
class MissingArgumentsTest {

  private static final GoalTable TABLE = Fixtures.table(Fixtures.countMin(1, 1));
  private static final EvaluationData DATA = Fixtures.data(Map.of());

  @Test
  void evaluatorArguments() {
    assertThatThrownBy(() -> TargetEvaluator.of(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mode");
    assertThatThrownBy(() -> TargetEvaluator.standard().evaluate(null, DATA))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("table");
    assertThatThrownBy(() -> TargetEvaluator.standard().evaluate(TABLE, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("data");
    assertThatThrownBy(() -> TargetEvaluator.combine(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tallyArguments() {
    List<Participation> none = List.of();
    ParticipantFacts facts = ParticipantFacts.none();
    assertThatThrownBy(() -> ParticipantTally.tally(null, none, facts, Fixtures.AS_OF))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("table");
    assertThatThrownBy(() -> ParticipantTally.tally(TABLE, null, facts, Fixtures.AS_OF))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("participations");
    assertThatThrownBy(() -> ParticipantTally.tally(TABLE, Arrays.asList((Participation) null), facts, Fixtures.AS_OF))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("participation");
    assertThatThrownBy(() -> ParticipantTally.tally(TABLE, none, null, Fixtures.AS_OF))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("facts");
    assertThatThrownBy(() -> ParticipantTally.tally(TABLE, none, facts, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("asOf");
    assertThatThrownBy(() -> ParticipantTally.count(Fixtures.ALL, none, facts, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("asOf");
    assertThatThrownBy(() -> ParticipantTally.persons(null, facts)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reconciliationAndRendererArguments() {
    GoalReport report = TargetEvaluator.standard().evaluate(TABLE, DATA);
    assertThatThrownBy(() -> Reconciliation.compare(null, List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Reconciliation.compare(report, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GoalReportRenderer.markdown(null, Language.SV)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GoalReportRenderer.text(report, null)).isInstanceOf(IllegalArgumentException.class);
  }
}
