package io.github.esfkit.examples.report;

/** The output formats of every command: {@code --format text|json|markdown|xlsx}. */
public enum OutputFormat {
  /** Aligned plain text for a terminal. */
  TEXT,
  /** One JSON document. */
  JSON,
  /** GitHub-flavoured Markdown. */
  MARKDOWN,
  /** An Excel workbook, one sheet per table, written to {@code --out FILE}. */
  XLSX
}
