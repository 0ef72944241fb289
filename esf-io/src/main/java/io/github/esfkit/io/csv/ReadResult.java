package io.github.esfkit.io.csv;

import io.github.esfkit.io.InputErrors;

/**
 * What a read of participant files found: how many participations and events were read and every
 * problem. When {@link #isValid()} is false, whatever a consumer computed from the rows must be thrown
 * away: a file with errors yields no figures.
 */
public final class ReadResult {

  private final long participations;
  private final long events;
  private final InputErrors errors;

  ReadResult(long participations, long events, InputErrors errors) {
    this.participations = participations;
    this.events = events;
    this.errors = errors;
  }

  /** Data rows of participants.csv read (valid or not). */
  public long participations() {
    return participations;
  }

  /** Data rows of events.csv read (valid or not). */
  public long events() {
    return events;
  }

  /** Every problem found, in file order. */
  public InputErrors errors() {
    return errors;
  }

  /** True when both files follow the format. */
  public boolean isValid() {
    return errors.isEmpty();
  }
}
