package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.internal.EsfStyle;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.participant.ExitDestination;
import io.github.esfkit.core.participant.Participation;
import java.time.LocalDate;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A named set of participations (urval): a population such as "avslutade deltagare", an outcome such as
 * "gått till arbete eller studier", or an eligible population ("endast deltagare som innan projektet inte
 * deltog i åtgärd hos AF"). Defined by plain values so a codec can write it; aggregate counts are keyed by
 * its {@link #id()}. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractSelection {

  /** Stable id, the key of aggregate counts, e.g. {@code work-or-studies}. */
  public abstract String id();

  /** Swedish noun phrase for display, e.g. "avslutade deltagare". */
  @Value.Redacted // free text: never in toString()
  public abstract String labelSv();

  /** English noun phrase, e.g. "finished participants". */
  @Value.Redacted // free text: never in toString()
  public abstract String labelEn();

  /** Exit destinations that qualify; empty means any (or none). */
  public abstract Set<ExitDestination> destinations();

  /** Tags (per-participant facts) a participation must carry, e.g. {@code work-training}. */
  @Value.Redacted // names and tags from the input (free text, may hold a personnummer): never in toString()
  public abstract Set<String> requiredTags();

  /** Tags that exclude a participation, e.g. {@code af-measure-before-entry}. */
  @Value.Redacted // names and tags from the input (free text, may hold a personnummer): never in toString()
  public abstract Set<String> excludedTags();

  /** Sub-projects that qualify; empty means all (lets a target be set per municipality). */
  @Value.Redacted // names and tags from the input (free text, may hold a personnummer): never in toString()
  public abstract Set<String> subProjects();

  /** Only participations with an exit date. */
  @Value.Default
  public boolean exitedOnly() {
    return false;
  }

  /** Whether struck enrolments (strukna) count. */
  @Value.Default
  public boolean includeStruck() {
    return false;
  }

  /** The label in the given language. */
  public String label(Language language) {
    return language.pick(labelSv(), labelEn());
  }

  /**
   * True when the participation, with its tags, belongs to this selection, taking every date as it is (no
   * reporting date). Use {@link #matches(Participation, Set, LocalDate)} for figures as of a date.
   */
  public boolean matches(Participation p, Set<String> tags) {
    return matches(p, tags, LocalDate.MAX);
  }

  /**
   * True when the participation, with its tags, belongs to this selection as of {@code asOf} (the reporting
   * date of the participant exchange format): a participation entered after it does not exist yet, and one
   * whose exit lies after it is still active, so it is neither exited nor has an exit destination.
   */
  public boolean matches(Participation p, Set<String> tags, LocalDate asOf) {
    if (p.entryDate().isAfter(asOf)) {
      return false;
    }
    if (p.struck() && !includeStruck()) {
      return false;
    }
    if (!subProjects().isEmpty() && !subProjects().contains(p.subProject())) {
      return false;
    }
    boolean exited = p.hasExitedBy(asOf);
    if (exitedOnly() && !exited) {
      return false;
    }
    if (!destinations().isEmpty()
        && (!exited || p.exitDestination().isEmpty() || !destinations().contains(p.exitDestination().get()))) {
      return false;
    }
    if (!tags.containsAll(requiredTags())) {
      return false;
    }
    for (String t : excludedTags()) {
      if (tags.contains(t)) {
        return false;
      }
    }
    return true;
  }

  @Value.Check
  void check() {
    if (!id().matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
      throw new IllegalArgumentException("selection id must be 1-64 of A-Z a-z 0-9 _ . - : "
          + io.github.esfkit.core.Redaction.quote(id()));
    }
    Checks.noIdentityNumber("selection id", id());
  }
}
