package io.github.esfkit.core;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The library's one redaction: makes any text that came from input safe to show in output, a message, a log
 * line or a {@code toString()}. A personnummer or samordningsnummer is withheld, control characters
 * (newline, ESC, NUL, …) and bidirectional overrides become {@code ?}, so the text stays on one line and
 * never drives a terminal. Stateless and thread-safe.
 *
 * <p>What counts as an identity number is decided here, once, for the whole library:
 * <ul>
 *   <li>10 or 12 digits: {@code YYMMDD} or {@code YYYYMMDD}, then the four last digits;</li>
 *   <li>between the date and the last four, no separator or one to three characters that are neither letters
 *       nor digits: hyphen, plus, space, dot, slash, underscore, en dash, colon, …;</li>
 *   <li>the date may itself be written with one separator character ({@code 1985-03-12-1231});</li>
 *   <li>the month is 01–12 and the day 01–31 (personnummer) or 61–91 (samordningsnummer); a 12-digit form
 *       starts with 18, 19 or 20. A number that cannot be a date, such as an organisationsnummer
 *       ({@code 212000-1942}, month 20), is left as it is;</li>
 *   <li>a shortened last group of three digits ({@code 850312-123}) is withheld too;</li>
 *   <li>the digits stand on their own: a longer run of digits (an amount, a random number in a file name)
 *       is not read as an identity number;</li>
 *   <li>digits are any Unicode decimal digits, not only ASCII.</li>
 * </ul>
 */
public final class Redaction {

  /** The text that replaces an identity number in free text. */
  public static final String WITHHELD = "(withheld)";

  private static final String D = "\\p{Nd}";
  private static final String SEP = "[^\\p{L}\\p{Nd}]{1,3}";

  /** YY(YY)MMDD, optional separator, last three or four digits: the 12-digit and the 10-digit reading. */
  private static final Pattern COMPACT_12 = Pattern.compile(
      "(?<!" + D + ")(" + D + "{2})(" + D + "{2})(" + D + "{2})(" + D + "{2})(?:" + SEP + ")?" + D
          + "{3,4}(?!" + D + ")");
  private static final Pattern COMPACT_10 = Pattern.compile(
      "(?<!" + D + ")()(" + D + "{2})(" + D + "{2})(" + D + "{2})(?:" + SEP + ")?" + D
          + "{3,4}(?!" + D + ")");

  /** YY(YY)-MM-DD-NNNN with the same separator character twice inside the date. */
  private static final Pattern SPACED_12 = Pattern.compile(
      "(?<!" + D + ")(" + D + "{2})(" + D + "{2})([^\\p{L}\\p{Nd}])(" + D + "{2})\\3(" + D + "{2})" + SEP + D
          + "{4}(?!" + D + ")(?![-./]" + D + ")");
  private static final Pattern SPACED_10 = Pattern.compile(
      "(?<!" + D + ")()(" + D + "{2})([^\\p{L}\\p{Nd}])(" + D + "{2})\\3(" + D + "{2})" + SEP + D
          + "{4}(?!" + D + ")(?![-./]" + D + ")");

  private static final int MAX_QUOTED = 40;

  private Redaction() {}

  /** True when the text holds something that could be a personnummer or samordningsnummer (see class doc). */
  public static boolean containsIdentityNumber(@Nullable CharSequence text) {
    return text != null && enoughDigits(text) && new Finder(text).find(0) != null;
  }

  /**
   * Free text made safe: every possible identity number replaced by {@value #WITHHELD}, every control or
   * bidirectional-format character by {@code ?}. Never null; null gives the empty string.
   */
  public static String scrub(@Nullable CharSequence text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    if (!enoughDigits(text)) { // the common case: no allocation beyond the result
      appendSafe(out, text, 0, text.length());
      return out.toString();
    }
    Finder finder = new Finder(text);
    int from = 0;
    int[] m;
    while ((m = finder.find(from)) != null) {
      appendSafe(out, text, from, m[0]);
      out.append(WITHHELD);
      from = m[1];
    }
    appendSafe(out, text, from, text.length());
    return out.toString();
  }

