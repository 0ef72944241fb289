package io.github.esfkit.io.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A streaming RFC 4180 record reader (CSV-läsare) over UTF-8 bytes: comma separator, double-quote quoting
 * with {@code ""} for a quote, CRLF, LF or CR line ends, line breaks inside quoted fields, an optional byte
 * order mark. It keeps one record in memory, never the file, and caps the length of a field and the number
 * of fields, so that any input is read in bounded memory. It works on bytes (every structural character is
 * ASCII) and decodes a field only when asked for it, which makes it several times faster than decoding the
 * whole stream to characters.
 *
 * <p>It never stops at a syntax problem: it reports it to the {@link SyntaxHandler} with the line and the
 * field, marks the record {@linkplain #malformed() malformed}, and goes on with the next record. Invalid
 * UTF-8 is such a problem. Empty lines are skipped. Not thread-safe.
 */
final class CsvRecordReader implements Closeable {

  /** Receives syntax problems; {@code field} is the 0-based index of the field in its record. */
  public interface SyntaxHandler {
    /** One syntax problem at {@code line}, field {@code field}. */
    void syntaxError(long line, int field, String ruleId, String messageSv, String messageEn);
  }

  /** Default cap on the bytes of one field. */
  public static final int DEFAULT_MAX_FIELD_LENGTH = 4096;
  /** Default cap on the fields of one record. */
  public static final int DEFAULT_MAX_FIELDS = 256;
  /** Default cap on the bytes of one record; a longer line ends the read (it is not a CSV file). */
  public static final int DEFAULT_MAX_RECORD_BYTES = 1 << 20;

  /** A record longer than the cap: the input is not a file of this format, reading stops. */
  public static final class RecordTooLongException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long line;

    RecordTooLongException(long line) {
      super("record starting on line " + line + " is too long");
      this.line = line;
    }

    /** The line on which the record starts. */
    public long line() {
      return line;
    }
  }

  private static final int EOF = -1;

  private final InputStream in;
  private final SyntaxHandler handler;
  private final int maxFieldLength;
  private final int maxFields;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int lim;
  private boolean eof;

  private byte[] rec = new byte[1024];
  private int recLen;
  private int[] ends;
  private boolean[] high;
  private int fieldCount;
  private int fieldStart;
  private long recordLine;
  private long recordBytes;
  private final int maxRecordBytes = DEFAULT_MAX_RECORD_BYTES;
  private long line = 1;
  private boolean malformed;
  private boolean tooLong;
  private boolean tooMany;
  private boolean started;

  /** A reader with the default caps. */
  public CsvRecordReader(InputStream in, SyntaxHandler handler) {
    this(in, handler, DEFAULT_MAX_FIELD_LENGTH, DEFAULT_MAX_FIELDS);
  }

  /** A reader with explicit caps on field length (bytes) and fields per record. */
  public CsvRecordReader(InputStream in, SyntaxHandler handler, int maxFieldLength, int maxFields) {
    this.in = Objects.requireNonNull(in, "in");
    this.handler = Objects.requireNonNull(handler, "handler");
    this.maxFieldLength = maxFieldLength;
    this.maxFields = maxFields;
    int n = Math.min(maxFields, 64);
    this.ends = new int[n];
    this.high = new boolean[n];
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n = in.read(buf, 0, buf.length);
    while (n == 0) {
      n = in.read(buf, 0, buf.length);
    }
    if (n < 0) {
      eof = true;
      pos = 0;
      lim = 0;
      return false;
    }
    pos = 0;
    lim = n;
    return true;
  }

  private int peek() throws IOException {
    if (pos == lim && !fill()) {
      return EOF;
    }
    return buf[pos] & 0xFF;
  }

  private int read() throws IOException {
    if (pos == lim && !fill()) {
      return EOF;
    }
    return buf[pos++] & 0xFF;
  }

  /**
   * Reads the next non-empty record.
   *
   * @return false at the end of the input
   */
  public boolean next() throws IOException {
    if (!started) {
      started = true;
      skipBom();
    }
    int c;
    while (true) { // skip empty lines
      c = peek();
      if (c == '\n') {
        pos++;
        line++;
      } else if (c == '\r') {
        pos++;
        if (peek() == '\n') {
          pos++;
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
    recordBytes = 0;
    recLen = 0;
    fieldCount = 0;
    malformed = false;
    tooMany = false;
    while (true) {
      tooLong = false;
      fieldStart = recLen;
      boolean fieldHigh;
      if (peek() == '"') {
        pos++;
        fieldHigh = quoted();
      } else {
        fieldHigh = unquoted();
      }
      endField(fieldHigh);
      c = read();
      if (c == ',') {
        continue;
      }
      if (c == '\r') {
        if (peek() == '\n') {
          pos++;
        }
        line++;
      } else if (c == '\n') {
        line++;
      }
      checkEncoding();
      return true;
    }
  }

  private void skipBom() throws IOException {
    if (peek() == 0xEF) {
      // the three bytes of U+FEFF; a pipe may deliver fewer than three bytes per read
      while (lim < 3 && !eof) {
        int n = in.read(buf, lim, buf.length - lim);
        if (n < 0) {
          eof = true;
        } else {
          lim += n;
        }
      }
      if (lim - pos >= 3 && (buf[pos + 1] & 0xFF) == 0xBB && (buf[pos + 2] & 0xFF) == 0xBF) {
        pos += 3;
      }
    }
  }

  /** Reads an unquoted field up to (not including) its delimiter; returns whether it has non-ASCII bytes. */
  private boolean unquoted() throws IOException {
    boolean hasHigh = false;
    boolean quoteReported = false;
    while (true) {
      if (pos == lim && !fill()) {
        return hasHigh;
      }
      int p = pos;
      int l = lim;
      byte[] b = buf;
      while (p < l) {
        byte ch = b[p];
        if (ch == ',' || ch == '\n' || ch == '\r' || ch == '"') {
          break;
        }
        if (ch < 0) {
          hasHigh = true;
        }
        p++;
      }
      count(p - pos);
      append(b, pos, p - pos);
      pos = p;
      if (p < l) {
        if (b[p] != '"') {
          return hasHigh; // delimiter, left for the caller
        }
        if (!quoteReported) {
          quoteReported = true;
          syntax(line, "CSV-QUOTE-UNQUOTED",
              "citattecken i ett fält utan citattecken; omge fältet med \" och skriv \"\" för \"",
              "quote inside an unquoted field; quote the field and write \"\" for \"");
        }
        append(b, p, 1);
        pos = p + 1;
      }
    }
  }

  /** Reads a quoted field after its opening quote, up to its delimiter; returns whether it has non-ASCII bytes. */
  private boolean quoted() throws IOException {
    long openLine = line;
    boolean hasHigh = false;
    boolean afterCr = false; // a CR LF pair may be split over two reads: count it once, at the CR
    while (true) {
      if (pos == lim && !fill()) {
        syntax(openLine, "CSV-QUOTE-UNTERMINATED", "citattecknet som börjar fältet stängs aldrig",
            "the quote that opens this field is never closed");
        return hasHigh;
      }
      int p = pos;
      int l = lim;
      byte[] b = buf;
      while (p < l) {
        byte ch = b[p];
        if (ch == '"') {
          break;
        }
        if (ch == '\n') {
          if (!afterCr) {
            line++;
          }
        } else if (ch == '\r') {
          line++;
        } else if (ch < 0) {
          hasHigh = true;
        }
        afterCr = ch == '\r';
        p++;
      }
      count(p - pos);
      append(b, pos, p - pos);
      pos = p;
      if (p < l) {
        pos++; // the quote
        int next = peek();
        if (next == '"') {
          pos++;
          append(QUOTE, 0, 1);
          afterCr = false;
          continue;
        }
        if (next != ',' && next != '\n' && next != '\r' && next != EOF) {
          syntax(line, "CSV-QUOTE-TRAILING",
              "tecken efter det avslutande citattecknet; ett fält med citattecken måste sluta med \"",
              "characters after the closing quote; a quoted field must end with \"");
          while (next != ',' && next != '\n' && next != '\r' && next != EOF) {
            pos++;
            next = peek();
          }
        }
        return hasHigh;
      }
    }
  }

  private static final byte[] QUOTE = {'"'};

  private void count(int n) throws RecordTooLongException {
    recordBytes += n;
    if (recordBytes > maxRecordBytes) {
      throw new RecordTooLongException(recordLine);
    }
  }

  private void syntax(long atLine, String rule, String sv, String en) {
    malformed = true;
    handler.syntaxError(atLine, fieldCount, rule, sv, en);
  }

  private void append(byte[] b, int off, int len) {
    if (len == 0 || tooLong || tooMany) {
      return;
    }
    if (recLen - fieldStart + len > maxFieldLength) {
      tooLong = true;
      syntax(line, "CSV-FIELD-TOO-LONG", "fältet är längre än " + maxFieldLength + " byte",
          "the field is longer than " + maxFieldLength + " bytes");
      return;
    }
    if (recLen + len > rec.length) {
      rec = Arrays.copyOf(rec, Math.max(rec.length * 2, recLen + len));
    }
    System.arraycopy(b, off, rec, recLen, len);
    recLen += len;
  }

  private void endField(boolean hasHigh) {
    if (tooMany) {
      return;
    }
    if (fieldCount == maxFields) {
      tooMany = true;
      syntax(line, "CSV-TOO-MANY-FIELDS", "raden har fler än " + maxFields + " fält",
          "the line has more than " + maxFields + " fields");
      return;
    }
    if (fieldCount == ends.length) {
      int n = Math.min(maxFields, ends.length * 2);
      ends = Arrays.copyOf(ends, n);
      high = Arrays.copyOf(high, n);
    }
    ends[fieldCount] = recLen;
    high[fieldCount] = hasHigh;
    fieldCount++;
  }

  /** Checks the fields with non-ASCII bytes now, so that invalid UTF-8 is reported with its record. */
  private void checkEncoding() {
    for (int i = 0; i < fieldCount; i++) {
      if (high[i] && !validUtf8(rec, i == 0 ? 0 : ends[i - 1], ends[i])) {
        malformed = true;
        handler.syntaxError(recordLine, i, "CSV-ENCODING", "ogiltig UTF-8: filen måste vara kodad i UTF-8",
            "invalid UTF-8: the file must be encoded in UTF-8");
        return;
      }
    }
  }

  /** True when the bytes are well-formed UTF-8 (no overlong forms, no surrogates, at most U+10FFFF). */
  public static boolean validUtf8(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int n;
      int min;
      if (c >= 0xC2 && c <= 0xDF) {
        n = 1;
        min = 0x80;
      } else if (c >= 0xE0 && c <= 0xEF) {
        n = 2;
        min = 0x800;
      } else if (c >= 0xF0 && c <= 0xF4) {
        n = 3;
        min = 0x10000;
      } else {
        return false;
      }
      int cp = c & (0x3F >> n);
      for (int k = 1; k <= n; k++) {
        if (i + k >= to) {
          return false;
        }
        int cc = b[i + k] & 0xFF;
        if ((cc & 0xC0) != 0x80) {
          return false;
        }
        cp = (cp << 6) | (cc & 0x3F);
      }
      if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return false;
      }
      i += n + 1;
    }
    return true;
  }

  private String decode(int i) {
    int start = i == 0 ? 0 : ends[i - 1];
    return new String(rec, start, ends[i] - start, StandardCharsets.UTF_8);
  }

  private static final int CACHE_SIZE = 1 << 13;
  private static final int CACHE_MAX_LENGTH = 32;
  private final byte[][] cacheKeys = new byte[CACHE_SIZE][];
  private final String[] cacheValues = new String[CACHE_SIZE];

  /**
   * Field {@code i} as a string shared with earlier equal values: for columns with few distinct values
   * (codes, dates, sub-projects) this avoids decoding and allocating the same string again and again.
   */
  public String fieldCached(int i) {
    if (i < 0 || i >= fieldCount) {
      throw new IndexOutOfBoundsException(i);
    }
    int start = i == 0 ? 0 : ends[i - 1];
    int len = ends[i] - start;
    if (len > CACHE_MAX_LENGTH) {
      return field(i);
    }
    int h = 1;
    for (int k = start; k < start + len; k++) {
      h = 31 * h + rec[k];
    }
    int slot = (h ^ (h >>> 13)) & (CACHE_SIZE - 1);
    byte[] key = cacheKeys[slot];
    if (key != null && key.length == len) {
      int k = 0;
      while (k < len && key[k] == rec[start + k]) {
        k++;
      }
      if (k == len) {
        return cacheValues[slot];
      }
    }
    String s = decode(i);
    cacheKeys[slot] = Arrays.copyOfRange(rec, start, start + len);
    cacheValues[slot] = s;
    return s;
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
    return decode(i);
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
