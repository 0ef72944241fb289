package io.github.esfkit.core.project;

import io.github.esfkit.core.internal.EsfStyle;
import org.immutables.value.Value;

/**
 * An age band ticked on the application form (ålder på deltagare), e.g. 15-24, 25-54, 55-64, in full
 * years, both ends inclusive. Independent of the target-group categories and of the EU indicator bands.
 * Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractAgeBand {

  /** Youngest age, inclusive. */
  @Value.Parameter
  public abstract int from();

  /** Oldest age, inclusive. */
  @Value.Parameter
  public abstract int to();

  /** True when the age lies in the band. */
  public boolean contains(int age) {
    return age >= from() && age <= to();
  }

  /** Parses "15-24" (hyphen or en dash, blanks allowed). */
  public static AgeBand parse(String text) {
    java.util.Objects.requireNonNull(text, "text");
    String[] parts = text.strip().split("\\s*[-\u2013]\\s*");
    if (parts.length != 2 || !parts[0].matches("[0-9]{1,3}") || !parts[1].matches("[0-9]{1,3}")) {
      throw new IllegalArgumentException("age band must look like '15-24': "
          + io.github.esfkit.core.Redaction.quote(text));
    }
    return AgeBand.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
  }

  @Value.Check
  void check() {
    if (from() < 0 || to() < from() || to() > 150) {
      throw new IllegalArgumentException("age band must satisfy 0 <= from <= to <= 150: " + from() + "-" + to());
    }
  }

  @Override
  public String toString() {
    return from() + "-" + to();
  }
}
