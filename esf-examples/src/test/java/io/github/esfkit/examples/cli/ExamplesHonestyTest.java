package io.github.esfkit.examples.cli;

import static io.github.esfkit.examples.cli.CliRun.esf;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code esf examples} labels each value computed or recorded and shows a known difference as such. */
class ExamplesHonestyTest {

  @Test
  void the_goal_table_says_which_verdicts_are_recorded_and_which_computed() {
    CliRun en = esf("examples", "--only", "144587-goal-table", "--format", "markdown");
    assertThat(en.code).as(en.toString()).isZero();
    assertThat(en.out).contains("| Basis |").contains("| DM2-1 | Achieved · green | Achieved · green | recorded | ok |")
        .contains("| PM-1 | Achieved · green | Achieved · green | computed | ok |")
        .contains("| DM2-3 | Achieved · green | Not achieved · yellow | computed | known difference, R5")
        .contains("17/17 (8 recorded)");
    CliRun sv = esf("examples", "--only", "144587-goal-table", "--lang", "sv", "--format", "markdown");
    assertThat(sv.out).contains("| Grund |").contains("| DM2-1 | Uppnådd · grön | Uppnådd · grön | registrerad | ok |")
        .contains("| beräknad |").contains("känd avvikelse, R5").contains("17/17 (8 registrerade)");
  }
}
