package io.github.esfkit.spark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV record (RFC 4180, comma, double quotes) into its fields, only to decide which partition the
 * record goes to. It checks nothing: esf-io's reader reads every record again, in its partition, and reports
 * what is wrong with it. Stateless.
 */
final class CsvLine {

  private CsvLine() {}

  /** The fields of a record; a quote left open runs to the end of the record. */
  static List<String> fields(byte[] record) {
    String s = new String(record, StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(field.toString());
        field.setLength(0);
      } else if (c != '\r') {
        field.append(c);
      }
    }
    out.add(field.toString());
    return out;
  }

  /** A field written for CSV: quoted when it holds a comma, a quote or a line break. */
  static String quote(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
