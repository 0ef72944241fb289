package io.github.esfkit.indicators.common;

import static io.github.esfkit.core.programme.ProgrammePeriod.ESF_2014_2020;
import static io.github.esfkit.core.programme.ProgrammePeriod.ESF_PLUS_2021_2027;
import static io.github.esfkit.indicators.common.Breakdown.TOTAL;
import static io.github.esfkit.indicators.common.Breakdown.WOMEN;
import static io.github.esfkit.indicators.common.TestRecords.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.programme.ProgrammePeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * More sub-projects than the counters start with: sub-project {@code S<i>} has i + 1 participants, through
 * records, columnar row ranges and merges of calculators that share some sub-projects and not others.
 */
class ManySubProjectsTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
  private static final int SUBS = 21;

  private static String name(int i) {
    return String.format("S%02d", i);
  }

  /** i + 1 women in sub-project i, in rounds so that each round meets every sub-project once. */
  private static List<Participation> records(int fromSub, int toSub) {
    List<Participation> out = new ArrayList<>();
    for (int round = 0; round < SUBS; round++) {
      for (int i = fromSub; i < toSub; i++) {
        if (round <= i) {
          out.add(record(name(i) + "-" + round).subProject(name(i)).build());
        }
      }
    }
    return out;
  }

  private static void assertEachSubProject(CommonIndicatorResult r, int fromSub, int toSub) {
    assertThat(r.subProjects()).hasSize(toSub - fromSub);
    long all = 0;
    for (int i = fromSub; i < toSub; i++) {
      assertThat(r.count(name(i), CommonIndicator.total(r.period()), TOTAL)).as(name(i)).isEqualTo(i + 1);
      assertThat(r.count(name(i), CommonIndicator.total(r.period()), WOMEN)).as(name(i)).isEqualTo(i + 1);
      all += i + 1;
    }
    assertThat(r.participants()).isEqualTo(all);
    assertThat(r.consistency().violations()).isEmpty();
  }

  @Test
  void records_columns_ranges_and_merges_count_each_sub_project_apart() {
    for (ProgrammePeriod period : List.of(ESF_2014_2020, ESF_PLUS_2021_2027)) {
      List<Participation> all = records(0, SUBS);
      assertEachSubProject(CommonIndicatorCalculator.of(period, AS_OF).addAll(all).result(), 0, SUBS);
      ParticipantColumns columns = ParticipantColumns.of(all);
      assertEachSubProject(CommonIndicatorCalculator.of(period, AS_OF).add(columns).result(), 0, SUBS);
      // in three row ranges
      int third = columns.size() / 3;
      CommonIndicatorCalculator ranged = CommonIndicatorCalculator.of(period, AS_OF).add(columns, 0, third)
          .add(columns, third, 2 * third).add(columns, 2 * third, columns.size()).add(columns, 5, 5);
      assertEachSubProject(ranged.result(), 0, SUBS);
      // two calculators, sub-projects 0–13 and 7–20 split between them: shared and own sub-projects
      List<Participation> left = new ArrayList<>();
      List<Participation> right = new ArrayList<>();
      for (Participation p : all) {
        int i = Integer.parseInt(p.subProject().substring(1));
        boolean toLeft = i < 7 || i < 14 && p.participantId().hashCode() % 2 == 0;
        (toLeft ? left : right).add(p);
      }
      CommonIndicatorCalculator a = CommonIndicatorCalculator.of(period, AS_OF).addAll(left);
      CommonIndicatorCalculator b = CommonIndicatorCalculator.of(period, AS_OF).add(ParticipantColumns.of(right));
      CommonIndicatorResult ab = CommonIndicatorCalculator.of(period, AS_OF).merge(a).merge(b).result();
      assertEachSubProject(ab, 0, SUBS);
      assertThat(b.merge(a).result()).isEqualTo(ab);
      // a merge leaves the other calculator unchanged, and the calculator goes on after a result
      assertThat(a.result().participants()).isEqualTo(left.size());
      assertEachSubProject(CommonIndicatorCalculator.of(period, AS_OF).addAll(records(3, 17)).result(), 3, 17);
    }
  }

  @Test
  void a_row_range_outside_the_batch_is_refused() {
    ParticipantColumns c = ParticipantColumns.of(records(0, 3));
    CommonIndicatorCalculator calc = CommonIndicatorCalculator.of(ESF_2014_2020, AS_OF);
    int n = c.size();
    assertThatThrownBy(() -> calc.add(c, -1, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows -1..1 outside 0.." + n);
    assertThatThrownBy(() -> calc.add(c, 0, n + 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows 0.." + (n + 1) + " outside 0.." + n);
    assertThatThrownBy(() -> calc.add(c, 2, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rows 2..1 outside 0.." + n);
    assertThat(calc.add(c, n, n).add(c, 0, 0).result().participants()).isZero();
    assertThat(calc.add(c, 0, n).result().participants()).isEqualTo(n);
  }

  @Test
  void merging_needs_another_calculator_of_the_same_period_and_date() {
    CommonIndicatorCalculator a = CommonIndicatorCalculator.of(ESF_2014_2020, AS_OF);
    assertThatThrownBy(() -> a.merge(a)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.merge(CommonIndicatorCalculator.of(ESF_PLUS_2021_2027, AS_OF)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.merge(CommonIndicatorCalculator.of(ESF_2014_2020, AS_OF.minusDays(1))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
