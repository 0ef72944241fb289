package io.github.esfkit.io.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.Objects;

/**
 * A streaming RFC 4180 record reader (CSV-läsare): comma separator, double-quote quoting with {@code ""}
 * for a quote, CRLF, LF or CR line ends, line breaks inside quoted fields. It keeps one record in memory,
 * never the file, and caps the length of a field and the number of fields, so that any input is read in
 * bounded memory.
 *
 * <p>It never stops at a syntax problem: it reports it to the {@link SyntaxHandler} with the line and the
 * field, marks the record {@linkplain #malformed() malformed}, and goes on with the next record. Empty lines
 * are skipped. Not thread-safe.
 */
public final class CsvRecordReader implements Closeable {

  /** Receives syntax problems; {@code field} is the 0-based index of the field in its record. */
  public interface SyntaxHandler {
    /** One syntax problem at {@code line}, field {@code field}. */
    void syntaxError(long line, int field, String ruleId, String messageSv, String messageEn);
  }

  /** Default cap on the characters of one field. */
  public static final int DEFAULT_MAX_FIELD_LENGTH = 4096;
  /** Default cap on the fields of one record. */
  public static final int DEFAULT_MAX_FIELDS = 256;

  private static final int EOF = -1;

  private final Reader in;
  private final SyntaxHandler handler;
  private final int maxFieldLength;
  private final int maxFields;
  private final char[] buf = new char[1 << 16];
  private int pos;
  private int lim;

  private char[] chars = new char[1024];
  private int charCount;
  private int[] ends;
  private int fieldCount;
  private long recordLine;
  private long line = 1;
  private boolean malformed;
  private boolean tooLong;
  private boolean tooMany;
  private boolean encodingReported;
  private boolean started;

  /** A reader with the default caps. */
  public CsvRecordReader(Reader in, SyntaxHandler handler) {
    this(in, handler, DEFAULT_MAX_FIELD_LENGTH, DEFAULT_MAX_FIELDS);
  }

  /** A reader with explicit caps on field length and fields per record. */
  public CsvRecordReader(Reader in, SyntaxHandler handler, int maxFieldLength, int maxFields) {
    this.in = Objects.requireNonNull(in, "in");
    this.handler = Objects.requireNonNull(handler, "handler");
    this.maxFieldLength = maxFieldLength;
    this.maxFields = maxFields;
    this.ends = new int[Math.min(maxFields, 64)];
  }

  private int read() throws IOException {
    if (pos == lim) {
      lim = in.read(buf, 0, buf.length);
      pos = 0;
      if (lim <= 0) {
        lim = 0;
        return EOF;
      }
    }
    return buf[pos++];
  }

  private int peek() throws IOException {
    if (pos == lim) {
      lim = in.read(buf, 0, buf.length);
      pos = 0;
      if (lim <= 0) {
        lim = 0;
        return EOF;
      }
    }
    return buf[pos];
  }

  /**
   * Reads the next non-empty record.
   *
   * @return false at the end of the input
   */
  public boolean next() throws IOException {
    if (!started) {
      started = true;
      if (peek() == '\uFEFF') {
        read(); // byte order mark
      }
    }
    int c;
    // skip empty lines
    while (true) {
      c = read();
      if (c == '\n') {
        line++;
      } else if (c == '\r') {
        if (peek() == '\n') {
          read();
        }
        line++;
      } else {
        break;
      }
    }
    if (c == EOF) {
      return false;
    }
    recordLine = line;
    charCount = 0;
    fieldCount = 0;
    malformed = false;
    tooMany = false;
    encodingReported = false;
    while (true) {
      tooLong = false;
      boolean quoted = c == '"';
      if (quoted) {
        long openLine = line;
        while (true) {
          c = read();
          if (c == EOF) {
            syntax(openLine, "CSV-QUOTE-UNTERMINATED",
                "citattecknet som börjar fältet stängs aldrig",
                "the quote that opens this field is never closed");
            break;
          }
          if (c == '"') {
            if (peek() == '"') {
              read();
              append('"');
              continue;
            }
            c = read();
            if (c != ',' && c != '\n' && c != '\r' && c != EOF) {
              syntax(line, "CSV-QUOTE-TRAILING",
                  "tecken efter det avslutande citattecknet; ett fält med citattecken måste sluta med \"",
                  "characters after the closing quote; a quoted field must end with \"");
              while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
                c = read();
              }
            }
            break;
          }
          if (c == '\n') {
            line++;
          } else if (c == '\r') {
            if (peek() != '\n') {
              line++;
            }
          }
          append((char) c);
        }
      } else {
        boolean quoteReported = false;
        while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
          if (c == '"' && !quoteReported) {
            syntax(line, "CSV-QUOTE-UNQUOTED",
                "citattecken i ett fält utan citattecken; omge fältet med \" och skriv \"\" för \"",
                "quote inside an unquoted field; quote the field and write \"\" for \"");
            quoteReported = true;
          }
          append((char) c);
          c = read();
        }
      }
      endField();
      if (c == ',') {
        c = read();
        continue;
      }
      if (c == '\r') {
        if (peek() == '\n') {
          read();
        }
        line++;
      } else if (c == '\n') {
        line++;
      }
      return true;
    }
  }

  private void syntax(long atLine, String rule, String sv, String en) {
    malformed = true;
    handler.syntaxError(atLine, fieldCount, rule, sv, en);
  }

  private void append(char ch) {
    if (tooLong || tooMany) {
      return;
    }
    if (ch == '\uFFFD' && !encodingReported) {
      encodingReported = true;
      syntax(line, "CSV-ENCODING", "ogiltig UTF-8: filen måste vara kodad i UTF-8",
          "invalid UTF-8: the file must be encoded in UTF-8");
    }
    int fieldStart = fieldCount == 0 ? 0 : ends[fieldCount - 1];
    if (charCount - fieldStart >= maxFieldLength) {
      tooLong = true;
      syntax(line, "CSV-FIELD-TOO-LONG",
          "fältet är längre än " + maxFieldLength + " tecken",
          "the field is longer than " + maxFieldLength + " characters");
      return;
    }
    if (charCount == chars.length) {
      chars = Arrays.copyOf(chars, chars.length * 2);
    }
    chars[charCount++] = ch;
  }

  private void endField() {
    if (tooMany) {
      return;
    }
    if (fieldCount == maxFields) {
      tooMany = true;
      syntax(line, "CSV-TOO-MANY-FIELDS",
          "raden har fler än " + maxFields + " fält",
          "the line has more than " + maxFields + " fields");
      return;
    }
    if (fieldCount == ends.length) {
      ends = Arrays.copyOf(ends, Math.min(maxFields, ends.length * 2));
    }
    ends[fieldCount++] = charCount;
  }

  /** The 1-based line on which the current record starts. */
  public long line() {
    return recordLine;
  }

  /** The number of fields of the current record (at most the cap). */
  public int size() {
    return fieldCount;
  }

  /** Field {@code i} (0-based) of the current record. */
  public String field(int i) {
    if (i < 0 || i >= fieldCount) {
      throw new IndexOutOfBoundsException(i);
    }
    int start = i == 0 ? 0 : ends[i - 1];
    return new String(chars, start, ends[i] - start);
  }

  /** True when field {@code i} is empty. */
  public boolean isEmpty(int i) {
    int start = i == 0 ? 0 : ends[i - 1];
    return ends[i] == start;
  }

  /** True when the current record had a syntax problem. */
  public boolean malformed() {
    return malformed;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
