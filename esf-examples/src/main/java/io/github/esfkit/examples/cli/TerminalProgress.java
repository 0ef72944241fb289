package io.github.esfkit.examples.cli;

import io.github.esfkit.io.csv.ProgressListener;
import java.io.PrintWriter;

/**
 * Shows how far a long read has come on stderr, on one line rewritten in place: only when stderr is a
 * terminal, only after the first second, at most four times a second. Not thread-safe.
 */
final class TerminalProgress implements ProgressListener {

  private final PrintWriter err;
  private final long start = System.nanoTime();
  private long last;
  private boolean shown;

  private TerminalProgress(PrintWriter err) {
    this.err = err;
  }

  /**
   * A listener for an interactive terminal, or {@link ProgressListener#NONE} otherwise: stderr counts as a
   * terminal when the {@code ./esf} launcher says so ({@code -Desf.stderr.tty=true}, from {@code [ -t 2 ]}) or
   * when the JVM has a console.
   */
  static ProgressListener forTerminal(PrintWriter err, boolean disabled) {
    if (disabled || !(Boolean.getBoolean("esf.stderr.tty") || System.console() != null)) {
      return ProgressListener.NONE;
    }
    return new TerminalProgress(err);
  }

  @Override
  public void progress(String file, long bytesRead, long totalBytes, long rows) {
    long now = System.nanoTime();
    if (now - start < 1_000_000_000L || now - last < 250_000_000L) {
      return;
    }
    last = now;
    shown = true;
    String pct = totalBytes > 0 ? String.format(" %3d %%", Math.min(100, bytesRead * 100 / totalBytes)) : "";
    err.print("\resf: reading " + file + pct + ", " + String.format("%,d", rows) + " rows   ");
    err.flush();
  }

  /** Clears the progress line, if one was shown. */
  void done() {
    if (shown) {
      err.print("\r" + " ".repeat(78) + "\r");
      err.flush();
    }
  }

  /** Clears the line when {@code listener} is a terminal progress. */
  static void done(ProgressListener listener) {
    if (listener instanceof TerminalProgress) {
      ((TerminalProgress) listener).done();
    }
  }
}
