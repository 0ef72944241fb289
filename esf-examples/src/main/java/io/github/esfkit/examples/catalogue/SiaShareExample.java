package io.github.esfkit.examples.catalogue;

import io.github.esfkit.budget.Amounts;
import io.github.esfkit.budget.FinancingSummary;
import io.github.esfkit.budget.RoundingPolicy;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.budget.application.Application;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.core.project.SubProject;
import io.github.esfkit.examples.report.Formats;
import io.github.esfkit.io.json.ApplicationJson;
import java.math.BigDecimal;
import java.util.List;

/**
 * The SIA project plan (ESF+ 2021–2027) as an application file, {@code examples/sia-application.json}:
 * the ESF+ share and the implied co-financing from the plan's two figures, and the participant plan per
 * municipality (584 participants, 229 co-financing participants). The plan gives neither the lines of its
 * regional and local budgets nor a call, so the file has none and the requirement is not checked.
 */
final class SiaShareExample implements Example {

  static final String FILE = "sia-application.json";

  @Override
  public String id() {
    return "sia-esf-share";
  }

  @Override
  public String title(Language l) {
    return l.pick("SIA: ESF+-stödets andel och deltagarplanen", "SIA: the ESF+ share and the participant plan");
  }

  @Override
  public String reproduces(Language l) {
    return l.pick("ESF+-andelen 55,91 % och medfinansieringen 18 913 888 kr (44,09 %) ur projektplanens två belopp "
            + "(42 893 714 kr, varav ESF-stöd 23 979 826 kr), och deltagarplanens summor 584 och 229 över tio kommuner.",
        "the ESF+ share 55,91 % and the co-financing 18 913 888 kr (44,09 %) from the plan's two figures "
            + "(42 893 714 kr, of which ESF support 23 979 826 kr), and the participant plan's sums 584 and 229 over ten "
            + "municipalities.");
  }

  @Override
  public List<Check> run(Language l) throws Exception {
    Application a = ApplicationJson.read("examples/" + FILE, Bundled.open(FILE), 100)
        .application();
    FinancingSummary s = a.statedFinancing().orElseThrow();
    List<SubProject> subs = a.project().orElseThrow().subProjects();
    long planned = subs.stream().mapToLong(x -> x.plannedParticipants().orElse(0)).sum();
    long coFinancing = subs.stream().mapToLong(x -> x.plannedCoFinancingParticipants().orElse(0)).sum();
    return List.of(
        Check.of(l.pick("programperiod", "programme period"), "2021-2027",
            a.project().orElseThrow().effectiveProgrammePeriod().map(ProgrammePeriod::code).orElse(null)),
        Check.of(l.pick("ESF+-stöd (%)", "ESF+ support (%)"), Formats.percent(new BigDecimal("55.91"), l),
            Formats.percent(RoundingPolicy.PERCENT_DISPLAY.percentOf(s.esfShare()), l)),
        Check.of(l.pick("medfinansiering (kr)", "co-financing (kr)"), Formats.amount(new BigDecimal("18913888"), l),
            Formats.amount(Amounts.number(s.coFinancing()), l)),
        Check.of(l.pick("medfinansiering (%)", "co-financing (%)"), Formats.percent(new BigDecimal("44.09"), l),
            Formats.percent(RoundingPolicy.PERCENT_DISPLAY.percentOf(s.coFinancingShare()), l)),
        Check.of(l.pick("planerade deltagare, summa av kommunerna", "planned participants, sum over the municipalities"),
            584, planned),
        Check.of(l.pick("deltagare medfinansiering, summa", "co-financing participants, sum"), 229, coFinancing));
  }
}
