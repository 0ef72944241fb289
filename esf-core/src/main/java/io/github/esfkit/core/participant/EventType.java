package io.github.esfkit.core.participant;

/** A labour-market event after exit (händelse efter avslut), the data behind the EU result indicators. */
public enum EventType {
  /** Söker arbete. */
  JOB_SEARCHING("job_searching", true),
  /** I utbildning. */
  IN_EDUCATION("in_education", true),
  /** Har erhållit en kvalifikation; counts on its own, not a status. */
  QUALIFICATION_GAINED("qualification_gained", false),
  /** I arbete. */
  EMPLOYED("employed", true),
  /** Egenföretagare. */
  SELF_EMPLOYED("self_employed", true),
  /** Arbetslös. */
  UNEMPLOYED("unemployed", true),
  /** Utanför arbetskraften. */
  INACTIVE("inactive", true);

  private final String code;
  private final boolean status;

  EventType(String code, boolean status) {
    this.code = code;
    this.status = status;
  }

  /** The exchange-format code. */
  public String code() {
    return code;
  }

  /** True for a status (the last status in a window counts); false for a qualification. */
  public boolean isStatus() {
    return status;
  }

  /** Employed or self-employed. */
  public boolean isEmployment() {
    return this == EMPLOYED || this == SELF_EMPLOYED;
  }
}
