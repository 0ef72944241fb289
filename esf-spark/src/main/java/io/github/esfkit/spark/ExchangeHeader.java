package io.github.esfkit.spark;

import java.io.Serializable;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The header row of one exchange file as read (its bytes, repeated at the top of every partition's slice so
 * that esf-io's reader sees the columns exactly as in the file) and where the two routing columns are.
 * Immutable and thread-safe.
 */
final class ExchangeHeader implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The bytes of the header line without its line break; empty for an empty file. */
  final byte[] bytes;
  /** The number of fields of the header. */
  final int width;
  /** Index of {@code participant_id}, or -1. */
  final int participantId;
  /** Index of {@code person_id}, or -1. */
  final int personId;
  /** The line of the header in the file (the first non-empty line). */
  final long line;

  private ExchangeHeader(byte[] bytes, long line, int width, int participantId, int personId) {
    this.bytes = bytes;
    this.line = line;
    this.width = width;
    this.participantId = participantId;
    this.personId = personId;
  }

  /** The header of a file whose first non-empty line is {@code bytes} at {@code line} (null for an empty file). */
  static ExchangeHeader of(byte @Nullable [] bytes, long line) {
    if (bytes == null || bytes.length == 0) {
      return new ExchangeHeader(new byte[0], 1, 0, -1, -1);
    }
    List<String> names = CsvLine.fields(bytes);
    String first = names.get(0);
    if (!first.isEmpty() && first.charAt(0) == '\uFEFF') {
      names.set(0, first.substring(1));
    }
    return new ExchangeHeader(bytes.clone(), line, names.size(), names.indexOf("participant_id"),
        names.indexOf("person_id"));
  }

  boolean isEmpty() {
    return bytes.length == 0;
  }
}
