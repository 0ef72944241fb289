package io.github.esfkit.examples.catalogue;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.id.IdentifierChecks;
import io.github.esfkit.core.project.Phase;
import io.github.esfkit.core.project.PhaseKind;
import io.github.esfkit.core.project.PhaseValidator;
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.core.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.threeten.extra.LocalDateRange;

/**
 * Two findings in the All In application (ESF application 2017/00083): its phases leave 29 February 2020
 * uncovered (findings F01, F02 of the domain notes), and Nora kommun's CFAR number is printed with seven
 * digits (F03). The phases and CFAR numbers are copied from the application.
 */
final class AllInApplicationExample implements Example {

  /** CFAR numbers as printed: the owner's responsible unit and the nine co-financiers. */
  static final Map<String, String> CFAR = new LinkedHashMap<>();

  static {
    CFAR.put("Hällefors kommun, Kommunkontoret", "19187426");
    CFAR.put("Askersunds kommun", "27035781");
    CFAR.put("Degerfors kommun", "19467000");
    CFAR.put("Lindesbergs kommun", "19192921");
    CFAR.put("Ljusnarsbergs kommun", "19562826");
    CFAR.put("Karlskoga kommun", "24368201");
    CFAR.put("Kumla kommun", "27013234");
    CFAR.put("Nora kommun", "1278326");
    CFAR.put("Hallsbergs kommun", "19509215");
    CFAR.put("Region Örebro län", "19273242");
  }

  @Override
  public String id() {
    return "all-in-application";
  }

  @Override
  public String title(Language l) {
    return l.pick("All In: fasglappet och CFAR-numret", "All In: the phase gap and the CFAR number");
  }

  @Override
  public String reproduces(Language l) {
    return l.pick("att faserna (2017-09-01–2018-02-28, 2018-03-01–2020-02-28 \"24 månader\", 2020-03-01–2020-05-31) "
            + "lämnar 2020-02-29 utanför, och att Nora kommuns CFAR-nummer 1278326 har sju siffror.",
        "that the phases (2017-09-01–2018-02-28, 2018-03-01–2020-02-28 \"24 months\", 2020-03-01–2020-05-31) leave "
            + "2020-02-29 uncovered, and that Nora kommun's CFAR number 1278326 has seven digits.");
  }

  @Override
  public List<Check> run(Language l) {
    LocalDateRange period = LocalDateRange.ofClosed(LocalDate.of(2017, 9, 1), LocalDate.of(2020, 5, 31));
    List<Phase> phases = List.of(
        Phase.ofClosed(PhaseKind.ANALYSIS_AND_PLANNING, LocalDate.of(2017, 9, 1), LocalDate.of(2018, 2, 28), 6),
        Phase.ofClosed(PhaseKind.IMPLEMENTATION, LocalDate.of(2018, 3, 1), LocalDate.of(2020, 2, 28), 24),
        Phase.ofClosed(PhaseKind.CLOSING, LocalDate.of(2020, 3, 1), LocalDate.of(2020, 5, 31), 3));
    ValidationResult phaseResult = PhaseValidator.validate(period, phases);
    List<Check> checks = new ArrayList<>();
    List<Violation> gaps = phaseResult.withRule("PHASE-GAP");
    // the source's finding on the left; on the right the violation esfkit returned, as it returned it
    checks.add(Check.of(l.pick("fasglapp (PHASE-GAP)", "phase gap (PHASE-GAP)"),
        l.pick("2020-02-29 ligger i ingen fas", "2020-02-29 lies in no phase"), describe(gaps, l),
        gaps.size() == 1 && gaps.get(0).messageEn().contains(": 2020-02-29 lies between")));
    List<Violation> lengths = phaseResult.withRule("PHASE-LENGTH");
    checks.add(Check.of(l.pick("angiven längd, genomförandefas (PHASE-LENGTH)", "stated length, implementation (PHASE-LENGTH)"),
        l.pick("24 månader från 2018-03-01 slutar 2020-02-29", "24 months from 2018-03-01 end on 2020-02-29"),
        describe(lengths, l),
        lengths.size() == 1 && lengths.get(0).messageEn().contains("24 months from 2018-03-01 end on 2020-02-29")));
    checks.add(Check.of(l.pick("övriga fasfel", "other phase errors"), 0,
        phaseResult.errors().size() - gaps.size()));
    List<String> bad = new ArrayList<>();
    for (Map.Entry<String, String> e : CFAR.entrySet()) {
      ValidationResult r = IdentifierChecks.checkCfar(e.getValue(), e.getKey());
      for (Violation v : r.violations()) {
        bad.add(e.getKey() + " " + v.ruleId());
      }
    }
    checks.add(Check.of(l.pick("CFAR-fel", "CFAR findings"), "Nora kommun CFAR-LENGTH", String.join("; ", bad)));
    return checks;
  }

  /** The violations as esfkit returned them: rule id, path and message. */
  private static String describe(List<Violation> vs, Language l) {
    return vs.isEmpty() ? "(none)"
        : vs.stream().map(v -> v.ruleId() + " " + v.path() + ": " + v.message(l)).collect(Collectors.joining(" | "));
  }
}
