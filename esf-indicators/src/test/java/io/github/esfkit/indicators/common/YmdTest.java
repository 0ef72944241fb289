package io.github.esfkit.indicators.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** The packed-date arithmetic against java.time as the oracle. */
class YmdTest {

  private static final int FIRST = (int) LocalDate.of(1800, 1, 1).toEpochDay();
  private static final int LAST = (int) LocalDate.of(2998, 12, 31).toEpochDay();

  @Test
  void epoch_days_plus_days_and_plus_months_match_java_time() {
    qt().withFixedSeed(11L).withExamples(3000).forAll(integers().between(FIRST, LAST), integers().between(0, 400))
        .checkAssert((day, n) -> {
          LocalDate d = LocalDate.ofEpochDay(day);
          int ymd = Ymd.of(d);
          assertThat(Ymd.isValid(ymd)).isTrue();
          assertThat(Ymd.toEpochDay(ymd)).isEqualTo(day);
          assertThat(Ymd.fromEpochDay(day)).isEqualTo(ymd);
          assertThat(Ymd.plusDays(ymd, n % 40)).isEqualTo(Ymd.of(d.plusDays(n % 40)));
          assertThat(Ymd.plusMonths(ymd, n % 13)).isEqualTo(Ymd.of(d.plusMonths(n % 13)));
          assertThat(Ymd.toDate(ymd)).isEqualTo(d);
        });
  }

  @Test
  void plus_up_to_28_days_matches_java_time_across_month_and_year_ends() {
    qt().withFixedSeed(14L).withExamples(3000).forAll(integers().between(FIRST, LAST), integers().between(0, 28))
        .checkAssert((day, n) -> {
          LocalDate d = LocalDate.ofEpochDay(day);
          assertThat(Ymd.plusUpTo28Days(Ymd.of(d), n)).isEqualTo(Ymd.of(d.plusDays(n)));
        });
    assertThat(Ymd.plusUpTo28Days(20231231, 28)).isEqualTo(20240128);
    assertThat(Ymd.plusUpTo28Days(20240201, 28)).isEqualTo(20240229);
    assertThat(Ymd.plusUpTo28Days(20230201, 28)).isEqualTo(20230301);
    assertThat(Ymd.plusUpTo28Days(20240131, 28)).isEqualTo(20240228);
    assertThat(Ymd.plusUpTo28Days(19000131, 28)).isEqualTo(19000228);
  }

  @Test
  void event_keys_order_by_date_then_position_and_keep_the_type() {
    qt().withFixedSeed(15L).withExamples(2000).forAll(integers().between(FIRST, LAST), integers().between(0, 3),
        integers().between(0, Integer.MAX_VALUE - 1), integers().between(0, 6)).checkAssert((day, later, pos, type) -> {
          int a = Ymd.of(LocalDate.ofEpochDay(day));
          int b = Ymd.of(LocalDate.ofEpochDay(day + later));
          long ka = Tally.eventKey(a, pos, type);
          long kb = Tally.eventKey(b, pos + 1, 6 - type);
          assertThat(ka).isPositive();
          assertThat(kb).isGreaterThan(ka);
          assertThat((int) ka & 7).isEqualTo(type + 1);
        });
  }

  @Test
  void full_years_match_period_between() {
    qt().withFixedSeed(12L).withExamples(3000).forAll(integers().between(FIRST, LAST), integers().between(0, 40000))
        .checkAssert((day, span) -> {
          LocalDate from = LocalDate.ofEpochDay(day);
          LocalDate to = from.plusDays(span);
          if (to.getYear() <= 2999) {
            assertThat(Ymd.fullYears(Ymd.of(from), Ymd.of(to))).isEqualTo(Period.between(from, to).getYears());
          }
        });
  }

  @Test
  void invalid_packed_dates_are_rejected() {
    assertThat(Ymd.isValid(20230229)).isFalse();
    assertThat(Ymd.isValid(20240229)).isTrue();
    assertThat(Ymd.isValid(17991231)).isFalse();
    assertThat(Ymd.isValid(20231301)).isFalse();
    assertThat(Ymd.isValid(0)).isFalse();
    assertThat(Ymd.isValid(-20230101)).isFalse();
  }

  @Test
  void the_last_due_exit_is_exactly_where_six_months_have_passed() {
    qt().withFixedSeed(13L).withExamples(500).forAll(integers().between(FIRST + 400, LAST - 400),
        integers().between(100, 300)).checkAssert((day, back) -> {
          LocalDate asOf = LocalDate.ofEpochDay(day);
          int last = Tally.lastDueExit(Ymd.of(asOf));
          for (int k = back - 10; k <= back + 10; k++) {
            LocalDate exit = asOf.minusDays(k);
            boolean due = !exit.plusMonths(6).isAfter(asOf);
            assertThat(Ymd.of(exit) <= last).as("exit " + exit + " as of " + asOf).isEqualTo(due);
          }
        });
  }
}
