package io.github.esfkit.examples.cli;

/**
 * Last line of defence for anything printed that did not come from a report: withholds runs of six or
 * more digits, which could be (part of) a personnummer, and keeps the text on one line.
 */
final class Sanitizer {

  private Sanitizer() {}

  /** The text with digit runs of six or more replaced by {@code ******} and line breaks by spaces. */
  static String oneLine(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        int j = i;
        while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
          j++;
        }
        out.append(j - i >= 6 ? "******" : s.substring(i, j));
        i = j;
      } else {
        out.append(c == '\n' || c == '\r' ? ' ' : c);
        i++;
      }
    }
    return out.toString();
  }
}
