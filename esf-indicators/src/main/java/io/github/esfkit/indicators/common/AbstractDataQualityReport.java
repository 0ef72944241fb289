package io.github.esfkit.indicators.common;

import io.github.esfkit.core.internal.EsfStyle;
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.core.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The data-quality report beside the figures (datakvalitetsrapport): participations read, participants
 * counted, how many records each {@link DataRule} excluded, cut or limited to the grand total, and the
 * completeness of every field. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractDataQualityReport {

  /** Participations (rows) read, excluded ones included. */
  public abstract long participationsRead();

  /** Participants counted in the grand total, after linking re-entries. */
  public abstract long participants();

  /** Participants counted in the grand total only (unknown gender, birth date, status or education). */
  public abstract long incompleteParticipants();

  /** How many times each rule applied; rules that never applied are absent. */
  public abstract Map<DataRule, Long> ruleCounts();

  /** Completeness of every field over the participants. */
  public abstract Map<RecordField, FieldCompleteness> completeness();

  /** How many times {@code rule} applied. */
  public long count(DataRule rule) {
    return ruleCounts().getOrDefault(rule, 0L);
  }

  /** Participations excluded from every figure. */
  public long excluded() {
    long n = 0;
    for (Map.Entry<DataRule, Long> e : ruleCounts().entrySet()) {
      if (e.getKey().excludes()) {
        n += e.getValue();
      }
    }
    return n;
  }

  /**
   * Participations (enrolments) counted, re-entries included: what project-specific targets count unless
   * they say persons; {@link #participants()} is the persons count of the EU indicators.
   */
  public long participationsCounted() {
    return participationsRead() - excluded();
  }

  /** One violation per applied rule, with the rule's id, severity and count. */
  public ValidationResult violations() {
    List<Violation> out = new ArrayList<>();
    for (Map.Entry<DataRule, Long> e : ruleCounts().entrySet()) {
      DataRule r = e.getKey();
      out.add(Violation.of(r.id(), r.severity(), "participants",
          e.getValue() + " st: " + r.descriptionSv(), e.getValue() + ": " + r.descriptionEn()));
    }
    return ValidationResult.of(out);
  }
}
