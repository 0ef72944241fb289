package io.github.esfkit.core;

import java.util.Objects;

/** The languages esfkit speaks: Swedish (the sources' language) and English. */
public enum Language {
  /** Svenska. */
  SV,
  /** English. */
  EN;

  /** Picks the text in this language. */
  public String pick(String swedish, String english) {
    Objects.requireNonNull(swedish, "swedish");
    Objects.requireNonNull(english, "english");
    return this == SV ? swedish : english;
  }
}
