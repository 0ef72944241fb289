package io.github.esfkit.core.participant;

/** Highest completed education at entry on the ISCED 2011 scale (utbildningsnivå), levels 0 to 8. */
public enum IscedLevel {
  ISCED0, ISCED1, ISCED2, ISCED3, ISCED4, ISCED5, ISCED6, ISCED7, ISCED8;

  /** The numeric level 0–8. */
  public int level() {
    return ordinal();
  }

  /** The exchange-format code, {@code isced0} … {@code isced8}. */
  public String code() {
    return "isced" + ordinal();
  }
}
