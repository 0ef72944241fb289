package io.github.esfkit.core.programme;

import io.github.esfkit.core.Language;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A flat-rate option (schablon) of the simplified cost options: a cost computed as at most a fixed
 * percentage of a base. One vocabulary for the whole library: a {@link Call} lists the options it allows,
 * a budget applies them (esf-budget's {@code FlatRate} holds an option and the rate applied). The options
 * follow Reg. 1303/2013 Art. 68–68b (ESF 2014–2020) and Reg. 2021/1060 Art. 54–56 (ESF+ 2021–2027).
 */
public enum FlatRateOption {
  /** Indirect costs, up to 15 % of eligible direct staff costs: the 2014–2020 form's rule. */
  INDIRECT_15_OF_STAFF("15", false, "Reg. 1303/2013 art. 68.1 b; Reg. 2021/1060 art. 54 b",
      "Indirekta kostnader, 15 % av personalkostnaderna", "Indirect costs, 15 % of staff costs",
      ProgrammePeriod.ESF_2014_2020, ProgrammePeriod.ESF_PLUS_2021_2027),
  /** Indirect costs, up to 7 % of eligible direct costs (ESF+ only). */
  INDIRECT_7_OF_DIRECT("7", false, "Reg. 2021/1060 art. 54 a",
      "Indirekta kostnader, 7 % av direkta kostnader", "Indirect costs, 7 % of direct costs",
      ProgrammePeriod.ESF_PLUS_2021_2027),
  /**
   * Indirect costs, up to 25 % of eligible direct costs, when the rate is justified by a calculation
   * (fair, equitable and verifiable method).
   */
  INDIRECT_25_OF_DIRECT("25", true, "Reg. 2021/1060 art. 54 c; Reg. 1303/2013 art. 68.1 a",
      "Indirekta kostnader, upp till 25 % av direkta kostnader (med beräkning)",
      "Indirect costs, up to 25 % of direct costs (with a calculation)",
      ProgrammePeriod.ESF_2014_2020, ProgrammePeriod.ESF_PLUS_2021_2027),
  /**
   * All remaining costs, up to 40 % of eligible direct staff costs; salaries and allowances paid to
   * participants stay outside the rate.
   */
  OTHER_COSTS_40_OF_STAFF("40", false, "Reg. 2021/1060 art. 56; Reg. 1303/2013 art. 68b",
      "Övriga kostnader, 40 % av personalkostnaderna", "Other costs, 40 % of staff costs",
      ProgrammePeriod.ESF_2014_2020, ProgrammePeriod.ESF_PLUS_2021_2027),
  /** Direct staff costs, up to 20 % of the direct costs other than staff costs. */
  STAFF_20_OF_OTHER_DIRECT("20", false, "Reg. 2021/1060 art. 55.1; Reg. 1303/2013 art. 68a.1",
      "Personalkostnader, 20 % av övriga direkta kostnader", "Staff costs, 20 % of other direct costs",
      ProgrammePeriod.ESF_2014_2020, ProgrammePeriod.ESF_PLUS_2021_2027);

  private final BigDecimal maxPercent;
  private final boolean justificationRequired;
  private final String legalBasis;
  private final String sv;
  private final String en;
  private final Set<ProgrammePeriod> periods;

  FlatRateOption(String maxPercent, boolean justificationRequired, String legalBasis, String sv, String en,
      ProgrammePeriod first, ProgrammePeriod... rest) {
    this.maxPercent = new BigDecimal(maxPercent);
    this.justificationRequired = justificationRequired;
    this.legalBasis = legalBasis;
    this.sv = sv;
    this.en = en;
    this.periods = EnumSet.of(first, rest);
  }

  /** The maximum rate in percent, exact (the cap), e.g. 15. */
  public BigDecimal maxPercent() {
    return maxPercent;
  }

  /** True when the rate must be justified by a calculation (the 25 % option). */
  public boolean isJustificationRequired() {
    return justificationRequired;
  }

  /** The legal basis, e.g. "Reg. 2021/1060 art. 54 a". */
  public String legalBasis() {
    return legalBasis;
  }

  /** True when the option exists in the programme period's regulation. */
  public boolean isAvailableIn(ProgrammePeriod period) {
    Objects.requireNonNull(period, "period");
    return periods.contains(period);
  }

  /** A short description in Swedish or English. */
  public String label(Language language) {
    return language.pick(sv, en);
  }
}
