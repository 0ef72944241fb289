package io.github.esfkit.examples.catalogue;

import io.github.esfkit.core.Language;
import io.github.esfkit.indicators.targets.TargetEvaluator;
import io.github.esfkit.indicators.targets.model.CriterionKind;
import io.github.esfkit.indicators.targets.model.EvaluationMode;
import io.github.esfkit.indicators.targets.model.GoalReport;
import io.github.esfkit.indicators.targets.model.IndicatorResult;
import io.github.esfkit.indicators.targets.model.Verdict;
import io.github.esfkit.indicators.targets.text.GoalReportRenderer;
import io.github.esfkit.io.json.TargetsJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The goal table of project 144587 ("Vägar till egen försörjning", final report June 2022) with a verdict
 * per indicator, from {@code examples/144587-targets.json} (goal table and published aggregates), compared
 * with the verdicts the report prints. Eight verdicts are computed from the figures; the other eight (PM-6,
 * DM2-1, DM3-1, DM3-2, DM4-1–DM4-4) rest on the evaluator's judgements and the milestone statuses recorded in
 * the input, which esfkit passes through: the check says which is which, from esfkit's own result. One verdict
 * differs on purpose: DM2-3 is printed "uppnådd" but its own definition (PES measure or adapted employment)
 * gives 46,2 % women against the project's 47,8 %, which the report reaches only by counting the PES group
 * alone (inconsistency R5 of the domain notes).
 */
final class Project144587Example implements Example {

  static final String FILE = "144587-targets.json";

  /** The verdicts as the report prints them (004:L187–L249). */
  static final Map<String, Verdict> PRINTED = new LinkedHashMap<>();

  /** Where the report's own definitions give another verdict than it prints: the verdict esfkit must give. */
  static final Map<String, Verdict> BY_DEFINITION = Map.of("DM2-3", Verdict.NOT_ACHIEVED);

  static {
    PRINTED.put("PM-1", Verdict.ACHIEVED);
    PRINTED.put("PM-2", Verdict.NOT_ACHIEVED);
    PRINTED.put("PM-3", Verdict.PARTIALLY_ACHIEVED);
    PRINTED.put("PM-4", Verdict.PARTIALLY_ACHIEVED);
    PRINTED.put("PM-5", Verdict.ACHIEVED);
    PRINTED.put("PM-6", Verdict.ACHIEVED);
    PRINTED.put("DM1-1", Verdict.ACHIEVED);
    PRINTED.put("DM2-1", Verdict.ACHIEVED);
    PRINTED.put("DM2-2", Verdict.NOT_ACHIEVED);
    PRINTED.put("DM2-3", Verdict.ACHIEVED);
    PRINTED.put("DM3-1", Verdict.ACHIEVED);
    PRINTED.put("DM3-2", Verdict.ACHIEVED);
    PRINTED.put("DM4-1", Verdict.ACHIEVED);
    PRINTED.put("DM4-2", Verdict.ACHIEVED);
    PRINTED.put("DM4-3", Verdict.NOT_ACHIEVED);
    PRINTED.put("DM4-4", Verdict.ACHIEVED);
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
            + "examples/" + FILE + ": 8 beräknade ur siffrorna, 8 registrerade i indata (utvärderarens bedömningar "
            + "och milstolparnas status) och återgivna, plus PM-1 i strikt läge per kön (delvis uppnådd). DM2-3 "
            + "skrivs \"uppnådd\" i rapporten men blir ej uppnådd enligt sin egen definition (R5).",
        "the verdict of all 16 indicators in the final report of project 144587 (June 2022) from examples/"
            + FILE + ": 8 computed from the figures, 8 recorded in the input (the evaluator's judgements and the "
            + "milestone statuses) and passed through, plus PM-1 in strict per-gender mode (partly achieved). "
            + "DM2-3 is printed \"uppnådd\" but its own definition makes it not achieved (R5).");
  }

  @Override
  public List<Check> run(Language l) throws Exception {
    TargetsJson.TargetsFile file = TargetsJson.read("examples/" + FILE, Bundled.open(FILE), 100);
    GoalReport report = TargetEvaluator.of(EvaluationMode.TOTAL).evaluate(file.table(), file.results().orElseThrow());
    List<Check> checks = new ArrayList<>();
    for (Map.Entry<String, Verdict> e : PRINTED.entrySet()) {
      Optional<IndicatorResult> result = report.indicator(e.getKey());
      String actual = result.map(IndicatorResult::verdict).map(v -> GoalReportRenderer.status(v, l)).orElse(null);
      String printed = GoalReportRenderer.status(e.getValue(), l);
      Verdict defined = BY_DEFINITION.get(e.getKey());
      Check c = defined == null ? Check.of(e.getKey(), printed, actual)
          : Check.knownDifference(e.getKey(), printed, actual, GoalReportRenderer.status(defined, l),
              l.pick("R5: enligt sin definition (AF-insats eller anpassad anställning) 46,2 % kvinnor mot projektets "
                  + "47,8 %; rapporten räknar bara AF-gruppen",
                  "R5: by its definition (PES measure or adapted employment) 46.2 % women against the project's "
                  + "47.8 %; the report counts the PES group only"));
      checks.add(result.filter(Project144587Example::recorded).isPresent() ? c.withBasis(Check.Basis.RECORDED) : c);
    }
    GoalReport strict = TargetEvaluator.of(EvaluationMode.STRICT_PER_GENDER)
        .evaluate(file.table(), file.results().get());
    checks.add(Check.of(l.pick("PM-1 strikt per kön", "PM-1 strict per gender"),
        GoalReportRenderer.status(Verdict.PARTIALLY_ACHIEVED, l),
        strict.indicator("PM-1").map(i -> GoalReportRenderer.status(i.verdict(), l)).orElse(null)));
    return checks;
  }

  /**
   * True when esfkit's verdict rests on something recorded in the input rather than computed: a criterion
   * decided by a recorded judgement, or a milestone decided by its recorded status.
   */
  static boolean recorded(IndicatorResult r) {
    return r.criteria().stream().anyMatch(c -> c.judged() || c.kind() == CriterionKind.MILESTONE);
  }
}
