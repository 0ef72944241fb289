package io.github.esfkit.io.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.validation.Severity;
import io.github.esfkit.core.validation.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The shared vocabulary of the commands' JSON output (resultat som data), as documented in
 * {@code docs/schemas/README.md}: a top-level {@code "format"} id, codes and enum names, money as decimal strings
 * in kronor, a share as {@code {numerator, denominator, percent}}, findings as rule, severity and path, and human
 * wording only in the optional top-level {@code "labels"} object. Apart from {@code "labels"}, the JSON does not
 * depend on {@code --lang}. Stateless and thread-safe.
 */
public final class ResultJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ResultJson() {}

  /** A new result object whose first key is {@code "format": "esfkit-<command>-result-1"}. */
  public static ObjectNode result(String command) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", formatId(command));
    return root;
  }

  /** The format id of a command's result, e.g. {@code esfkit-budget-result-1}. */
  public static String formatId(String command) {
    return "esfkit-" + Objects.requireNonNull(command, "command") + "-result-1";
  }

  /** The optional labels object of a result in a language, created on first use, with {@code "language"}. */
  public static ObjectNode labels(ObjectNode root, Language language) {
    ObjectNode labels = root.has("labels") ? (ObjectNode) root.get("labels") : root.putObject("labels");
    labels.put("language", language.name().toLowerCase(Locale.ROOT));
    return labels;
  }

  /** An amount of money as a plain decimal string in kronor, e.g. {@code "26032732"} or {@code "1443.34"}. */
  public static String money(BigDecimal kronor) {
    BigDecimal plain = kronor.stripTrailingZeros();
    return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
  }

  /** An exact decimal (a percentage given as data, e.g. a call's {@code "53.00"}) as a plain string, as it is. */
  public static String decimal(BigDecimal value) {
    return value.toPlainString();
  }

  /**
   * A share as {@code {"numerator", "denominator", "percent"}}: the exact value is numerator/denominator; percent
   * is rounded half-up to four decimals, or null when the denominator is zero.
   */
  public static ObjectNode share(ObjectNode parent, String key, BigDecimal numerator, BigDecimal denominator) {
    ObjectNode s = parent.putObject(Objects.requireNonNull(key, "key"));
    fillShare(s, numerator, denominator);
    return s;
  }

  /** Fills an object with a share's three keys. */
  public static void fillShare(ObjectNode s, BigDecimal numerator, BigDecimal denominator) {
    s.put("numerator", money(numerator));
    s.put("denominator", money(denominator));
    if (denominator.signum() == 0) {
      s.putNull("percent");
    } else {
      s.put("percent", numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 4, RoundingMode.HALF_UP)
          .toPlainString());
    }
  }

  /**
   * Adds the findings as data ({@code rule}, {@code severity}, {@code path}) and their messages, in the same order,
   * to {@code labels.findings}.
   */
  public static void findings(ObjectNode root, List<Violation> violations, ObjectNode labels, Language language) {
    Objects.requireNonNull(language, "language");
    ArrayNode data = root.putArray("findings");
    ArrayNode messages = labels.putArray("findings");
    for (Violation v : violations) {
      ObjectNode f = data.addObject();
      f.put("rule", v.ruleId());
      f.put("severity", v.severity().name());
      f.put("path", v.path());
      messages.add(v.message(language));
    }
  }

  /** True when a violation has severity error. */
  public static boolean hasErrors(List<Violation> violations) {
    return violations.stream().anyMatch(v -> v.severity() == Severity.ERROR);
  }

  /**
   * The result as indented JSON text ending with a newline. Every text value (titles and names copied from
   * the input included) passes the library's one redaction first, so a personnummer typed into free text or a
   * control character never reaches the output.
   */
  public static String write(ObjectNode root) {
    try {
      return MAPPER.writeValueAsString(redacted(root)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode redacted(com.fasterxml.jackson.databind.JsonNode node) {
    if (node.isTextual()) {
      return com.fasterxml.jackson.databind.node.TextNode.valueOf(
          io.github.esfkit.core.Redaction.scrub(node.textValue()));
    }
    if (node.isObject()) {
      ObjectNode copy = MAPPER.createObjectNode();
      node.fields().forEachRemaining(e -> copy.set(e.getKey(), redacted(e.getValue())));
      return copy;
    }
    if (node.isArray()) {
      com.fasterxml.jackson.databind.node.ArrayNode copy = MAPPER.createArrayNode();
      node.forEach(n -> copy.add(redacted(n)));
      return copy;
    }
    return node;
  }
}
