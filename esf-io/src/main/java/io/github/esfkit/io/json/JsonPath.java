package io.github.esfkit.io.json;

/**
 * The place of a value in a JSON document, kept as a link to its parent and built into text only when a
 * message needs it: a deep document with long keys costs one small object per value, not one copy of the
 * whole path. Keys longer than {@value #MAX_KEY} characters are cut. Immutable.
 */
final class JsonPath {

  /** The longest key shown in a path. */
  static final int MAX_KEY = 64;

  static final JsonPath ROOT = new JsonPath(null, "$");

  private final JsonPath parent;
  private final String segment;

  private JsonPath(JsonPath parent, String segment) {
    this.parent = parent;
    this.segment = segment;
  }

  /** The member {@code key} of this object. */
  JsonPath key(String key) {
    return new JsonPath(this, "." + (key.length() <= MAX_KEY ? key : key.substring(0, MAX_KEY) + "..."));
  }

  /** The element {@code index} of this array. */
  JsonPath index(int index) {
    return new JsonPath(this, "[" + index + "]");
  }

  @Override
  public String toString() {
    if (parent == null) {
      return segment;
    }
    StringBuilder sb = new StringBuilder();
    append(sb);
    return sb.toString();
  }

  private void append(StringBuilder sb) {
    if (parent != null) {
      parent.append(sb);
    }
    sb.append(segment);
  }
}
