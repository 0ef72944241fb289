package io.github.esfkit.indicators.common;

/** The GDPR class of the data behind an indicator (personuppgiftsklass). */
public enum DataClass {
  /** Not personal data (entity indicators, the total). */
  NONE,
  /** Personal data: {@code *} in the 2014–2020 annex, {@code (*1)} in ESF+. */
  PERSONAL,
  /** Special category under GDPR Art. 9 (känsliga personuppgifter): {@code **}, {@code (*2)}. */
  SPECIAL_CATEGORY
}
