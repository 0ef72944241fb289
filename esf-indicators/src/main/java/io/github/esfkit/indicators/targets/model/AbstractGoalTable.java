package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.internal.EsfStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A project's goal table (mål och indikatorer): goals, their indicators and criteria, and the sub-projects in
 * display order. Criterion ids are unique, and a selection id always means the same selection. Immutable and
 * thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractGoalTable {

  /** E.g. the project number {@code 144587}. */
  public abstract String projectId();

  /** The project's title, in Swedish. */
  @Value.Redacted // free text: never in toString()
  public abstract String titleSv();

  /** The project's title in English, when given. */
  @Value.Redacted // free text: never in toString()
  public abstract Optional<String> titleEn();

  /** Sub-projects (delprojekt) in the order a breakdown lists them; others follow in name order. */
  @Value.Redacted // names and tags from the input (free text, may hold a personnummer): never in toString()
  public abstract List<String> subProjects();

  /** Project goals and sub-goals, in table order. */
  public abstract List<Goal> goals();

  /** Every criterion, in table order. */
  public List<Criterion> criteria() {
    List<Criterion> all = new ArrayList<>();
    for (Goal g : goals()) {
      for (Indicator i : g.indicators()) {
        all.addAll(i.criteria());
      }
    }
    return all;
  }

  /**
   * Every selection the criteria name, by id, in table order: the counted and population selections of counts and
   * shares, the populations of gender criteria, and a follow-up criterion's population.
   */
  public Map<String, Selection> selections() {
    Map<String, Selection> all = new LinkedHashMap<>();
    for (Criterion c : criteria()) {
      for (Selection s : Selections.of(c)) {
        Selection before = all.putIfAbsent(s.id(), s);
        if (before != null && !before.equals(s)) {
          throw new IllegalArgumentException("selection id " + io.github.esfkit.core.Redaction.scrub(s.id())
              + " is used for two different selections");
        }
      }
    }
    return all;
  }

  /**
   * The selections whose counts an evaluation reads, in table order: {@link #selections()} without a population
   * that only a follow-up criterion names (it is judged on its own tally).
   */
  Map<String, Selection> countedSelections() {
    Map<String, Selection> counted = new LinkedHashMap<>();
    for (Criterion c : criteria()) {
      for (Selection s : Selections.counted(c)) {
        counted.putIfAbsent(s.id(), s);
      }
    }
    return counted;
  }

  @Value.Check
  void check() {
    Map<String, String> seen = new HashMap<>();
    for (Goal g : goals()) {
      for (Indicator i : g.indicators()) {
        for (Criterion c : i.criteria()) {
          String before = seen.put(c.id(), i.id());
          if (before != null) {
            throw new IllegalArgumentException("criterion id " + io.github.esfkit.core.Redaction.scrub(c.id())
                + " appears in " + io.github.esfkit.core.Redaction.scrub(before) + " and "
                + io.github.esfkit.core.Redaction.scrub(i.id()));
          }
        }
      }
    }
    selections();
  }

  /** Project id and title (through {@link io.github.esfkit.core.Redaction}) and the size of the table. */
  @Override
  public String toString() {
    return "GoalTable{projectId=" + io.github.esfkit.core.Redaction.quote(projectId()) + ", title="
        + io.github.esfkit.core.Redaction.quote(titleSv()) + ", goals=" + goals().size() + ", subProjects="
        + subProjects().size() + "}";
  }
}