  /**
   * A value quoted for a message: in single quotes, made safe as by {@link #scrub}, cut after 40 characters;
   * a value that could hold an identity number is replaced as a whole by a placeholder.
   */
  public static String quote(@Nullable CharSequence value) {
    if (value == null) {
      return "''";
    }
    if (containsIdentityNumber(value)) {
      return "(value withheld: may be a personal identity number)";
    }
    int n = Math.min(value.length(), MAX_QUOTED);
    StringBuilder sb = new StringBuilder(n + 5).append('\'');
    appendSafe(sb, value, 0, n);
    if (value.length() > MAX_QUOTED) {
      sb.append("...");
    }
    return sb.append('\'').toString();
  }

  /** The text safe to show as by {@link #scrub}, cut after {@code max} characters with "...". */
  public static String scrub(@Nullable CharSequence text, int max) {
    String s = scrub(text);
    return s.length() <= max ? s : s.substring(0, Math.max(0, max)) + "...";
  }

  /** An identity number has at least nine digits: text with fewer needs no pattern matching. */
  private static boolean enoughDigits(CharSequence text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i)) && ++digits >= 9) {
        return true;
      }
    }
    return false;
  }

  private static void appendSafe(StringBuilder out, CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      out.append(unsafe(c) ? '?' : c);
    }
  }

  private static boolean unsafe(char c) {
    return Character.isISOControl(c)
        || c == '\u2028' || c == '\u2029'                   // line and paragraph separators
        || (c >= '\u202A' && c <= '\u202E')                 // bidirectional embeddings and overrides
        || (c >= '\u2066' && c <= '\u2069');                // bidirectional isolates
  }

  /** Finds identity numbers left to right; each pattern's next plausible match is kept until passed. */
  private static final class Finder {
    private final CharSequence text;
    private final Matcher[] matchers;
    private final int[][] next;
    private final boolean[] spaced = {false, false, true, true};

    Finder(CharSequence text) {
      this.text = text;
      this.matchers = new Matcher[] {COMPACT_12.matcher(text), COMPACT_10.matcher(text),
          SPACED_12.matcher(text), SPACED_10.matcher(text)};
      this.next = new int[matchers.length][];
    }

    /** Start and end of the first identity number starting at or after {@code from}, or null. */
    int[] find(int from) {
      int[] best = null;
      for (int i = 0; i < matchers.length; i++) {
        if (next[i] == null || (next[i].length > 0 && next[i][0] < from)) {
          next[i] = scan(i, from);
        }
        int[] m = next[i];
        if (m.length > 0 && (best == null || m[0] < best[0] || (m[0] == best[0] && m[1] > best[1]))) {
          best = m;
        }
      }
      return best;
    }

    private int[] scan(int i, int from) {
      Matcher m = matchers[i];
      int start = from;
      while (start < text.length() && m.find(start)) {
        boolean ok = spaced[i]
            ? plausible(m.group(1), m.group(2), m.group(4), m.group(5))
            : plausible(m.group(1), m.group(2), m.group(3), m.group(4));
        if (ok) {
          return new int[] {m.start(), m.end()};
        }
        start = m.start() + 1;
      }
      return new int[0];
    }
  }

  private static boolean plausible(String century, String year, String month, String day) {
    if (!century.isEmpty()) {
      int c = digits(century);
      if (c < 18 || c > 20) {
        return false;
      }
    }
    int mm = digits(month);
    int dd = digits(day);
    return mm >= 1 && mm <= 12 && ((dd >= 1 && dd <= 31) || (dd >= 61 && dd <= 91));
  }

  private static int digits(String s) {
    int v = 0;
    for (int i = 0; i < s.length(); i++) {
      v = v * 10 + Character.digit(s.charAt(i), 10);
    }
    return v;
  }
}
