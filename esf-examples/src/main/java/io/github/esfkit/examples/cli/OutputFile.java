package io.github.esfkit.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --out FILE} option of the commands that print a report (required for xlsx and HTML). */
public final class OutputFile {

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the output to FILE instead of standard output (required for --format xlsx).")
  Path path;
}
