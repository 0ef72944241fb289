package io.github.esfkit.core.validation;

/** How serious a {@link Violation} is (allvarlighetsgrad). */
public enum Severity {
  /** The data are wrong and must be corrected (fel). */
  ERROR,
  /** The data are probably wrong or inconsistent (varning). */
  WARNING,
  /** A fact the reader should know, e.g. an assumption the library made (information). */
  INFO
}
