package io.github.esfkit.indicators.targets;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.indicators.targets.model.EvaluationData;
import io.github.esfkit.indicators.targets.model.GoalReport;
import io.github.esfkit.indicators.targets.model.GoalTable;
import io.github.esfkit.indicators.targets.model.ParticipantFacts;
import io.github.esfkit.indicators.targets.model.ParticipantTally;
import io.github.esfkit.indicators.targets.text.GoalReportRenderer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The entry points of the targets package report a missing argument as a NullPointerException naming it (the null contract). */
class MissingArgumentsTest {

  private static final GoalTable TABLE = Fixtures.table(Fixtures.countMin(1, 1));
  private static final EvaluationData DATA = Fixtures.data(Map.of());

  @Test
  void evaluatorArguments() {
    assertThatThrownBy(() -> TargetEvaluator.of(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("mode");
    assertThatThrownBy(() -> TargetEvaluator.standard().evaluate(null, DATA))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("table");
    assertThatThrownBy(() -> TargetEvaluator.standard().evaluate(TABLE, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("data");
    assertThatThrownBy(() -> TargetEvaluator.combine(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void tallyArguments() {
    List<Participation> none = List.of();
    ParticipantFacts facts = ParticipantFacts.none();
    assertThatThrownBy(() -> ParticipantTally.tally(null, none, facts, Fixtures.AS_OF))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("table");
    assertThatThrownBy(() -> ParticipantTally.tally(TABLE, null, facts, Fixtures.AS_OF))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("participations");
    assertThatThrownBy(() -> ParticipantTally.tally(TABLE, Arrays.asList((Participation) null), facts, Fixtures.AS_OF))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("participation");
    assertThatThrownBy(() -> ParticipantTally.tally(TABLE, none, null, Fixtures.AS_OF))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("facts");
    assertThatThrownBy(() -> ParticipantTally.tally(TABLE, none, facts, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("asOf");
    assertThatThrownBy(() -> ParticipantTally.count(Fixtures.ALL, none, facts, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("asOf");
    assertThatThrownBy(() -> ParticipantTally.persons(null, facts)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void reconciliationAndRendererArguments() {
    GoalReport report = TargetEvaluator.standard().evaluate(TABLE, DATA);
    assertThatThrownBy(() -> Reconciliation.compare(null, List.of())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Reconciliation.compare(report, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> GoalReportRenderer.markdown(null, Language.SV)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> GoalReportRenderer.text(report, null)).isInstanceOf(NullPointerException.class);
  }
}
