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
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON document into {@link Node}s that remember their line, column and path (JSON-läsare). A file
 * that is missing, empty, larger than {@link #MAX_BYTES}, not UTF-8 JSON, or has a duplicate key is
 * rejected with an {@link InvalidInputException} naming file, line and column. A syntax error ends the read
 * (JSON cannot be resynchronised reliably); duplicate keys found before it are reported with it.
 */
public final class JsonInput {

  /** The largest JSON input accepted: 16 MiB; budgets and project files are a few kilobytes. */
  public static final long MAX_BYTES = 16L << 20;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1 << 20)
          .maxNumberLength(64).build())
      .build();

  /** Jackson's "[Source: REDACTED (...); line: 1, column: 1]" in a message: only the position is for the user. */
  private static final java.util.regex.Pattern SOURCE =
      java.util.regex.Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");

  private final String name;
  /** Problems that do not end the read (duplicate keys, content after the end), reported together. */
  private final InputErrors errors = new InputErrors();

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
      try (InputStream in = Files.newInputStream(path)) {
        return new JsonInput(name).parse(in);
      }
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(InputError.ofFile(name, "IO-NOT-FOUND", "filen finns inte", "file not found"));
    } catch (AccessDeniedException e) {
      throw new InvalidInputException(InputError.ofFile(name, "IO-DENIED", "filen får inte läsas (behörighet saknas)",
          "permission denied"));
    } catch (IOException e) {
      throw new InvalidInputException(InputError.ofFile(name, "IO-READ",
          "filen kunde inte läsas: " + e.getClass().getSimpleName(),
          "the file could not be read: " + e.getClass().getSimpleName()));
    }
  }

  /** Reads JSON text (tests, embedding systems). */
  public static Node read(String name, String json) throws InvalidInputException {
    try {
      return new JsonInput(name).parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new InvalidInputException(InputError.ofFile(name, "IO-READ", "kunde inte läsas", "could not be read"));
    }
  }

  /** Reads a stream that is at most {@link #MAX_BYTES} long. */
  public static Node read(String name, InputStream in) throws InvalidInputException, IOException {
    byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw new InvalidInputException(InputError.ofFile(name, "JSON-TOO-LARGE",
          "JSON-indata får vara högst " + mib(MAX_BYTES) + " MiB",
          "JSON input is limited to " + mib(MAX_BYTES) + " MiB"));
    }
    return new JsonInput(name).parse(new ByteArrayInputStream(bytes));
  }

  private static long mib(long bytes) {
    return (bytes + (1 << 20) - 1) >> 20;
  }

  private Node parse(InputStream in) throws InvalidInputException, IOException {
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

  private Node document(JsonParser p) throws InvalidInputException, IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw new InvalidInputException(InputError.ofFile(name, "JSON-EMPTY", "filen är tom", "the file is empty"));
    }
    Node root = value(p, "$");
    JsonToken extra = p.nextToken();
    if (extra != null) {
      JsonLocation l = p.currentTokenLocation();
      errors.add(InputError.of(name, l.getLineNr(), "col " + l.getColumnNr(),
          "JSON-SYNTAX", "mer innehåll efter JSON-dokumentets slut", "more content after the end of the JSON document"));
    }
    return root;
  }

  private Node value(JsonParser p, String path) throws IOException, InvalidInputException {
    JsonLocation l = p.currentTokenLocation();
    long line = l.getLineNr();
    long col = l.getColumnNr();
    switch (p.currentToken()) {
      case START_OBJECT: {
        Map<String, Node> fields = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          JsonLocation kl = p.currentTokenLocation();
          p.nextToken();
          Node v = value(p, path + "." + key);
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
          items.add(value(p, path + "[" + items.size() + "]"));
        }
        return new Node(Node.Kind.ARRAY, path, line, col, null, items, null, null, false);
      }
      case VALUE_STRING:
        return new Node(Node.Kind.STRING, path, line, col, null, null, p.getText(), null, false);
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new Node(Node.Kind.NUMBER, path, line, col, null, null, p.getText(), p.getDecimalValue(), false);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Node(Node.Kind.BOOLEAN, path, line, col, null, null, null, null,
            p.currentToken() == JsonToken.VALUE_TRUE);
      default:
        return new Node(Node.Kind.NULL, path, line, col, null, null, null, null, false);
    }
  }
}
