package io.github.esfkit.indicators.targets.text.internal;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.Share;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.validation.Severity;
import io.github.esfkit.core.validation.Violation;
import io.github.esfkit.indicators.targets.evaluation.internal.CountOutcome;
import io.github.esfkit.indicators.targets.evaluation.internal.CriterionOutcome;
import io.github.esfkit.indicators.targets.evaluation.internal.FollowUpSuccessOutcome;
import io.github.esfkit.indicators.targets.evaluation.internal.GenderBalanceOutcome;
import io.github.esfkit.indicators.targets.evaluation.internal.GenderCompositionOutcome;
import io.github.esfkit.indicators.targets.evaluation.internal.GenderTargetCheck;
import io.github.esfkit.indicators.targets.evaluation.internal.JudgedOutcome;
import io.github.esfkit.indicators.targets.evaluation.internal.MilestoneOutcome;
import io.github.esfkit.indicators.targets.evaluation.internal.RelativeGenderShareOutcome;
import io.github.esfkit.indicators.targets.evaluation.internal.RuleDeviation;
import io.github.esfkit.indicators.targets.evaluation.internal.ShareOutcome;
import io.github.esfkit.indicators.targets.evaluation.internal.SubProjectLine;
import io.github.esfkit.indicators.targets.evaluation.internal.SurveyShareOutcome;
import io.github.esfkit.indicators.targets.evaluation.internal.UndeterminedOutcome;
import io.github.esfkit.indicators.targets.model.BreakdownLine;
import io.github.esfkit.indicators.targets.model.CountCriterion;
import io.github.esfkit.indicators.targets.model.Criterion;
import io.github.esfkit.indicators.targets.model.CriterionResult;
import io.github.esfkit.indicators.targets.model.CriterionStatus;
import io.github.esfkit.indicators.targets.model.FollowUpCriterion;
import io.github.esfkit.indicators.targets.model.FollowUpExclusion;
import io.github.esfkit.indicators.targets.model.GenderCompositionCriterion;
import io.github.esfkit.indicators.targets.model.GenderCounts;
import io.github.esfkit.indicators.targets.model.Judgement;
import io.github.esfkit.indicators.targets.model.MilestoneProgress;
import io.github.esfkit.indicators.targets.model.RelativeGenderShareCriterion;
import io.github.esfkit.indicators.targets.model.Selection;
import io.github.esfkit.indicators.targets.model.ShareCriterion;
import io.github.esfkit.indicators.targets.model.SurveyShareCriterion;
import io.github.esfkit.indicators.targets.model.SurveyTally;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Puts a {@link CriterionOutcome} into words: the target, the result and the explanation in Swedish and
 * English, the per-sub-project lines and the notes, as a {@link CriterionResult}. Stateless and thread-safe.
 */
public final class CriterionText {

  private static final Language SV = Language.SV;
  private static final Language EN = Language.EN;

  private CriterionText() {}

  /** The outcome with its wording, as of the data's date. */
  public static CriterionResult result(CriterionOutcome outcome, LocalDate asOf) {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(asOf, "asOf");
    return outcome.match(new CriterionOutcome.Cases<CriterionResult>() {
      @Override
      public CriterionResult count(CountOutcome o) {
        return CriterionText.count(o, asOf);
      }

      @Override
      public CriterionResult share(ShareOutcome o) {
        return CriterionText.share(o, asOf);
      }

      @Override
      public CriterionResult genderComposition(GenderCompositionOutcome o) {
        return CriterionText.composition(o, asOf);
      }

      @Override
      public CriterionResult genderBalance(GenderBalanceOutcome o) {
        return CriterionText.balance(o, asOf);
      }

      @Override
      public CriterionResult relativeGenderShare(RelativeGenderShareOutcome o) {
        return CriterionText.relative(o, asOf);
      }

      @Override
      public CriterionResult surveyShare(SurveyShareOutcome o) {
        return CriterionText.survey(o, asOf);
      }

      @Override
      public CriterionResult followUp(FollowUpSuccessOutcome o) {
        return CriterionText.followUp(o, asOf);
      }

      @Override
      public CriterionResult milestone(MilestoneOutcome o) {
        return CriterionText.milestone(o, asOf);
      }

      @Override
      public CriterionResult judged(JudgedOutcome o) {
        return CriterionText.judged(o, asOf);
      }

      @Override
      public CriterionResult undetermined(UndeterminedOutcome o) {
        return CriterionText.undetermined(o, asOf);
      }
    });
  }

  // ---- count -------------------------------------------------------------------------------------------

