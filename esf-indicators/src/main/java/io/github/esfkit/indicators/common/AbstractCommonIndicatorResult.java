package io.github.esfkit.indicators.common;

import io.github.esfkit.core.EsfStyle;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.core.validation.ValidationResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The EU common indicators of one programme period as of a reporting date (redovisning av gemensamma
 * indikatorer): every participant indicator the records allow, in total and per gender, overall and per
 * sub-project (the sub-project of a person's first entry), with the {@link DataQualityReport} beside and
 * the {@link #consistency()} rules checked. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractCommonIndicatorResult {

  public abstract ProgrammePeriod period();

  /** The reporting date (redovisningsdag): nothing after it exists. */
  public abstract LocalDate asOf();

  /** Every computed indicator of the period, in annex order. */
  public abstract Map<CommonIndicator, IndicatorCounts> figures();

  /** Per sub-project (sorted by name), every computed indicator; sub-projects without participants absent. */
  public abstract Map<String, Map<CommonIndicator, IndicatorCounts>> subProjects();

  public abstract DataQualityReport dataQuality();

  /** The figure of one indicator; {@link IllegalArgumentException} when not computed for this period. */
  public IndicatorCounts figure(CommonIndicator indicator) {
    IndicatorCounts f = figures().get(Args.notNull(indicator, "indicator"));
    if (f == null) {
      throw new IllegalArgumentException(indicator + " is not computed for " + period().code()
          + (indicator.period() != period() ? " (it belongs to " + indicator.period().code() + ")"
              : ": " + indicator.notComputedReasonEn().orElse("")));
    }
    return f;
  }

  /** One count, e.g. {@code count(CO01, WOMEN)}. */
  public long count(CommonIndicator indicator, Breakdown breakdown) {
    return figure(indicator).get(Args.notNull(breakdown, "breakdown"));
  }

  /** One count by code, e.g. {@code count("EECO02", TOTAL)}; {@link IllegalArgumentException} if unknown. */
  public long count(String code, Breakdown breakdown) {
    CommonIndicator i = CommonIndicator.fromCode(code)
        .orElseThrow(() -> new IllegalArgumentException("no common indicator with code '" + code + "'"));
    return count(i, breakdown);
  }

  /**
   * One count of one sub-project; 0 for a sub-project without participants (or, in a result built elsewhere,
   * without a figure for the indicator: {@link #consistency()} then reports the sub-projects not summing up).
   */
  public long count(String subProject, CommonIndicator indicator, Breakdown breakdown) {
    figure(indicator);
    Args.notNull(breakdown, "breakdown");
    Map<CommonIndicator, IndicatorCounts> m = subProjects().get(subProject);
    IndicatorCounts f = m == null ? null : m.get(indicator);
    return f == null ? 0 : f.get(breakdown);
  }

  /** The grand total (TOTAL or EECO01). */
  public long participants() {
    return count(CommonIndicator.total(period()), Breakdown.TOTAL);
  }

  /** The period's catalogue entries the records cannot give (entity indicators, data not collected). */
  public List<CommonIndicator> notComputed() {
    List<CommonIndicator> out = new ArrayList<>();
    for (CommonIndicator i : CommonIndicator.catalogue(period())) {
      if (!figures().containsKey(i)) {
        out.add(i);
      }
    }
    return out;
  }

  /** The consistency rules between indicators; empty when they all hold (they always should). */
  @Value.Lazy
  public ValidationResult consistency() {
    return ConsistencyRules.check(this);
  }

  @Value.Check
  void check() {
    for (CommonIndicator i : figures().keySet()) {
      if (i.period() != period()) {
        throw new IllegalArgumentException(i + " does not belong to " + period().code());
      }
    }
  }
}
