package io.github.esfkit.core.project;

import io.github.esfkit.core.internal.EsfStyle;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Planned participants (planerat antal deltagare): the total, the split by gender where the source gives
 * it (non-binary only in ESF+), and the kind of figure. All In: 648 = 324 women + 324 men, a maximum.
 * Whether the parts add up is checked by {@link Project#validate()} ({@code PLANNED-SUM}), so that a source
 * whose figures disagree can be read and reported. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractPlannedParticipants {

  /** The planned total. */
  @Value.Parameter
  public abstract int total();

  /** Whether the figures are a target (målvärde), a forecast (prognos) or a maximum (tak). */
  @Value.Parameter
  public abstract FigureKind kind();

  /** The planned number of women, when the application states it. */
  public abstract OptionalInt women();

  /** The planned number of men, when the application states it. */
  public abstract OptionalInt men();

  /** Non-binary persons (ESF+ only). */
  public abstract OptionalInt nonBinary();

  /** The planned total with women and men, e.g. {@code of(648, 324, 324, MAXIMUM)}. */
  public static PlannedParticipants of(int total, int women, int men, FigureKind kind) {
    return PlannedParticipants.of(total, kind).withWomen(women).withMen(men);
  }

  @Value.Check
  void check() {
    if (total() < 0 || women().orElse(0) < 0 || men().orElse(0) < 0 || nonBinary().orElse(0) < 0) {
      throw new IllegalArgumentException("planned participants must not be negative: " + this);
    }
  }
}
