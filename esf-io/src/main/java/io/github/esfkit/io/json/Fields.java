package io.github.esfkit.io.json;

import io.github.esfkit.io.InputError;
import io.github.esfkit.io.InputErrors;
import io.github.esfkit.core.Redaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.threeten.extra.LocalDateRange;

/**
 * Maps {@link Node}s to values while collecting every problem (fältläsare): a missing or unknown key, a
 * value of the wrong type, a negative amount, an unknown code. Each problem names file, line, column and
 * JSON path; reading goes on so that one run reports all of them. Not thread-safe.
 */
final class Fields {

  private final String file;
  private final InputErrors errors;

  /** A reader for one file, reporting into {@code errors}. */
  public Fields(String file, InputErrors errors) {
    this.file = file;
    this.errors = errors;
  }

  /** The errors found so far. */
  public InputErrors errors() {
    return errors;
  }

  /** Reports a problem at a node. */
  public void error(Node at, String rule, String sv, String en) {
    errors.add(InputError.of(file, at.line(), "col " + at.column(), rule, at.path() + ": " + sv, at.path() + ": " + en));
  }

  /** Checks the required {@code format} member of a document: one of {@code formats}. */
  public void format(Node root, String... formats) {
    string(root, "format", true).ifPresent(v -> {
      if (!Arrays.asList(formats).contains(v)) {
        error(root.fields().get("format"), "JSON-FORMAT", "formatet ska vara " + String.join(" eller ", formats),
            "format must be " + String.join(" or ", formats));
      }
    });
  }

  /** The required {@code name} member of an organisation: a string that is not blank. */
  public Optional<String> name(Node object) {
    Optional<String> name = string(object, "name", true);
    if (name.isPresent() && name.get().isBlank()) {
      error(object.fields().get("name"), "JSON-MISSING", "namnet får inte vara tomt", "the name must not be blank");
      return Optional.empty();
    }
    return name;
  }

  /** True when {@code node} is an object (of any keys); reports otherwise. */
  public boolean isObject(Node node) {
    if (node.kind() != Node.Kind.OBJECT) {
      error(node, "JSON-TYPE", "ska vara ett objekt", "must be an object");
      return false;
    }
    return true;
  }

  /**
   * The closed period of an object with {@code first} and {@code last} dates; reports a non-object and a last day
   * before the first ({@code JSON-DATE-ORDER}).
   */
  public Optional<LocalDateRange> range(Node n) {
    if (n.kind() != Node.Kind.OBJECT) {
      error(n, "JSON-TYPE", "ska vara ett objekt med first och last", "must be an object with first and last");
      return Optional.empty();
    }
    Optional<LocalDate> first = date(n, "first", true);
    Optional<LocalDate> last = date(n, "last", true);
    if (first.isEmpty() || last.isEmpty()) {
      return Optional.empty();
    }
    if (last.get().isBefore(first.get())) {
      error(n.fields().get("last"), "JSON-DATE-ORDER", "slutdagen ligger före startdagen",
          "the last day is before the first day");
      return Optional.empty();
    }
    return Optional.of(LocalDateRange.ofClosed(first.get(), last.get()));
  }

  /** Checks that {@code node} is an object with only the allowed keys; reports otherwise. */
  public boolean object(Node node, String... allowed) {
    if (node.kind() != Node.Kind.OBJECT) {
      error(node, "JSON-TYPE", "ska vara ett objekt, inte " + sv(node), "must be an object, not " + node.describe());
      return false;
    }
    Set<String> ok = Set.of(allowed);
    for (Map.Entry<String, Node> e : node.fields().entrySet()) {
      if (!ok.contains(e.getKey())) {
        error(e.getValue(), "JSON-UNKNOWN-KEY",
            "okänd nyckel " + Redaction.quote(e.getKey()) + "; tillåtna: " + String.join(", ", allowed),
            "unknown key " + Redaction.quote(e.getKey()) + "; allowed: " + String.join(", ", allowed));
      }
    }
    return true;
  }

  /** The member, reporting it missing when {@code required}. */
  public Optional<Node> member(Node object, String key, boolean required) {
    Node n = object.fields().get(key);
    if (n == null || n.kind() == Node.Kind.NULL) {
      if (required) {
        error(object, "JSON-MISSING", "nyckeln " + key + " saknas", "key " + key + " is missing");
      }
      return Optional.empty();
    }
    return Optional.of(n);
  }

