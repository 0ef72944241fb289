package io.github.esfkit.indicators.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.ExitDestination;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.indicators.targets.model.Bound;
import io.github.esfkit.indicators.targets.model.BreakdownLine;
import io.github.esfkit.indicators.targets.model.ComputedFigure;
import io.github.esfkit.indicators.targets.model.CountCriterion;
import io.github.esfkit.indicators.targets.model.CriterionResult;
import io.github.esfkit.indicators.targets.model.CriterionStatus;
import io.github.esfkit.indicators.targets.model.EvaluationMode;
import io.github.esfkit.indicators.targets.model.Goal;
import io.github.esfkit.indicators.targets.model.GoalKind;
import io.github.esfkit.indicators.targets.model.GoalReport;
import io.github.esfkit.indicators.targets.model.GoalTable;
import io.github.esfkit.indicators.targets.model.Indicator;
import io.github.esfkit.indicators.targets.model.IndicatorResult;
import io.github.esfkit.indicators.targets.model.ParticipantFacts;
import io.github.esfkit.indicators.targets.model.ParticipantTally;
import io.github.esfkit.indicators.targets.model.RelativeGenderShareCriterion;
import io.github.esfkit.indicators.targets.model.Selection;
import io.github.esfkit.indicators.targets.model.ShareCriterion;
import io.github.esfkit.indicators.targets.text.GoalReportRenderer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the evaluation over generated synthetic participants (QuickTheories, fixed seed). */
class TargetsProperties {

  private static final long SEED = 144587L;
  private static final int EXAMPLES = 60;
  private static final LocalDate AS_OF = LocalDate.of(2022, 6, 30);
  private static final ExitDestination[] DESTINATIONS = ExitDestination.values();

  private static final Selection FINISHED = Selection.builder().id("finished").labelSv("avslutade deltagare")
      .labelEn("finished participants").exitedOnly(true).build();
  private static final Selection WORK = Selection.builder().id("work").labelSv("arbete").labelEn("work")
      .addDestinations(ExitDestination.EMPLOYMENT, ExitDestination.STUDIES).build();
  private static final CountCriterion MIN = CountCriterion.builder().id("min").textSv("minst").counted(WORK)
      .population(FINISHED).bound(Bound.AT_LEAST).putGenderTargets(Gender.WOMAN, 5L).putGenderTargets(Gender.MAN, 4L)
      .build();
  private static final CountCriterion MAX = CountCriterion.builder().id("max").textSv("högst").counted(WORK)
      .population(FINISHED).bound(Bound.AT_MOST).putGenderTargets(Gender.WOMAN, 5L).putGenderTargets(Gender.MAN, 4L)
      .build();
  private static final ShareCriterion SHARE = ShareCriterion.builder().id("share").textSv("andel").counted(WORK)
      .population(FINISHED).percent(BigDecimal.valueOf(40)).build();
  private static final RelativeGenderShareCriterion REL = RelativeGenderShareCriterion.builder().id("rel")
      .textSv("rel").outcome(WORK).reference(FINISHED).build();
  private static final GoalTable TABLE = GoalTable.builder().projectId("P").titleSv("P").addSubProjects("S0", "S1", "S2")
      .addGoals(Goal.builder().id("G").goalKind(GoalKind.PROJECT_GOAL).textSv("G")
          .addIndicators(Indicator.builder().id("I-min").textSv("min").addCriteria(MIN).build(),
              Indicator.builder().id("I-max").textSv("max").addCriteria(MAX).build(),
              Indicator.builder().id("I-mix").textSv("mix").addCriteria(SHARE, REL).build())
          .build())
      .build();

  /** Codes 0..999 → participant: sub-project, gender, destination, exited or not. */
  private static Gen<List<Integer>> codes() {
    return lists().of(integers().between(0, 999)).ofSizeBetween(0, 40);
  }

  static Participation participant(int index, int code) {
    Gender g = code % 2 == 0 ? Gender.WOMAN : Gender.MAN;
    boolean exited = (code / 2) % 7 != 0;
    Participation.Builder b = Participation.builder()
        .participantId("p" + index)
        .subProject("S" + (code / 14) % 3)
        .gender((code / 42) % 9 == 0 ? Answer.notCollected() : Answer.of(g))
        .birthDate(Answer.notCollected())
        .entryDate(LocalDate.of(2021, 1, 1))
        .employmentStatus(Answer.notCollected())
        .education(Answer.notCollected());
    if (exited) {
      b.exitDate(LocalDate.of(2021, 6, 1)).exitDestination(DESTINATIONS[(code / 2) % DESTINATIONS.length]);
    }
    return b.build();
  }

