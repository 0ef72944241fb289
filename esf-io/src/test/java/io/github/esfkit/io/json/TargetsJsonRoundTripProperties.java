package io.github.esfkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.esfkit.core.participant.ExitDestination;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.indicators.targets.model.Bound;
import io.github.esfkit.indicators.targets.model.Comparison;
import io.github.esfkit.indicators.targets.model.CountBasis;
import io.github.esfkit.indicators.targets.model.CountCriterion;
import io.github.esfkit.indicators.targets.model.Criterion;
import io.github.esfkit.indicators.targets.model.EvaluationData;
import io.github.esfkit.indicators.targets.model.FollowUpCounts;
import io.github.esfkit.indicators.targets.model.FollowUpCriterion;
import io.github.esfkit.indicators.targets.model.FollowUpExclusion;
import io.github.esfkit.indicators.targets.model.FollowUpOutcome;
import io.github.esfkit.indicators.targets.model.FollowUpTally;
import io.github.esfkit.indicators.targets.model.GenderBalanceCriterion;
import io.github.esfkit.indicators.targets.model.GenderCompositionCriterion;
import io.github.esfkit.indicators.targets.model.GenderCounts;
import io.github.esfkit.indicators.targets.model.Goal;
import io.github.esfkit.indicators.targets.model.GoalKind;
import io.github.esfkit.indicators.targets.model.GoalTable;
import io.github.esfkit.indicators.targets.model.Indicator;
import io.github.esfkit.indicators.targets.model.JudgedCriterion;
import io.github.esfkit.indicators.targets.model.Judgement;
import io.github.esfkit.indicators.targets.model.MilestoneCriterion;
import io.github.esfkit.indicators.targets.model.MilestoneProgress;
import io.github.esfkit.indicators.targets.model.MilestoneStatus;
import io.github.esfkit.indicators.targets.model.ParticipantFacts;
import io.github.esfkit.indicators.targets.model.RelativeGenderShareCriterion;
import io.github.esfkit.indicators.targets.model.Selection;
import io.github.esfkit.indicators.targets.model.SelectionCount;
import io.github.esfkit.indicators.targets.model.ShareCriterion;
import io.github.esfkit.indicators.targets.model.SuccessRule;
import io.github.esfkit.indicators.targets.model.SurveyShareCriterion;
import io.github.esfkit.indicators.targets.model.SurveyTally;
import io.github.esfkit.indicators.targets.model.Verdict;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link TargetsJson#write} and {@link TargetsJson#read} are inverse: a goal table with every kind of criterion,
 * its results and its facts, written and read back, are the same values; and writing what was read gives the
 * same text. Each example is built from one random seed, so a failure names the seed that shows it.
 */
class TargetsJsonRoundTripProperties {

  private static final String[] WORDS = {"Deltagare", "kvinnor", "Åtgärd", "100 % \"citat\"", "rad\nbrytning", "x"};

  private static <E extends Enum<E>> E any(Random r, Class<E> type) {
    E[] all = type.getEnumConstants();
    return all[r.nextInt(all.length)];
  }

  private static String text(Random r) {
    return WORDS[r.nextInt(WORDS.length)] + " " + r.nextInt(1000);
  }

  private static Optional<String> maybe(Random r) {
    return r.nextBoolean() ? Optional.of(text(r)) : Optional.empty();
  }

  private static BigDecimal percent(Random r) {
    return BigDecimal.valueOf(r.nextInt(1001), r.nextInt(3)).min(BigDecimal.valueOf(100));
  }

