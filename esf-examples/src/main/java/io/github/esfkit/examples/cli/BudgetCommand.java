package io.github.esfkit.examples.cli;

import picocli.CommandLine.Command;

/** {@code esf budget}: not wired yet. */
@Command(name = "budget", mixinStandardHelpOptions = true, description = "Not available yet.")
final class BudgetCommand extends EsfCommand {

  @Override
  public Integer call() {
    return usage("inte tillgängligt ännu", "not available yet");
  }
}
