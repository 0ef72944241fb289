package io.github.esfkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.io.InputErrors;
import io.github.esfkit.io.InvalidInputException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JsonInputTest {

  static String first(ThrowingRunnable r) {
    try {
      r.run();
      throw new AssertionError("no exception");
    } catch (InvalidInputException e) {
      return e.errors().kept().get(0).toString();
    }
  }

  interface ThrowingRunnable {
    void run() throws InvalidInputException;
  }

  @Test
  void keepsLinesColumnsAndPaths() throws Exception {
    Node root = JsonInput.read("b.json", "{\n  \"costs\": [\n    {\"amount\": 12.50}\n  ]\n}\n");
    Node amount = root.fields().get("costs").items().get(0).fields().get("amount");
    assertThat(amount.path()).isEqualTo("$.costs[0].amount");
    assertThat(amount.line()).isEqualTo(3);
    assertThat(amount.column()).isEqualTo(16);
    assertThat(amount.number()).isEqualByComparingTo(new BigDecimal("12.50"));
  }

  @Test
  void syntaxErrorsNameLineAndColumn() {
    assertThat(first(() -> JsonInput.read("b.json", "{\n  \"a\": 1,\n  \"b\" 2\n}")))
        .startsWith("b.json:3:col 7: JSON-SYNTAX malformed JSON:");
    assertThat(first(() -> JsonInput.read("b.json", ""))).isEqualTo("b.json: JSON-EMPTY the file is empty");
    assertThat(first(() -> JsonInput.read("b.json", "{\"a\":1,\"a\":2}")))
        .isEqualTo("b.json:1:col 8: JSON-DUPLICATE-KEY key 'a' occurs twice in $");
    assertThat(first(() -> JsonInput.read("b.json", "{} {}")))
        .isEqualTo("b.json:1:col 4: JSON-SYNTAX more content after the end of the JSON document");
    assertThat(first(() -> JsonInput.read(Path.of("/nonexistent.json"))))
        .isEqualTo("/nonexistent.json: IO-NOT-FOUND file not found");
  }

  @Test
  void fieldsReportEveryProblem() throws Exception {
    Node root = JsonInput.read("b.json", "{\"amount\": -5, \"when\": \"2020-13-01\", \"extra\": true, \"n\": \"x\"}");
    InputErrors errors = new InputErrors();
    Fields f = new Fields("b.json", errors);
    f.object(root, "amount", "when", "n", "name");
    f.kronor(root, "amount", true);
    f.date(root, "when", true);
    f.number(root, "n", true);
    f.string(root, "name", true);
    assertThat(errors.kept()).extracting(Object::toString).containsExactly(
        "b.json:1:col 47: JSON-UNKNOWN-KEY $.extra: unknown key 'extra'; allowed: amount, when, n, name",
        "b.json:1:col 12: JSON-NEGATIVE $.amount: the amount must not be negative: -5",
        "b.json:1:col 24: JSON-DATE $.when: must be a date YYYY-MM-DD, not '2020-13-01'",
        "b.json:1:col 58: JSON-TYPE $.n: must be a number, not a string",
        "b.json:1:col 1: JSON-MISSING $: key name is missing");
  }

  @Test
  void personnummerInASyntaxErrorIsWithheld() {
    assertThatThrownBy(() -> JsonInput.read("b.json", "{\"a\": 198503121234x}"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(t -> assertThat(((InvalidInputException) t).errors().kept().get(0).toString())
            .doesNotContain("198503121234").doesNotContain("8503121234"));
  }

  @Test
  void aLimitNamesLineAndColumn() {
    // 64 levels are allowed; the 65th opening bracket, on line 2 column 66, is where the limit is exceeded
    String deep = "\n" + "[".repeat(100) + "]".repeat(100);
    assertThat(first(() -> JsonInput.read("b.json", deep))).startsWith("b.json:2:col ").contains("JSON-LIMIT");
  }

  @Test
  void aSyntaxErrorCarriesNoParserInternals() {
    assertThat(first(() -> JsonInput.read("b.json", "{\"a\": 1")))
        .startsWith("b.json:1:col 8: JSON-SYNTAX malformed JSON: Unexpected end-of-input")
        .contains("line 1, column 1")
        .doesNotContain("Source:").doesNotContain("StreamReadFeature").doesNotContain("REDACTED");
  }

  @Test
  void everyDuplicateKeyAndTheSyntaxErrorAreReportedTogether() {
    try {
      JsonInput.read("b.json", "{\"a\": 1, \"a\": 2,\n \"b\": {\"c\": 1, \"c\": 2}, \"d\": }");
      throw new AssertionError("no exception");
    } catch (InvalidInputException e) {
      assertThat(e.errors().kept()).extracting(Object::toString).hasSize(3)
          .satisfies(l -> assertThat(l.get(0)).isEqualTo("b.json:1:col 10: JSON-DUPLICATE-KEY key 'a' occurs twice in $"))
          .satisfies(l -> assertThat(l.get(1)).isEqualTo("b.json:2:col 16: JSON-DUPLICATE-KEY key 'c' occurs twice in $.b"))
          .satisfies(l -> assertThat(l.get(2)).startsWith("b.json:2:col 30: JSON-SYNTAX malformed JSON:"));
    }
  }
}
