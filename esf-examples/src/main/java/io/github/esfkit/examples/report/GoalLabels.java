package io.github.esfkit.examples.report;

import io.github.esfkit.core.Language;
import io.github.esfkit.indicators.targets.model.CriterionResult;

/** How the status of one part of a target (del av mål) is worded in every output. Stateless. */
public final class GoalLabels {

  private GoalLabels() {}

  /** "uppfylld", "delvis", "ej uppfylld" or "kan inte avgöras", with "(bedömd)" when judged by a person. */
  public static String criterionStatus(CriterionResult c, Language l) {
    String s;
    switch (c.status()) {
      case MET:
        s = l.pick("uppfylld", "met");
        break;
      case PARTIALLY_MET:
        s = l.pick("delvis", "partly met");
        break;
      case NOT_MET:
        s = l.pick("ej uppfylld", "not met");
        break;
      default:
        s = l.pick("kan inte avgöras", "undetermined");
    }
    return c.judged() ? s + l.pick(" (bedömd)", " (judged)") : s;
  }
}
