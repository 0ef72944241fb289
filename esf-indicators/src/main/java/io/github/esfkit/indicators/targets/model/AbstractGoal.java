package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.internal.EsfStyle;
import io.github.esfkit.core.Language;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A goal (projektmål or delmål) with its indicators. Immutable and thread-safe. */
@Value.Immutable
@EsfStyle
abstract class AbstractGoal {

  /** Stable id, e.g. {@code PM}, {@code DM1}. */
  public abstract String id();

  /** Project goal (projektmål) or sub-goal (delmål). */
  public abstract GoalKind goalKind();

  /** The goal's wording, in Swedish. */
  @Value.Redacted // free text: never in toString()
  public abstract String textSv();

  /** The goal's wording in English, when given. */
  @Value.Redacted // free text: never in toString()
  public abstract Optional<String> textEn();

  /** The goal's indicators, in table order. */
  public abstract List<Indicator> indicators();

  /** The wording in the given language, Swedish when no English is given. */
  public String text(Language language) {
    return language == Language.EN && textEn().isPresent() ? textEn().get() : textSv();
  }

  @Value.Check
  void check() {
    Checks.id("goal id", id());
  }
}
