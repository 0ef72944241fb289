package io.github.esfkit.examples.catalogue;

import io.github.esfkit.budget.Amounts;
import io.github.esfkit.budget.FinancingSummary;
import io.github.esfkit.budget.RoundingPolicy;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.core.Language;
import io.github.esfkit.examples.report.Formats;
import java.math.BigDecimal;
import java.util.List;

/**
 * The ESF+ share of the SIA project plan (Kommunförbundet Kalmar län, 2023–2026): "en budget på 42 893 714
 * kronor varav ESF stödet är 23 979 826 kronor" gives 55,91 % ESF+ and 18 913 888 kr = 44,09 %
 * co-financing, computed with the same share rule as the 2014–2020 form.
 */
final class SiaShareExample implements Example {

  static final long TOTAL = 42_893_714L;
  static final long ESF = 23_979_826L;

  @Override
  public String id() {
    return "sia-esf-share";
  }

  @Override
  public String title(Language l) {
    return l.pick("SIA: ESF+-stödets andel", "SIA: the ESF+ share");
  }

  @Override
  public String reproduces(Language l) {
    return l.pick("ESF+-andelen 55,91 % och medfinansieringen 18 913 888 kr (44,09 %) ur projektplanens två belopp "
            + "(42 893 714 kr, varav ESF-stöd 23 979 826 kr).",
        "the ESF+ share 55,91 % and the co-financing 18 913 888 kr (44,09 %) from the plan's two figures "
            + "(42 893 714 kr, of which ESF support 23 979 826 kr).");
  }

  @Override
  public List<Check> run(Language l) {
    FinancingSummary s = FinancingSummary.of(Sek.of(TOTAL), Sek.of(ESF));
    BigDecimal esfShare = RoundingPolicy.PERCENT_DISPLAY.percentOf(s.esfShare());
    BigDecimal coShare = RoundingPolicy.PERCENT_DISPLAY.percentOf(s.coFinancingShare());
    BigDecimal co = Amounts.number(s.coFinancing());
    return List.of(
        Check.of(l.pick("ESF+-stöd (%)", "ESF+ support (%)"), Formats.percent(new BigDecimal("55.91"), l),
            Formats.percent(esfShare, l)),
        Check.of(l.pick("medfinansiering (kr)", "co-financing (kr)"), Formats.amount(new BigDecimal("18913888"), l),
            Formats.amount(co, l)),
        Check.of(l.pick("medfinansiering (%)", "co-financing (%)"), Formats.percent(new BigDecimal("44.09"), l),
            Formats.percent(coShare, l)));
  }
}
