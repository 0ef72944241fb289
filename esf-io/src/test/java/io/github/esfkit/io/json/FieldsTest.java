package io.github.esfkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.io.InputError;
import io.github.esfkit.io.InputErrors;
import io.github.esfkit.io.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One test per mapping rule of the shared JSON helpers the budget and targets codecs use. */
class FieldsTest {

  enum Colour { DARK_RED, GREEN }

  private InputErrors errors;
  private Fields f;

  @BeforeEach
  void setUp() {
    errors = new InputErrors();
    f = new Fields("f.json", errors);
  }

  private static Node json(String text) {
    try {
      return JsonInput.read("f.json", text);
    } catch (InvalidInputException e) {
      throw new AssertionError(e.errors().kept().toString());
    }
  }

  private List<String> rules() {
    return errors.kept().stream().map(InputError::ruleId).collect(Collectors.toList());
  }

  private String only() {
    assertThat(errors.kept()).hasSize(1);
    return errors.kept().get(0).toString();
  }

  @Test
  void objectAcceptsOnlyTheAllowedKeys() {
    assertThat(f.object(json("{\"a\": 1, \"b\": 2}"), "a", "b")).isTrue();
    assertThat(errors.isEmpty()).isTrue();
    assertThat(f.object(json("{\"a\": 1, \"zz\": 2, \"yy\": 3}"), "a")).isTrue();
    assertThat(rules()).containsExactly("JSON-UNKNOWN-KEY", "JSON-UNKNOWN-KEY");
    assertThat(errors.kept().get(0).toString()).isEqualTo("f.json:1:col 16: JSON-UNKNOWN-KEY $.zz: unknown key 'zz'; allowed: a");
  }

  @Test
  void objectRefusesANonObject() {
    assertThat(f.object(json("[1]"), "a")).isFalse();
    assertThat(only()).isEqualTo("f.json:1:col 1: JSON-TYPE $: must be an object, not an array");
  }

  @Test
  void anUnknownKeyWithAPersonnummerIsWithheld() {
    f.object(json("{\"19850312-1231\": 1}"), "a");
    assertThat(only()).doesNotContain("1231").contains("JSON-UNKNOWN-KEY");
  }

  @Test
  void aMissingRequiredMemberIsReportedAndNullCountsAsMissing() {
    Node o = json("{\"a\": null}");
    assertThat(f.member(o, "a", false)).isEmpty();
    assertThat(errors.isEmpty()).isTrue();
    assertThat(f.member(o, "a", true)).isEmpty();
    assertThat(f.member(o, "b", true)).isEmpty();
    assertThat(rules()).containsExactly("JSON-MISSING", "JSON-MISSING");
  }

  @Test
  void stringRefusesOtherTypes() {
    Node o = json("{\"s\": \"x\", \"n\": 1}");
    assertThat(f.string(o, "s", true)).contains("x");
    assertThat(f.string(o, "n", true)).isEmpty();
    assertThat(only()).isEqualTo("f.json:1:col 17: JSON-TYPE $.n: must be a string, not a number");
  }

  @Test
  void numberTakesANumberOrAStringHoldingOne() {
    Node o = json("{\"a\": 12.50, \"b\": \" 7.25 \", \"c\": \"sju\", \"d\": true}");
    assertThat(f.number(o, "a", true)).contains(new BigDecimal("12.50"));
    assertThat(f.number(o, "b", true)).contains(new BigDecimal("7.25"));
    assertThat(f.number(o, "c", true)).isEmpty();
    assertThat(f.number(o, "d", true)).isEmpty();
    assertThat(rules()).containsExactly("JSON-TYPE", "JSON-TYPE");
  }

  @Test
  void aNumberInAStringIsBoundedLikeAnyNumber() {
    Node o = json("{\"a\": \"1e-999999999\", \"b\": \"" + "9".repeat(100_000) + "\", \"c\": \"1e20\"}");
    assertThat(f.number(o, "a", true)).isEmpty();
    assertThat(f.number(o, "b", true)).isEmpty();
    assertThat(f.number(o, "c", true)).isEmpty();
    assertThat(rules()).containsExactly("JSON-NUMBER-RANGE", "JSON-TYPE", "JSON-NUMBER-RANGE");
  }

