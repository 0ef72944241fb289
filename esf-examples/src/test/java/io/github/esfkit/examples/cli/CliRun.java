package io.github.esfkit.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One in-process run of {@code esf}: exit code, stdout, stderr. */
final class CliRun {

  /** Ten or twelve digits with optional separator: anything that could be a personnummer. */
  static final Pattern PNR = Pattern.compile("(?<!\\d)(\\d{2})?\\d{6}[-+]?\\d{4}(?!\\d)");

  final int code;
  final String out;
  final String err;

  private CliRun(int code, String out, String err) {
    this.code = code;
    this.out = out;
    this.err = err;
  }

  static CliRun esf(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = EsfCli.execute(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(code, out.toString(), err.toString());
  }

  /** The first personnummer-like digit run in stdout or stderr, or null. */
  String personnummerLike() {
    Matcher m = PNR.matcher(out + "\n" + err);
    return m.find() ? m.group() : null;
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
