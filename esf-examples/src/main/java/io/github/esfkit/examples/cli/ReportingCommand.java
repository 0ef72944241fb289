package io.github.esfkit.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;

/** A command that prints a report and takes {@code --out FILE} (budget, indicators, targets, report). */
abstract class ReportingCommand extends EsfCommand {

  @Mixin
  OutputFile output = new OutputFile();

  @Override
  Path outFile() {
    return output.path;
  }
}
