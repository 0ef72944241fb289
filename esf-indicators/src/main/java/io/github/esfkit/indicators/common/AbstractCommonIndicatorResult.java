package io.github.esfkit.indicators.common;

import io.github.esfkit.core.internal.EsfStyle;
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

  /**
   * An indicator built on an optional characteristic is reported as not collected when that characteristic
   * was collected (known, refused or don't know) for fewer than this per cent of the participants: most
   * participants not asked makes the count say more about the asking than about the participants. Library
   * policy, in the spirit of the 2014–2020 completeness rule.
   */
  public static final int COLLECTED_THRESHOLD_PERCENT = 50;

  /** The programme period of the catalogue. */
  public abstract ProgrammePeriod period();

  /** The reporting date (redovisningsdag): nothing after it exists. */
  public abstract LocalDate asOf();

  /** Every computed indicator of the period, in annex order. */
  public abstract Map<CommonIndicator, IndicatorCounts> figures();

  /** Per sub-project (sorted by name), every computed indicator; sub-projects without participants absent. */
  public abstract Map<String, Map<CommonIndicator, IndicatorCounts>> subProjects();

  /** What was read, excluded and incomplete, and every data rule applied, beside the figures. */
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
    CommonIndicator i = CommonIndicator.fromCode(Args.notNull(code, "code"))
        .orElseThrow(() -> new IllegalArgumentException("no common indicator with code '" + code + "'"));
    return count(i, breakdown);
  }

  /**
   * One count of one sub-project. A sub-project is in the result when some participant is counted in it (the
   * sub-project of a person's first entry); asking for any other name is an {@link IllegalArgumentException}
   * saying so, so that a misspelt or absent sub-project is never read as 0 ({@link #subProjects()} lists the
   * names there are). In a result
   * built elsewhere, a sub-project without a figure for the indicator counts 0 ({@link #consistency()} then
   * reports the sub-projects not summing up).
   */
  public long count(String subProject, CommonIndicator indicator, Breakdown breakdown) {
    figure(indicator);
    Args.notNull(breakdown, "breakdown");
    Map<CommonIndicator, IndicatorCounts> m = subProjects().get(Args.notNull(subProject, "subProject"));
    if (m == null) {
      // the names are input data and are not quoted (a name could carry a personnummer)
      throw new IllegalArgumentException("no participant is counted in the sub-project asked for: it is not one"
          + " of the " + subProjects().size() + " sub-projects of this result (see subProjects())");
    }
    IndicatorCounts f = m.get(indicator);
    return f == null ? 0 : f.get(breakdown);
  }

  /**
   * True when the indicator's figures can be read as counts: every one of its {@link
   * CommonIndicator#inputFields()} was collected for at least {@link #COLLECTED_THRESHOLD_PERCENT} per cent
   * of the participants. When false, reports show "not collected" instead of the count (which only counts
   * those asked). {@link IllegalArgumentException} when the indicator is not computed for this period.
   */
  public boolean isCollected(CommonIndicator indicator) {
    figure(indicator);
    for (RecordField f : indicator.inputFields()) {
      FieldCompleteness c = dataQuality().completeness().get(f);
      if (c != null && !c.isCollected()) {
        return false;
      }
    }
    return true;
  }

  /** The computed indicators whose input was not collected ({@link #isCollected}), in annex order. */
  public List<CommonIndicator> notCollected() {
    List<CommonIndicator> out = new ArrayList<>();
    for (CommonIndicator i : figures().keySet()) {
      if (!isCollected(i)) {
        out.add(i);
      }
    }
    return out;
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
