package io.github.esfkit.examples.catalogue;

import io.github.esfkit.budget.Amounts;
import io.github.esfkit.budget.OverviewRow;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.budget.application.Application;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.core.validation.Violation;
import io.github.esfkit.io.json.ApplicationJson;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The All In application (ESF application 2017/00083) as one file, {@code examples/all-in-application.json}:
 * checked as {@code esf check} does, its phases leave 29 February 2020 uncovered (findings F01, F02 of the
 * domain notes), Nora kommun's CFAR number is printed with seven digits (F03), these are its only errors,
 * and every figure of the budget overview is still computed beside them. Phases, CFAR numbers and budget
 * lines come from the file, not from code.
 */
final class AllInApplicationExample implements Example {

  static final String FILE = "all-in-application.json";

  @Override
  public String id() {
    return "all-in-application";
  }

  @Override
  public String title(Language l) {
    return l.pick("All In som hel ansökan: fasglappet och CFAR-numret", "All In as a whole application: the phase gap and the CFAR number");
  }

  @Override
  public String reproduces(Language l) {
    return l.pick("att ansökans faser (2017-09-01–2018-02-28, 2018-03-01–2020-02-28 \"24 månader\", 2020-03-01–2020-05-31) "
            + "lämnar 2020-02-29 utanför, att Nora kommuns CFAR-nummer 1278326 har sju siffror, att det är ansökans enda "
            + "fel, och att budgetöversiktens siffror ändå beräknas (summa total finansiering 52 423 478 kr).",
        "that the application's phases (2017-09-01–2018-02-28, 2018-03-01–2020-02-28 \"24 months\", 2020-03-01–2020-05-31) "
            + "leave 2020-02-29 uncovered, that Nora kommun's CFAR number 1278326 has seven digits, that these are the "
            + "application's only errors, and that the budget overview is still computed (total financing 52 423 478 kr).");
  }

  @Override
  public List<Check> run(Language l) throws Exception {
    Application a = ApplicationJson.read("examples/" + FILE, Bundled.open(FILE), 100)
        .application();
    ValidationResult r = a.validate();
    List<Check> checks = new ArrayList<>();
    // the source's finding on the left; on the right the violation esfkit returned, as it returned it
    List<Violation> gaps = r.withRule("PHASE-GAP");
    checks.add(Check.of(l.pick("fasglapp (PHASE-GAP)", "phase gap (PHASE-GAP)"),
        l.pick("2020-02-29 ligger i ingen fas", "2020-02-29 lies in no phase"), describe(gaps, l),
        gaps.size() == 1 && gaps.get(0).messageEn().contains(": 2020-02-29 lies between")));
    List<Violation> lengths = r.withRule("PHASE-LENGTH");
    checks.add(Check.of(l.pick("angiven längd, genomförandefas (PHASE-LENGTH)", "stated length, implementation (PHASE-LENGTH)"),
        l.pick("24 månader från 2018-03-01 slutar 2020-02-29", "24 months from 2018-03-01 end on 2020-02-29"),
        describe(lengths, l),
        lengths.size() == 1 && lengths.get(0).messageEn().contains("24 months from 2018-03-01 end on 2020-02-29")));
    List<Violation> cfar = r.violations().stream().filter(v -> v.ruleId().startsWith("CFAR-")).toList();
    checks.add(Check.of(l.pick("CFAR-fel", "CFAR findings"),
        l.pick("Nora kommuns CFAR-nummer 1278326 har sju siffror", "Nora kommun's CFAR number 1278326 has seven digits"),
        describe(cfar, l), cfar.size() == 1 && cfar.get(0).ruleId().equals("CFAR-LENGTH")
            && cfar.get(0).messageEn().contains("'1278326' must have 8 digits")));
    checks.add(Check.of(l.pick("ansökans fel (regel-id)", "the application's errors (rule ids)"), "PHASE-GAP, CFAR-LENGTH",
        r.errors().stream().map(Violation::ruleId).collect(Collectors.joining(", "))));
    checks.add(Check.of(l.pick("summa total finansiering beräknad trots felen", "total financing computed despite the errors"),
        "52423478", a.overview().map(o -> Amounts.number(o.amount(OverviewRow.TOTAL_FINANCING)).toPlainString()).orElse(null)));
    return checks;
  }

  /** The violations as esfkit returned them: rule id and message (the date comes early enough for plain text). */
  private static String describe(List<Violation> vs, Language l) {
    return vs.isEmpty() ? "(none)"
        : vs.stream().map(v -> v.ruleId() + ": " + v.message(l)).collect(Collectors.joining(" | "));
  }
}
