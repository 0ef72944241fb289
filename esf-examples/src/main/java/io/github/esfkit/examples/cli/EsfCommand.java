package io.github.esfkit.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.esfkit.examples.report.OutputFormat;
import io.github.esfkit.examples.report.Report;
import io.github.esfkit.examples.report.ReportRenderer;
import io.github.esfkit.examples.report.XlsxRenderer;
import io.github.esfkit.io.InputError;
import io.github.esfkit.io.InputErrors;
import io.github.esfkit.io.csv.ProgressListener;
import io.github.esfkit.io.result.ResultJson;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every {@code esf} subcommand shares: the common options, printing a report in the chosen format,
 * and printing input errors one per line with exit code 2.
 */
abstract class EsfCommand implements Callable<Integer> {

  @Mixin
  CommonOptions options = new CommonOptions();

  @Spec
  CommandSpec spec;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** A progress listener for long reads (a no-op unless stderr is a terminal). */
  ProgressListener progress() {
    return TerminalProgress.forTerminal(err(), options.noProgress);
  }

  /** The {@code --out} file of a command that has that option (a {@link OutputFile} mixin), else null. */
  java.nio.file.Path outFile() {
    return null;
  }

  /** Prints the report (to {@code --out} when given); exit code 1 when it has an error finding, else 0. */
  int print(Report report) {
    java.nio.file.Path outFile = outFile();
    if (options.format == OutputFormat.XLSX && outFile == null) {
      return usage("--format xlsx kräver --out FIL", "--format xlsx needs --out FILE");
    }
    if (outFile != null) {
      try (java.io.OutputStream os = java.nio.file.Files.newOutputStream(outFile)) {
        if (options.format == OutputFormat.XLSX) {
          XlsxRenderer.write(report, os);
        } else {
          os.write(ReportRenderer.render(report, options.format).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
      } catch (java.io.IOException | RuntimeException e) {
        return usage("kan inte skriva " + outFile + ": " + e.getClass().getSimpleName(),
            "cannot write " + outFile + ": " + e.getClass().getSimpleName());
      }
    } else {
      out().print(ReportRenderer.render(report, options.format));
      out().flush();
    }
    return report.hasErrors() ? ExitCode.VIOLATIONS : ExitCode.OK;
  }

  /** True when the output format is JSON: the command prints its data (see docs/schemas), not its report. */
  boolean json() {
    return options.format == OutputFormat.JSON;
  }

  /** Prints a command's JSON data (to {@code --out} when given); returns the given exit code. */
  int print(ObjectNode data, int exitCode) {
    java.nio.file.Path outFile = outFile();
    if (outFile != null) {
      try {
        java.nio.file.Files.writeString(outFile, ResultJson.write(data), java.nio.charset.StandardCharsets.UTF_8);
      } catch (java.io.IOException | RuntimeException e) {
        return usage("kan inte skriva " + outFile + ": " + e.getClass().getSimpleName(),
            "cannot write " + outFile + ": " + e.getClass().getSimpleName());
      }
    } else {
      out().print(ResultJson.write(data));
      out().flush();
    }
    return exitCode;
  }

  /** Prints every input error (one line each) and a summary line; returns exit code 2. */
  int badInput(InputErrors errors) {
    PrintWriter err = err();
    for (InputError e : errors.kept()) {
      err.println("esf: " + e.location() + ": " + e.ruleId() + " " + Sanitizer.oneLine(e.message(options.language)));
    }
    if (errors.omitted() > 0) {
      err.println("esf: " + options.language.pick(
          "ytterligare " + errors.omitted() + " fel visas inte (höj --max-errors för att se dem)",
          errors.omitted() + " more errors not shown (raise --max-errors to see them)"));
    }
    err.println("esf: " + options.language.pick(
        errors.count() + " fel i indata; inga siffror beräknades.",
        errors.count() + " error(s) in the input; no figures were computed."));
    err.flush();
    return ExitCode.BAD_INPUT;
  }

  /** Prints one usage problem; returns exit code 2. */
  int usage(String sv, String en) {
    err().println("esf: " + Sanitizer.oneLine(options.language.pick(sv, en)));
    err().flush();
    return ExitCode.BAD_INPUT;
  }
}