  static List<Selection> selections(Random r) {
    List<Selection> out = new ArrayList<>();
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      Selection.Builder s = Selection.builder().id("S" + i).labelSv(text(r)).labelEn(text(r))
          .exitedOnly(r.nextBoolean()).includeStruck(r.nextBoolean());
      for (int k = r.nextInt(3); k > 0; k--) {
        s.addDestinations(any(r, ExitDestination.class));
      }
      if (r.nextInt(3) == 0) {
        s.addRequiredTags("tag-" + r.nextInt(3));
      }
      if (r.nextInt(3) == 0) {
        s.addExcludedTags("struken");
      }
      out.add(s.build());
    }
    return out;
  }

  static Criterion criterion(Random r, String id, List<Selection> sel) {
    Selection a = sel.get(r.nextInt(sel.size()));
    Selection b = sel.get(r.nextInt(sel.size()));
    String sv = text(r);
    Optional<String> en = maybe(r);
    switch (r.nextInt(9)) {
      case 0: {
        CountCriterion.Builder c = CountCriterion.builder().id(id).textSv(sv).textEn(en).counted(a).population(b)
            .bound(any(r, Bound.class));
        if (r.nextBoolean()) {
          c.eligibilityBase(b);
        }
        boolean perGender = r.nextBoolean();
        if (perGender) {
          c.putGenderTargets(Gender.WOMAN, r.nextInt(500)).putGenderTargets(Gender.MAN, r.nextInt(500));
          c.basis(any(r, CountBasis.class));
        } else {
          c.basis(CountBasis.TOTAL);
        }
        if (!perGender || r.nextBoolean()) {
          c.totalTarget((long) r.nextInt(10_000));
        }
        return c.build();
      }
      case 1:
        return ShareCriterion.builder().id(id).textSv(sv).textEn(en).counted(a).population(b).percent(percent(r))
            .bound(any(r, Bound.class)).build();
      case 2:
        return RelativeGenderShareCriterion.builder().id(id).textSv(sv).textEn(en).outcome(a).reference(b)
            .gender(any(r, Gender.class)).bound(any(r, Bound.class)).build();
      case 3: {
        Comparison cmp = any(r, Comparison.class);
        GenderCompositionCriterion.Builder c = GenderCompositionCriterion.builder().id(id).textSv(sv).textEn(en)
            .population(a).gender(any(r, Gender.class)).percent(percent(r)).comparison(cmp);
        if (cmp == Comparison.WITHIN || r.nextBoolean()) {
          c.tolerance(BigDecimal.valueOf(r.nextInt(20)));
        }
        return c.build();
      }
      case 4: {
        BigDecimal x = percent(r);
        BigDecimal y = percent(r);
        return GenderBalanceCriterion.builder().id(id).textSv(sv).textEn(en).population(a).lowerPercent(x.min(y))
            .upperPercent(x.max(y)).build();
      }
      case 5:
        return SurveyShareCriterion.builder().id(id).textSv(sv).textEn(en).percent(percent(r))
            .keepStruckAnswers(r.nextBoolean()).build();
      case 6: {
        FollowUpCriterion.Builder c = FollowUpCriterion.builder().id(id).textSv(sv).textEn(en).population(a)
            .monthsAfterExit(r.nextInt(121)).baselineMonthsBeforeEntry(r.nextInt(121))
            .successRule(any(r, SuccessRule.class)).requireLabourMarketLink(r.nextBoolean())
            .requireConsent(r.nextBoolean());
        if (r.nextBoolean()) {
          c.putSuccessRuleOverrides("Kil", any(r, SuccessRule.class));
        }
        if (r.nextBoolean()) {
          c.addExcludedSubProjects("Berg");
        }
        if (r.nextBoolean()) {
          c.thresholdPercent(percent(r));
        }
        return c.build();
      }
      case 7: {
        MilestoneCriterion.Builder c = MilestoneCriterion.builder().id(id).textSv(sv).textEn(en);
        if (r.nextBoolean()) {
          c.deadline(LocalDate.of(2018, 1, 1).plusDays(r.nextInt(2000)));
        }
        return c.build();
      }
      default:
        return JudgedCriterion.builder().id(id).textSv(sv).textEn(en).build();
    }
  }

  static GoalTable table(Random r) {
    List<Selection> sel = selections(r);
    GoalTable.Builder t = GoalTable.builder().projectId("P" + r.nextInt(1_000_000)).titleSv(text(r))
        .titleEn(maybe(r));
    for (int k = r.nextInt(3); k > 0; k--) {
      t.addSubProjects(text(r));
    }
    int goals = 1 + r.nextInt(3);
    for (int g = 0; g < goals; g++) {
      Goal.Builder goal = Goal.builder().id("G" + g).goalKind(any(r, GoalKind.class)).textSv(text(r)).textEn(maybe(r));
      int indicators = 1 + r.nextInt(3);
      for (int i = 0; i < indicators; i++) {
        Indicator.Builder ind = Indicator.builder().id("G" + g + "." + i).textSv(text(r)).textEn(maybe(r));
        if (r.nextBoolean()) {
          ind.addNotesSv(text(r));
        }
        int criteria = 1 + r.nextInt(3);
        for (int c = 0; c < criteria; c++) {
          ind.addCriteria(criterion(r, "C" + g + "-" + i + "-" + c, sel));
        }
        goal.addIndicators(ind.build());
      }
      t.addGoals(goal.build());
    }
    return t.build();
  }

  static EvaluationData results(Random r, GoalTable table) {
    EvaluationData.Builder d = EvaluationData.builder().asOf(LocalDate.of(2020, 1, 1).plusDays(r.nextInt(2000)));
    for (Selection s : table.selections().values()) {
      if (r.nextBoolean()) {
        d.putCounts(s.id(), SelectionCount.builder().putBySubProject("Berg", GenderCounts.builder()
            .women(r.nextInt(100)).men(r.nextInt(100)).nonBinary(r.nextInt(2)).unknown(r.nextInt(2)).build()).build());
      }
      if (r.nextInt(3) == 0) {
        d.putFollowUps(s.id(), FollowUpTally.builder().putBySubProject("Kil", FollowUpCounts.builder()
            .putOutcomes(any(r, FollowUpOutcome.class), (long) r.nextInt(50))
            .putExclusions(any(r, FollowUpExclusion.class), (long) r.nextInt(5)).build()).build());
      }
    }
    if (r.nextBoolean()) {
      d.putSurveys("C0-0-0", SurveyTally.builder().yes(r.nextInt(50)).no(r.nextInt(50)).struckYes(r.nextInt(3))
          .struckNo(r.nextInt(3)).noNeed(r.nextInt(3)).noAnswer(r.nextInt(3)).build());
    }
    if (r.nextBoolean()) {
      MilestoneStatus st = any(r, MilestoneStatus.class);
      MilestoneProgress.Builder m = MilestoneProgress.builder().status(st).evidenceSv(text(r));
      if (st == MilestoneStatus.DONE && r.nextBoolean()) {
        m.doneOn(LocalDate.of(2019, 5, 1));
      }
      d.putMilestones("C0-0-0", m.build());
    }
    if (r.nextBoolean()) {
      d.putJudgements("C0-0-0", Judgement.builder().verdict(any(r, Verdict.class)).statementSv(text(r))
          .judgedBy(maybe(r)).build());
    }
    return d.build();
  }

  static ParticipantFacts facts(Random r) {
    ParticipantFacts.Builder f = ParticipantFacts.builder();
    for (int k = r.nextInt(3); k > 0; k--) {
      f.putTags("P-" + k, java.util.Set.of("tag-" + r.nextInt(3)));
    }
    return f.build();
  }

  @Test
  void writeThenReadGivesTheSameValues() {
    qt().withFixedSeed(20261201L).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      GoalTable table = table(r);
      Optional<EvaluationData> results = r.nextBoolean() ? Optional.of(results(r, table)) : Optional.empty();
      ParticipantFacts facts = facts(r);
      String json = TargetsJson.write(table, results, facts, r.nextBoolean() ? "seed " + seed : null);
      TargetsJson.TargetsFile back;
      try {
        back = TargetsJson.read("t.json", json);
      } catch (io.github.esfkit.io.InvalidInputException e) {
        throw new AssertionError("seed " + seed + ": " + e.errors().kept() + "\n" + json);
      }
      assertThat(back.table()).as("seed %s", seed).isEqualTo(table);
      assertThat(back.results()).as("seed %s", seed).isEqualTo(results);
      assertThat(back.facts()).as("seed %s", seed).isEqualTo(facts);
      assertThat(TargetsJson.write(back.table(), back.results(), back.facts(), null))
          .isEqualTo(TargetsJson.write(table, results, facts, null));
    });
  }

  @Test
  void theBundledGoalTableSurvivesWriteAndRead() throws Exception {
    Path file = Path.of("../esf-examples/examples/144587-targets.json");
    TargetsJson.TargetsFile read = TargetsJson.read(file, 100);
    String written = TargetsJson.write(read.table(), read.results(), read.facts(), null);
    TargetsJson.TargetsFile again = TargetsJson.read("again.json", written);
    assertThat(again.table()).isEqualTo(read.table());
    assertThat(again.results()).isEqualTo(read.results());
    assertThat(again.facts()).isEqualTo(read.facts());
    assertThat(Files.readString(file)).contains(read.table().projectId());
  }
}
