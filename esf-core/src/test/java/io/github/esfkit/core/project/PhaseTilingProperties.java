package io.github.esfkit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.esfkit.core.testing.CoreGenerators;
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.core.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/**
 * Any partition of a period into consecutive phases tiles it; taking away one day, or stretching one
 * phase over its neighbour, is reported with exactly the dates concerned.
 */
class PhaseTilingProperties {

  private static final PhaseKind[] KINDS = PhaseKind.values();

  private static List<Phase> phases(List<LocalDateRange> ranges) {
    List<Phase> out = new ArrayList<>();
    for (int i = 0; i < ranges.size(); i++) {
      out.add(Phase.of(KINDS[i % KINDS.length], ranges.get(i)));
    }
    return out;
  }

  private static LocalDateRange span(List<LocalDateRange> ranges) {
    return LocalDateRange.of(ranges.get(0).getStart(), ranges.get(ranges.size() - 1).getEnd());
  }

  @Test
  void anyPartitionTilesThePeriodInAnyOrder() {
    qt().withFixedSeed(20260301L).withExamples(300).forAll(CoreGenerators.tilings(6), integers().between(0, 1000))
        .checkAssert((ranges, shuffleSeed) -> {
          List<Phase> phases = phases(ranges);
          Collections.shuffle(phases, new java.util.Random(shuffleSeed));
          assertThat(PhaseValidator.validate(span(ranges), phases).violations()).isEmpty();
        });
  }

  @Test
  void removingTheLastDayOfAPhaseReportsExactlyThatDay() {
    qt().withFixedSeed(20260302L).withExamples(300)
        .forAll(CoreGenerators.tilings(6), integers().between(0, 100))
        .assuming((ranges, k) -> ranges.get(k % ranges.size()).lengthInDays() >= 2)
        .checkAssert((ranges, k) -> {
          int i = k % ranges.size();
          LocalDateRange r = ranges.get(i);
          LocalDate removed = r.getEndInclusive();
          List<LocalDateRange> cut = new ArrayList<>(ranges);
          cut.set(i, LocalDateRange.of(r.getStart(), removed));
          ValidationResult result = PhaseValidator.validate(span(ranges), phases(cut));

          assertThat(result.violations()).hasSize(1);
          Violation v = result.violations().get(0);
          assertThat(v.ruleId()).isEqualTo(i == ranges.size() - 1 ? "PHASE-END" : "PHASE-GAP");
          assertThat(v.messageEn()).contains(removed + " lies").doesNotContain(" – " + removed);
          assertThat(v.messageSv()).contains(removed.toString());
        });
  }

  @Test
  void removingTheFirstDayOfThePeriodIsAStartViolation() {
    qt().withFixedSeed(20260303L).withExamples(200).forAll(CoreGenerators.tilings(6))
        .assuming(ranges -> ranges.get(0).lengthInDays() >= 2)
        .checkAssert(ranges -> {
          List<LocalDateRange> cut = new ArrayList<>(ranges);
          LocalDate removed = ranges.get(0).getStart();
          cut.set(0, LocalDateRange.of(removed.plusDays(1), ranges.get(0).getEnd()));
          ValidationResult result = PhaseValidator.validate(span(ranges), phases(cut));

          assertThat(result.violations()).extracting(Violation::ruleId).containsExactly("PHASE-START");
          assertThat(result.violations().get(0).messageEn()).contains(removed + " lies in no phase");
        });
  }

  @Test
  void stretchingAPhaseReportsExactlyTheDatesCoveredTwice() {
    qt().withFixedSeed(20260304L).withExamples(300)
        .forAll(CoreGenerators.tilings(6), integers().between(0, 100), integers().between(1, 60))
        .assuming((ranges, k, extra) -> ranges.size() >= 2)
        .checkAssert((ranges, k, extra) -> {
          int i = k % (ranges.size() - 1);
          LocalDateRange next = ranges.get(i + 1);
          // stretch phase i into phase i+1 by up to extra days, but not beyond phase i+1
          int days = Math.min(extra, next.lengthInDays());
          List<LocalDateRange> stretched = new ArrayList<>(ranges);
          stretched.set(i, LocalDateRange.of(ranges.get(i).getStart(), next.getStart().plusDays(days)));
          ValidationResult result = PhaseValidator.validate(span(ranges), phases(stretched));

          assertThat(result.violations()).extracting(Violation::ruleId).containsExactly("PHASE-OVERLAP");
          LocalDate first = next.getStart();
          LocalDate last = next.getStart().plusDays(days - 1L);
          String expected = days == 1 ? first + " lies in both" : first + " – " + last + " (" + days + ") lie in both";
          assertThat(result.violations().get(0).messageEn()).contains(expected);
        });
  }
}
