package io.github.esfkit.examples.catalogue;

import io.github.esfkit.core.Language;
import io.github.esfkit.indicators.targets.EvaluationMode;
import io.github.esfkit.indicators.targets.GoalReport;
import io.github.esfkit.indicators.targets.IndicatorResult;
import io.github.esfkit.indicators.targets.text.GoalReportRenderer;
import io.github.esfkit.indicators.targets.TargetEvaluator;
import io.github.esfkit.indicators.targets.Verdict;
import io.github.esfkit.io.json.JsonInput;
import io.github.esfkit.io.json.TargetsJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The goal table of project 144587 ("Vägar till egen försörjning", final report June 2022) with a verdict
 * per indicator, from {@code examples/144587-targets.json} (goal table and published aggregates), compared
 * with the verdicts the report prints. One verdict differs on purpose: DM2-3 is printed "uppnådd" but its own
 * definition (PES measure or adapted employment) gives 46,2 % women against the project's 47,8 %, which the
 * report reaches only by counting the PES group alone (inconsistency R5 of the domain notes).
 */
final class Project144587Example implements Example {

  static final String FILE = "144587-targets.json";

  /** The verdicts as printed (004:L187–L249), DM2-3 as the library must give it (R5). */
  static final Map<String, Verdict> EXPECTED = new LinkedHashMap<>();

  static {
    EXPECTED.put("PM-1", Verdict.ACHIEVED);
    EXPECTED.put("PM-2", Verdict.NOT_ACHIEVED);
    EXPECTED.put("PM-3", Verdict.PARTIALLY_ACHIEVED);
    EXPECTED.put("PM-4", Verdict.PARTIALLY_ACHIEVED);
    EXPECTED.put("PM-5", Verdict.ACHIEVED);
    EXPECTED.put("PM-6", Verdict.ACHIEVED);
    EXPECTED.put("DM1-1", Verdict.ACHIEVED);
    EXPECTED.put("DM2-1", Verdict.ACHIEVED);
    EXPECTED.put("DM2-2", Verdict.NOT_ACHIEVED);
    EXPECTED.put("DM2-3", Verdict.NOT_ACHIEVED);
    EXPECTED.put("DM3-1", Verdict.ACHIEVED);
    EXPECTED.put("DM3-2", Verdict.ACHIEVED);
    EXPECTED.put("DM4-1", Verdict.ACHIEVED);
    EXPECTED.put("DM4-2", Verdict.ACHIEVED);
    EXPECTED.put("DM4-3", Verdict.NOT_ACHIEVED);
    EXPECTED.put("DM4-4", Verdict.ACHIEVED);
  }

  @Override
  public String id() {
    return "144587-goal-table";
  }

  @Override
  public String title(Language l) {
    return l.pick("144587: måltabellen med bedömningar", "144587: the goal table with verdicts");
  }

  @Override
  public String reproduces(Language l) {
    return l.pick("bedömningen av alla 16 indikatorer i slutrapporten för projekt 144587 (juni 2022) ur "
            + "examples/" + FILE + ", plus PM-1 i strikt läge per kön (delvis uppnådd). DM2-3 skrivs \"uppnådd\" "
            + "i rapporten men blir ej uppnådd enligt sin egen definition (R5).",
        "the verdict of all 16 indicators in the final report of project 144587 (June 2022) from examples/"
            + FILE + ", plus PM-1 in strict per-gender mode (partly achieved). DM2-3 is printed \"uppnådd\" but its "
            + "own definition makes it not achieved (R5).");
  }

  @Override
  public List<Check> run(Language l) throws Exception {
    TargetsJson.TargetsFile file = TargetsJson.map("examples/" + FILE,
        JsonInput.read("examples/" + FILE, Bundled.open(FILE)), 100);
    GoalReport report = TargetEvaluator.of(EvaluationMode.TOTAL).evaluate(file.table(), file.results().orElseThrow());
    List<Check> checks = new ArrayList<>();
    for (Map.Entry<String, Verdict> e : EXPECTED.entrySet()) {
      String actual = report.indicator(e.getKey()).map(IndicatorResult::verdict)
          .map(v -> GoalReportRenderer.status(v, l)).orElse(null);
      String expected = GoalReportRenderer.status(e.getValue(), l)
          + (e.getKey().equals("DM2-3") ? l.pick(" (rapporten: Uppnådd, R5)", " (report: Achieved, R5)") : "");
      checks.add(Check.of(e.getKey(), expected, actual,
          actual != null && actual.equals(GoalReportRenderer.status(e.getValue(), l))));
    }
    GoalReport strict = TargetEvaluator.of(EvaluationMode.STRICT_PER_GENDER)
        .evaluate(file.table(), file.results().get());
    checks.add(Check.of(l.pick("PM-1 strikt per kön", "PM-1 strict per gender"),
        GoalReportRenderer.status(Verdict.PARTIALLY_ACHIEVED, l),
        strict.indicator("PM-1").map(i -> GoalReportRenderer.status(i.verdict(), l)).orElse(null)));
    return checks;
  }
}
