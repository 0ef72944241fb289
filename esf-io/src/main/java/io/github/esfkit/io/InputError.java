package io.github.esfkit.io;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.Redaction;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Objects;

/**
 * One problem in an input file (fel i indatafil): the file, the line, the column, a stable rule id and the
 * message in Swedish and English. Line 0 means the problem concerns the whole file; an empty column means
 * the whole line.
 *
 * <p>File name, column, and messages never contain a personnummer nor a control character: each passes the
 * library's one {@link io.github.esfkit.core.Redaction} when the error is made, so a file named
 * {@code 19850312-1231.csv} or a JSON key with a newline is shown safely on one line. Immutable and thread-safe.
 */
public final class InputError {

  private final String file;
  private final long line;
  private final String column;
  private final String ruleId;
  private final String messageSv;
  private final String messageEn;

  private InputError(String file, long line, String column, String ruleId, String messageSv, String messageEn) {
    this.file = Redaction.scrub(Objects.requireNonNull(file, "file"));
    this.line = line;
    this.column = column == null ? "" : Redaction.scrub(column);
    this.ruleId = Redaction.scrub(Objects.requireNonNull(ruleId, "ruleId"));
    this.messageSv = Redaction.scrub(Objects.requireNonNull(messageSv, "messageSv"));
    this.messageEn = Redaction.scrub(Objects.requireNonNull(messageEn, "messageEn"));
  }

  /** A problem at a line and column; {@code column} may be empty for the whole line. */
  public static InputError of(String file, long line, String column, String ruleId, String sv, String en) {
    return new InputError(file, line, column, ruleId, sv, en);
  }

  /** A problem concerning the whole file. */
  public static InputError ofFile(String file, String ruleId, String sv, String en) {
    return new InputError(file, 0, "", ruleId, sv, en);
  }

  /**
   * The problem of a file that cannot be opened: {@code IO-NOT-FOUND}, {@code IO-DENIED}, or {@code IO-READ}
   * naming only the kind of failure (never the system's message, which may quote the path).
   */
  public static InputError ofOpenFailure(String file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return ofFile(file, "IO-NOT-FOUND", "filen finns inte", "file not found");
    }
    if (e instanceof AccessDeniedException) {
      return ofFile(file, "IO-DENIED", "filen får inte läsas (behörighet saknas)", "permission denied");
    }
    return ofFile(file, "IO-READ", "filen kunde inte öppnas: " + e.getClass().getSimpleName(),
        "the file could not be opened: " + e.getClass().getSimpleName());
  }

  /** The file as the user named it. */
  public String file() {
    return file;
  }

  /** 1-based line number, 0 for the whole file. */
  public long line() {
    return line;
  }

  /** Column name (or JSON path / position), empty for the whole line or file. */
  public String column() {
    return column;
  }

  /** Stable rule id, e.g. {@code CSV-HEADER-UNKNOWN}. */
  public String ruleId() {
    return ruleId;
  }

  /** The message in Swedish. */
  public String messageSv() {
    return messageSv;
  }

  /** The message in English. */
  public String messageEn() {
    return messageEn;
  }

  /** The message in the given language. */
  public String message(Language language) {
    return language.pick(messageSv, messageEn);
  }

  /** Where: {@code file:line:column}, shortened when line or column is absent. */
  public String location() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
      if (!column.isEmpty()) {
        sb.append(':').append(column);
      }
    }
    return sb.toString();
  }

  /** One line: {@code file:line:column: RULE-ID message}. */
  public String format(Language language) {
    return location() + ": " + ruleId + " " + message(language);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof InputError)) {
      return false;
    }
    InputError e = (InputError) o;
    return line == e.line && file.equals(e.file) && column.equals(e.column) && ruleId.equals(e.ruleId)
        && messageSv.equals(e.messageSv) && messageEn.equals(e.messageEn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, line, column, ruleId, messageEn);
  }

  @Override
  public String toString() {
    return format(Language.EN);
  }
}
