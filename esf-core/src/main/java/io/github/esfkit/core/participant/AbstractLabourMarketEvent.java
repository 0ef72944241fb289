package io.github.esfkit.core.participant;

import io.github.esfkit.core.EsfStyle;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A dated labour-market event of one participation after its exit. Immutable and thread-safe. */
@Value.Immutable
@EsfStyle
abstract class AbstractLabourMarketEvent {

  @Value.Parameter
  public abstract LocalDate date();

  @Value.Parameter
  public abstract EventType type();
}