  private static CriterionResult count(CountOutcome o, LocalDate asOf) {
    CountCriterion c = o.criterion();
    GenderCounts tot = o.counted();
    List<Violation> notes = new ArrayList<>();
    if (!o.perGender() && o.status() == CriterionStatus.MET) {
      for (GenderTargetCheck t : o.genderChecks()) {
        if (!t.met()) {
          notes.add(Violation.of("TARGET-GENDER-MISSED-IN-TOTAL", Severity.INFO, c.id() + "/" + t.gender().code(),
              "Bedömt på totalen: " + Words.plural(t.gender(), SV) + " " + t.count() + " mot målet "
                  + Words.bound(c.bound(), SV) + " " + t.target() + " är inte uppfyllt, men det påverkar inte bedömningen.",
              "Judged on the total: " + Words.plural(t.gender(), EN) + " " + t.count() + " against the target "
                  + Words.bound(c.bound(), EN) + " " + t.target() + " is not met, which does not change the verdict."));
        }
      }
    }
    return CriterionResult.builder()
        .criterionId(c.id())
        .kind(c.kind())
        .status(o.status())
        .targetSv(Words.bound(c.bound(), SV) + " " + c.effectiveTotalTarget() + genderTargets(c, SV))
        .targetEn(Words.bound(c.bound(), EN) + " " + c.effectiveTotalTarget() + genderTargets(c, EN))
        .resultSv(Words.headline(tot, SV))
        .resultEn(Words.headline(tot, EN))
        .explanationSv(countExplanation(o, asOf, SV))
        .explanationEn(countExplanation(o, asOf, EN))
        .addAllFigures(o.figures())
        .addAllBreakdown(lines(o.lines(), c.population()))
        .addAllNotes(notes)
        .build();
  }

  private static String countExplanation(CountOutcome o, LocalDate asOf, Language l) {
    CountCriterion c = o.criterion();
    GenderCounts tot = o.counted();
    StringBuilder b = new StringBuilder();
    b.append(tot.total()).append(' ').append(c.counted().label(l)).append(l.pick(" mot målet ", " against the target "))
        .append(Words.bound(c.bound(), l)).append(' ').append(c.effectiveTotalTarget()).append(genderTargets(c, l));
    if (c.effectiveTotalTarget() > 0) {
      b.append(l.pick(", dvs. ", ", i.e. ")).append(Words.share(Share.of(tot.total(), c.effectiveTotalTarget()), l))
          .append(l.pick(" av målet", " of the target"));
    }
    b.append(". ");
    if (o.perGender()) {
      b.append(l.pick("Bedömt per kön: ", "Judged per gender: "));
      List<String> parts = new ArrayList<>();
      for (GenderTargetCheck t : o.genderChecks()) {
        parts.add(Words.plural(t.gender(), l) + " " + t.count() + l.pick(" mot ", " against ") + t.target() + " ("
            + Words.met(t.met() ? CriterionStatus.MET : CriterionStatus.NOT_MET, l) + ")");
      }
      b.append(String.join(", ", parts)).append(". ");
    } else {
      b.append(l.pick("Bedömt på totalen: ", "Judged on the total: ")).append(Words.met(o.status(), l)).append(". ");
      if (!o.genderChecks().isEmpty()) {
        List<String> parts = new ArrayList<>();
        for (GenderTargetCheck t : o.genderChecks()) {
          parts.add(Words.plural(t.gender(), l) + " " + t.count() + l.pick(" mot ", " against ") + t.target());
        }
        b.append(Words.capitalise(String.join(", ", parts))).append(". ");
      }
    }
    if (o.eligibilityBaseTotal().isPresent() && o.populationTotal().isPresent()) {
      long base = o.eligibilityBaseTotal().get();
      long left = Math.max(0, base - o.populationTotal().get());
      Set<String> tags = new TreeSet<>(c.population().excludedTags());
      b.append(l.pick("Behörighet: ", "Eligibility: ")).append(left).append(l.pick(" av ", " of "))
          .append(base).append(' ').append(c.eligibilityBase().get().label(l))
          .append(l.pick(" uteslutna", " left out"))
          .append(tags.isEmpty() ? "" : " (" + String.join(", ", tags) + ")").append(". ");
    }
    if (o.populationTotal().isPresent()) {
      Share s = Share.of(tot.total(), o.populationTotal().get());
      b.append(Words.fraction(s, l)).append(' ').append(c.population().label(l))
          .append(l.pick(", dvs. ", ", i.e. ")).append(Words.share(s, l)).append(". ");
    }
    b.append(l.pick("Per ", "As of ")).append(asOf).append('.');
    return b.toString();
  }

