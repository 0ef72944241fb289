package io.github.esfkit.core.participant;

/** Gender as recorded (kön); never derived from an identity number. Non-binary exists in ESF+ only. */
public enum Gender {
  /** Kvinna. */
  WOMAN("woman"),
  /** Man. */
  MAN("man"),
  /** Icke-binär (ESF+ 2021–2027). */
  NON_BINARY("non_binary");

  private final String code;

  Gender(String code) {
    this.code = code;
  }

  /** The exchange-format code. */
  public String code() {
    return code;
  }
}
