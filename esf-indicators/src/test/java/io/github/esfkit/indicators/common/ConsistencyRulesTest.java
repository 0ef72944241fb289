package io.github.esfkit.indicators.common;

import static io.github.esfkit.core.programme.ProgrammePeriod.ESF_2014_2020;
import static io.github.esfkit.core.programme.ProgrammePeriod.ESF_PLUS_2021_2027;
import static io.github.esfkit.indicators.common.CommonIndicator.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.core.validation.Violation;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each consistency rule between indicators, broken by a hand-built result (as one built elsewhere could
 * be): the rule id, the path (overall and in the sub-project) and the English wording of every finding,
 * and nothing else.
 */
class ConsistencyRulesTest {

  /** Columns: total, women, men, non-binary, not reported. */
  private static long[] c(long total, long women, long men, long nonBinary, long notReported) {
    return new long[] {total, women, men, nonBinary, notReported};
  }

  /**
   * A consistent table: two complete participants, a woman unemployed and a man employed (ESF) or the
   * same under ESF+; every other computed indicator 0; overrides replace figures.
   */
  private static Map<CommonIndicator, IndicatorCounts> table(ProgrammePeriod period,
      Map<CommonIndicator, long[]> overrides) {
    Map<CommonIndicator, IndicatorCounts> f = new EnumMap<>(CommonIndicator.class);
    boolean esf = period == ESF_2014_2020;
    for (CommonIndicator i : CommonIndicator.computed(period)) {
      long[] v = c(0, 0, 0, 0, 0);
      if (i == total(period)) {
        v = c(2, 1, 1, 0, 0);
      } else if (i == (esf ? CO01 : EECO02)) {
        v = c(1, 1, 0, 0, 0);
      } else if (i == (esf ? CO05 : EECO05)) {
        v = c(1, 0, 1, 0, 0);
      }
      v = overrides.getOrDefault(i, v);
      f.put(i, IndicatorCounts.of(i, v[0], v[1], v[2], v[3], v[4]));
    }
    return f;
  }

  private static CommonIndicatorResult result(ProgrammePeriod period, Map<CommonIndicator, long[]> overall,
      Map<CommonIndicator, long[]> inSubProject, long participants, long incomplete) {
    return CommonIndicatorResult.builder().period(period).asOf(LocalDate.of(2023, 12, 31))
        .putAllFigures(table(period, overall))
        .putSubProjects("A", table(period, inSubProject))
        .dataQuality(DataQualityReport.builder().participationsRead(participants).participants(participants)
            .incompleteParticipants(incomplete).build())
        .build();
  }

  private static CommonIndicatorResult result(ProgrammePeriod period, Map<CommonIndicator, long[]> both) {
    return result(period, both, both, 2, 0);
  }

  private static List<String> findings(CommonIndicatorResult r) {
    return r.consistency().violations().stream().map(ConsistencyRulesTest::line).collect(Collectors.toList());
  }

  private static String line(Violation v) {
    return v.ruleId() + " " + v.path() + ": " + v.messageEn();
  }

  /** The same finding overall and in sub-project A. */
  private static String[] both(String rule, String tail, String en) {
    return new String[] {rule + " indicators." + tail + ": " + en, rule + " indicators[A]." + tail + ": " + en};
  }

  @Test
  void consistent_tables_have_no_finding_under_either_period() {
    assertThat(findings(result(ESF_2014_2020, Map.of()))).isEmpty();
    assertThat(findings(result(ESF_PLUS_2021_2027, Map.of()))).isEmpty();
  }

  @Test
  void long_term_unemployed_above_unemployed() {
    CommonIndicatorResult r = result(ESF_2014_2020, Map.of(CO02, c(2, 1, 1, 0, 0)));
    assertThat(findings(r)).containsExactlyInAnyOrder(concat(
        both("COMMON-SUBSET", "CO02.TOTAL", "CO02 ⊆ CO01 does not hold"),
        both("COMMON-SUBSET", "CO02.MEN", "CO02 ⊆ CO01 does not hold")));
  }

