package io.github.esfkit.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The participant files a command counts from (deltagarfiler), {@code --participants} and {@code --events},
 * both optional: {@code esf targets} and {@code esf report} share this one option group.
 */
public final class ParticipantFiles {

  @Option(names = "--participants", paramLabel = "FILE",
      description = "participants.csv to count from (docs/participants-csv.md).")
  Path participants;

  @Option(names = "--events", paramLabel = "FILE", description = "events.csv (optional; needs --participants).")
  Path events;
}
