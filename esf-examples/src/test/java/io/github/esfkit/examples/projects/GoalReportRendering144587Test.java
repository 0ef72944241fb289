package io.github.esfkit.examples.projects;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.Language;
import io.github.esfkit.indicators.targets.Reconciliation;
import io.github.esfkit.indicators.targets.TargetEvaluator;
import io.github.esfkit.indicators.targets.model.GoalReport;
import io.github.esfkit.indicators.targets.model.GoalTable;
import io.github.esfkit.indicators.targets.text.GoalReportRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The 144587 goal table rendered in Swedish and English, as text and Markdown. */
class GoalReportRendering144587Test {

  private static GoalReport report() {
    GoalTable table = Project144587.goalTable();
    GoalReport r = TargetEvaluator.standard().evaluate(table, Project144587.dataFromRecords(table));
    List<io.github.esfkit.indicators.targets.model.PublishedFigure> published = Fixture144587.rows().stream()
        .filter(x -> !x.isVariant()).map(Fixture144587.Row::published).collect(Collectors.toList());
    GoalReport reconciled = Reconciliation.reconcile(r, published);
    List<io.github.esfkit.indicators.targets.model.Discrepancy> all = new ArrayList<>(reconciled.discrepancies());
    all.addAll(Project144587.documentedInconsistencies());
    return reconciled.withDiscrepancies(all);
  }

  @Test
  void swedishMarkdownHasTheEvaluatorsStatusColumn() throws IOException {
    String md = GoalReportRenderer.markdown(report(), Language.SV);
    write("144587.sv.md", md);
    assertThat(md)
        .contains("| Indikator | Mål | Resultat | Bedömning |")
        .contains("| **PM-1** 112 kvinnor och 98 män")
        .contains("Uppnådd · grön")
        .contains("Delvis uppnådd · gul")
        .contains("Ej uppnådd · gul")
        .contains("Berg: 2 kvinnor och 3 män; 5 av 15 avslutade deltagare, dvs. 33 %.")
        .contains("## Avvikelser mot rapporten")
        .contains("PERCENT-PRINTED (PM-6.follow-up/Strömsund): rapporten 63 %, beräknat 64 %")
        .contains("R22 (DM2)");
    assertThat(md.lines().filter(x -> x.startsWith("| **")).count()).isEqualTo(16);
  }

  @Test
  void englishTextNamesVerdictsAndAsOfDate() throws IOException {
    String txt = GoalReportRenderer.text(report(), Language.EN);
    write("144587.en.txt", txt);
    assertThat(txt)
        .contains("GOAL ATTAINMENT – 144587, final report June 2022")
        .contains("As of 2022-06-30 · mode: total")
        .contains("Partially achieved · yellow")
        .contains("Not achieved · yellow")
        .contains("4 of 27 finished participants, i.e. 15%")
        .contains("TARGET-SURVEY-STRUCK-FLIPS");
    assertThat(GoalReportRenderer.text(report(), Language.SV)).contains("Per 2022-06-30 · läge: totalen");
  }

  private static void write(String name, String content) throws IOException {
    Path dir = Path.of("target", "targets-reports");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