  @Test
  void not_in_education_above_inactive() {
    CommonIndicatorResult r = result(ESF_2014_2020, Map.of(CO04, c(1, 1, 0, 0, 0)));
    assertThat(findings(r)).containsExactlyInAnyOrder(concat(
        both("COMMON-SUBSET", "CO04.TOTAL", "CO04 ⊆ CO03 does not hold"),
        both("COMMON-SUBSET", "CO04.WOMEN", "CO04 ⊆ CO03 does not hold")));
  }

  @Test
  void older_unemployed_or_inactive_above_both_of_its_wholes() {
    // CO08 = 1 woman: CO07 (55+) is 0, CO01 ∪ CO04 has the unemployed woman
    CommonIndicatorResult r = result(ESF_2014_2020, Map.of(CO08, c(1, 1, 0, 0, 0)));
    assertThat(findings(r)).containsExactlyInAnyOrder(concat(
        both("COMMON-SUBSET", "CO08.TOTAL", "CO08 ⊆ CO07 does not hold"),
        both("COMMON-SUBSET", "CO08.WOMEN", "CO08 ⊆ CO07 does not hold")));
    // 55+ man, unemployed woman, inactive-not-in-education man: CO08 = 2 fits CO01 + CO04 only together
    Map<CommonIndicator, long[]> fits = Map.of(CO07, c(2, 1, 1, 0, 0), CO08, c(2, 1, 1, 0, 0),
        CO01, c(1, 1, 0, 0, 0), CO03, c(1, 0, 1, 0, 0), CO04, c(1, 0, 1, 0, 0), CO05, c(0, 0, 0, 0, 0));
    assertThat(findings(result(ESF_2014_2020, fits))).isEmpty();
    Map<CommonIndicator, long[]> over = Map.of(CO07, c(2, 1, 1, 0, 0), CO08, c(2, 1, 1, 0, 0),
        CO01, c(1, 1, 0, 0, 0), CO03, c(0, 0, 0, 0, 0), CO05, c(1, 0, 1, 0, 0));
    assertThat(findings(result(ESF_2014_2020, over))).containsExactlyInAnyOrder(concat(
        both("COMMON-SUBSET", "CO08.TOTAL", "CO08 ⊆ CO01 ∪ CO04 does not hold"),
        both("COMMON-SUBSET", "CO08.MEN", "CO08 ⊆ CO01 ∪ CO04 does not hold")));
  }

  @Test
  void results_above_their_base() {
    CommonIndicatorResult r = result(ESF_2014_2020, Map.of(CR01, c(1, 0, 1, 0, 0), CR08, c(1, 1, 0, 0, 0),
        CR09, c(1, 0, 1, 0, 0), CR06, c(1, 1, 0, 0, 0)));
    assertThat(findings(r)).containsExactlyInAnyOrder(concat(
        both("COMMON-SUBSET", "CR01.TOTAL", "CR01 ⊆ CO03 does not hold"),
        both("COMMON-SUBSET", "CR01.MEN", "CR01 ⊆ CO03 does not hold"),
        both("COMMON-SUBSET", "CR09.MEN", "CR09 ⊆ CR06 does not hold")));
  }

  @Test
  void an_indicator_above_the_total_in_one_column() {
    CommonIndicatorResult r = result(ESF_2014_2020, Map.of(CO16, c(2, 2, 0, 0, 0)));
    assertThat(findings(r)).containsExactlyInAnyOrder(
        both("COMMON-SUBSET", "CO16.WOMEN", "CO16 exceeds the total"));
  }