  /** A string member. */
  public Optional<String> string(Node object, String key, boolean required) {
    return member(object, key, required).flatMap(n -> {
      if (n.kind() != Node.Kind.STRING) {
        error(n, "JSON-TYPE", "ska vara en sträng, inte " + sv(n), "must be a string, not " + n.describe());
        return Optional.empty();
      }
      return Optional.of(n.text());
    });
  }

  /** A number member, exact. */
  public Optional<BigDecimal> number(Node object, String key, boolean required) {
    return member(object, key, required).flatMap(this::number);
  }

  /** A number; a string holding a plain decimal number is accepted too. */
  public Optional<BigDecimal> number(Node n) {
    if (n.kind() == Node.Kind.NUMBER) {
      return Optional.of(n.number());
    }
    if (n.kind() == Node.Kind.STRING) {
      String t = n.text().trim();
      if (t.length() <= 64) { // a longer string is no number esfkit accepts: never parse a megabyte of digits
        try {
          BigDecimal v = new BigDecimal(t);
          if (JsonInput.isInRange(v)) {
            return Optional.of(v);
          }
          errors.add(JsonInput.outOfRange(file, n.line(), n.column(), n.path(), t));
          return Optional.empty();
        } catch (NumberFormatException e) {
          // reported below
        }
      }
    }
    error(n, "JSON-TYPE", "ska vara ett tal, inte " + sv(n), "must be a number, not " + n.describe());
    return Optional.empty();
  }

  /** A whole, non-negative number of kronor. */
  public Optional<BigDecimal> kronor(Node object, String key, boolean required) {
    return member(object, key, required).flatMap(this::kronor);
  }

  /** A whole, non-negative number of kronor. */
  public Optional<BigDecimal> kronor(Node n) {
    Optional<BigDecimal> v = number(n);
    if (v.isEmpty()) {
      return v;
    }
    if (v.get().signum() < 0) {
      error(n, "JSON-NEGATIVE", "beloppet får inte vara negativt: " + v.get().toPlainString(),
          "the amount must not be negative: " + v.get().toPlainString());
      return Optional.empty();
    }
    if (v.get().stripTrailingZeros().scale() > 0) {
      error(n, "JSON-WHOLE-KRONOR", "beloppet ska vara hela kronor: " + v.get().toPlainString(),
          "the amount must be whole kronor: " + v.get().toPlainString());
      return Optional.empty();
    }
    return v;
  }

  /** An ISO date member. */
  public Optional<LocalDate> date(Node object, String key, boolean required) {
    return member(object, key, required).flatMap(n -> {
      if (n.kind() == Node.Kind.STRING) {
        try {
          return Optional.of(LocalDate.parse(n.text()));
        } catch (DateTimeParseException e) {
          // reported below
        }
      }
      error(n, "JSON-DATE", "ska vara ett datum ÅÅÅÅ-MM-DD, inte " + Redaction.quote(String.valueOf(n.text())),
          "must be a date YYYY-MM-DD, not " + Redaction.quote(String.valueOf(n.text())));
      return Optional.empty();
    });
  }

  /** A boolean member. */
  public Optional<Boolean> bool(Node object, String key, boolean required) {
    return member(object, key, required).flatMap(n -> {
      if (n.kind() != Node.Kind.BOOLEAN) {
        error(n, "JSON-TYPE", "ska vara true eller false", "must be true or false");
        return Optional.empty();
      }
      return Optional.of(n.bool());
    });
  }

  /** An array member; empty list when absent and not required. */
  public List<Node> array(Node object, String key, boolean required) {
    return member(object, key, required).map(n -> {
      if (n.kind() != Node.Kind.ARRAY) {
        error(n, "JSON-TYPE", "ska vara en lista, inte " + sv(n), "must be an array, not " + n.describe());
        return List.<Node>of();
      }
      return n.items();
    }).orElse(List.of());
  }

  /**
   * A code member naming an enum constant in lower case with underscores ({@code analysis_and_planning}
   * for {@code ANALYSIS_AND_PLANNING}).
   */
  public <E extends Enum<E>> Optional<E> code(Node object, String key, Class<E> type, boolean required) {
    return code(object, key, type, required, e -> true);
  }

