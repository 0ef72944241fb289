package io.github.esfkit.examples.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A titled table of a report (tabell): columns with a machine key (used in JSON) and a heading in the
 * report's language, rows of {@link Cell}s, and notes below. Built once, then read.
 */
public final class Table {

  /** A column: its JSON key and its heading. */
  public static final class Column {
    private final String key;
    private final String heading;

    Column(String key, String heading) {
      this.key = io.github.esfkit.core.Redaction.scrub(key);
      this.heading = io.github.esfkit.core.Redaction.scrub(heading);
    }

    /** JSON key. */
    public String key() {
      return key;
    }

    /** Heading in the report's language. */
    public String heading() {
      return heading;
    }
  }

  private final String id;
  private final String heading;
  private final List<Column> columns = new ArrayList<>();
  private final List<List<Cell>> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  /** A table with a JSON id and a heading. */
  public Table(String id, String heading) {
    this.id = io.github.esfkit.core.Redaction.scrub(Objects.requireNonNull(id, "id"));
    this.heading = io.github.esfkit.core.Redaction.scrub(Objects.requireNonNull(heading, "heading"));
  }

  /** Adds a column. */
  public Table column(String key, String heading) {
    columns.add(new Column(key, heading));
    return this;
  }

  /** Adds a row; it must have one cell per column. */
  public Table row(Cell... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalArgumentException("row has " + cells.length + " cells, table " + id + " has "
          + columns.size() + " columns");
    }
    rows.add(List.of(cells));
    return this;
  }

  /** Adds a note shown under the table. */
  public Table note(String note) {
    notes.add(io.github.esfkit.core.Redaction.scrub(note));
    return this;
  }

  public String id() {
    return id;
  }

  public String heading() {
    return heading;
  }

  public List<Column> columns() {
    return Collections.unmodifiableList(columns);
  }

  public List<List<Cell>> rows() {
    return Collections.unmodifiableList(rows);
  }

  public List<String> notes() {
    return Collections.unmodifiableList(notes);
  }
}
