package io.github.esfkit.indicators.common;

/** A characteristic of a participant record whose completeness is reported (uppgiftsfält). */
public enum RecordField {
  /** Kön. */
  GENDER("kön", "gender", true),
  /** Födelsedatum. */
  BIRTH_DATE("födelsedatum", "birth date", true),
  /** Arbetsmarknadsstatus vid inträde. */
  EMPLOYMENT_STATUS("arbetsmarknadsstatus", "employment status", true),
  /** Utbildningsnivå vid inträde. */
  EDUCATION("utbildningsnivå", "education", true),
  /** Funktionsnedsättning (special category). */
  DISABILITY("funktionsnedsättning", "disability", false),
  /** Utländsk bakgrund. */
  FOREIGN_BACKGROUND("utländsk bakgrund", "foreign background", false),
  /** Medborgare i tredjeland. */
  THIRD_COUNTRY_NATIONAL("tredjelandsmedborgare", "third-country national", false),
  /** Hemlös. */
  HOMELESS("hemlös", "homeless", false),
  /** Landsbygd. */
  RURAL("landsbygd", "rural", false);

  private final String sv;
  private final String en;
  private final boolean completenessTest;

  RecordField(String sv, String en, boolean completenessTest) {
    this.sv = sv;
    this.en = en;
    this.completenessTest = completenessTest;
  }

  /** The field's name in Swedish. */
  public String nameSv() {
    return sv;
  }

  /** The field's name in English. */
  public String nameEn() {
    return en;
  }

  /** True for the four fields whose unknown value makes a record incomplete. */
  public boolean partOfCompletenessTest() {
    return completenessTest;
  }
}
