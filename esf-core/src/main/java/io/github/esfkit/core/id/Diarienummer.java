package io.github.esfkit.core.id;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A registration number (diarienummer) of an application or a call: {@code YYYY/NNNNN}, the year of
 * registration and a five-digit zero-padded serial. An exception message repeats bad input only when it
 * cannot be a personnummer typed into the wrong field (fewer than ten digits). Immutable and thread-safe.
 */
public final class Diarienummer {

  private static final Pattern FORM = Pattern.compile("(\\d{4})/(\\d{5})");

  private final int year;
  private final int serial;

  private Diarienummer(int year, int serial) {
    this.year = year;
    this.serial = serial;
  }

  /** Parses {@code YYYY/NNNNN}. */
  public static Diarienummer parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher m = FORM.matcher(text.toString().trim());
    if (!m.matches()) {
      String s = text.toString().strip();
      // ten digits or more may be a personal identity number in the wrong field: never repeat them
      boolean mask = s.chars().filter(c -> c >= '0' && c <= '9').count() >= 10;
      String shown = mask ? "(masked, " + s.length() + " characters)"
          : "'" + (s.length() <= 40 ? s : s.substring(0, 40) + "…") + "'";
      throw new InvalidIdentifierException("DNR-FORMAT", "registration number " + shown + " must have the form YYYY/NNNNN");
    }
    return new Diarienummer(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  /**
   * Parses the form's call line, name and number joined by {@code " : "}, e.g.
   * {@code "Minska långtidsarbetslösheten i Östra Mellansverige NR2 : 2016/00486"}: the part after the
   * last colon.
   */
  public static Diarienummer parseFromCallLine(CharSequence line) {
    Objects.requireNonNull(line, "line");
    String s = line.toString().replace('\u00A0', ' ');
    int i = s.lastIndexOf(':');
    return parse(i < 0 ? s : s.substring(i + 1));
  }

  /** True when the text parses. */
  public static boolean isValid(CharSequence text) {
    try {
      parse(text);
      return true;
    } catch (InvalidIdentifierException e) {
      return false;
    }
  }

  /** The year part, e.g. 2017 of {@code 2017/00083}. */
  public int year() {
    return year;
  }

  /** The serial number within the year, e.g. 83 of {@code 2017/00083}. */
  public int serial() {
    return serial;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Diarienummer && ((Diarienummer) o).year == year && ((Diarienummer) o).serial == serial;
  }

  @Override
  public int hashCode() {
    return year * 100_000 + serial;
  }

  /** {@code YYYY/NNNNN}. */
  @Override
  public String toString() {
    return String.format("%04d/%05d", year, serial);
  }
}
