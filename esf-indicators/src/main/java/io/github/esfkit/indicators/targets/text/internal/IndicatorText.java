package io.github.esfkit.indicators.targets.text.internal;

import io.github.esfkit.core.Language;
import io.github.esfkit.indicators.targets.model.CriterionStatus;
import io.github.esfkit.indicators.targets.model.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Puts an indicator's verdict into words: how many parts were met, and the verdict. Stateless and thread-safe. */
public final class IndicatorText {

  private IndicatorText() {}

  /** "2 av 3 delar uppfyllda: delvis uppnådd per 2022-06-30." and its English. */
  public static String explanation(Verdict verdict, List<CriterionStatus> statuses, LocalDate asOf, Language l) {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(statuses, "statuses");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(l, "language");
    long met = statuses.stream().filter(s -> s == CriterionStatus.MET).count();
    long partly = statuses.stream().filter(s -> s == CriterionStatus.PARTIALLY_MET).count();
    long undecided = statuses.stream().filter(s -> s == CriterionStatus.UNDETERMINED).count();
    StringBuilder b = new StringBuilder();
    b.append(met).append(l.pick(" av ", " of ")).append(statuses.size())
        .append(l.pick(statuses.size() == 1 ? " del uppfylld" : " delar uppfyllda",
            statuses.size() == 1 ? " part met" : " parts met"));
    if (partly > 0) {
      b.append(", ").append(partly).append(l.pick(" delvis", " partly"));
    }
    if (undecided > 0) {
      b.append(", ").append(undecided).append(l.pick(" kan inte avgöras", " cannot be decided"));
    }
    b.append(": ").append(verdict.label(l).toLowerCase(Locale.ROOT))
        .append(l.pick(" per ", " as of ")).append(asOf).append('.');
    return b.toString();
  }
}
