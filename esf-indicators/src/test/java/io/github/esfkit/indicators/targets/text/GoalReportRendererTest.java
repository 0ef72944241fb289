package io.github.esfkit.indicators.targets.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.indicators.targets.TargetEvaluator;
import io.github.esfkit.indicators.targets.model.Bound;
import io.github.esfkit.indicators.targets.model.CountCriterion;
import io.github.esfkit.indicators.targets.model.Discrepancy;
import io.github.esfkit.indicators.targets.model.EvaluationData;
import io.github.esfkit.indicators.targets.model.EvaluationMode;
import io.github.esfkit.indicators.targets.model.GenderCounts;
import io.github.esfkit.indicators.targets.model.Goal;
import io.github.esfkit.indicators.targets.model.GoalKind;
import io.github.esfkit.indicators.targets.model.GoalReport;
import io.github.esfkit.indicators.targets.model.GoalTable;
import io.github.esfkit.indicators.targets.model.Indicator;
import io.github.esfkit.indicators.targets.model.Selection;
import io.github.esfkit.indicators.targets.model.SelectionCount;
import io.github.esfkit.indicators.targets.model.ShareCriterion;
import io.github.esfkit.indicators.targets.model.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The report as text and Markdown: title by language, header by mode, one line per indicator joining its
 * criteria, the notes and the discrepancies (with or without a published value). Indicator I-1 has a share
 * criterion (at least 60 %: 10 of 18 = 56 %, not met) and a count criterion (at least 6 women and 4 men: 10,
 * met on the total with a note on the women), so it is partially achieved.
 */
class GoalReportRendererTest {

  private static final Selection ALL = Selection.builder().id("all").labelSv("deltagare").labelEn("participants").build();
  private static final Selection OUT = Selection.builder().id("out").labelSv("med utfall").labelEn("with outcome").build();

  private static GoalReport report(EvaluationMode mode) {
    GoalTable table = GoalTable.builder().projectId("T").titleSv("Testprojekt").titleEn("Test project")
        .addSubProjects("A")
        .addGoals(Goal.builder().id("G").goalKind(GoalKind.PROJECT_GOAL).textSv("Mål").textEn("Goal")
            .addIndicators(Indicator.builder().id("I-1").textSv("Andel | antal").textEn("Share | count")
                .addCriteria(ShareCriterion.builder().id("s").textSv("60 %").counted(OUT).population(ALL)
                    .percent(BigDecimal.valueOf(60)).build())
                .addCriteria(CountCriterion.builder().id("c").textSv("antal").counted(OUT).population(ALL)
                    .bound(Bound.AT_LEAST).putGenderTargets(Gender.WOMAN, 6L).putGenderTargets(Gender.MAN, 4L).build())
                .build())
            .build())
        .build();
    EvaluationData data = EvaluationData.builder().asOf(LocalDate.of(2022, 6, 30))
        .putCounts("out", SelectionCount.builder().putBySubProject("A", GenderCounts.of(5, 5)).build())
        .putCounts("all", SelectionCount.builder().putBySubProject("A", GenderCounts.of(9, 9)).build())
        .build();
    return TargetEvaluator.of(mode).evaluate(table, data);
  }

  private final GoalReport report = report(EvaluationMode.TOTAL);

  @Test
  void theReportIsWhatTheTestAssumes() {
    assertThat(report.indicator("I-1").orElseThrow().verdict()).isEqualTo(Verdict.PARTIALLY_ACHIEVED);
    assertThat(report.notes()).hasSize(1);
  }

  @Test
  void textInSwedish() {
    String t = GoalReportRenderer.text(report, Language.SV);
    assertThat(t).startsWith("MÅLUPPFYLLELSE – Testprojekt\nPer 2022-06-30 · läge: totalen\n\nProjektmål G: Mål\n"
        + String.format("  %-6s %-28s %s%n", "I-1", "Delvis uppnådd · gul", "10 av 18 = 56 %; 10 (5 kvinnor, 5 män)")
        + "         Mål: minst 60 %; minst 10 (6 kvinnor och 4 män)\n"
        + "         10 av 18 deltagare (med utfall), dvs. 56 % mot minst 60 %: ej uppfyllt. Per 2022-06-30.\n"
        + "           A: 5 kvinnor och 5 män; 10 av 18 deltagare, dvs. 56 %.\n");
    assertThat(t).endsWith("\nAnmärkningar\n\n  INFO TARGET-GENDER-MISSED-IN-TOTAL (c/woman): Bedömt på totalen: kvinnor 5 "
        + "mot målet minst 6 är inte uppfyllt, men det påverkar inte bedömningen.\n\n");
    assertThat(t).doesNotContain("Avvikelser");
  }

