package io.github.esfkit.indicators.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Packed dates around the ends of 400-year eras and the supported years, day by day against java.time. */
class YmdEraEdgesTest {

  @Test
  void every_day_around_the_ends_of_400_year_eras_round_trips() {
    for (LocalDate start : new LocalDate[] {LocalDate.of(1999, 12, 1), LocalDate.of(2399, 12, 1),
        LocalDate.of(1899, 12, 1)}) {
      for (LocalDate d = start; d.isBefore(start.plusMonths(4)); d = d.plusDays(1)) {
        int ymd = Ymd.of(d);
        assertThat(Ymd.fromEpochDay((int) d.toEpochDay())).as("%s", d).isEqualTo(ymd);
        assertThat(Ymd.toEpochDay(ymd)).as("%s", d).isEqualTo(d.toEpochDay());
        assertThat(Ymd.plusDays(ymd, 1)).as("%s", d).isEqualTo(Ymd.of(d.plusDays(1)));
      }
    }
  }

  @Test
  void the_first_and_last_supported_days() {
    assertThat(Ymd.isValid(18000101)).isTrue();
    assertThat(Ymd.isValid(17991231)).isFalse();
    assertThat(Ymd.isValid(29991231)).isTrue();
    assertThat(Ymd.isValid(30000101)).isFalse();
    assertThat(Ymd.isValid(20240229)).isTrue();
    assertThat(Ymd.isValid(20230229)).isFalse();
    assertThat(Ymd.isValid(20231200)).isFalse();
    assertThat(Ymd.isValid(20231301)).isFalse();
    assertThat(Ymd.isValid(20230001)).isFalse();
    assertThat(Ymd.fits(LocalDate.of(1800, 1, 1))).isTrue();
    assertThat(Ymd.fits(LocalDate.of(1799, 12, 31))).isFalse();
    assertThat(Ymd.fits(LocalDate.of(2999, 12, 31))).isTrue();
    assertThat(Ymd.fits(LocalDate.of(3000, 1, 1))).isFalse();
  }
}