  @Test
  void kronorAreWholeAndNotNegative() {
    Node o = json("{\"a\": 100, \"b\": -1, \"c\": 10.5, \"d\": 10.00, \"e\": \"200\"}");
    assertThat(f.kronor(o, "a", true)).contains(new BigDecimal("100"));
    assertThat(f.kronor(o, "b", true)).isEmpty();
    assertThat(f.kronor(o, "c", true)).isEmpty();
    assertThat(f.kronor(o, "d", true)).isPresent();
    assertThat(f.kronor(o, "e", true)).contains(new BigDecimal("200"));
    assertThat(rules()).containsExactly("JSON-NEGATIVE", "JSON-WHOLE-KRONOR");
  }

  @Test
  void datesAreIsoStrings() {
    Node o = json("{\"a\": \"2020-02-29\", \"b\": \"2021-02-29\", \"c\": 20200101, \"d\": \"19850312-1231\"}");
    assertThat(f.date(o, "a", true)).contains(LocalDate.of(2020, 2, 29));
    assertThat(f.date(o, "b", true)).isEmpty();
    assertThat(f.date(o, "c", true)).isEmpty();
    assertThat(f.date(o, "d", true)).isEmpty();
    assertThat(rules()).containsExactly("JSON-DATE", "JSON-DATE", "JSON-DATE");
    assertThat(errors.kept().get(2).toString()).doesNotContain("1231");
  }

  @Test
  void booleansAreTrueOrFalseOnly() {
    Node o = json("{\"a\": true, \"b\": \"true\"}");
    assertThat(f.bool(o, "a", true)).contains(true);
    assertThat(f.bool(o, "b", true)).isEmpty();
    assertThat(only()).contains("JSON-TYPE $.b: must be true or false");
  }

  @Test
  void arraysAreListsAndAbsentIsEmpty() {
    Node o = json("{\"a\": [1, 2], \"b\": {}}");
    assertThat(f.array(o, "a", true)).hasSize(2);
    assertThat(f.array(o, "none", false)).isEmpty();
    assertThat(f.array(o, "b", true)).isEmpty();
    assertThat(only()).contains("JSON-TYPE $.b: must be an array, not an object");
  }

  @Test
  void codesAreEnumNamesInLowerCase() {
    Node o = json("{\"a\": \"dark_red\", \"b\": \"DARK_RED\", \"c\": \"green\"}");
    assertThat(f.code(o, "a", Colour.class, true)).contains(Colour.DARK_RED);
    assertThat(f.code(o, "b", Colour.class, true)).isEmpty();
    assertThat(f.code(o, "c", Colour.class, true, c -> c != Colour.GREEN)).isEmpty();
    assertThat(rules()).containsExactly("JSON-CODE", "JSON-CODE");
    assertThat(errors.kept().get(0).toString()).endsWith("'DARK_RED' is not allowed; allowed: dark_red, green");
    assertThat(errors.kept().get(1).toString()).endsWith("'green' is not allowed; allowed: dark_red");
    assertThat(Fields.codeOf(Colour.DARK_RED)).isEqualTo("dark_red");
  }

  @Test
  void parseRunsADomainParserAndReportsItsMessageScrubbed() {
    Node o = json("{\"a\": \"ok\", \"b\": \"bad 850312-1231\", \"c\": 3}");
    java.util.function.Function<String, String> parser = s -> {
      if (!s.equals("ok")) {
        throw new IllegalArgumentException("not ok: " + s);
      }
      return s;
    };
    assertThat(f.parse(o.fields().get("a"), "X-RULE", parser)).contains("ok");
    assertThat(f.parse(o.fields().get("b"), "X-RULE", parser)).isEmpty();
    assertThat(f.parse(o.fields().get("c"), "X-RULE", parser)).isEmpty();
    assertThat(rules()).containsExactly("X-RULE", "JSON-TYPE");
    assertThat(errors.kept().get(0).toString()).doesNotContain("1231");
  }

