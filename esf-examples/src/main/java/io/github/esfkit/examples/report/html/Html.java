package io.github.esfkit.examples.report.html;

import io.github.esfkit.io.Redaction;

/** Escaping for the HTML report: markup characters escaped, control characters and identity numbers withheld. */
final class Html {

  private Html() {}

  /** Text safe inside an element or a quoted attribute; anything that could be a personnummer is withheld. */
  static String esc(String s) {
    String t = Redaction.scrub(s);
    StringBuilder sb = new StringBuilder(t.length() + 16);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '&':
          sb.append("&amp;");
          break;
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '"':
          sb.append("&quot;");
          break;
        case '\'':
          sb.append("&#39;");
          break;
        default:
          sb.append(Character.isISOControl(c) ? '?' : c);
      }
    }
    return sb.toString();
  }
}
