package io.github.esfkit.examples.cli;

import io.github.esfkit.indicators.targets.model.EvaluationMode;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * How a goal table is judged (bedömning): the reporting date {@code --as-of} and the {@code --mode} of
 * per-gender count targets. {@code esf targets} and {@code esf report} share this one option group.
 */
public final class EvaluationOptions {

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "Reporting date (default: the results' asOf in the project file).")
  LocalDate asOf;

  @Option(names = "--mode", defaultValue = "total", paramLabel = "total|strict_per_gender",
      description = "How per-gender count targets are judged (default: ${DEFAULT-VALUE}).")
  EvaluationMode mode = EvaluationMode.TOTAL;
}
