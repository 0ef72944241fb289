package io.github.esfkit.indicators.common;

import static io.github.esfkit.indicators.common.CommonIndicator.*;

import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.core.validation.Severity;
import io.github.esfkit.core.validation.ValidationResult;
import java.util.EnumMap;
import java.util.Map;

/**
 * The consistency rules between indicators (rimlighetskontroller), checked on every result: subsets,
 * the employment-status sum, gender columns summing to the total, sub-projects summing to the whole.
 * A violation means a bug or a tampered result, never bad input.
 */
final class ConsistencyRules {

  /** Rule ids. */
  static final String SUBSET = "COMMON-SUBSET";
  static final String STATUS_SUM = "COMMON-STATUS-SUM";
  static final String GENDER_SUM = "COMMON-GENDER-SUM";
  static final String NON_BINARY_2014 = "COMMON-NON-BINARY-2014";
  static final String SUB_PROJECT_SUM = "COMMON-SUB-PROJECT-SUM";
  static final String TOTAL = "COMMON-TOTAL";

  private ConsistencyRules() {}

  static ValidationResult check(AbstractCommonIndicatorResult r) {
    ValidationResult.Builder v = ValidationResult.builder();
    boolean esf2014 = r.period() == ProgrammePeriod.ESF_2014_2020;
    checkTable(v, "indicators", r.figures(), esf2014);
    for (Map.Entry<String, Map<CommonIndicator, IndicatorCounts>> e : r.subProjects().entrySet()) {
      checkTable(v, "indicators[" + e.getKey() + "]", e.getValue(), esf2014);
    }
    // sub-projects sum to the whole
    for (CommonIndicator i : r.figures().keySet()) {
      for (Breakdown b : Breakdown.values()) {
        long sum = 0;
        for (Map<CommonIndicator, IndicatorCounts> m : r.subProjects().values()) {
          IndicatorCounts f = m.get(i);
          sum += f == null ? 0 : f.get(b);
        }
        long whole = r.figures().get(i).get(b);
        if (sum != whole) {
          v.error(SUB_PROJECT_SUM, "indicators." + i + "." + b,
              "delprojekten summerar till " + sum + ", inte " + whole,
              "sub-projects sum to " + sum + ", not " + whole);
        }
      }
    }
    // status sum over complete records, and the total against the data-quality report
    CommonIndicator total = CommonIndicator.total(r.period());
    Map<CommonIndicator, IndicatorCounts> f = r.figures();
    if (f.containsKey(total)) {
      long complete = f.get(total).total() - r.dataQuality().incompleteParticipants();
      long statuses = esf2014 ? t(f, CO01) + t(f, CO03) + t(f, CO05) : t(f, EECO02) + t(f, EECO04) + t(f, EECO05);
      if (statuses != complete) {
        v.error(STATUS_SUM, "indicators", "arbetslösa + utanför arbetskraften + sysselsatta = " + statuses
                + ", men fullständiga uppgifter = " + complete,
            "unemployed + inactive + employed = " + statuses + ", but complete records = " + complete);
      }
      if (f.get(total).total() != r.dataQuality().participants()) {
        v.error(TOTAL, "indicators." + total, "totalen skiljer sig från antalet deltagare i datakvalitetsrapporten",
            "the total differs from the participants of the data-quality report");
      }
    }
    return v.build();
  }

  private static long t(Map<CommonIndicator, IndicatorCounts> f, CommonIndicator i) {
    IndicatorCounts x = f.get(i);
    return x == null ? 0 : x.total();
  }

  private static void checkTable(ValidationResult.Builder v, String path, Map<CommonIndicator, IndicatorCounts> f,
      boolean esf2014) {
    if (esf2014) {
      subset(v, path, f, CO02, CO01);
      subset(v, path, f, CO04, CO03);
      subset(v, path, f, CO08, CO07);
      subsetOfSum(v, path, f, CO08, CO01, CO04);
      subset(v, path, f, CR01, CO03);
      subset(v, path, f, CR08, CR06);
      subset(v, path, f, CR09, CR06);
    } else {
      subset(v, path, f, EECO03, EECO02);
      subsetOfSum(v, path, f, EECR01, EECO01, null);
      subsetOfSum(v, path, f, EECR01, EECR04, null, true);
    }
    for (IndicatorCounts x : f.values()) {
      CommonIndicator total = CommonIndicator.total(x.indicator().period());
      for (Breakdown b : Breakdown.values()) {
        if (f.containsKey(total) && x.get(b) > f.get(total).get(b)) {
          v.error(SUBSET, path + "." + x.indicator() + "." + b, x.indicator() + " överstiger totalen",
              x.indicator() + " exceeds the total");
        }
      }
      long sum = x.women() + x.men() + x.nonBinary() + x.genderNotReported();
      if (sum != x.total()) {
        v.error(GENDER_SUM, path + "." + x.indicator(),
            "kvinnor + män + icke-binära + ej redovisat = " + sum + ", inte totalen " + x.total(),
            "women + men + non-binary + not reported = " + sum + ", not the total " + x.total());
      }
      if (esf2014 && x.nonBinary() != 0) {
        v.error(NON_BINARY_2014, path + "." + x.indicator(), "2014–2020 har ingen kolumn för icke-binära",
            "2014-2020 has no non-binary column");
      }
    }
  }

  private static void subset(ValidationResult.Builder v, String path, Map<CommonIndicator, IndicatorCounts> f,
      CommonIndicator part, CommonIndicator whole) {
    subsetOfSum(v, path, f, part, whole, null);
  }

  private static void subsetOfSum(ValidationResult.Builder v, String path, Map<CommonIndicator, IndicatorCounts> f,
      CommonIndicator part, CommonIndicator a, CommonIndicator b) {
    subsetOfSum(v, path, f, part, a, b, false);
  }

  /** part ≤ a + b per column; with {@code exclusive}, part + a ≤ total instead (mutually exclusive). */
  private static void subsetOfSum(ValidationResult.Builder v, String path, Map<CommonIndicator, IndicatorCounts> f,
      CommonIndicator part, CommonIndicator a, CommonIndicator b, boolean exclusive) {
    IndicatorCounts p = f.get(part);
    IndicatorCounts x = f.get(a);
    IndicatorCounts y = b == null ? null : f.get(b);
    if (p == null || x == null) {
      return;
    }
    IndicatorCounts total = f.get(CommonIndicator.total(part.period()));
    Map<Breakdown, Long> bad = new EnumMap<>(Breakdown.class);
    for (Breakdown br : Breakdown.values()) {
      if (exclusive) {
        if (total != null && p.get(br) + x.get(br) > total.get(br)) {
          bad.put(br, p.get(br));
        }
      } else if (p.get(br) > x.get(br) + (y == null ? 0 : y.get(br))) {
        bad.put(br, p.get(br));
      }
    }
    for (Map.Entry<Breakdown, Long> e : bad.entrySet()) {
      String rel = exclusive ? part + " och " + a + " utesluter varandra" : part + " ⊆ " + a + (b == null ? "" : " ∪ " + b);
      String relEn = exclusive ? part + " and " + a + " are exclusive" : part + " ⊆ " + a + (b == null ? "" : " ∪ " + b);
      v.add(io.github.esfkit.core.validation.Violation.of(SUBSET, Severity.ERROR, path + "." + part + "." + e.getKey(),
          rel + " gäller inte", relEn + " does not hold"));
    }
  }
}