  private static List<Participation> participants(List<Integer> codes) {
    List<Participation> out = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      out.add(participant(i, codes.get(i)));
    }
    return out;
  }

  private static GoalReport evaluate(List<Participation> ps, EvaluationMode mode) {
    return TargetEvaluator.of(mode).evaluate(TABLE, ParticipantTally.tally(TABLE, ps, ParticipantFacts.none(), AS_OF));
  }

  private static int rank(CriterionStatus s) {
    switch (s) {
      case MET:
        return 2;
      case PARTIALLY_MET:
        return 1;
      default:
        return 0;
    }
  }

  @Test
  void verdictsDoNotDependOnRecordOrder() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(codes(), integers().between(0, 10_000))
        .checkAssert((codes, shuffleSeed) -> {
          List<Participation> ps = participants(codes);
          List<Participation> shuffled = new ArrayList<>(ps);
          Collections.shuffle(shuffled, new Random(shuffleSeed));
          for (EvaluationMode mode : EvaluationMode.values()) {
            GoalReport a = evaluate(ps, mode);
            GoalReport b = evaluate(shuffled, mode);
            assertThat(b.indicators()).extracting(IndicatorResult::verdict)
                .containsExactlyElementsOf(a.indicators().stream().map(IndicatorResult::verdict)::iterator);
            for (String id : List.of("min", "max", "share", "rel")) {
              assertThat(b.criterion(id).get().figures()).isEqualTo(a.criterion(id).get().figures());
              assertThat(b.criterion(id).get().explanationSv()).isEqualTo(a.criterion(id).get().explanationSv());
            }
          }
        });
  }

  @Test
  void addingAParticipantWithTheOutcomeNeverLowersAMinimumAndNeverRaisesAMaximum() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(codes(), integers().between(0, 1), integers().between(0, 2))
        .checkAssert((codes, gender, subProject) -> {
          List<Participation> ps = participants(codes);
          List<Participation> more = new ArrayList<>(ps);
          more.add(participant(ps.size(), findCode(gender, subProject)));
          for (EvaluationMode mode : EvaluationMode.values()) {
            GoalReport before = evaluate(ps, mode);
            GoalReport after = evaluate(more, mode);
            assertThat(rank(after.criterion("min").get().status()))
                .isGreaterThanOrEqualTo(rank(before.criterion("min").get().status()));
            assertThat(rank(after.criterion("max").get().status()))
                .isLessThanOrEqualTo(rank(before.criterion("max").get().status()));
            assertThat(after.criterion("min").get().figure("total").get().numerator())
                .isEqualTo(before.criterion("min").get().figure("total").get().numerator() + 1);
          }
        });
  }

  /** A code whose participant has exited to employment, with the given gender and sub-project, gender known. */
  private static int findCode(int gender, int subProject) {
    for (int code = 0; code < 1000; code++) {
      Participation p = participant(0, code);
      if (code % 2 == gender && (code / 14) % 3 == subProject && p.gender().isKnown()
          && p.exitDestination().filter(d -> d == ExitDestination.EMPLOYMENT).isPresent()) {
        return code;
      }
    }
    throw new AssertionError("no code for gender " + gender + " sub-project " + subProject);
  }

  @Test
  void perSubProjectCountsSumToTheTotal() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(codes())
        .checkAssert(codes -> {
          GoalReport r = evaluate(participants(codes), EvaluationMode.TOTAL);
          for (String id : List.of("min", "share")) {
            CriterionResult c = r.criterion(id).get();
            long total = c.figure("total").get().numerator();
            long sum = c.breakdown().stream().mapToLong(BreakdownLine::count).sum();
            long denominators = c.breakdown().stream().mapToLong(BreakdownLine::denominator).sum();
            assertThat(sum).isEqualTo(total);
            assertThat(denominators).isEqualTo(c.figure("total").get().denominator().orElse(0L));
            long genders = c.figures().stream().filter(f -> f.scope().endsWith("/woman") || f.scope().endsWith("/man"))
                .mapToLong(ComputedFigure::numerator).sum();
            assertThat(genders).isLessThanOrEqualTo(total);
          }
        });
  }

  @Test
  void neverThrowsAndAlwaysExplains() {
    qt().withFixedSeed(SEED).withExamples(EXAMPLES)
        .forAll(codes())
        .checkAssert(codes -> {
          GoalReport r = evaluate(participants(codes), EvaluationMode.STRICT_PER_GENDER);
          for (IndicatorResult i : r.indicators()) {
            assertThat(i.explanationSv()).endsWith("per 2022-06-30.");
            i.criteria().forEach(c -> assertThat(c.explanationEn()).contains("As of 2022-06-30"));
          }
          assertThat(GoalReportRenderer.markdown(r, io.github.esfkit.core.Language.SV)).contains("| **I-mix**");
        });
  }
}