  @Test
  void gender_columns_not_summing_to_the_total() {
    CommonIndicatorResult r = result(ESF_2014_2020, Map.of(CO19, c(1, 0, 0, 0, 0)));
    assertThat(findings(r)).containsExactlyInAnyOrder(both("COMMON-GENDER-SUM", "CO19",
        "women + men + non-binary + not reported = 0, not the total 1"));
  }

  @Test
  void a_non_binary_column_under_2014_2020_but_not_under_esf_plus() {
    CommonIndicatorResult r = result(ESF_2014_2020, Map.of(CO19, c(1, 0, 0, 1, 0), TOTAL_PARTICIPANTS,
        c(2, 1, 0, 1, 0), CO05, c(1, 0, 0, 1, 0)));
    assertThat(findings(r)).containsExactlyInAnyOrder(concat(
        both("COMMON-NON-BINARY-2014", "CO19", "2014-2020 has no non-binary column"),
        both("COMMON-NON-BINARY-2014", "TOTAL_PARTICIPANTS", "2014-2020 has no non-binary column"),
        both("COMMON-NON-BINARY-2014", "CO05", "2014-2020 has no non-binary column")));
    CommonIndicatorResult plus = result(ESF_PLUS_2021_2027, Map.of(EECO17, c(1, 0, 0, 1, 0), EECO01,
        c(2, 1, 0, 1, 0), EECO05, c(1, 0, 0, 1, 0)));
    assertThat(findings(plus)).isEmpty();
  }

  @Test
  void sub_projects_not_summing_to_the_whole() {
    CommonIndicatorResult r = result(ESF_2014_2020, Map.of(), Map.of(CO19, c(1, 1, 0, 0, 0)), 2, 0);
    assertThat(findings(r)).containsExactlyInAnyOrder(
        "COMMON-SUB-PROJECT-SUM indicators.CO19.TOTAL: sub-projects sum to 1, not 0",
        "COMMON-SUB-PROJECT-SUM indicators.CO19.WOMEN: sub-projects sum to 1, not 0");
    // a second sub-project adds up: A has the woman, B the man
    Map<CommonIndicator, IndicatorCounts> a = table(ESF_2014_2020, Map.of(TOTAL_PARTICIPANTS, c(1, 1, 0, 0, 0),
        CO05, c(0, 0, 0, 0, 0)));
    Map<CommonIndicator, IndicatorCounts> b = table(ESF_2014_2020, Map.of(TOTAL_PARTICIPANTS, c(1, 0, 1, 0, 0),
        CO01, c(0, 0, 0, 0, 0)));
    b.remove(CO19); // a sub-project without a figure counts 0
    CommonIndicatorResult two = CommonIndicatorResult.builder().period(ESF_2014_2020)
        .asOf(LocalDate.of(2023, 12, 31)).putAllFigures(table(ESF_2014_2020, Map.of()))
        .putSubProjects("A", a).putSubProjects("B", b)
        .dataQuality(DataQualityReport.builder().participationsRead(2).participants(2).incompleteParticipants(0)
            .build())
        .build();
    assertThat(findings(two)).isEmpty();
    assertThat(two.count("B", CO19, Breakdown.TOTAL)).isZero();
    assertThat(two.count("B", CO05, Breakdown.MEN)).isEqualTo(1);
  }

