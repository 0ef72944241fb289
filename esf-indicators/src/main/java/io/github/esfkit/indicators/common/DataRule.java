package io.github.esfkit.indicators.common;

import io.github.esfkit.core.validation.Severity;

/**
 * The data rules the calculator applies (regler för indikatordata), each with a stable id: why a record
 * was excluded, cut or counted in the grand total only. The {@link DataQualityReport} counts each.
 */
public enum DataRule {
  /** A date outside 1800–2999: the record is invalid and excluded. */
  DATE_OUT_OF_RANGE("DATE-OUT-OF-RANGE", Severity.ERROR, true,
      "ogiltigt datum (utanför åren 1800–2999); inskrivningen räknas inte",
      "a date outside the years 1800-2999; the participation is not counted"),
  /** A struck enrolment (struken) is no participation. */
  STRUCK("STRUCK", Severity.INFO, true,
      "struken inskrivning; räknas inte", "struck enrolment; not counted"),
  /** Entry after the reporting date: the participation does not exist yet. */
  ENTRY_AFTER_AS_OF("ENTRY-AFTER-AS-OF", Severity.INFO, true,
      "inskrivning efter redovisningsdagen; räknas inte", "entry after the reporting date; not counted"),
  /** Exit after the reporting date: the participation is still active. */
  EXIT_AFTER_AS_OF("EXIT-AFTER-AS-OF", Severity.INFO, false,
      "avslut efter redovisningsdagen; deltagaren räknas som aktiv",
      "exit after the reporting date; the participant counts as active"),
  /** Event after the reporting date: ignored. */
  EVENT_AFTER_AS_OF("EVENT-AFTER-AS-OF", Severity.INFO, false,
      "händelse efter redovisningsdagen; bortses från", "event after the reporting date; ignored"),
  /** Unknown gender, birth date, employment status or education: grand total only. */
  INCOMPLETE("INCOMPLETE", Severity.WARNING, false,
      "ofullständig uppgift (kön, födelsedatum, arbetsmarknadsstatus eller utbildning okänd); räknas bara i"
          + " totalen",
      "incomplete record (gender, birth date, employment status or education unknown); counted in the grand"
          + " total only"),
  /** A non-binary person under 2014–2020: total column only (library policy, to verify). */
  NON_BINARY_WITHOUT_COLUMN("NON-BINARY-WITHOUT-COLUMN", Severity.WARNING, false,
      "icke-binär deltagare i en 2014–2020-redovisning utan sådan kolumn; räknas bara i totalkolumnen",
      "non-binary participant in a 2014-2020 report, which has no such column; counted in the total column only"),
  /** ISCED 0 under 2014–2020: in no education indicator (to verify). */
  ISCED0_WITHOUT_INDICATOR("ISCED0-WITHOUT-INDICATOR", Severity.INFO, false,
      "ISCED 0 ingår inte i CO09–CO11 (att verifiera)", "ISCED 0 is in none of CO09-CO11 (to verify)"),
  /** Participations linked to an earlier one of the same person (återinskrivning). */
  RE_ENTRY_LINKED("RE-ENTRY-LINKED", Severity.INFO, false,
      "återinskrivning av samma person; första inskrivningen och sista avslutet gäller",
      "re-entry of the same person; the first entry and the last exit count"),
  /** A linked person whose characteristics differ between participations: the first entry's count. */
  RE_ENTRY_CHANGED("RE-ENTRY-CHANGED", Severity.WARNING, false,
      "återinskriven person med ändrade uppgifter; uppgifterna vid första inskrivningen gäller",
      "re-entered person with changed characteristics; those at the first entry count"),
  /** Participations without personnummer: each counts as its own person. */
  UNLINKED("UNLINKED", Severity.INFO, false,
      "inskrivning utan personnummer; räknas som egen person",
      "participation without personal identity number; counts as its own person"),
  /** Exited less than six months before the reporting date: not yet in the six-month results. */
  LONGER_TERM_NOT_DUE("LONGER-TERM-NOT-DUE", Severity.INFO, false,
      "avslutad för mindre än sex månader sedan; ingår inte i de långsiktiga resultaten än",
      "exited less than six months before the reporting date; not yet in the longer-term results");

  private final String id;
  private final Severity severity;
  private final boolean excludes;
  private final String sv;
  private final String en;

  DataRule(String id, Severity severity, boolean excludes, String sv, String en) {
    this.id = id;
    this.severity = severity;
    this.excludes = excludes;
    this.sv = sv;
    this.en = en;
  }

  /** The stable rule id, e.g. {@code ENTRY-AFTER-AS-OF}. */
  public String id() {
    return id;
  }

  /** How serious an application of the rule is. */
  public Severity severity() {
    return severity;
  }

  /** True when the rule removes the participation from every figure. */
  public boolean excludes() {
    return excludes;
  }

  /** What the rule does, in Swedish. */
  public String descriptionSv() {
    return sv;
  }

  /** What the rule does, in English. */
  public String descriptionEn() {
    return en;
  }
}
