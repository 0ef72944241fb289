package io.github.esfkit.core.participant;

import io.github.esfkit.core.internal.EsfStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A dated labour-market event of one participation after its exit. Immutable and thread-safe. */
@Value.Immutable
@EsfStyle
abstract class AbstractLabourMarketEvent {

  /** The day the event was observed, on or after the exit date. */
  @Value.Parameter
  public abstract LocalDate date();

  /** What happened (e.g. employed, in education). */
  @Value.Parameter
  public abstract EventType type();
}