  @Test
  void statuses_not_summing_to_the_complete_records() {
    // 3 participants, 1 incomplete: complete = 2 = CO01 + CO03 + CO05
    CommonIndicatorResult ok = result(ESF_2014_2020, Map.of(TOTAL_PARTICIPANTS, c(3, 1, 1, 0, 1)),
        Map.of(TOTAL_PARTICIPANTS, c(3, 1, 1, 0, 1)), 3, 1);
    assertThat(findings(ok)).isEmpty();
    CommonIndicatorResult off = result(ESF_2014_2020, Map.of(TOTAL_PARTICIPANTS, c(3, 1, 1, 0, 1)),
        Map.of(TOTAL_PARTICIPANTS, c(3, 1, 1, 0, 1)), 3, 0);
    assertThat(findings(off)).containsExactly(
        "COMMON-STATUS-SUM indicators: unemployed + inactive + employed = 2, but complete records = 3");
    CommonIndicatorResult inactive = result(ESF_2014_2020, Map.of(CO03, c(1, 0, 1, 0, 0), CO05, c(0, 0, 0, 0, 0)));
    assertThat(findings(inactive)).isEmpty();
    CommonIndicatorResult plus = result(ESF_PLUS_2021_2027, Map.of(EECO04, c(1, 0, 1, 0, 0),
        EECO05, c(0, 0, 0, 0, 0)));
    assertThat(findings(plus)).isEmpty();
    CommonIndicatorResult plusOff = result(ESF_PLUS_2021_2027, Map.of(EECO04, c(1, 0, 1, 0, 0)));
    assertThat(findings(plusOff)).containsExactly(
        "COMMON-STATUS-SUM indicators: unemployed + inactive + employed = 3, but complete records = 2");
  }

  @Test
  void a_total_unlike_the_data_quality_report() {
    CommonIndicatorResult r = result(ESF_PLUS_2021_2027, Map.of(), Map.of(), 3, 1);
    assertThat(findings(r)).containsExactlyInAnyOrder(
        "COMMON-STATUS-SUM indicators: unemployed + inactive + employed = 2, but complete records = 1",
        "COMMON-TOTAL indicators.EECO01: the total differs from the participants of the data-quality report");
  }

  @Test
  void esf_plus_long_term_above_unemployed_and_job_searching_with_employment_above_the_total() {
    CommonIndicatorResult r = result(ESF_PLUS_2021_2027, Map.of(EECO03, c(2, 1, 1, 0, 0),
        EECR01, c(1, 1, 0, 0, 0), EECR04, c(2, 1, 1, 0, 0)));
    assertThat(findings(r)).containsExactlyInAnyOrder(concat(
        both("COMMON-SUBSET", "EECO03.TOTAL", "EECO03 ⊆ EECO02 does not hold"),
        both("COMMON-SUBSET", "EECO03.MEN", "EECO03 ⊆ EECO02 does not hold"),
        both("COMMON-SUBSET", "EECR01.TOTAL", "EECR01 and EECR04 are exclusive does not hold"),
        both("COMMON-SUBSET", "EECR01.WOMEN", "EECR01 and EECR04 are exclusive does not hold")));
    assertThat(r.consistency().violations().get(0).messageSv()).isNotBlank();
    CommonIndicatorResult fits = result(ESF_PLUS_2021_2027, Map.of(EECR01, c(1, 1, 0, 0, 0),
        EECR04, c(1, 0, 1, 0, 0)));
    assertThat(findings(fits)).isEmpty();
  }

  @Test
  void swedish_wording_of_each_kind_of_finding() {
    CommonIndicatorResult r = result(ESF_2014_2020, Map.of(CO02, c(2, 1, 1, 0, 0)));
    assertThat(r.consistency().violations()).extracting(Violation::messageSv)
        .contains("CO02 ⊆ CO01 gäller inte");
    CommonIndicatorResult older = result(ESF_2014_2020, Map.of(CO07, c(2, 1, 1, 0, 0), CO08, c(2, 1, 1, 0, 0)));
    assertThat(older.consistency().violations()).extracting(Violation::messageSv)
        .contains("CO08 ⊆ CO01 ∪ CO04 gäller inte");
    CommonIndicatorResult plus = result(ESF_PLUS_2021_2027, Map.of(EECR01, c(1, 1, 0, 0, 0),
        EECR04, c(2, 1, 1, 0, 0)));
    assertThat(plus.consistency().violations()).extracting(Violation::messageSv)
        .contains("EECR01 och EECR04 utesluter varandra gäller inte");
  }

  private static String[] concat(String[]... parts) {
    return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray(String[]::new);
  }
}
