package io.github.esfkit.indicators.targets.model;

/** The state of one criterion (del av en indikator) after evaluation. */
public enum CriterionStatus {
  /** Uppfylld. */
  MET,
  /** Delvis uppfylld: some of its own sub-targets (e.g. one gender of two in strict mode), or judged so. */
  PARTIALLY_MET,
  /** Ej uppfylld. */
  NOT_MET,
  /** Kan inte avgöras: no data, zero denominator or no recorded judgement. */
  UNDETERMINED
}
