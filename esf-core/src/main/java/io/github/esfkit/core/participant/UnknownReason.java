package io.github.esfkit.core.participant;

/** Why a characteristic is unknown (okänt värde): the library never uses null for it. */
public enum UnknownReason {
  /** The value was not collected (uppgift saknas); also what a blank optional field means. */
  NOT_COLLECTED("not_collected"),
  /** The person declined to answer (vill inte uppge). */
  REFUSED("refused"),
  /** The person does not know (vet inte). */
  DONT_KNOW("dont_know");

  private final String code;

  UnknownReason(String code) {
    this.code = code;
  }

  /** The exchange-format code, e.g. {@code not_collected} (written {@code unknown:not_collected}). */
  public String code() {
    return code;
  }
}
