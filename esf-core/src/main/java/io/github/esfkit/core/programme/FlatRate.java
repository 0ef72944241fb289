package io.github.esfkit.core.programme;

import java.math.BigDecimal;

/**
 * A flat-rate option (schablon) a call may allow: a cost computed as a fixed percentage of a base. The
 * options follow Regulation 1303/2013 Art. 68–68b and 2021/1060 Art. 54–56; which ones a call allows is a
 * property of the call. The computation itself belongs to the budget module.
 */
public enum FlatRate {
  /** Indirect costs at 15 % of eligible direct staff costs (the 2014–2020 applications' model). */
  INDIRECT_15_PERCENT_OF_STAFF("15", "indirekta kostnader 15 % av personalkostnaderna",
      "indirect costs 15 % of staff costs"),
  /** Indirect costs at 7 % of eligible direct costs. */
  INDIRECT_7_PERCENT_OF_DIRECT("7", "indirekta kostnader 7 % av de direkta kostnaderna",
      "indirect costs 7 % of direct costs"),
  /** All other costs at 40 % of eligible direct staff costs. */
  OTHER_COSTS_40_PERCENT_OF_STAFF("40", "övriga kostnader 40 % av personalkostnaderna",
      "other costs 40 % of staff costs"),
  /** Direct staff costs at 20 % of the other direct costs. */
  STAFF_20_PERCENT_OF_OTHER_DIRECT("20", "personalkostnader 20 % av övriga direkta kostnader",
      "staff costs 20 % of other direct costs"),
  /** Indirect costs at 25 % of eligible direct costs (2021/1060 Art. 54(c)). */
  INDIRECT_25_PERCENT_OF_DIRECT("25", "indirekta kostnader 25 % av de direkta kostnaderna",
      "indirect costs 25 % of direct costs");

  private final BigDecimal percent;
  private final String descriptionSv;
  private final String descriptionEn;

  FlatRate(String percent, String descriptionSv, String descriptionEn) {
    this.percent = new BigDecimal(percent);
    this.descriptionSv = descriptionSv;
    this.descriptionEn = descriptionEn;
  }

  /** The rate in percent, exact (e.g. 15). */
  public BigDecimal percent() {
    return percent;
  }

  /** Swedish description. */
  public String descriptionSv() {
    return descriptionSv;
  }

  /** English description. */
  public String descriptionEn() {
    return descriptionEn;
  }
}