  @Test
  void textInEnglishUsesTheEnglishTitleAndTheStrictMode() {
    String t = GoalReportRenderer.text(report(EvaluationMode.STRICT_PER_GENDER), Language.EN);
    assertThat(t).startsWith("GOAL ATTAINMENT – Test project\nAs of 2022-06-30 · mode: strict per gender\n\n"
        + "Project goal G: Goal\n");
    assertThat(t).contains("         Target: at least 60%; at least 10 (6 women and 4 men)\n");
    // strict per gender: the count is partly met, no note
    assertThat(t).doesNotContain("Notes");
    assertThat(GoalReportRenderer.text(report.withTitleEn(java.util.Optional.empty()), Language.EN))
        .startsWith("GOAL ATTAINMENT – Testprojekt\n");
    assertThat(GoalReportRenderer.text(report(EvaluationMode.STRICT_PER_GENDER), Language.SV))
        .contains("Per 2022-06-30 · läge: strikt per kön\n");
  }

  @Test
  void markdownEscapesPipesAndListsEveryCriterion() {
    String m = GoalReportRenderer.markdown(report, Language.EN);
    assertThat(m).startsWith("# Goal attainment – Test project\n\nAs of 2022-06-30 · mode: total\n\n## Project goal G\n\n"
        + "Goal\n\n| Indicator | Target | Result | Verdict |\n|---|---|---|---|\n"
        + "| **I-1** Share \\| count | at least 60%; at least 10 (6 women and 4 men) | 10 of 18 = 56%; 10 (5 women, 5 men) "
        + "| Partially achieved · yellow |\n");
    assertThat(m).contains("\n- 10 of 18 participants (with outcome), i.e. 56% against at least 60%: not met. As of "
        + "2022-06-30.\n  - A: 5 women and 5 men; 10 of 18 participants, i.e. 56%.\n");
    assertThat(m).contains("\n## Notes\n\n- INFO TARGET-GENDER-MISSED-IN-TOTAL (c/woman): Judged on the total: ");
    assertThat(GoalReportRenderer.markdown(report, Language.SV)).startsWith("# Måluppfyllelse – Testprojekt\n\n")
        .contains("| Indikator | Mål | Resultat | Bedömning |");
  }

  @Test
  void discrepanciesWithAndWithoutValues() {
    Discrepancy numbers = Discrepancy.builder().code("NUMERATOR").subject("s/total").published("13").computed("14")
        .messageSv("skiljer.").messageEn("differs.").build();
    Discrepancy onlyComputed = numbers.withCode("NOT-PUBLISHED").withPublished("–");
    Discrepancy neither = numbers.withCode("NO-VALUES").withPublished("–").withComputed("–");
    Discrepancy onlyPublished = numbers.withCode("NOT-COMPUTED").withComputed("–");
    GoalReport r = report.withNotes().withDiscrepancies(numbers, onlyComputed, neither, onlyPublished);
    String t = GoalReportRenderer.text(r, Language.SV);
    assertThat(t).endsWith("\nAvvikelser mot rapporten\n\n"
        + "  NUMERATOR (s/total): rapporten 13, beräknat 14. skiljer.\n"
        + "  NOT-PUBLISHED (s/total): rapporten –, beräknat 14. skiljer.\n"
        + "  NO-VALUES (s/total): skiljer.\n"
        + "  NOT-COMPUTED (s/total): rapporten 13, beräknat –. skiljer.\n\n");
    assertThat(t).doesNotContain("Anmärkningar");
    assertThat(GoalReportRenderer.markdown(r, Language.EN)).endsWith("\n## Differences from the report\n\n"
        + "- NUMERATOR (s/total): report 13, computed 14. differs.\n"
        + "- NOT-PUBLISHED (s/total): report –, computed 14. differs.\n"
        + "- NO-VALUES (s/total): differs.\n"
        + "- NOT-COMPUTED (s/total): report 13, computed –. differs.\n\n");
  }

  @Test
  void missingArgumentsAreNamed() {
    assertThatThrownBy(() -> GoalReportRenderer.text(null, Language.SV)).hasMessage("report must not be null");
    assertThatThrownBy(() -> GoalReportRenderer.text(report, null)).hasMessage("language must not be null");
    assertThatThrownBy(() -> GoalReportRenderer.markdown(null, Language.SV)).hasMessage("report must not be null");
    assertThatThrownBy(() -> GoalReportRenderer.markdown(report, null)).hasMessage("language must not be null");
  }
}
