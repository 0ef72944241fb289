package io.github.esfkit.examples.result;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.esfkit.core.Language;
import io.github.esfkit.indicators.targets.model.ComputedFigure;
import io.github.esfkit.indicators.targets.model.CriterionResult;
import io.github.esfkit.indicators.targets.model.GoalReport;
import io.github.esfkit.indicators.targets.model.GoalResult;
import io.github.esfkit.indicators.targets.model.IndicatorResult;
import io.github.esfkit.io.result.ResultJson;
import java.math.BigDecimal;

/**
 * The data of {@code esf targets --format json}: format {@code esfkit-targets-result-1}
 * ({@code docs/schemas/esfkit-targets-result-1.schema.json}). Stateless and thread-safe.
 */
public final class TargetsResult {

  private TargetsResult() {}

  /** The goal report as data: a verdict per indicator, a status and the computed figures per criterion. */
  public static ObjectNode json(GoalReport g, boolean fromRecords, Language language) {
    ObjectNode root = ResultJson.result("targets");
    root.put("project", g.projectId());
    root.put("asOf", g.asOf().toString());
    root.put("mode", g.mode().name());
    root.put("countsFrom", fromRecords ? "PARTICIPANT_FILE" : "PROJECT_FILE");
    ObjectNode labels = ResultJson.labels(root, language);
    labels.put("title", language.pick("Måluppfyllelse: ", "Target attainment: ")
        + (language == Language.EN && g.titleEn().isPresent() ? g.titleEn().get() : g.titleSv()));
    ObjectNode goalLabels = labels.putObject("goals");
    ObjectNode indicatorLabels = labels.putObject("indicators");
    ObjectNode criterionLabels = labels.putObject("criteria");

    ArrayNode goals = root.putArray("goals");
    for (GoalResult goal : g.goals()) {
      ObjectNode gn = goals.addObject();
      gn.put("goal", goal.goal().id());
      gn.put("kind", goal.goal().goalKind().name());
      goalLabels.put(goal.goal().id(), goal.goal().text(language));
      ArrayNode indicators = gn.putArray("indicators");
      for (IndicatorResult i : goal.indicators()) {
        ObjectNode in = indicators.addObject();
        in.put("indicator", i.id());
        in.put("verdict", i.verdict().name());
        indicatorLabels.putObject(i.id()).put("text", i.indicator().text(language))
            .put("verdict", i.verdict().label(language)).put("explanation", i.explanation(language));
        ArrayNode criteria = in.putArray("criteria");
        for (CriterionResult c : i.criteria()) {
          ObjectNode cn = criteria.addObject();
          cn.put("criterion", c.criterionId());
          cn.put("kind", c.kind().name());
          cn.put("status", c.status().name());
          cn.put("judged", c.judged());
          ArrayNode figures = cn.putArray("figures");
          for (ComputedFigure f : c.figures()) {
            ObjectNode fn = figures.addObject();
            fn.put("scope", f.scope());
            fn.put("count", f.numerator());
            if (f.denominator().isPresent()) {
              ResultJson.share(fn, "share", BigDecimal.valueOf(f.numerator()), BigDecimal.valueOf(f.denominator().get()));
            }
          }
          criterionLabels.putObject(c.criterionId()).put("target", c.target(language))
              .put("result", c.result(language)).put("explanation", c.explanation(language));
        }
      }
    }
    ResultJson.findings(root, g.notes(), labels, language);
    return root;
  }
}
