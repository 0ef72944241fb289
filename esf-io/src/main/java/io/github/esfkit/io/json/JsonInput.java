package io.github.esfkit.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.esfkit.io.InputError;
import io.github.esfkit.io.InputErrors;
import io.github.esfkit.io.InvalidInputException;
import io.github.esfkit.core.Redaction;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON document into {@link Node}s that remember their line, column and path (JSON-läsare). A file
 * that is missing, empty, larger than {@link #MAX_BYTES}, not UTF-8 JSON (UTF-16 and UTF-32 are refused), or
 * has a duplicate key is rejected with an {@link InvalidInputException} naming file, line and column. A syntax
 * error ends the read (JSON cannot be resynchronised reliably); duplicate keys found before it are reported
 * with it.
 *
 * <p>Hostile input is bounded before it costs memory or time: bytes are counted while streaming (a pipe
 * too), a document holds at most {@link #MAX_VALUES} values, a number at most 64 characters, and every
 * number must lie within {@link #MAX_INTEGER_DIGITS} integer digits and {@link #MAX_DECIMALS} decimals
 * (checked on its scale and precision before any conversion). Each number out of range is reported, with
 * its path, and reading goes on to find the others.
 */
final class JsonInput {

  /** The largest JSON input accepted: 16 MiB; budgets and project files are a few kilobytes. */
  public static final long MAX_BYTES = 16L << 20;

  /** The most values (objects, arrays, strings, numbers, booleans, nulls) one document may hold. */
  public static final int MAX_VALUES = 100_000;

  /** Integer digits a number may have: below 10^15, as the budget engine computes. */
  public static final int MAX_INTEGER_DIGITS = 15;

  /** Decimals a number may have (trailing zeros aside). */
  public static final int MAX_DECIMALS = 20;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1 << 20)
          .maxNameLength(1 << 12).maxNumberLength(64)
          .maxTokenCount(4L * MAX_VALUES).build())
      .build();

  /** Jackson's "[Source: REDACTED (...); line: 1, column: 1]" in a message: only the position is for the user. */
  private static final java.util.regex.Pattern SOURCE =
      java.util.regex.Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

  private final String name;
  /** Problems that do not end the read (duplicate keys, content after the end), reported together. */
  private final InputErrors errors = new InputErrors();
  private int values;

  private JsonInput(String name) {
    this.name = name;
  }

  /** Reads a file; the name in messages is the path as given. */
  public static Node read(Path path) throws InvalidInputException {
    String name = path.toString();
    try {
      if (Files.isDirectory(path)) {
        throw new InvalidInputException(InputError.ofFile(name, "IO-DIRECTORY", "är en katalog, inte en fil",
            "is a directory, not a file"));
      }
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        throw new InvalidInputException(InputError.ofFile(name, "JSON-TOO-LARGE",
            "filen är " + mib(size) + " MiB; JSON-indata får vara högst " + mib(MAX_BYTES) + " MiB",
            "the file is " + mib(size) + " MiB; JSON input is limited to " + mib(MAX_BYTES) + " MiB"));
      }
      try (InputStream in = Files.newInputStream(path)) { // a pipe reports size 0: bytes are counted again
        return new JsonInput(name).parse(in);
      }
    } catch (IOException e) {
      throw new InvalidInputException(InputError.ofOpenFailure(name, e));
    }
  }

  /** Reads JSON text (tests, embedding systems). */
  public static Node read(String name, String json) throws InvalidInputException {
    try {
      return new JsonInput(name).parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    } catch (TooLarge e) {
      throw tooLarge(name);
    } catch (IOException e) {
      throw new InvalidInputException(InputError.ofFile(name, "IO-READ", "kunde inte läsas", "could not be read"));
    }
  }

  /** Reads a stream that is at most {@link #MAX_BYTES} long; its bytes are counted while they are read. */
  public static Node read(String name, InputStream in) throws InvalidInputException, IOException {
    return new JsonInput(name).parse(in);
  }

  private static InvalidInputException tooLarge(String name) {
    return new InvalidInputException(InputError.ofFile(name, "JSON-TOO-LARGE",
        "JSON-indata får vara högst " + mib(MAX_BYTES) + " MiB", "JSON input is limited to " + mib(MAX_BYTES) + " MiB"));
  }

  /** Thrown by {@link Bounded} when more than {@link #MAX_BYTES} bytes arrive. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
  }

  /** Counts the bytes read and fails once there are more than {@link #MAX_BYTES}. */
  private static final class Bounded extends java.io.FilterInputStream {
    private long count;

    Bounded(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long k = super.skip(n);
      count(k);
      return k;
    }

    private void count(long n) throws TooLarge {
      count += n;
      if (count > MAX_BYTES) {
        throw new TooLarge();
      }
    }
  }

  /**
   * Refuses UTF-16 and UTF-32 (JSON exchanged between systems is UTF-8, RFC 8259): a byte-order mark of
   * either, or a zero byte among the first four (ASCII text in UTF-16/32 has one).
   */
  private InputStream utf8Only(InputStream in) throws IOException, InvalidInputException {
    java.io.PushbackInputStream pin = new java.io.PushbackInputStream(in, 4);
    byte[] head = pin.readNBytes(4);
    pin.unread(head);
    boolean bom16 = head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
        || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE));
    boolean zero = false;
    for (byte b : head) {
      zero |= b == 0;
    }
    if (bom16 || zero) {
      throw new InvalidInputException(InputError.ofFile(name, "JSON-ENCODING",
          "JSON-indata ska vara UTF-8 (UTF-16 och UTF-32 tas inte emot)",
          "JSON input must be UTF-8 (UTF-16 and UTF-32 are not accepted)"));
    }
    return pin;
  }

  private static long mib(long bytes) {
    return (bytes + (1 << 20) - 1) >> 20;
  }

  private Node parse(InputStream raw) throws InvalidInputException, IOException {
    try {
      return parseBounded(utf8Only(new Bounded(raw)));
    } catch (TooLarge e) {
      throw tooLarge(name);
    }
  }

  private Node parseBounded(InputStream in) throws InvalidInputException, IOException {
    try (JsonParser p = FACTORY.createParser(in)) {
      try {
        Node root = document(p);
        if (!errors.isEmpty()) {
          throw new InvalidInputException(errors);
        }
        return root;
      } catch (StreamConstraintsException e) {
        JsonLocation l = p.currentLocation(); // where the limit was exceeded
        errors.add(InputError.of(name, l.getLineNr(), "col " + l.getColumnNr(), "JSON-LIMIT",
            "JSON-dokumentet överskrider en gräns (djup, strängar eller tal)",
            "the JSON document exceeds a limit (nesting, string or number length)"));
        throw new InvalidInputException(errors);
      }
    } catch (JsonParseException e) {
      JsonLocation l = e.getLocation();
      String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      String detail = Redaction.scrub(SOURCE.matcher(original).replaceAll("line $1, column $2"));
      errors.add(InputError.of(name, l == null ? 0 : l.getLineNr(),
          l == null ? "" : "col " + l.getColumnNr(), "JSON-SYNTAX",
          "felaktig JSON: " + detail, "malformed JSON: " + detail));
      throw new InvalidInputException(errors);
    }
  }

  /**
   * True when a number is within {@link #MAX_INTEGER_DIGITS} integer digits and {@link #MAX_DECIMALS}
   * decimals, trailing zeros aside; decided on scale and precision without expanding the number.
   */
  public static boolean isInRange(BigDecimal value) {
    if (value.signum() == 0) {
      return true;
    }
    BigDecimal v = value.scale() > MAX_DECIMALS ? value.stripTrailingZeros() : value;
    return (long) v.precision() - v.scale() <= MAX_INTEGER_DIGITS && v.scale() <= MAX_DECIMALS;
  }

  /** The error for a number out of range, quoting at most 64 characters of it. */
  static InputError outOfRange(String file, long line, long col, String path, String text) {
    String shown = text.length() <= 64 ? text : text.substring(0, 64) + "...";
    return InputError.of(file, line, "col " + col, "JSON-NUMBER-RANGE",
        path + ": talet " + shown + " ligger utanför vad esfkit räknar med (högst " + MAX_INTEGER_DIGITS
            + " siffror före och " + MAX_DECIMALS + " efter decimaltecknet)",
        path + ": the number " + shown + " is out of range (at most " + MAX_INTEGER_DIGITS
            + " integer digits and " + MAX_DECIMALS + " decimals)");
  }

  private Node document(JsonParser p) throws InvalidInputException, IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw new InvalidInputException(InputError.ofFile(name, "JSON-EMPTY", "filen är tom", "the file is empty"));
    }
    Node root = value(p, JsonPath.ROOT);
    JsonToken extra = p.nextToken();
    if (extra != null) {
      JsonLocation l = p.currentTokenLocation();
      errors.add(InputError.of(name, l.getLineNr(), "col " + l.getColumnNr(),
          "JSON-SYNTAX", "mer innehåll efter JSON-dokumentets slut", "more content after the end of the JSON document"));
    }
    return root;
  }

  private Node value(JsonParser p, JsonPath path) throws IOException, InvalidInputException {
    JsonLocation l = p.currentTokenLocation();
    if (++values > MAX_VALUES) {
      errors.add(InputError.of(name, l.getLineNr(), "col " + l.getColumnNr(), "JSON-LIMIT",
          "JSON-dokumentet har fler än " + MAX_VALUES + " värden", "the JSON document has more than " + MAX_VALUES
              + " values"));
      throw new InvalidInputException(errors);
    }
    long line = l.getLineNr();
    long col = l.getColumnNr();
    switch (p.currentToken()) {
      case START_OBJECT: {
        Map<String, Node> fields = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          JsonLocation kl = p.currentTokenLocation();
          p.nextToken();
          Node v = value(p, path.key(key));
          if (fields.putIfAbsent(key, v) != null) { // reported; reading goes on to find the other problems
            errors.add(InputError.of(name, kl.getLineNr(), "col " + kl.getColumnNr(),
                "JSON-DUPLICATE-KEY", "nyckeln " + Redaction.quote(key) + " förekommer två gånger i " + path,
                "key " + Redaction.quote(key) + " occurs twice in " + path));
          }
        }
        return new Node(Node.Kind.OBJECT, path, line, col, fields, null, null, null, false);
      }
      case START_ARRAY: {
        List<Node> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(p, path.index(items.size())));
        }
        return new Node(Node.Kind.ARRAY, path, line, col, null, items, null, null, false);
      }
      case VALUE_STRING:
        return new Node(Node.Kind.STRING, path, line, col, null, null, p.getText(), null, false);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT: {
        String text = p.getText();
        BigDecimal v;
        try {
          v = p.getDecimalValue(); // at most 64 characters: cheap; its scale may still be huge
        } catch (NumberFormatException e) { // an exponent beyond an int's range ("1e9999999999")
          v = null;
        }
        if (v == null || !isInRange(v)) {
          errors.add(outOfRange(name, line, col, path.toString(), text));
          v = BigDecimal.ZERO; // reported; reading goes on to find the other problems
        }
        return new Node(Node.Kind.NUMBER, path, line, col, null, null, text, v, false);
      }
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Node(Node.Kind.BOOLEAN, path, line, col, null, null, null, null,
            p.currentToken() == JsonToken.VALUE_TRUE);
      default:
        return new Node(Node.Kind.NULL, path, line, col, null, null, null, null, false);
    }
  }
}
