package io.github.esfkit.indicators.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.EventType;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.programme.ProgrammePeriod;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnarFoldTest {

  private static final ProgrammePeriod PERIOD = ProgrammePeriod.ESF_PLUS_2021_2027;

  @Test
  void folding_columns_allocates_nothing_per_record() {
    List<Participation> records = TestRecords.cohort(5, 2000, false);
    ParticipantColumns.Builder b = ParticipantColumns.builder(200_000);
    for (int k = 0; k < 100; k++) {
      records.forEach(b::add);
    }
    ParticipantColumns columns = b.build();
    com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    CommonIndicatorCalculator c = CommonIndicatorCalculator.of(PERIOD, TestRecords.AS_OF);
    c.add(columns, 0, 1000); // sub-projects registered
    long before = mx.getThreadAllocatedBytes(id);
    c.add(columns, 1000, columns.size());
    long allocated = mx.getThreadAllocatedBytes(id) - before;
    assertThat(allocated).as("bytes allocated folding %d rows", columns.size() - 1000).isLessThan(10_000);
  }

  @Test
  void result_can_be_taken_at_any_time_and_the_fold_goes_on() {
    List<Participation> records = TestRecords.cohort(9, 100, true);
    CommonIndicatorCalculator c = CommonIndicatorCalculator.of(PERIOD, TestRecords.AS_OF);
    c.addAll(records.subList(0, 50));
    CommonIndicatorResult half = c.result();
    assertThat(c.result()).isEqualTo(half);
    c.addAll(records.subList(50, 100));
    assertThat(c.result()).isEqualTo(CommonIndicatorCalculator.of(PERIOD, TestRecords.AS_OF).addAll(records).result());
    assertThat(half).isEqualTo(CommonIndicatorCalculator.of(PERIOD, TestRecords.AS_OF)
        .addAll(records.subList(0, 50)).result());
  }

  @Test
  void repeated_batches_and_merges_do_not_grow_the_counters() {
    ParticipantColumns columns = ParticipantColumns.of(TestRecords.cohort(4, 300, false));
    CommonIndicatorCalculator c = CommonIndicatorCalculator.of(PERIOD, TestRecords.AS_OF);
    List<CommonIndicatorCalculator> parts = new ArrayList<>();
    for (int k = 0; k < 50; k++) {
      c.add(columns);
      parts.add(CommonIndicatorCalculator.of(PERIOD, TestRecords.AS_OF).add(columns));
    }
    CommonIndicatorCalculator merged = CommonIndicatorCalculator.of(PERIOD, TestRecords.AS_OF);
    parts.forEach(merged::merge);
    assertThat(merged.result()).isEqualTo(c.result());
    long once = CommonIndicatorCalculator.of(PERIOD, TestRecords.AS_OF).add(columns).result().participants();
    assertThat(c.result().participants()).isEqualTo(50 * once);
  }

  @Test
  void the_encoded_row_api_validates_every_code() {
    ParticipantColumns.Builder b = ParticipantColumns.builder(4);
    int berg = b.subProject("Berg");
    int flags = ParticipantColumns.flagsCode(Answer.of(true), Answer.notCollected(), Answer.of(false),
        Answer.of(false), Answer.of(true), false, false);
    b.addRow(berg, 1, 19900515, 20220110, 20220301, 0, 3, flags).addEvent(20220305, EventType.EMPLOYED);
    assertThatThrownBy(() -> b.addRow(7, 1, 19900515, 20220110, 0, 0, 3, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.addRow(berg, 1, 19900515, 20220230, 0, 0, 3, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.addRow(berg, 1, 20230101, 20220110, 0, 0, 3, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.addRow(berg, 9, 19900515, 20220110, 0, 0, 3, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.addEvent(20220228, EventType.EMPLOYED)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.addRow(berg, 1, 19900515, 20220110, 0, 0, 3, 1 | 1 << 5))
        .isInstanceOf(IllegalArgumentException.class);
    ParticipantColumns c = b.build();
    assertThat(c.size()).isEqualTo(1);
    CommonIndicatorResult r = CommonIndicatorCalculator.of(PERIOD, TestRecords.AS_OF).add(c).result();
    assertThat(r.count(CommonIndicator.EECO12, Breakdown.MEN)).isEqualTo(1);
    assertThat(r.count(CommonIndicator.EECO17, Breakdown.MEN)).isEqualTo(1);
    assertThat(r.count(CommonIndicator.EECR04, Breakdown.MEN)).isEqualTo(1);
    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class);
  }
}
