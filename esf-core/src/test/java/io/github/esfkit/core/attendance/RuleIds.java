package io.github.esfkit.core.attendance;

import io.github.esfkit.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/** The rule ids of a check's findings, in order: the one helper of the attendance and time-report tests. */
final class RuleIds {

  private RuleIds() {}

  static List<String> rules(Checked<?> c) {
    List<String> r = new ArrayList<>();
    for (Violation v : c.findings().violations()) {
      r.add(v.ruleId());
    }
    return r;
  }
}
