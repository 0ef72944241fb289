package io.github.esfkit.core.project;

/** What kind of figure a planned number is; the checks against outcomes differ (indicators module). */
public enum FigureKind {
  /** Målvärde: to be reached. */
  TARGET,
  /** Prognos: an estimate. */
  FORECAST,
  /** Maximum (tak), e.g. All In's "sammanlagt maximalt 648 individer". */
  MAXIMUM
}
