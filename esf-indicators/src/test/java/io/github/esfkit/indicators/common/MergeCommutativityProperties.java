package io.github.esfkit.indicators.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.EmploymentStatus;
import io.github.esfkit.core.participant.EventType;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.participant.IscedLevel;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.programme.ProgrammePeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 item 10: two municipalities that both number from "P1" hold participations of the same person
 * with the same entry date and participant id; merging and adding must not depend on order, ties included.
 */
class MergeCommutativityProperties {

  private static final ProgrammePeriod PERIOD = ProgrammePeriod.ESF_2014_2020;

  /** Records drawn from tiny domains so that person, entry, exit and participant id collide often. */
  static List<Participation> colliding(long seed, int n) {
    SplittableRandom r = new SplittableRandom(seed);
    String[] subs = {"Berg", "Krokom"};
    List<Participation> out = new ArrayList<>();
    LocalDate base = LocalDate.of(2022, 1, 10);
    for (int i = 0; i < n; i++) {
      LocalDate entry = base.plusDays(r.nextInt(2));
      Participation.Builder b = Participation.builder()
          .participantId("P" + (1 + r.nextInt(2)))
          .subProject(subs[r.nextInt(subs.length)])
          .gender(Answer.of(Gender.values()[r.nextInt(2)]))
          .birthDate(Answer.of(LocalDate.of(1980 + r.nextInt(2), 1, 1)))
          .entryDate(entry)
          .employmentStatus(Answer.of(EmploymentStatus.values()[r.nextInt(2)]))
          .education(Answer.of(IscedLevel.values()[r.nextInt(2)]))
          .personId(TestRecords.person(r.nextInt(2)));
      if (r.nextBoolean()) {
        LocalDate exit = entry.plusDays(30 + r.nextInt(2));
        b.exitDate(exit);
        if (r.nextBoolean()) {
          b.addEvents(TestRecords.event(exit.plusDays(r.nextInt(2)),
              EventType.values()[r.nextInt(EventType.values().length)]));
        }
      }
      out.add(b.build());
    }
    return out;
  }

  private static CommonIndicatorCalculator calc(List<Participation> records) {
    return CommonIndicatorCalculator.of(PERIOD, TestRecords.AS_OF).addAll(records);
  }

  @Test
  void merge_is_commutative_with_colliding_ids() {
    qt().withFixedSeed(10L).withExamples(300).forAll(longs().between(0, Long.MAX_VALUE / 2), integers().between(0, 12))
        .checkAssert((seed, n) -> {
          List<Participation> records = colliding(seed, n);
          SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
          List<Participation> first = new ArrayList<>();
          List<Participation> second = new ArrayList<>();
          for (Participation p : records) {
            (r.nextBoolean() ? first : second).add(p);
          }
          CommonIndicatorResult ab = calc(first).merge(calc(second)).result();
          CommonIndicatorResult ba = calc(second).merge(calc(first)).result();
          assertThat(ab).isEqualTo(ba);
          assertThat(ab).isEqualTo(calc(records).result());
        });
  }

  @Test
  void the_order_of_add_calls_does_not_change_the_result_with_colliding_ids() {
    qt().withFixedSeed(11L).withExamples(300).forAll(longs().between(0, Long.MAX_VALUE / 2), integers().between(0, 12))
        .checkAssert((seed, n) -> {
          List<Participation> records = colliding(seed, n);
          List<Participation> shuffled = new ArrayList<>(records);
          Collections.shuffle(shuffled, new Random(seed));
          List<Participation> reversed = new ArrayList<>(records);
          Collections.reverse(reversed);
          CommonIndicatorResult expected = calc(records).result();
          assertThat(calc(shuffled).result()).isEqualTo(expected);
          assertThat(calc(reversed).result()).isEqualTo(expected);
        });
  }
}
