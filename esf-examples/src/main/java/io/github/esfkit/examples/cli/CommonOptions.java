package io.github.esfkit.examples.cli;

import io.github.esfkit.core.Language;
import io.github.esfkit.examples.report.OutputFormat;
import io.github.esfkit.io.InputErrors;
import picocli.CommandLine.Option;

/** Options every command takes: output format, language, error limit, progress. */
public final class CommonOptions {

  @Option(names = "--format", paramLabel = "text|json|markdown|xlsx", defaultValue = "text",
      description = "Output format (default: ${DEFAULT-VALUE}); xlsx needs --out.")
  OutputFormat format = OutputFormat.TEXT;

  @Option(names = "--lang", paramLabel = "sv|en", defaultValue = "en",
      description = "Language of labels and messages (default: ${DEFAULT-VALUE}).")
  Language language = Language.EN;

  @Option(names = "--max-errors", paramLabel = "N", defaultValue = "" + InputErrors.DEFAULT_LIMIT,
      description = "Errors of an input file shown in full; the rest are counted (default: ${DEFAULT-VALUE}).")
  int maxErrors = InputErrors.DEFAULT_LIMIT;

  @Option(names = "--no-progress", description = "Never show progress on stderr.")
  boolean noProgress;
}
