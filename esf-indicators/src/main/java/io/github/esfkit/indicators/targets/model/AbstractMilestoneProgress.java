package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.internal.EsfStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** Where a milestone stands, with evidence (underlag) and the date it was done. Immutable and thread-safe. */
@Value.Immutable
@EsfStyle
abstract class AbstractMilestoneProgress {

  /** Not started, in progress or done. */
  @Value.Parameter
  public abstract MilestoneStatus status();

  /** What shows it, e.g. "Förankrat hos styrgruppen hösten 2021". */
  @Value.Parameter
  @Value.Redacted // free text: never in toString()
  public abstract String evidenceSv();

  /** When it was done; only for {@link MilestoneStatus#DONE}. */
  public abstract Optional<LocalDate> doneOn();

  @Value.Check
  void check() {
    if (doneOn().isPresent() && status() != MilestoneStatus.DONE) {
      throw new IllegalArgumentException("doneOn is set but status is " + status());
    }
  }
}