  @Test
  void errorsCarryFileLineColumnAndPath() {
    Node o = json("{\n  \"list\": [\n    {\"x\": \"y\"}\n  ]\n}");
    Node item = o.fields().get("list").items().get(0);
    f.error(item, "X-RULE", "fel", "wrong");
    assertThat(only()).isEqualTo("f.json:3:col 5: X-RULE $.list[0]: wrong");
    assertThat(errors.kept().get(0).messageSv()).isEqualTo("$.list[0]: fel");
    assertThat(f.errors()).isSameAs(errors);
    assertThat(Optional.of(item.describe())).contains("an object");
  }

  @Test
  void textTakesOnlyAString() {
    Node o = json("{\"a\": [\"x\", 2]}");
    assertThat(f.text(o.fields().get("a").items().get(0))).contains("x");
    assertThat(f.text(o.fields().get("a").items().get(1))).isEmpty();
    assertThat(only()).isEqualTo("f.json:1:col 13: JSON-TYPE $.a[1]: must be a string");
  }

  @Test
  void countsAreNonNegativeWholeNumbers() {
    Node o = json("{\"a\": 3, \"b\": -1, \"c\": 2.5, \"d\": \"4\", \"f\": 3.0}");
    assertThat(f.count(o, "a")).contains(3L);
    assertThat(f.count(o, "b")).isEmpty();
    assertThat(f.count(o, "c")).isEmpty();
    assertThat(f.count(o, "d")).contains(4L);
    assertThat(f.count(o, "missing")).isEmpty();
    assertThat(f.count(o, "f")).contains(3L);
    assertThat(rules()).containsExactly("JSON-COUNT", "JSON-COUNT");
  }

  @Test
  void aCountBeyondTheNumberRangeIsReportedAsSuch() {
    try {
      JsonInput.read("f.json", "{\"e\": 99999999999999999999}");
      throw new AssertionError("no exception");
    } catch (InvalidInputException e) {
      assertThat(e.errors().kept().get(0).ruleId()).isEqualTo("JSON-NUMBER-RANGE");
    }
  }

  @Test
  void codeOfAnArrayElement() {
    Node o = json("{\"a\": [\"green\", \"blue\", 1]}");
    assertThat(f.code(o.fields().get("a").items().get(0), Colour.class)).contains(Colour.GREEN);
    assertThat(f.code(o.fields().get("a").items().get(1), Colour.class)).isEmpty();
    assertThat(f.code(o.fields().get("a").items().get(2), Colour.class)).isEmpty();
    assertThat(rules()).containsExactly("JSON-CODE", "JSON-TYPE");
    assertThat(errors.kept().get(0).messageEn()).isEqualTo("$.a[1]: 'blue' is not allowed; allowed: dark_red, green");
    assertThat(errors.kept().get(1).messageEn()).isEqualTo("$.a[2]: must be a code (string), not a number");
    assertThat(Fields.codes(Colour.values())).containsExactly("dark_red", "green");
  }

  @Test
  void entriesOfAnObjectMemberInFileOrder() {
    Node o = json("{\"m\": {\"b\": 1, \"a\": 2}, \"n\": [1]}");
    List<String> keys = new java.util.ArrayList<>();
    f.entries(o, "m", (k, v) -> keys.add(k + "=" + v.number()));
    f.entries(o, "absent", (k, v) -> keys.add(k));
    assertThat(keys).containsExactly("b=1", "a=2");
    f.entries(o, "n", (k, v) -> keys.add(k));
    assertThat(only()).contains("JSON-TYPE $.n: must be an object");
  }

  @Test
  void buildReportsTheBuildersMessageOnceAndScrubbed() {
    Node o = json("{}");
    assertThat(f.build(o, () -> "built")).contains("built");
    assertThat(f.build(o, () -> {
      throw new IllegalStateException("missing name for 850312-1231");
    })).isEmpty();
    assertThat(only()).contains("JSON-INVALID").doesNotContain("1231");
    // once a problem is reported, a failing build is not reported again: it would only repeat it
    assertThat(f.build(o, () -> {
      throw new IllegalArgumentException("again");
    })).isEmpty();
    assertThat(errors.kept()).hasSize(1);
    assertThat(f.build(o, () -> "still built")).contains("still built");
  }
}
