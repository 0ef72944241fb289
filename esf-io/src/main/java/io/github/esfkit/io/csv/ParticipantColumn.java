package io.github.esfkit.io.csv;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The columns of {@code participants.csv}, format version 1, with whether each is required. */
public enum ParticipantColumn {
  /** Pseudonymous id, unique per row. */
  PARTICIPANT_ID("participant_id", true),
  /** Personnummer or samordningsnummer; never printed. */
  PERSON_ID("person_id", false),
  /** Delprojekt. */
  SUB_PROJECT("sub_project", true),
  /** Kön. */
  GENDER("gender", true),
  /** Födelsedatum. */
  BIRTH_DATE("birth_date", true),
  /** Inskrivningsdatum. */
  ENTRY_DATE("entry_date", true),
  /** Avslutsdatum; empty while active. */
  EXIT_DATE("exit_date", false),
  /** Status på arbetsmarknaden vid inträde. */
  EMPLOYMENT_STATUS("employment_status", true),
  /** Utbildningsnivå (ISCED). */
  EDUCATION("education", true),
  /** Funktionsnedsättning (special category). */
  DISABILITY("disability", false),
  /** Utländsk bakgrund. */
  FOREIGN_BACKGROUND("foreign_background", false),
  /** Medborgare i tredjeland. */
  THIRD_COUNTRY_NATIONAL("third_country_national", false),
  /** Hemlös. */
  HOMELESS("homeless", false),
  /** Landsbygd. */
  RURAL("rural", false),
  /** Remittent. */
  REFERRAL_SOURCE("referral_source", false),
  /** Vart deltagaren gick vid avslut; only with an exit date. */
  EXIT_DESTINATION("exit_destination", false);

  private static final Map<String, ParticipantColumn> BY_NAME = new HashMap<>();

  static {
    for (ParticipantColumn c : values()) {
      BY_NAME.put(c.header, c);
    }
  }

  private final String header;
  private final boolean required;

  ParticipantColumn(String header, boolean required) {
    this.header = header;
    this.required = required;
  }

  /** The header name, e.g. {@code birth_date}. */
  public String header() {
    return header;
  }

  /** True when the column must be in the header and never blank. */
  public boolean required() {
    return required;
  }

  /** The column with this header name. */
  public static Optional<ParticipantColumn> byHeader(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(BY_NAME.get(name));
  }
}
