package io.github.esfkit.examples.cli;

import io.github.esfkit.core.Language;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * The {@code esf} command line (kommandoradsverktyget): runs the bundled examples and reads budgets,
 * project targets and participant files. Exit code 0 when all is well, 1 when the input breaks rules, 2
 * for bad input or usage; errors are one line each on stderr, never a stack trace, never a personnummer.
 */
@Command(name = "esf", mixinStandardHelpOptions = true, version = "esf 0.1.0 (esfkit)",
    description = "The rules of European Social Fund projects (ESF 2014-2020, ESF+ 2021-2027, Sweden).",
    subcommands = {ExamplesCommand.class, BudgetCommand.class, CheckCommand.class, IndicatorsCommand.class,
        TargetsCommand.class, ReportCommand.class,
        GenerateParticipantsCommand.class, ClaimCommand.class, GenerateRunningCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 ok, 1 rule violations or mismatches, 2 bad input or usage.",
        "Start with: esf examples"})
public final class EsfCli implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required, e.g. 'esf examples'");
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    PrintStream stdout = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    PrintStream stderr = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int code = execute(args, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
    stdout.flush();
    System.exit(code);
  }

  /** Runs the command line with the given output streams and returns the exit code (for tests and embedding). */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = commandLine(out, err);
    int code;
    try {
      code = cl.execute(args);
    } catch (OutOfMemoryError e) {
      // Reading links every participant id of the files, so memory grows with their rows: say so in one
      // line instead of a stack trace (no figures were printed).
      err.println("esf: the input needs more memory than this Java heap allows (" + Runtime.getRuntime().maxMemory()
          / (1024 * 1024) + " MB); run again with a larger heap, e.g. ESF_JAVA_OPTS=-Xmx4g ./esf ...");
      code = ExitCode.BAD_INPUT;
    }
    out.flush();
    err.flush();
    return code;
  }

  /** A whole-number option between {@code min} and {@code max}; a clear one-line message otherwise. */
  static long wholeNumber(String s, long min, long max) {
    String t = s.strip();
    Long v = t.matches("[+-]?[0-9]{1,18}") ? Long.valueOf(Long.parseLong(t)) : null;
    if (v == null || v < min || v > max) {
      throw new CommandLine.TypeConversionException(Sanitizer.oneLine("'" + (s.length() > 24 ? s.substring(0, 24)
          + "..." : s) + "' is not a whole number from " + min + " to " + max));
    }
    return v;
  }

  /**
   * An ISO date option, exactly YYYY-MM-DD (a four-digit year: {@code +999999999-12-31} is refused); a clear
   * message (not a Java exception's) when it is none.
   */
  static java.time.LocalDate date(String s) {
    if (!s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      throw new CommandLine.TypeConversionException(
          Sanitizer.oneLine("'" + (s.length() > 24 ? s.substring(0, 24) + "..." : s) + "' is not a date of the form YYYY-MM-DD"));
    }
    try {
      return java.time.LocalDate.parse(s);
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + s + "' is not a valid date of the form YYYY-MM-DD");
    }
  }

  /** The configured picocli command line. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new EsfCli());
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExitCodeExceptionMapper(t -> ExitCode.BAD_INPUT);
    cl.setParameterExceptionHandler((ex, args) -> {
      String name = ex.getCommandLine().getCommandSpec().qualifiedName();
      ex.getCommandLine().getErr().println("esf: " + Sanitizer.oneLine(ex.getMessage()) + " (see '" + name
          + " --help')");
      ex.getCommandLine().getErr().flush();
      return ExitCode.BAD_INPUT;
    });
    cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      commandLine.getErr().println("esf: internal error: " + ex.getClass().getSimpleName()
          + (ex.getMessage() == null ? "" : ": " + Sanitizer.oneLine(ex.getMessage()))
          + " (please report this; no figures were printed)");
      commandLine.getErr().flush();
      return ExitCode.BAD_INPUT;
    });
    cl.registerConverter(Language.class, s -> Language.valueOf(s.toUpperCase(Locale.ROOT)));
    cl.registerConverter(java.time.LocalDate.class, EsfCli::date);
    return cl;
  }
}
