package io.github.esfkit.indicators.targets;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.Share;
import io.github.esfkit.indicators.targets.model.ComputedFigure;
import io.github.esfkit.indicators.targets.model.Discrepancy;
import io.github.esfkit.indicators.targets.model.GoalReport;
import io.github.esfkit.indicators.targets.model.IndicatorResult;
import io.github.esfkit.indicators.targets.model.PublishedFigure;
import io.github.esfkit.indicators.targets.model.Verdict;
import io.github.esfkit.indicators.targets.text.internal.Words;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a {@link GoalReport} with a published report's figures and verdicts (avstämning) and lists every
 * difference as a {@link Discrepancy}: a different numerator, denominator or verdict, or a percentage printed
 * otherwise than the exact value rounded half-up. Stateless and thread-safe.
 */
public final class Reconciliation {

  private Reconciliation() {}

  /** The report with its discrepancies against {@code published} attached. */
  public static GoalReport reconcile(GoalReport report, List<PublishedFigure> published) {
    Objects.requireNonNull(report, "report must not be null");
    List<Discrepancy> all = new ArrayList<>(report.discrepancies());
    all.addAll(compare(report, published));
    return report.withDiscrepancies(all);
  }

  /** Every difference, in the order of {@code published}; a verdict difference is listed once per indicator. */
  public static List<Discrepancy> compare(GoalReport report, List<PublishedFigure> published) {
    Objects.requireNonNull(report, "report must not be null");
    Objects.requireNonNull(published, "published must not be null")
        .forEach(p -> Objects.requireNonNull(p, "published figure must not be null"));
    List<Discrepancy> out = new ArrayList<>();
    Set<String> verdictsSeen = new LinkedHashSet<>();
    for (PublishedFigure p : published) {
      Optional<IndicatorResult> ir = report.indicator(p.indicatorId());
      if (p.verdict().isPresent() && ir.isPresent() && verdictsSeen.add(p.indicatorId())
          && ir.get().verdict() != p.verdict().get()) {
        Verdict pub = p.verdict().get();
        Verdict got = ir.get().verdict();
        out.add(Discrepancy.builder().code("VERDICT").subject(p.indicatorId())
            .published(pub.label(Language.SV)).computed(got.label(Language.SV))
            .messageSv(p.indicatorId() + ": rapporten säger " + pub.label(Language.SV).toLowerCase() + ", definitionen ger "
                + got.label(Language.SV).toLowerCase() + ". " + ir.get().explanationSv())
            .messageEn(p.indicatorId() + ": the report says " + pub.label(Language.EN).toLowerCase()
                + ", the definition gives " + got.label(Language.EN).toLowerCase() + ". " + ir.get().explanationEn())
            .build());
      }
      if (p.criterionId().isEmpty()) {
        continue;
      }
      String subject = p.criterionId().get() + "/" + p.scope();
      Optional<ComputedFigure> f = report.criterion(p.criterionId().get()).flatMap(c -> c.figure(p.scope()));
      if (f.isEmpty()) {
        if (p.numerator().isPresent()) {
          out.add(Discrepancy.builder().code("NOT-COMPUTED").subject(subject)
              .published(String.valueOf(p.numerator().get())).computed("–")
              .messageSv(subject + ": siffran finns i rapporten men beräknas inte.")
              .messageEn(subject + ": the report prints this figure but the library does not compute it.")
              .severity(io.github.esfkit.core.validation.Severity.INFO)
              .build());
        }
        continue;
      }
      ComputedFigure fig = f.get();
      boolean numeratorSame = p.numerator().map(n -> n == fig.numerator()).orElse(true);
      boolean denominatorSame = p.denominator().isEmpty() || fig.denominator().isEmpty()
          || p.denominator().get().equals(fig.denominator().get());
      if (!numeratorSame) {
        out.add(Discrepancy.builder().code("NUMERATOR").subject(subject)
            .published(String.valueOf(p.numerator().get())).computed(String.valueOf(fig.numerator()))
            .messageSv(subject + ": rapporten " + p.numerator().get() + ", beräknat " + fig.numerator() + ".")
            .messageEn(subject + ": report " + p.numerator().get() + ", computed " + fig.numerator() + ".")
            .build());
      }
      if (!denominatorSame) {
        out.add(Discrepancy.builder().code("DENOMINATOR").subject(subject)
            .published(p.numerator().map(n -> n + "/").orElse("") + p.denominator().get())
            .computed(fig.numerator() + "/" + fig.denominator().get())
            .messageSv(subject + ": nämnaren i rapporten är " + p.denominator().get() + ", beräknat "
                + fig.denominator().get() + " (" + fig.share().map(s -> Words.share(s, Language.SV)).orElse("–") + ").")
            .messageEn(subject + ": the report's denominator is " + p.denominator().get() + ", computed "
                + fig.denominator().get() + " (" + fig.share().map(s -> Words.share(s, Language.EN)).orElse("–") + ").")
            .build());
      }
      if (numeratorSame && denominatorSame && p.printedPercent().isPresent() && p.denominator().isPresent()
          && fig.share().isPresent()) {
        Share s = fig.share().get();
        Optional<java.math.BigDecimal> shown = Words.reportPercent(s);
        if (shown.isPresent() && shown.get().compareTo(p.printedPercent().get()) != 0) {
          String printed = Words.formatPercent(p.printedPercent().get(), Language.SV);
          out.add(Discrepancy.builder().code("PERCENT-PRINTED").subject(subject)
              .published(printed).computed(Words.share(s, Language.SV))
              .messageSv(subject + ": " + Words.fraction(s, Language.SV) + " = " + Words.shareOneDecimal(s, Language.SV) + " avrundas till "
                  + Words.share(s, Language.SV) + ", rapporten skriver " + printed + ".")
              .messageEn(subject + ": " + Words.fraction(s, Language.EN) + " = " + Words.shareOneDecimal(s, Language.EN) + " rounds to "
                  + Words.share(s, Language.EN) + ", the report prints " + Words.formatPercent(p.printedPercent().get(), Language.EN) + ".")
              .build());
        }
      }
    }
    return out;
  }
}
