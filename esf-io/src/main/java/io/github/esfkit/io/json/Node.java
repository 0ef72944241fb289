package io.github.esfkit.io.json;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A JSON value with the place it came from (JSON-nod med position): file line and column and the JSON
 * path, so that every problem found while mapping it to the domain can be reported where it is. Built by
 * {@link JsonInput}; immutable.
 */
final class Node {

  /** The JSON type. */
  public enum Kind {
    /** A JSON object. */
    OBJECT,
    /** A JSON array. */
    ARRAY,
    /** A JSON string. */
    STRING,
    /** A JSON number. */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** {@code null}. */
    NULL
  }

  private final Kind kind;
  private final JsonPath path;
  private final long line;
  private final long column;
  private final Map<String, Node> fields;
  private final List<Node> items;
  private final String text;
  private final BigDecimal number;
  private final boolean bool;

  Node(Kind kind, JsonPath path, long line, long column, Map<String, Node> fields, List<Node> items, String text,
      BigDecimal number, boolean bool) {
    this.kind = kind;
    this.path = path;
    this.line = line;
    this.column = column;
    this.fields = fields == null ? Map.of() : Collections.unmodifiableMap(fields);
    this.items = items == null ? List.of() : Collections.unmodifiableList(items);
    this.text = text;
    this.number = number;
    this.bool = bool;
  }

  /** What kind of JSON value the node is. */
  public Kind kind() {
    return kind;
  }

  /** The JSON path, e.g. {@code $.costs[3].amount}; built when asked for, keys longer than 64 characters cut. */
  public String path() {
    return path.toString();
  }

  /** 1-based line of the value's first character. */
  public long line() {
    return line;
  }

  /** 1-based column of the value's first character. */
  public long column() {
    return column;
  }

  /** The members of an object, in file order. */
  public Map<String, Node> fields() {
    return fields;
  }

  /** The elements of an array. */
  public List<Node> items() {
    return items;
  }

  /** The text of a string. */
  public String text() {
    return text;
  }

  /** The exact value of a number. */
  public BigDecimal number() {
    return number;
  }

  /** The value of a boolean. */
  public boolean bool() {
    return bool;
  }

  /** The JSON type in words, for messages. */
  public String describe() {
    switch (kind) {
      case OBJECT:
        return "an object";
      case ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      default:
        return "null";
    }
  }
}