  private static String genderTargets(CountCriterion c, Language l) {
    if (c.genderTargets().isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    c.genderTargets().forEach((g, t) -> parts.add(Words.count(t, g, l)));
    return " (" + String.join(l.pick(" och ", " and "), parts) + ")";
  }

  // ---- share -------------------------------------------------------------------------------------------

  private static CriterionResult share(ShareOutcome o, LocalDate asOf) {
    ShareCriterion c = o.criterion();
    Share s = o.share();
    String target = Words.bound(c.bound(), SV) + " " + Words.percent(c.percent(), SV);
    String targetEn = Words.bound(c.bound(), EN) + " " + Words.percent(c.percent(), EN);
    return CriterionResult.builder()
        .criterionId(c.id())
        .kind(c.kind())
        .status(o.status())
        .targetSv(target)
        .targetEn(targetEn)
        .resultSv(Words.fraction(s, SV) + " = " + Words.share(s, SV))
        .resultEn(Words.fraction(s, EN) + " = " + Words.share(s, EN))
        .explanationSv(Words.fraction(s, SV) + " " + c.population().labelSv() + " (" + c.counted().labelSv() + "), dvs. "
            + Words.share(s, SV) + " mot " + target + ": " + Words.met(o.status(), SV) + ". Per " + asOf + ".")
        .explanationEn(Words.fraction(s, EN) + " " + c.population().labelEn() + " (" + c.counted().labelEn() + "), i.e. "
            + Words.share(s, EN) + " against " + targetEn + ": " + Words.met(o.status(), EN) + ". As of " + asOf + ".")
        .addAllFigures(o.figures())
        .addAllBreakdown(lines(o.lines(), c.population()))
        .build();
  }

  // ---- gender composition and balance ------------------------------------------------------------------

  private static CriterionResult composition(GenderCompositionOutcome o, LocalDate asOf) {
    GenderCompositionCriterion c = o.criterion();
    GenderCounts t = o.population();
    CriterionStatus status = o.status();
    Share s = o.genderShare();
    Share women = Share.of(t.women(), t.total());
    Share men = Share.of(t.men(), t.total());
    String cmpSv = comparison(c, SV);
    String cmpEn = comparison(c, EN);
    return CriterionResult.builder()
        .criterionId(c.id())
        .kind(c.kind())
        .status(status)
        .targetSv(Words.plural(c.gender(), SV) + " " + cmpSv)
        .targetEn(Words.plural(c.gender(), EN) + " " + cmpEn)
        .resultSv(Words.share(women, SV) + " kvinnor, " + Words.share(men, SV) + " män")
        .resultEn(Words.share(women, EN) + " women, " + Words.share(men, EN) + " men")
        .explanationSv(t.women() + " kvinnor och " + t.men() + " män av " + t.total() + " " + c.population().labelSv()
            + ", dvs. " + Words.share(women, SV) + " kvinnor och " + Words.share(men, SV) + " män (exakt "
            + Words.shareOneDecimal(s, SV) + " " + Words.plural(c.gender(), SV) + ") mot målet "
            + Words.plural(c.gender(), SV) + " " + cmpSv + ": " + Words.met(status, SV) + ". Per " + asOf + ".")
        .explanationEn(t.women() + " women and " + t.men() + " men of " + t.total() + " " + c.population().labelEn()
            + ", i.e. " + Words.share(women, EN) + " women and " + Words.share(men, EN) + " men (exactly "
            + Words.shareOneDecimal(s, EN) + " " + Words.plural(c.gender(), EN) + ") against the target "
            + Words.plural(c.gender(), EN) + " " + cmpEn + ": " + Words.met(status, EN) + ". As of " + asOf + ".")
        .addAllFigures(o.figures())
        .build();
  }

  private static String comparison(GenderCompositionCriterion c, Language l) {
    switch (c.comparison()) {
      case AT_LEAST:
        return l.pick("minst ", "at least ") + Words.percent(c.percent(), l);
      case AT_MOST:
        return l.pick("högst ", "at most ") + Words.percent(c.percent(), l);
      default:
        // the tolerance written as the language writes a number: "2,5" in Swedish, "2.5" in English
        String tolerance = c.tolerance().map(BigDecimal::toPlainString).orElse("0");
        return Words.percent(c.percent(), l) + " ± " + (l == SV ? tolerance.replace('.', ',') : tolerance)
            + l.pick(" procentenheter", " percentage points");
    }
  }

  private static CriterionResult balance(GenderBalanceOutcome o, LocalDate asOf) {
    var c = o.criterion();
    GenderCounts t = o.population();
    CriterionStatus status = o.status();
    Share women = Share.of(t.women(), t.total());
    Share men = Share.of(t.men(), t.total());
    String span = Words.percent(c.lowerPercent(), SV) + "–" + Words.percent(c.upperPercent(), SV);
    String spanEn = Words.percent(c.lowerPercent(), EN) + "–" + Words.percent(c.upperPercent(), EN);
    return CriterionResult.builder()
        .criterionId(c.id())
        .kind(c.kind())
        .status(status)
        .targetSv("vardera kön inom " + span)
        .targetEn("each gender within " + spanEn)
        .resultSv(Words.share(women, SV) + " kvinnor, " + Words.share(men, SV) + " män")
        .resultEn(Words.share(women, EN) + " women, " + Words.share(men, EN) + " men")
        .explanationSv(t.women() + " kvinnor (" + Words.share(women, SV) + ") och " + t.men() + " män ("
            + Words.share(men, SV) + ") av " + t.total() + " " + c.population().labelSv() + ", spann " + span + ": "
            + Words.met(status, SV) + ". Per " + asOf + ".")
        .explanationEn(t.women() + " women (" + Words.share(women, EN) + ") and " + t.men() + " men ("
            + Words.share(men, EN) + ") of " + t.total() + " " + c.population().labelEn() + ", span " + spanEn + ": "
            + Words.met(status, EN) + ". As of " + asOf + ".")
        .addAllFigures(o.figures())
        .build();
  }

  private static CriterionResult relative(RelativeGenderShareOutcome o, LocalDate asOf) {
    RelativeGenderShareCriterion c = o.criterion();
    CriterionStatus status = o.status();
    Share so = o.outcomeShare();
    Share sr = o.referenceShare();
    String g = Words.plural(c.gender(), SV);
    String gEn = Words.plural(c.gender(), EN);
    return CriterionResult.builder()
        .criterionId(c.id())
        .kind(c.kind())
        .status(status)
        .targetSv("andelen " + g + " " + Words.bound(c.bound(), SV) + " deras andel av " + c.reference().labelSv()
            + " (" + Words.share(sr, SV) + ")")
        .targetEn("share of " + gEn + " " + Words.bound(c.bound(), EN) + " their share of " + c.reference().labelEn()
            + " (" + Words.share(sr, EN) + ")")
        .resultSv(Words.share(so, SV) + " " + g + " (" + Words.fraction(so, SV) + ")")
        .resultEn(Words.share(so, EN) + " " + gEn + " (" + Words.fraction(so, EN) + ")")
        .explanationSv(Words.capitalise(g) + " " + Words.fraction(so, SV) + " " + c.outcome().labelSv() + ", dvs. "
            + Words.share(so, SV) + " (exakt " + Words.shareOneDecimal(so, SV) + "), mot " + Words.fraction(sr, SV) + " "
            + c.reference().labelSv() + ", dvs. " + Words.share(sr, SV) + " (exakt " + Words.shareOneDecimal(sr, SV)
            + "): " + Words.met(status, SV) + ". Per " + asOf + ".")
        .explanationEn(Words.capitalise(gEn) + " " + Words.fraction(so, EN) + " " + c.outcome().labelEn() + ", i.e. "
            + Words.share(so, EN) + " (exactly " + Words.shareOneDecimal(so, EN) + "), against " + Words.fraction(sr, EN)
            + " " + c.reference().labelEn() + ", i.e. " + Words.share(sr, EN) + " (exactly "
            + Words.shareOneDecimal(sr, EN) + "): " + Words.met(status, EN) + ". As of " + asOf + ".")
        .addAllFigures(o.figures())
        .build();
  }

  // ---- survey ------------------------------------------------------------------------------------------

  private static String surveyAccounting(SurveyShareCriterion c, SurveyTally t, Language l) {
    long struck = t.struckYes() + t.struckNo();
    if (l == SV) {
      return t.respondents() + " svarande: " + t.yes() + " ja, " + t.no() + " nej, " + struck
          + " strukna svar (" + t.struckYes() + " ja, " + t.struckNo() + " nej; "
          + (c.keepStruckAnswers() ? "medräknade" : "utanför nämnaren") + "), " + t.noNeed() + " utan behov, "
          + t.noAnswer() + " utan svar (utanför nämnaren).";
    }
    return t.respondents() + " respondents: " + t.yes() + " yes, " + t.no() + " no, " + struck
        + " struck answers (" + t.struckYes() + " yes, " + t.struckNo() + " no; "
        + (c.keepStruckAnswers() ? "counted" : "left out of the denominator") + "), " + t.noNeed() + " no need, "
        + t.noAnswer() + " no answer (left out of the denominator).";
  }

  private static CriterionResult survey(SurveyShareOutcome o, LocalDate asOf) {
    SurveyShareCriterion c = o.criterion();
    Share s = o.share();
    Share other = o.otherShare();
    CriterionStatus status = o.status();
    String target = "minst " + Words.percent(c.percent(), SV);
    String targetEn = "at least " + Words.percent(c.percent(), EN);
    long struck = o.struck();
    List<Violation> notes = new ArrayList<>();
    if (o.otherStatus().isPresent()) {
      CriterionStatus otherStatus = o.otherStatus().get();
      boolean flips = otherStatus != status;
      notes.add(Violation.of(flips ? "TARGET-SURVEY-STRUCK-FLIPS" : "TARGET-SURVEY-STRUCK", flips ? Severity.WARNING
              : Severity.INFO, c.id(),
          struck + " strukna svar " + (c.keepStruckAnswers() ? "medräknade" : "uteslutna") + ": " + Words.fraction(s, SV)
              + " = " + Words.shareOneDecimal(s, SV) + " (" + Words.met(status, SV) + "). "
              + (c.keepStruckAnswers() ? "Uteslutna" : "Medräknade") + ": " + Words.fraction(other, SV) + " = "
              + Words.shareOneDecimal(other, SV) + " (" + Words.met(otherStatus, SV) + ")"
              + (flips ? "; bedömningen vänder." : "; bedömningen står sig."),
          struck + " struck answers " + (c.keepStruckAnswers() ? "kept" : "left out") + ": " + Words.fraction(s, EN)
              + " = " + Words.shareOneDecimal(s, EN) + " (" + Words.met(status, EN) + "). "
              + (c.keepStruckAnswers() ? "Left out" : "Kept") + ": " + Words.fraction(other, EN) + " = "
              + Words.shareOneDecimal(other, EN) + " (" + Words.met(otherStatus, EN) + ")"
              + (flips ? "; the verdict flips." : "; the verdict stands.")));
    }
    return CriterionResult.builder()
        .criterionId(c.id())
        .kind(c.kind())
        .status(status)
        .targetSv(target)
        .targetEn(targetEn)
        .resultSv(Words.fraction(s, SV) + " = " + Words.share(s, SV))
        .resultEn(Words.fraction(s, EN) + " = " + Words.share(s, EN))
        .explanationSv(Words.fraction(s, SV) + " giltiga svar, dvs. " + Words.share(s, SV) + " (exakt "
            + Words.shareOneDecimal(s, SV) + ") mot " + target + ": " + Words.met(status, SV) + ". "
            + surveyAccounting(c, o.tally(), SV) + " Per " + asOf + ".")
        .explanationEn(Words.fraction(s, EN) + " valid answers, i.e. " + Words.share(s, EN) + " (exactly "
            + Words.shareOneDecimal(s, EN) + ") against " + targetEn + ": " + Words.met(status, EN) + ". "
            + surveyAccounting(c, o.tally(), EN) + " As of " + asOf + ".")
        .addAllFigures(o.figures())
        .addAllNotes(notes)
        .build();
  }

  // ---- follow-up ---------------------------------------------------------------------------------------

  private static CriterionResult followUp(FollowUpSuccessOutcome o, LocalDate asOf) {
    FollowUpCriterion c = o.criterion();
    Share share = o.share();
    List<Violation> notes = new ArrayList<>();
    if (!o.deviations().isEmpty()) {
      List<String> deviationsSv = new ArrayList<>();
      List<String> deviationsEn = new ArrayList<>();
      for (RuleDeviation d : o.deviations()) {
        Share own = Share.of(d.successes(), d.eligible());
        Share byDefinition = Share.of(d.successesByDefinition(), d.eligible());
        deviationsSv.add(d.subProject() + " räknade " + d.rule().label(SV) + ": " + Words.fraction(own, SV)
            + "; enligt definitionen (" + c.successRule().label(SV) + ") " + Words.fraction(byDefinition, SV)
            + " = " + Words.share(byDefinition, SV));
        deviationsEn.add(d.subProject() + " counted " + d.rule().label(EN) + ": " + Words.fraction(own, EN)
            + "; by the definition (" + c.successRule().label(EN) + ") " + Words.fraction(byDefinition, EN)
            + " = " + Words.share(byDefinition, EN));
      }
      Share u = o.shareByDefinition();
      notes.add(Violation.of("TARGET-FOLLOW-UP-RULE-DEVIATION", Severity.WARNING, c.id(),
          String.join("; ", deviationsSv) + ". Totalt " + Words.fraction(u, SV) + " = " + Words.share(u, SV)
              + " i stället för " + Words.fraction(share, SV) + " = " + Words.share(share, SV) + ".",
          String.join("; ", deviationsEn) + ". In all " + Words.fraction(u, EN) + " = " + Words.share(u, EN)
              + " instead of " + Words.fraction(share, EN) + " = " + Words.share(share, EN) + "."));
    }
    String baseSv = followUpBase(o, SV);
    String baseEn = followUpBase(o, EN);
    CriterionResult.Builder b = CriterionResult.builder()
        .criterionId(c.id())
        .kind(c.kind())
        .resultSv(Words.fraction(share, SV) + " = " + Words.share(share, SV))
        .resultEn(Words.fraction(share, EN) + " = " + Words.share(share, EN))
        .addAllFigures(o.figures())
        .addAllBreakdown(followUpLines(o.lines()))
        .addAllNotes(notes);
    if (c.thresholdPercent().isPresent()) {
      var p = c.thresholdPercent().get();
      return b.status(o.status())
          .targetSv("minst " + Words.percent(p, SV))
          .targetEn("at least " + Words.percent(p, EN))
          .explanationSv(baseSv + "Mot minst " + Words.percent(p, SV) + ": " + Words.met(o.status(), SV) + ". Per "
              + asOf + ".")
          .explanationEn(baseEn + "Against at least " + Words.percent(p, EN) + ": " + Words.met(o.status(), EN)
              + ". As of " + asOf + ".")
          .build();
    }
    return withJudgement(b, o.status(), o.judgement(), "inget tröskelvärde (bedöms)", "no threshold (judged)", baseSv,
        baseEn, asOf);
  }

  private static String followUpBase(FollowUpSuccessOutcome o, Language l) {
    FollowUpCriterion c = o.criterion();
    List<String> excluded = new ArrayList<>();
    for (Map.Entry<FollowUpExclusion, Long> e : o.exclusions().entrySet()) {
      if (e.getValue() > 0) {
        excluded.add(e.getValue() + " " + e.getKey().label(l));
      }
    }
    List<String> perSubProject = new ArrayList<>();
    o.exclusionsBySubProject().forEach((sp, ex) -> {
      List<String> parts = new ArrayList<>();
      ex.forEach((e, n) -> parts.add(n + " " + e.label(l)));
      perSubProject.add(sp + ": " + String.join(", ", parts));
    });
    String leftOut = c.excludedSubProjects().isEmpty() ? ""
        : l.pick(" (delprojekt utanför: ", " (sub-projects left out: ")
            + String.join(", ", new TreeSet<>(c.excludedSubProjects())) + ")";
    String rule = l == SV
        ? c.successRule().label(SV) + " " + c.monthsAfterExit() + " månader efter avslut mot "
            + c.baselineMonthsBeforeEntry() + " månad(er) före inskrivning"
        : c.successRule().label(EN) + " " + c.monthsAfterExit() + " months after exit against "
            + c.baselineMonthsBeforeEntry() + " month(s) before entry";
    return Words.fraction(o.share(), l) + l.pick(" uppföljda deltagare har ", " followed-up participants ") + rule
        + l.pick(", dvs. ", ", i.e. ") + Words.share(o.share(), l)
        + l.pick(". Uteslutna: ", ". Left out: ") + (excluded.isEmpty() ? l.pick("inga", "none") : String.join(", ", excluded))
        + leftOut
        + (perSubProject.isEmpty() ? "" : l.pick("; per delprojekt: ", "; per sub-project: ") + String.join("; ", perSubProject))
        + ". ";
  }

  // ---- milestone and judged ----------------------------------------------------------------------------

  private static CriterionResult milestone(MilestoneOutcome o, LocalDate asOf) {
    var c = o.criterion();
    MilestoneProgress p = o.progress();
    CriterionStatus status = o.status();
    String deadlineSv = c.deadline().map(d -> " senast " + d).orElse("");
    String deadlineEn = c.deadline().map(d -> " by " + d).orElse("");
    String whySv;
    String whyEn;
    List<Violation> notes = new ArrayList<>();
    switch (o.finding()) {
      case DONE_AFTER_AS_OF:
        whySv = "klar först " + p.doneOn().get() + ", efter rapportdatumet " + asOf;
        whyEn = "done only on " + p.doneOn().get() + ", after the reporting date " + asOf;
        notes.add(Violation.of("TARGET-MILESTONE-DONE-AFTER-AS-OF", Severity.WARNING, c.id(),
            "Milstolpen anges klar " + p.doneOn().get() + ", efter uppgifternas datum " + asOf
                + "; per det datumet är den inte klar.",
            "The milestone is recorded as done on " + p.doneOn().get() + ", after the data's date " + asOf
                + "; as of that date it is not done."));
        break;
      case DONE_LATE:
        whySv = "klar efter tidsfristen";
        whyEn = "done after the deadline";
        break;
      case DONE:
        whySv = "klar" + p.doneOn().map(d -> " " + d).orElse("");
        whyEn = "done" + p.doneOn().map(d -> " " + d).orElse("");
        break;
      default:
        whySv = p.status().label(SV) + (o.deadlineOpen() ? " (tidsfristen har inte passerat)" : "");
        whyEn = p.status().label(EN) + (o.deadlineOpen() ? " (the deadline has not passed)" : "");
    }
    return CriterionResult.builder()
        .criterionId(c.id())
        .kind(c.kind())
        .status(status)
        .targetSv("klar" + deadlineSv)
        .targetEn("done" + deadlineEn)
        .resultSv(p.status().label(SV))
        .resultEn(p.status().label(EN))
        .explanationSv(Words.capitalise(whySv) + ": " + Words.met(status, SV) + ". Underlag: " + p.evidenceSv() + " Per "
            + asOf + ".")
        .explanationEn(Words.capitalise(whyEn) + ": " + Words.met(status, EN) + ". Evidence (Swedish): " + p.evidenceSv()
            + " As of " + asOf + ".")
        .addAllNotes(notes)
        .build();
  }

  private static CriterionResult judged(JudgedOutcome o, LocalDate asOf) {
    Criterion c = o.criterion();
    CriterionResult.Builder b = CriterionResult.builder().criterionId(c.id()).kind(c.kind());
    return withJudgement(b, o.status(), o.judgement(), "bedöms", "judged", "", "", asOf);
  }

  private static CriterionResult withJudgement(CriterionResult.Builder b, CriterionStatus status,
      Optional<Judgement> judgement, String targetSv, String targetEn, String baseSv, String baseEn, LocalDate asOf) {
    b.targetSv(targetSv).targetEn(targetEn).status(status);
    if (judgement.isEmpty()) {
      if (baseSv.isEmpty()) {
        b.resultSv("–").resultEn("–");
      }
      return b.judged(true)
          .explanationSv(baseSv + "Ingen bedömning registrerad. Per " + asOf + ".")
          .explanationEn(baseEn + "No judgement recorded. As of " + asOf + ".")
          .build();
    }
    Judgement j = judgement.get();
    if (baseSv.isEmpty()) {
      b.resultSv(j.verdict().label(SV)).resultEn(j.verdict().label(EN));
    }
    String by = j.judgedBy().map(x -> " (" + x + ")").orElse("");
    return b.judged(true)
        .explanationSv(baseSv + "Bedömning" + by + ": \"" + j.statementSv() + "\" " + j.verdict().label(SV) + ". Per "
            + asOf + ".")
        .explanationEn(baseEn + "Judgement" + by + " (Swedish): \"" + j.statementSv() + "\" " + j.verdict().label(EN)
            + ". As of " + asOf + ".")
        .build();
  }

  // ---- undetermined ------------------------------------------------------------------------------------

  private static CriterionResult undetermined(UndeterminedOutcome o, LocalDate asOf) {
    Criterion c = o.criterion();
    String whySv;
    String whyEn;
    Selection population = null;
    switch (o.reason()) {
      case NO_COUNTS_FOR_SELECTION:
        whySv = "uppgifter saknas för urvalet " + o.selectionId().orElse("");
        whyEn = "no counts for selection " + o.selectionId().orElse("");
        break;
      case NO_COUNTS_FOR_SELECTIONS:
        whySv = "uppgifter saknas för urvalen";
        whyEn = "no counts for the selections";
        break;
      case ZERO_DENOMINATOR:
        population = ((ShareCriterion) c).population();
        whySv = "nämnaren (" + population.labelSv() + ") är 0";
        whyEn = "the denominator (" + population.labelEn() + ") is 0";
        break;
      case NO_PARTICIPANTS:
        whySv = "inga deltagare";
        whyEn = "no participants";
        break;
      case NO_OUTCOME_OR_EMPTY_REFERENCE:
        RelativeGenderShareCriterion r = (RelativeGenderShareCriterion) c;
        whySv = "ingen med utfallet (" + r.outcome().labelSv() + ") eller tom referens";
        whyEn = "no one with the outcome (" + r.outcome().labelEn() + ") or empty reference";
        break;
      case NO_SURVEY_ANSWERS:
        whySv = "enkätsvar saknas";
        whyEn = "no survey answers";
        break;
      case NO_VALID_ANSWERS:
        SurveyShareCriterion s = (SurveyShareCriterion) c;
        whySv = "inga giltiga svar. " + o.tally().map(t -> surveyAccounting(s, t, SV)).orElse("");
        whyEn = "no valid answers. " + o.tally().map(t -> surveyAccounting(s, t, EN)).orElse("");
        break;
      case NO_FOLLOW_UP_DATA:
        whySv = "uppföljningsdata saknas";
        whyEn = "no follow-up data";
        break;
      default:
        whySv = "status saknas";
        whyEn = "no progress recorded";
    }
    return CriterionResult.builder()
        .criterionId(c.id())
        .kind(c.kind())
        .status(CriterionStatus.UNDETERMINED)
        .targetSv(c.textSv())
        .targetEn(c.text(EN))
        .resultSv("–")
        .resultEn("–")
        .explanationSv("Kan inte avgöras: " + withFullStop(whySv) + " Per " + asOf + ".")
        .explanationEn("Cannot be decided: " + withFullStop(whyEn) + " As of " + asOf + ".")
        .addAllFigures(o.figures())
        .addAllBreakdown(population == null ? List.of() : lines(o.lines(), population))
        .build();
  }

  /** The reason as a sentence: a full stop added unless it already ends with one. */
  private static String withFullStop(String why) {
    return why.endsWith(".") ? why : why + ".";
  }

  // ---- lines -------------------------------------------------------------------------------------------

  private static List<BreakdownLine> lines(List<SubProjectLine> lines, Selection population) {
    List<BreakdownLine> out = new ArrayList<>();
    for (SubProjectLine l : lines) {
      out.add(worded(BreakdownLine.builder()
          .subProject(l.subProject())
          .count(l.count())
          .denominator(l.denominator())
          .women(l.women())
          .men(l.men()), l, population.labelSv(), population.labelEn()));
    }
    return out;
  }

  private static List<BreakdownLine> followUpLines(List<SubProjectLine> lines) {
    List<BreakdownLine> out = new ArrayList<>();
    for (SubProjectLine l : lines) {
      out.add(worded(BreakdownLine.builder().subProject(l.subProject()).count(l.count()).denominator(l.denominator()),
          l, "uppföljda deltagare", "followed-up participants"));
    }
    return out;
  }

  /** Completes a line with its denominator's noun phrase and its wording in both languages. */
  private static BreakdownLine worded(BreakdownLine.Builder b, SubProjectLine l, String labelSv, String labelEn) {
    return b.denominatorLabelSv(labelSv).denominatorLabelEn(labelEn)
        .phraseSv(phrase(l, labelSv, Language.SV)).phraseEn(phrase(l, labelEn, Language.EN))
        .sentenceSv(sentence(l, labelSv, Language.SV)).sentenceEn(sentence(l, labelEn, Language.EN))
        .build();
  }

  /** "5 av 15 avslutade deltagare, dvs. 33 %" / "5 of 15 finished participants, i.e. 33%". */
  private static String phrase(SubProjectLine l, String label, Language language) {
    Share share = Share.of(l.count(), l.denominator());
    return Words.fraction(share, language) + " " + label + language.pick(", dvs. ", ", i.e. ")
        + Words.share(share, language);
  }

  /** "Berg: 2 kvinnor och 3 män; 5 av 15 avslutade deltagare, dvs. 33 %." */
  private static String sentence(SubProjectLine l, String label, Language language) {
    StringBuilder b = new StringBuilder(l.subProject()).append(": ");
    if (l.women().isPresent() && l.men().isPresent()) {
      b.append(Words.count(l.women().get(), Gender.WOMAN, language))
          .append(language.pick(" och ", " and "))
          .append(Words.count(l.men().get(), Gender.MAN, language))
          .append("; ");
    }
    return b.append(phrase(l, label, language)).append('.').toString();
  }
}