  /** A code member limited to the constants {@code allowed} accepts. */
  public <E extends Enum<E>> Optional<E> code(Node object, String key, Class<E> type, boolean required,
      java.util.function.Predicate<E> allowed) {
    return member(object, key, required).flatMap(n -> code(n, type, allowed));
  }

  /** The code of an enum constant: its name in lower case. */
  public static String codeOf(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  /** Runs a parser of a domain value and reports its exception as a problem at the node. */
  public <T> Optional<T> parse(Node n, String rule, Function<String, T> parser) {
    if (n.kind() != Node.Kind.STRING) {
      error(n, "JSON-TYPE", "ska vara en sträng, inte " + sv(n), "must be a string, not " + n.describe());
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(n.text()));
    } catch (IllegalArgumentException e) {
      String msg = Redaction.scrub(e.getMessage());
      error(n, rule, msg, msg);
      return Optional.empty();
    }
  }

  /** An array element or other node that must be a string. */
  public Optional<String> text(Node n) {
    if (n.kind() != Node.Kind.STRING) {
      error(n, "JSON-TYPE", "ska vara en sträng", "must be a string");
      return Optional.empty();
    }
    return Optional.of(n.text());
  }

  /** An optional member that is a count: a non-negative whole number (a string holding one is accepted). */
  public Optional<Long> count(Node object, String key) {
    return number(object, key, false).flatMap(v -> count(object.fields().get(key), v));
  }

  private Optional<Long> count(Node at, BigDecimal v) {
    try {
      long x = v.longValueExact();
      if (x >= 0) {
        return Optional.of(x);
      }
    } catch (ArithmeticException e) {
      // reported below
    }
    error(at, "JSON-COUNT", "ska vara ett icke-negativt heltal", "must be a non-negative whole number");
    return Optional.empty();
  }

  /** An array element or other node naming an enum constant by its {@link #codeOf code}. */
  public <E extends Enum<E>> Optional<E> code(Node n, Class<E> type) {
    return code(n, type, e -> true);
  }

  private <E extends Enum<E>> Optional<E> code(Node n, Class<E> type, java.util.function.Predicate<E> allowed) {
    if (n.kind() != Node.Kind.STRING) {
      error(n, "JSON-TYPE", "ska vara en kod (sträng), inte " + sv(n), "must be a code (string), not " + n.describe());
      return Optional.empty();
    }
    for (E e : type.getEnumConstants()) {
      if (codeOf(e).equals(n.text()) && allowed.test(e)) {
        return Optional.of(e);
      }
    }
    String list = Arrays.stream(type.getEnumConstants()).filter(allowed).map(Fields::codeOf)
        .collect(Collectors.joining(", "));
    error(n, "JSON-CODE", Redaction.quote(n.text()) + " är inte tillåtet; tillåtet: " + list,
        Redaction.quote(n.text()) + " is not allowed; allowed: " + list);
    return Optional.empty();
  }

  /** The codes of enum constants, in order: the allowed keys or values of a JSON object. */
  public static String[] codes(Enum<?>[] values) {
    String[] out = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = codeOf(values[i]);
    }
    return out;
  }

  /** Each member of the optional object member {@code key}, in file order; reports a member that is no object. */
  public void entries(Node object, String key, java.util.function.BiConsumer<String, Node> each) {
    member(object, key, false).filter(this::isObject).ifPresent(o -> o.fields().forEach(each));
  }

  /**
   * Builds a domain value, reporting a consistency exception of its builder at the node ({@code JSON-INVALID},
   * message redacted). When problems were already reported, a failing build is not reported again: it would
   * only repeat them.
   */
  public <T> Optional<T> build(Node n, java.util.function.Supplier<T> build) {
    boolean quiet = !errors.isEmpty();
    try {
      return Optional.of(build.get());
    } catch (IllegalArgumentException | IllegalStateException e) {
      if (!quiet) {
        String msg = Redaction.scrub(e.getMessage());
        error(n, "JSON-INVALID", msg, msg);
      }
      return Optional.empty();
    }
  }

  private static String sv(Node n) {
    switch (n.kind()) {
      case OBJECT:
        return "ett objekt";
      case ARRAY:
        return "en lista";
      case STRING:
        return "en sträng";
      case NUMBER:
        return "ett tal";
      case BOOLEAN:
        return "ett sanningsvärde";
      default:
        return "null";
    }
  }
}
