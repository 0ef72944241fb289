package io.github.esfkit.spark;

import io.github.esfkit.io.InputError;
import io.github.esfkit.io.csv.CsvInput;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One partition's share of one exchange file, as a file of its own: the file's header line, then the
 * partition's records in file order. esf-io's reader reads it as it would read the whole file; its line numbers
 * are mapped back to the lines of the real file. Not thread-safe; one per partition and file.
 */
final class Slice {

  /** The only message that quotes another line: the first occurrence of a duplicated participant_id. */
  private static final Pattern LINE_SV = Pattern.compile("(förekommer redan på rad )(\\d+)");
  private static final Pattern LINE_EN = Pattern.compile("(already occurs on line )(\\d+)");

  private final ExchangeHeader header;
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
  /** The slice line at which each record starts, and its line in the real file. */
  private long[] sliceLine = new long[64];
  private long[] fileLine = new long[64];
  private int records;
  private long nextSliceLine = 2;

  Slice(ExchangeHeader header) {
    this.header = header;
    bytes.writeBytes(header.bytes);
    if (!header.isEmpty()) {
      bytes.write('\n');
    }
  }

  /** Appends a record (without its line break) that starts at {@code line} of the real file. */
  void add(long line, byte[] record) {
    if (records == sliceLine.length) {
      sliceLine = Arrays.copyOf(sliceLine, records * 2);
      fileLine = Arrays.copyOf(fileLine, records * 2);
    }
    sliceLine[records] = nextSliceLine;
    fileLine[records] = line;
    records++;
    bytes.writeBytes(record);
    bytes.write('\n');
    for (byte b : record) {
      if (b == '\n') {
        nextSliceLine++;
      }
    }
    nextSliceLine++;
  }

  int records() {
    return records;
  }

  /** The slice as input to esf-io's reader, named as the real file. */
  CsvInput input(String name) {
    byte[] content = bytes.toByteArray();
    return CsvInput.of(name, () -> new ByteArrayInputStream(content));
  }

  /** The line of the real file of a slice line (0, the whole file, stays 0). */
  long fileLine(long line) {
    if (line <= 1) {
      return line == 1 ? header.line : line;
    }
    int i = Arrays.binarySearch(sliceLine, 0, records, line);
    if (i < 0) {
      i = -i - 2;
    }
    return i < 0 ? line : fileLine[i] + (line - sliceLine[i]);
  }

  /** The error with the real file's line numbers (in its location and in a message that quotes a line). */
  InputError toFile(InputError e) {
    if (e.line() == 0) {
      return e;
    }
    return InputError.of(e.file(), fileLine(e.line()), e.column(), e.ruleId(), lines(LINE_SV, e.messageSv()),
        lines(LINE_EN, e.messageEn()));
  }

  private String lines(Pattern p, String message) {
    Matcher m = p.matcher(message);
    if (!m.find()) {
      return message;
    }
    return message.substring(0, m.start()) + m.group(1) + fileLine(Long.parseLong(m.group(2)))
        + message.substring(m.end());
  }
}
