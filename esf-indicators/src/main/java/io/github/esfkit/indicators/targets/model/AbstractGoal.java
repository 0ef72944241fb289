package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.EsfStyle;
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

  public abstract GoalKind goalKind();

  @Value.Redacted // free text: never in toString()
  public abstract String textSv();

  @Value.Redacted // free text: never in toString()
  public abstract Optional<String> textEn();

  public abstract List<Indicator> indicators();

  public String text(Language language) {
    return language == Language.EN && textEn().isPresent() ? textEn().get() : textSv();
  }

  @Value.Check
  void check() {
    Checks.id("goal id", id());
  }
}
