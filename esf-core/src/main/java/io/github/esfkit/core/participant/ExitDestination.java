package io.github.esfkit.core.participant;

/** Where the participant went at exit (avslutsorsak / vart deltagaren gick); one per exit. */
public enum ExitDestination {
  /** Arbete. */
  EMPLOYMENT("employment"),
  /** Anpassad anställning (med eller utan ekonomiskt stöd), e.g. extratjänst, lönebidrag. */
  ADAPTED_EMPLOYMENT("adapted_employment"),
  /** Studier. */
  STUDIES("studies"),
  /** Åtgärd hos Arbetsförmedlingen. */
  EMPLOYMENT_SERVICE_MEASURE("employment_service_measure"),
  /** Återgå till remittenten (i huvudsak försörjningsstöd). */
  RETURNED_TO_REFERRER("returned_to_referrer"),
  /** Annat. */
  OTHER("other");

  private final String code;

  ExitDestination(String code) {
    this.code = code;
  }

  /** The exchange-format code. */
  public String code() {
    return code;
  }

  /** Employment, adapted employment or studies: "arbete eller studier". */
  public boolean isWorkOrStudies() {
    return this == EMPLOYMENT || this == ADAPTED_EMPLOYMENT || this == STUDIES;
  }
}
