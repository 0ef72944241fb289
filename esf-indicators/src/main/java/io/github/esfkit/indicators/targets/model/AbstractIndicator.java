package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.internal.EsfStyle;
import io.github.esfkit.core.Language;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An indicator (indikator) with its wording and one or more criteria; its verdict is achieved when all
 * criteria are met, partially when some are, not achieved when none are. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractIndicator {

  /** Stable id, e.g. {@code PM-3}; the report says "Indikator 3". */
  public abstract String id();

  /** The wording, in Swedish. */
  @Value.Redacted // free text: never in toString()
  public abstract String textSv();

  /** The wording in English, when given. */
  @Value.Redacted // free text: never in toString()
  public abstract Optional<String> textEn();

  /** The parts the verdict combines, at least one, ids unique within the indicator. */
  public abstract List<Criterion> criteria();

  /** Information the wording carries that is not judged here (e.g. PM-1's 53/47, judged in DM2-2). */
  @Value.Redacted // free text: never in toString()
  public abstract List<String> notesSv();

  /** The wording in the given language, Swedish when no English is given. */
  public String text(Language language) {
    return language == Language.EN && textEn().isPresent() ? textEn().get() : textSv();
  }

  @Value.Check
  void check() {
    Checks.id("indicator id", id());
    if (criteria().isEmpty()) {
      throw new IllegalArgumentException("indicator " + io.github.esfkit.core.Redaction.scrub(id()) + " has no criterion");
    }
    Set<String> ids = new HashSet<>();
    for (Criterion c : criteria()) {
      if (!ids.add(c.id())) {
        throw new IllegalArgumentException("indicator " + io.github.esfkit.core.Redaction.scrub(id()) + ": duplicate criterion id " + io.github.esfkit.core.Redaction.scrub(c.id()));
      }
    }
  }
}
