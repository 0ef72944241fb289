package io.github.esfkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.io.InputError;
import io.github.esfkit.io.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 10 items 4, 5, 6 and 11: hostile JSON is bounded before it costs memory or time. */
class JsonBoundsTest {

  private static List<String> errors(String json) {
    try {
      JsonInput.read("b.json", json);
      throw new AssertionError("no exception");
    } catch (InvalidInputException e) {
      return e.errors().kept().stream().map(InputError::toString).collect(Collectors.toList());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e-999999999", "-1e999999999", "1e999999", "1000000000000000",
      "1234567890123456789012345678901234567890", "0.000000000000000000001",
      // an exponent beyond an int's range: Jackson's NumberFormatException escaped (found by the long fuzz run)
      "151e9999994000", "1e-9999999999"})
  void aNumberOutOfRangeIsAnInputErrorWithItsPath(String number) {
    assertThat(errors("{\"costs\": [{\"amount\": " + number + "}]}")).singleElement().asString()
        .startsWith("b.json:1:col 23: JSON-NUMBER-RANGE $.costs[0].amount: the number ")
        .contains("is out of range");
  }

  @ParameterizedTest
  @ValueSource(strings = {"999999999999999", "0.00000000000000000001", "0e-999999999", "1.000000000000000000000000000",
      "-999999999999999.5"})
  void numbersInRangeAreRead(String number) throws InvalidInputException {
    Node n = JsonInput.read("b.json", "{\"a\": " + number + "}").fields().get("a");
    assertThat(n.number()).isEqualByComparingTo(new BigDecimal(number));
  }

  @Test
  void everyNumberOutOfRangeIsReportedNotOnlyTheFirst() {
    assertThat(errors("{\"a\": 1e99, \"b\": [1, 1e-99, 2], \"c\": {\"d\": -1e999999999}}"))
        .extracting(s -> s.substring(0, s.indexOf(" the number")))
        .containsExactly("b.json:1:col 7: JSON-NUMBER-RANGE $.a:", "b.json:1:col 22: JSON-NUMBER-RANGE $.b[1]:",
            "b.json:1:col 44: JSON-NUMBER-RANGE $.c.d:");
  }

  @Test
  void aDocumentWithTooManyValuesIsRefused() {
    String zeros = "[" + "0,".repeat(JsonInput.MAX_VALUES) + "0]";
    assertThat(errors(zeros)).singleElement().asString().contains("JSON-LIMIT")
        .contains("more than " + JsonInput.MAX_VALUES + " values");
  }

  @Test
  void aStreamIsCountedWhileItIsReadNotTrusted() {
    // an endless stream, as a pipe may be: reading stops at the limit, it is not read to its end first
    InputStream endless = new InputStream() {
      long n;

      @Override
      public int read() {
        n++;
        return n == 1 ? '[' : (n % 2 == 0 ? '0' : ',');
      }
    };
    assertThatThrownBy(() -> JsonInput.read("pipe", endless)).isInstanceOf(InvalidInputException.class)
        .satisfies(t -> assertThat(((InvalidInputException) t).errors().kept().get(0).ruleId())
            .isIn("JSON-TOO-LARGE", "JSON-LIMIT"));
  }

  @Test
  void aStreamLargerThanTheLimitIsTooLarge() {
    byte[] big = new byte[(int) JsonInput.MAX_BYTES + 10];
    big[0] = '"';
    java.util.Arrays.fill(big, 1, big.length, (byte) ' ');
    big[1] = '"';
    assertThatThrownBy(() -> JsonInput.read("pipe", new ByteArrayInputStream(big)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(t -> assertThat(((InvalidInputException) t).errors().kept().get(0).toString())
            .isEqualTo("pipe: JSON-TOO-LARGE JSON input is limited to 16 MiB"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-16", "UTF-32LE", "UTF-32BE"})
  void utf16AndUtf32AreRefused(String charset) {
    byte[] bytes = "{\"a\": 1}".getBytes(java.nio.charset.Charset.forName(charset));
    assertThatThrownBy(() -> JsonInput.read("b.json", new ByteArrayInputStream(bytes)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(t -> assertThat(((InvalidInputException) t).errors().kept().get(0).toString())
            .isEqualTo("b.json: JSON-ENCODING JSON input must be UTF-8 (UTF-16 and UTF-32 are not accepted)"));
  }

  @Test
  void utf8WithAndWithoutByteOrderMarkIsRead() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
    assertThat(JsonInput.read("b.json", new ByteArrayInputStream(bom)).kind()).isEqualTo(Node.Kind.OBJECT);
    assertThat(JsonInput.read("b.json", new ByteArrayInputStream("{\"å\": 1}".getBytes(StandardCharsets.UTF_8)))
        .fields()).containsKey("å");
  }

  @Test
  void keysWithNewlinesEscapesOrAPersonnummerNeverReachAMessageRaw() {
    List<String> e = errors("{\"19840620-4084\\n\\u001b[2J\": 1, \"19840620-4084\\n\\u001b[2J\": 2}");
    assertThat(e).singleElement().asString().contains("JSON-DUPLICATE-KEY").doesNotContain("4084")
        .doesNotContain("\n").doesNotContain("\u001b");
  }

  @Test
  void longKeysAreCutInPathsAndDeepDocumentsStayCheap() throws Exception {
    String key = "k".repeat(4000);
    Node root = JsonInput.read("b.json", "{\"" + key + "\": {\"" + key + "\": [1, 2]}}");
    Node leaf = root.fields().get(key).fields().get(key).items().get(1);
    assertThat(leaf.path()).isEqualTo("$." + "k".repeat(64) + "...." + "k".repeat(64) + "...[1]");
  }

  @Test
  void aFileNameWithControlCharactersStaysOnOneLine() {
    assertThatThrownBy(() -> JsonInput.read("a\nb\u001b.json", "")).isInstanceOf(InvalidInputException.class)
        .satisfies(t -> assertThat(((InvalidInputException) t).errors().kept().get(0).toString())
            .isEqualTo("a?b?.json: JSON-EMPTY the file is empty"));
  }

  @Test
  void readingFromAStreamOfAnyChunkingGivesTheSameNodes() throws IOException, InvalidInputException {
    byte[] json = "{\"a\": [1, 2.5, \"x\"], \"b\": {\"c\": true}}".getBytes(StandardCharsets.UTF_8);
    InputStream oneByteAtATime = new InputStream() {
      int i;

      @Override
      public int read() {
        return i < json.length ? json[i++] & 0xFF : -1;
      }
    };
    Node root = JsonInput.read("b.json", oneByteAtATime);
    assertThat(root.fields().get("a").items().get(1).number()).isEqualByComparingTo("2.5");
    assertThat(root.fields().get("b").fields().get("c").bool()).isTrue();
  }
}
