package io.github.esfkit.indicators.targets.evaluation.internal;

import io.github.esfkit.indicators.targets.model.EvaluationData;
import io.github.esfkit.indicators.targets.model.EvaluationMode;
import io.github.esfkit.indicators.targets.model.GoalTable;
import io.github.esfkit.indicators.targets.model.SelectionCount;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What every evaluator sees: the goal table (for its sub-project order), the data and the evaluation mode.
 * Immutable and thread-safe.
 *
 * @param table the goal table
 * @param data the data
 * @param mode the evaluation mode
 */
public record EvaluationContext(GoalTable table, EvaluationData data, EvaluationMode mode) {

  /** Checks the components. */
  public EvaluationContext {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(mode, "mode");
  }

  /** The sub-projects of two selections' counts (the second may be null), in {@link #order} order. */
  List<String> subProjects(SelectionCount a, SelectionCount b) {
    Set<String> names = new LinkedHashSet<>(a.bySubProject().keySet());
    if (b != null) {
      names.addAll(b.bySubProject().keySet());
    }
    return order(names);
  }

  /** The table's declared sub-projects first (those present), then the others in name order. */
  List<String> order(Set<String> present) {
    List<String> out = new ArrayList<>();
    for (String s : table.subProjects()) {
      if (present.contains(s)) {
        out.add(s);
      }
    }
    for (String s : new TreeSet<>(present)) {
      if (!out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }
}
