package io.github.esfkit.io.result;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.core.validation.Violation;
import io.github.esfkit.indicators.common.CommonIndicator;
import io.github.esfkit.indicators.common.CommonIndicatorResult;
import io.github.esfkit.indicators.common.DataQualityReport;
import io.github.esfkit.indicators.common.DataRule;
import io.github.esfkit.indicators.common.FieldCompleteness;
import io.github.esfkit.indicators.common.IndicatorCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The data of {@code esf indicators --format json}: format {@code esfkit-indicators-result-1}
 * ({@code docs/schemas/esfkit-indicators-result-1.schema.json}). Stateless and thread-safe.
 */
public final class IndicatorsResult {

  private IndicatorsResult() {}

  /**
   * The result of a calculation: every figure by gender (and per sub-project when asked), the codes not computed
   * from records, the data-quality counts and the findings.
   */
  public static ObjectNode json(CommonIndicatorResult result, long participationsRead, long eventsRead,
      boolean bySubProject, Language language) {
    ProgrammePeriod p = result.period();
    ObjectNode root = ResultJson.result("indicators");
    root.put("period", p.code());
    root.put("fund", p.fund());
    root.put("asOf", result.asOf().toString());
    ObjectNode labels = ResultJson.labels(root, language);
    labels.put("title", language.pick("Gemensamma indikatorer ", "Common indicators ") + p.fund() + " " + p.code()
        + language.pick(", per ", ", as of ") + result.asOf());
    ObjectNode names = labels.putObject("indicators");

    List<CommonIndicator> notCollected = result.notCollected();
    figures(root.putArray("indicators"), result.figures(), notCollected, p, names, language);
    root.put("collectedThresholdPercent", CommonIndicatorResult.COLLECTED_THRESHOLD_PERCENT);
    ArrayNode notCollectedCodes = root.putArray("notCollected");
    notCollected.forEach(i -> notCollectedCodes.add(i.code()));
    ArrayNode notComputed = root.putArray("notComputed");
    for (CommonIndicator i : result.notComputed()) {
      notComputed.add(i.code());
      names.put(i.code(), i.name(language));
    }
    if (bySubProject) {
      ArrayNode subProjects = root.putArray("subProjects");
      for (Map.Entry<String, Map<CommonIndicator, IndicatorCounts>> e : result.subProjects().entrySet()) {
        ObjectNode s = subProjects.addObject();
        s.put("subProject", e.getKey()); // the name as the input file gives it
        figures(s.putArray("indicators"), e.getValue(), notCollected, p, names, language);
      }
    }

    DataQualityReport q = result.dataQuality();
    ObjectNode dq = root.putObject("dataQuality");
    dq.put("participationsRead", participationsRead);
    dq.put("eventsRead", eventsRead);
    dq.put("participants", q.participants());
    dq.put("incompleteParticipants", q.incompleteParticipants());
    dq.put("participationsNotCounted", q.excluded());
    ArrayNode rules = dq.putArray("rules");
    for (DataRule rule : DataRule.values()) {
      long n = q.count(rule);
      if (n > 0) {
        rules.addObject().put("rule", rule.id()).put("count", n);
      }
    }
    ArrayNode completeness = dq.putArray("completeness");
    ObjectNode fieldNames = labels.putObject("fields");
    for (FieldCompleteness c : q.completeness().values()) {
      completeness.addObject().put("field", c.field().name()).put("known", c.known())
          .put("notCollected", c.notCollected()).put("refused", c.refused()).put("dontKnow", c.dontKnow());
      fieldNames.put(c.field().name(), language == Language.SV ? c.field().nameSv() : c.field().nameEn());
    }
    List<Violation> findings = new ArrayList<>(q.violations().violations());
    findings.addAll(result.consistency().violations());
    ResultJson.findings(root, findings, labels, language);
    return root;
  }

  private static void figures(ArrayNode into, Map<CommonIndicator, IndicatorCounts> figures,
      List<CommonIndicator> notCollected, ProgrammePeriod p, ObjectNode names, Language language) {
    for (Map.Entry<CommonIndicator, IndicatorCounts> e : figures.entrySet()) {
      IndicatorCounts f = e.getValue();
      ObjectNode n = into.addObject();
      n.put("code", e.getKey().code());
      n.put("codeVerified", e.getKey().codeVerified());
      // false: the characteristic was collected for too few participants; the counts are then not a figure
      n.put("collected", !notCollected.contains(e.getKey()));
      n.put("total", f.total());
      n.put("women", f.women());
      n.put("men", f.men());
      if (p.hasNonBinaryGender()) {
        n.put("nonBinary", f.nonBinary());
      }
      n.put("genderNotReported", f.genderNotReported());
      names.put(e.getKey().code(), e.getKey().name(language));
    }
  }
}
