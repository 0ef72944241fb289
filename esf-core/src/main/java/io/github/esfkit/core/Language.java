package io.github.esfkit.core;

/** The languages esfkit speaks: Swedish (the sources' language) and English. */
public enum Language {
  /** Svenska. */
  SV,
  /** English. */
  EN;

  /** Picks the text in this language. */
  public String pick(String swedish, String english) {
    return this == SV ? swedish : english;
  }
}
