package io.github.esfkit.examples.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.examples.data.SyntheticParticipants;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The monthly flow adds up: entries and exits per month and group sum to the participations counted. */
class MonthlyFlowProperties {

  @Test
  void monthsAddUpToTheParticipations() {
    qt().withFixedSeed(20261201L).withExamples(30)
        .forAll(longs().all(), integers().between(0, 300), integers().between(0, 1500))
        .checkAssert((seed, rows, days) -> {
          List<Participation> in = new ArrayList<>();
          new SyntheticParticipants(seed, false, LocalDate.of(2021, 1, 4)).generate(rows, in::add);
          LocalDate asOf = LocalDate.of(2021, 1, 4).plusDays(days);
          MonthlyFlow f = MonthlyFlow.of(in, asOf);
          long entered = in.stream().filter(p -> !p.struck() && !p.entryDate().isAfter(asOf)).count();
          long exited = in.stream().filter(p -> !p.struck() && !p.entryDate().isAfter(asOf)
              && p.exitDate().filter(x -> !x.isAfter(asOf)).isPresent()).count();
          long sumIn = 0;
          long sumOut = 0;
          long groups = 0;
          YearMonth previous = null;
          for (MonthlyFlow.Month m : f.months()) {
            sumIn += m.inflowTotal();
            sumOut += m.outflowTotal();
            assertThat(m.month()).isBeforeOrEqualTo(YearMonth.from(asOf));
            if (previous != null) {
              assertThat(m.month()).isEqualTo(previous.plusMonths(1)); // no month left out
            }
            previous = m.month();
          }
          for (MonthlyFlow.Group g : MonthlyFlow.Group.values()) {
            groups += f.participations(g);
          }
          assertThat(sumIn).isEqualTo(entered).isEqualTo(groups);
          assertThat(sumOut).isEqualTo(exited);
        });
  }
}
