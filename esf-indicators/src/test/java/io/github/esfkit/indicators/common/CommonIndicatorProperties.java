package io.github.esfkit.indicators.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.programme.ProgrammePeriod;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the fold over random cohorts (QuickTheories, fixed seed, modest examples). */
class CommonIndicatorProperties {

  private static final long SEED = 20260101L;
  private static final int EXAMPLES = 60;

  private static Gen<Long> seeds() {
    return longs().between(0, Long.MAX_VALUE / 2);
  }

  private static Gen<Integer> sizes() {
    return integers().between(0, 80);
  }

  private static CommonIndicatorResult fold(ProgrammePeriod period, List<Participation> records) {
    return CommonIndicatorCalculator.of(period, TestRecords.AS_OF).addAll(records).result();
  }

  private static ProgrammePeriod period(long seed) {
    return (seed & 1) == 0 ? ProgrammePeriod.ESF_2014_2020 : ProgrammePeriod.ESF_PLUS_2021_2027;
  }

  @Test
  void the_result_does_not_depend_on_the_order_of_the_records() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(seeds(), sizes()).checkAssert((seed, n) -> {
      List<Participation> records = TestRecords.cohort(seed, n, true);
      List<Participation> shuffled = new ArrayList<>(records);
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(fold(period(seed), shuffled)).isEqualTo(fold(period(seed), records));
    });
  }

  @Test
  void merging_the_folds_of_a_split_gives_the_fold_of_the_whole() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(seeds(), sizes()).checkAssert((seed, n) -> {
      List<Participation> records = TestRecords.cohort(seed, n, true);
      ProgrammePeriod period = period(seed);
      SplittableRandom r = new SplittableRandom(seed);
      // a random split into three parts (not contiguous: persons land in different parts)
      List<List<Participation>> parts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      for (Participation p : records) {
        parts.get(r.nextInt(3)).add(p);
      }
      CommonIndicatorCalculator a = CommonIndicatorCalculator.of(period, TestRecords.AS_OF).addAll(parts.get(0));
      CommonIndicatorCalculator b = CommonIndicatorCalculator.of(period, TestRecords.AS_OF).addAll(parts.get(1));
      CommonIndicatorCalculator c = CommonIndicatorCalculator.of(period, TestRecords.AS_OF).addAll(parts.get(2));
      CommonIndicatorResult whole = fold(period, records);
      // merge(fold(a), fold(b)) in both groupings and orders
      CommonIndicatorCalculator left = CommonIndicatorCalculator.of(period, TestRecords.AS_OF).merge(a).merge(b);
      left.merge(c);
      CommonIndicatorCalculator bc = CommonIndicatorCalculator.of(period, TestRecords.AS_OF).merge(c).merge(b);
      CommonIndicatorCalculator right = CommonIndicatorCalculator.of(period, TestRecords.AS_OF).merge(bc).merge(a);
      assertThat(left.result()).isEqualTo(whole);
      assertThat(right.result()).isEqualTo(whole);
      // a contiguous split through merge of two calculators
      int cut = n == 0 ? 0 : r.nextInt(n + 1);
      CommonIndicatorCalculator head = CommonIndicatorCalculator.of(period, TestRecords.AS_OF)
          .addAll(records.subList(0, cut));
      CommonIndicatorCalculator tail = CommonIndicatorCalculator.of(period, TestRecords.AS_OF)
          .addAll(records.subList(cut, n));
      assertThat(head.merge(tail).result()).isEqualTo(whole);
    });
  }

  @Test
  void a_parallel_stream_collects_the_same_figures() {
    qt().withFixedSeed(SEED).withExamples(20).forAll(seeds(), integers().between(0, 300)).checkAssert((seed, n) -> {
      List<Participation> records = TestRecords.cohort(seed, n, true);
      ProgrammePeriod period = period(seed);
      assertThat(records.parallelStream().collect(CommonIndicatorCalculator.collector(period, TestRecords.AS_OF)))
          .isEqualTo(fold(period, records));
    });
  }

  @Test
  void persons_handed_in_together_give_the_same_figures_as_records_one_by_one() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(seeds(), sizes()).checkAssert((seed, n) -> {
      List<Participation> records = TestRecords.cohort(seed, n, true);
      ProgrammePeriod period = period(seed);
      Map<Object, List<Participation>> byPerson = new LinkedHashMap<>();
      for (Participation p : records) {
        // records without personnummer are handed in several at a time: they must still count one each
        Object key = p.personId().isPresent() ? p.personId().get() : "unlinked:" + p.subProject();
        byPerson.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
      }
      CommonIndicatorCalculator c = CommonIndicatorCalculator.of(period, TestRecords.AS_OF);
      byPerson.values().forEach(c::addPerson);
      assertThat(c.pendingPersons()).isZero();
      assertThat(c.result()).isEqualTo(fold(period, records));
    });
  }

  @Test
  void the_columnar_fast_path_gives_the_figures_of_the_object_path() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(seeds(), sizes()).checkAssert((seed, n) -> {
      List<Participation> records = TestRecords.cohort(seed, n, false);
      ProgrammePeriod period = period(seed);
      ParticipantColumns columns = ParticipantColumns.of(records);
      int cut = n / 3;
      CommonIndicatorCalculator c = CommonIndicatorCalculator.of(period, TestRecords.AS_OF)
          .add(columns, 0, cut).add(columns, cut, n);
      assertThat(c.result()).isEqualTo(fold(period, records));
    });
  }

  @Test
  void every_result_satisfies_the_subset_and_sum_rules() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES).forAll(seeds(), sizes()).checkAssert((seed, n) -> {
      CommonIndicatorResult r = fold(period(seed), TestRecords.cohort(seed, n, true));
      assertThat(r.consistency().violations()).isEmpty();
      for (IndicatorCounts f : r.figures().values()) {
        assertThat(f.women() + f.men() + f.nonBinary() + f.genderNotReported()).isEqualTo(f.total());
        assertThat(f.total()).isLessThanOrEqualTo(r.participants());
      }
      for (CommonIndicator i : r.figures().keySet()) {
        long bySub = r.subProjects().values().stream().mapToLong(m -> m.get(i).total()).sum();
        assertThat(bySub).isEqualTo(r.figure(i).total());
      }
      DataQualityReport q = r.dataQuality();
      assertThat(q.participants()).isEqualTo(r.participants());
      for (FieldCompleteness fc : q.completeness().values()) {
        assertThat(fc.total()).isEqualTo(q.participants());
      }
      assertThat(q.participationsRead()).isEqualTo((long) n);
      assertThat(q.participants() + q.excluded() + q.count(DataRule.RE_ENTRY_LINKED)).isEqualTo((long) n);
    });
  }

  @Test
  void the_consistency_rules_catch_a_tampered_result() {
    CommonIndicatorResult r = fold(ProgrammePeriod.ESF_2014_2020, TestRecords.cohort(7, 60, true));
    Map<CommonIndicator, IndicatorCounts> figures = new LinkedHashMap<>(r.figures());
    IndicatorCounts co01 = figures.get(CommonIndicator.CO01);
    figures.put(CommonIndicator.CO02, IndicatorCounts.of(CommonIndicator.CO02, co01.total() + 1, co01.women() + 1,
        co01.men(), 0, co01.genderNotReported()));
    figures.put(CommonIndicator.CO05, IndicatorCounts.of(CommonIndicator.CO05, 1, 0, 0, 1, 0));
    CommonIndicatorResult tampered = CommonIndicatorResult.builder().period(r.period()).asOf(r.asOf())
        .putAllFigures(figures).putAllSubProjects(r.subProjects()).dataQuality(r.dataQuality()).build();
    List<String> rules = tampered.consistency().violations().stream().map(v -> v.ruleId()).distinct()
        .collect(Collectors.toList());
    assertThat(rules).contains(ConsistencyRules.SUBSET, ConsistencyRules.SUB_PROJECT_SUM,
        ConsistencyRules.STATUS_SUM, ConsistencyRules.NON_BINARY_2014);
  }
}
