package io.github.esfkit.io.csv;

import java.util.Optional;

/** The columns of {@code events.csv}, format version 1; all required. */
enum EventColumn {
  /** A participant_id of participants.csv. */
  PARTICIPANT_ID("participant_id"),
  /** ISO date on or after the participation's exit date. */
  DATE("date"),
  /** The event code. */
  EVENT("event");

  private final String header;

  EventColumn(String header) {
    this.header = header;
  }

  /** The header name. */
  public String header() {
    return header;
  }

  /** The column with this header name. */
  public static Optional<EventColumn> byHeader(String name) {
    for (EventColumn c : values()) {
      if (c.header.equals(name)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
