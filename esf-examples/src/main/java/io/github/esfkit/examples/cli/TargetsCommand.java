package io.github.esfkit.examples.cli;

import picocli.CommandLine.Command;

/** {@code esf targets}: not wired yet. */
@Command(name = "targets", mixinStandardHelpOptions = true, description = "Not available yet.")
final class TargetsCommand extends EsfCommand {

  @Override
  public Integer call() {
    return usage("inte tillgängligt ännu", "not available yet");
  }
}
