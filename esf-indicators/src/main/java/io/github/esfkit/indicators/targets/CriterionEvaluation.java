package io.github.esfkit.indicators.targets;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.validation.Severity;
import io.github.esfkit.core.validation.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Evaluates one criterion of any kind against the data; one instance per evaluation run. */
final class CriterionEvaluation {

  private static final Language SV = Language.SV;
  private static final Language EN = Language.EN;

  private final GoalTable table;
  private final EvaluationData data;
  private final EvaluationMode mode;

  CriterionEvaluation(GoalTable table, EvaluationData data, EvaluationMode mode) {
    this.table = table;
    this.data = data;
    this.mode = mode;
  }

  CriterionResult evaluate(Criterion c) {
    if (c instanceof CountCriterion) {
      return count((CountCriterion) c);
    }
    if (c instanceof ShareCriterion) {
      return share((ShareCriterion) c);
    }
    if (c instanceof GenderCompositionCriterion) {
      return composition((GenderCompositionCriterion) c);
    }
    if (c instanceof GenderBalanceCriterion) {
      return balance((GenderBalanceCriterion) c);
    }
    if (c instanceof RelativeGenderShareCriterion) {
      return relative((RelativeGenderShareCriterion) c);
    }
    if (c instanceof SurveyShareCriterion) {
      return survey((SurveyShareCriterion) c);
    }
    if (c instanceof FollowUpCriterion) {
      return followUp((FollowUpCriterion) c);
    }
    if (c instanceof MilestoneCriterion) {
      return milestone((MilestoneCriterion) c);
    }
    if (c instanceof JudgedCriterion) {
      return judged(c, "", "");
    }
    return undetermined(c, "okänd kriterietyp " + c.getClass().getSimpleName(),
        "unknown criterion type " + c.getClass().getSimpleName());
  }

  // ---- count -------------------------------------------------------------------------------------------

  private CriterionResult count(CountCriterion c) {
    SelectionCount counted = data.counts().get(c.counted().id());
    if (counted == null) {
      return undetermined(c, "uppgifter saknas för urvalet " + c.counted().id(),
          "no counts for selection " + c.counted().id());
    }
    SelectionCount pop = data.counts().get(c.population().id());
    GenderCounts tot = counted.total();
    boolean perGender = !c.genderTargets().isEmpty()
        && (mode == EvaluationMode.STRICT_PER_GENDER || c.basis() == CountBasis.PER_GENDER);
    CriterionStatus status;
    List<Violation> notes = new ArrayList<>();
    if (perGender) {
      int met = 0;
      for (Map.Entry<Gender, Long> t : c.genderTargets().entrySet()) {
        if (meets(tot.of(t.getKey()), t.getValue(), c.bound())) {
          met++;
        }
      }
      status = met == c.genderTargets().size() ? CriterionStatus.MET
          : met == 0 ? CriterionStatus.NOT_MET : CriterionStatus.PARTIALLY_MET;
    } else {
      status = meets(tot.total(), c.effectiveTotalTarget(), c.bound()) ? CriterionStatus.MET : CriterionStatus.NOT_MET;
      for (Map.Entry<Gender, Long> t : c.genderTargets().entrySet()) {
        long n = tot.of(t.getKey());
        if (status == CriterionStatus.MET && !meets(n, t.getValue(), c.bound())) {
          notes.add(Violation.of("TARGET-GENDER-MISSED-IN-TOTAL", Severity.INFO, c.id() + "/" + t.getKey().code(),
              "Bedömt på totalen: " + Words.plural(t.getKey(), SV) + " " + n + " mot målet "
                  + Words.bound(c.bound(), SV) + " " + t.getValue() + " är inte uppfyllt, men det påverkar inte bedömningen.",
              "Judged on the total: " + Words.plural(t.getKey(), EN) + " " + n + " against the target "
                  + Words.bound(c.bound(), EN) + " " + t.getValue() + " is not met, which does not change the verdict."));
        }
      }
    }
    List<Figure> figures = new ArrayList<>();
    List<BreakdownLine> lines = new ArrayList<>();
    figures.add(Figure.of("total", tot.total(), pop == null ? java.util.Optional.empty()
        : java.util.Optional.of(pop.total().total())));
    figures.add(Figure.of(Gender.WOMAN.code(), tot.women(), java.util.Optional.empty()));
    figures.add(Figure.of(Gender.MAN.code(), tot.men(), java.util.Optional.empty()));
    if (tot.nonBinary() > 0) {
      figures.add(Figure.of(Gender.NON_BINARY.code(), tot.nonBinary(), java.util.Optional.empty()));
    }
    for (String s : subProjects(counted, pop)) {
      GenderCounts sc = counted.subProject(s);
      long d = pop == null ? 0 : pop.subProject(s).total();
      figures.add(Figure.of(s, sc.total(), pop == null ? java.util.Optional.empty() : java.util.Optional.of(d)));
      figures.add(Figure.of(s + "/" + Gender.WOMAN.code(), sc.women(), java.util.Optional.empty()));
      figures.add(Figure.of(s + "/" + Gender.MAN.code(), sc.men(), java.util.Optional.empty()));
      if (pop != null) {
        lines.add(line(s, sc.total(), d, sc.women(), sc.men(), c.population()));
      }
    }
    String targetSv = Words.bound(c.bound(), SV) + " " + c.effectiveTotalTarget() + genderTargets(c, SV);
    String targetEn = Words.bound(c.bound(), EN) + " " + c.effectiveTotalTarget() + genderTargets(c, EN);
    String resultSv = Words.headline(tot, SV);
    String resultEn = Words.headline(tot, EN);
    return CriterionResult.builder()
        .criterionId(c.id())
        .kind(c.kind())
        .status(status)
        .targetSv(targetSv)
        .targetEn(targetEn)
        .resultSv(resultSv)
        .resultEn(resultEn)
        .explanationSv(countExplanation(c, tot, pop, perGender, status, SV))
        .explanationEn(countExplanation(c, tot, pop, perGender, status, EN))
        .addAllFigures(figures)
        .addAllBreakdown(lines)
        .addAllNotes(notes)
        .build();
  }

  private String countExplanation(CountCriterion c, GenderCounts tot, SelectionCount pop, boolean perGender,
      CriterionStatus status, Language l) {
    StringBuilder b = new StringBuilder();
    b.append(tot.total()).append(' ').append(c.counted().label(l)).append(l.pick(" mot målet ", " against the target "))
        .append(Words.bound(c.bound(), l)).append(' ').append(c.effectiveTotalTarget()).append(genderTargets(c, l));
    if (c.effectiveTotalTarget() > 0) {
      b.append(l.pick(", dvs. ", ", i.e. ")).append(Share.of(tot.total(), c.effectiveTotalTarget()).format(l))
          .append(l.pick(" av målet", " of the target"));
    }
    b.append(". ");
    if (perGender) {
      b.append(l.pick("Bedömt per kön: ", "Judged per gender: "));
      List<String> parts = new ArrayList<>();
      for (Map.Entry<Gender, Long> t : c.genderTargets().entrySet()) {
        long n = tot.of(t.getKey());
        parts.add(Words.plural(t.getKey(), l) + " " + n + l.pick(" mot ", " against ") + t.getValue() + " ("
            + (meets(n, t.getValue(), c.bound()) ? Words.met(CriterionStatus.MET, l) : Words.met(CriterionStatus.NOT_MET, l)) + ")");
      }
      b.append(String.join(", ", parts)).append(". ");
    } else {
      b.append(l.pick("Bedömt på totalen: ", "Judged on the total: ")).append(Words.met(status, l)).append(". ");
      if (!c.genderTargets().isEmpty()) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<Gender, Long> t : c.genderTargets().entrySet()) {
          parts.add(Words.plural(t.getKey(), l) + " " + tot.of(t.getKey()) + l.pick(" mot ", " against ") + t.getValue());
        }
        b.append(capitalise(String.join(", ", parts))).append(". ");
      }
    }
    SelectionCount base = c.eligibilityBase().map(s -> data.counts().get(s.id())).orElse(null);
    if (base != null && pop != null) {
      long left = Math.max(0, base.total().total() - pop.total().total());
      java.util.Set<String> tags = new java.util.TreeSet<>(c.population().excludedTags());
      b.append(l.pick("Behörighet: ", "Eligibility: ")).append(left).append(l.pick(" av ", " of "))
          .append(base.total().total()).append(' ').append(c.eligibilityBase().get().label(l))
          .append(l.pick(" uteslutna", " left out"))
          .append(tags.isEmpty() ? "" : " (" + String.join(", ", tags) + ")").append(". ");
    }
    if (pop != null) {
      b.append(Share.of(tot.total(), pop.total().total()).fraction(l)).append(' ').append(c.population().label(l))
          .append(l.pick(", dvs. ", ", i.e. ")).append(Share.of(tot.total(), pop.total().total()).format(l)).append(". ");
    }
    b.append(l.pick("Per ", "As of ")).append(data.asOf()).append('.');
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

  private static boolean meets(long value, long target, Bound bound) {
    return bound == Bound.AT_LEAST ? value >= target : value <= target;
  }

  // ---- share -------------------------------------------------------------------------------------------

  private CriterionResult share(ShareCriterion c) {
    SelectionCount counted = data.counts().get(c.counted().id());
    SelectionCount pop = data.counts().get(c.population().id());
    if (counted == null || pop == null) {
      return undetermined(c, "uppgifter saknas för urvalen", "no counts for the selections");
    }
    Share s = Share.of(counted.total().total(), pop.total().total());
    String target = Words.bound(c.bound(), SV) + " " + Words.percent(c.percent(), SV);
    String targetEn = Words.bound(c.bound(), EN) + " " + Words.percent(c.percent(), EN);
    List<Figure> figures = new ArrayList<>();
    List<BreakdownLine> lines = new ArrayList<>();
    figures.add(Figure.of("total", s.numerator(), java.util.Optional.of(s.denominator())));
    for (String sp : subProjects(counted, pop)) {
      GenderCounts sc = counted.subProject(sp);
      long d = pop.subProject(sp).total();
      figures.add(Figure.of(sp, sc.total(), java.util.Optional.of(d)));
      lines.add(line(sp, sc.total(), d, sc.women(), sc.men(), c.population()));
    }
    if (!s.isDefined()) {
      return undetermined(c, "nämnaren (" + c.population().labelSv() + ") är 0", "the denominator ("
          + c.population().labelEn() + ") is 0").withFigures(figures).withBreakdown(lines);
    }
    boolean met = c.bound() == Bound.AT_LEAST ? s.isAtLeast(c.percent()) : s.isAtMost(c.percent());
    CriterionStatus status = met ? CriterionStatus.MET : CriterionStatus.NOT_MET;
    return CriterionResult.builder()
        .criterionId(c.id())
        .kind(c.kind())
        .status(status)
        .targetSv(target)
        .targetEn(targetEn)
        .resultSv(s.fraction(SV) + " = " + s.format(SV))
        .resultEn(s.fraction(EN) + " = " + s.format(EN))
        .explanationSv(s.fraction(SV) + " " + c.population().labelSv() + " (" + c.counted().labelSv() + "), dvs. "
            + s.format(SV) + " mot " + target + ": " + Words.met(status, SV) + ". Per " + data.asOf() + ".")
        .explanationEn(s.fraction(EN) + " " + c.population().labelEn() + " (" + c.counted().labelEn() + "), i.e. "
            + s.format(EN) + " against " + targetEn + ": " + Words.met(status, EN) + ". As of " + data.asOf() + ".")
        .addAllFigures(figures)
        .addAllBreakdown(lines)
        .build();
  }

  // ---- gender composition and balance ------------------------------------------------------------------

  private CriterionResult composition(GenderCompositionCriterion c) {
    SelectionCount pop = data.counts().get(c.population().id());
    if (pop == null) {
      return undetermined(c, "uppgifter saknas för urvalet " + c.population().id(),
          "no counts for selection " + c.population().id());
    }
    GenderCounts t = pop.total();
    Share s = Share.of(t.of(c.gender()), t.total());
    if (!s.isDefined()) {
      return undetermined(c, "inga deltagare", "no participants");
    }
    boolean met;
    switch (c.comparison()) {
      case AT_LEAST:
        met = s.isAtLeast(c.percent());
        break;
      case AT_MOST:
        met = s.isAtMost(c.percent());
        break;
      default:
        BigDecimal tol = c.tolerance().orElse(BigDecimal.ZERO);
        met = s.isAtLeast(c.percent().subtract(tol)) && s.isAtMost(c.percent().add(tol));
    }
    CriterionStatus status = met ? CriterionStatus.MET : CriterionStatus.NOT_MET;
    Share women = Share.of(t.women(), t.total());
    Share men = Share.of(t.men(), t.total());
    List<Figure> figures = List.of(
        Figure.of(Gender.WOMAN.code(), t.women(), java.util.Optional.of(t.total())),
        Figure.of(Gender.MAN.code(), t.men(), java.util.Optional.of(t.total())));
    String cmpSv = comparison(c, SV);
    String cmpEn = comparison(c, EN);
    return CriterionResult.builder()
        .criterionId(c.id())
        .kind(c.kind())
        .status(status)
        .targetSv(Words.plural(c.gender(), SV) + " " + cmpSv)
        .targetEn(Words.plural(c.gender(), EN) + " " + cmpEn)
        .resultSv(women.format(SV) + " kvinnor, " + men.format(SV) + " män")
        .resultEn(women.format(EN) + " women, " + men.format(EN) + " men")
        .explanationSv(t.women() + " kvinnor och " + t.men() + " män av " + t.total() + " " + c.population().labelSv()
            + ", dvs. " + women.format(SV) + " kvinnor och " + men.format(SV) + " män (exakt " + s.formatOneDecimal(SV)
            + " " + Words.plural(c.gender(), SV) + ") mot målet " + Words.plural(c.gender(), SV) + " " + cmpSv + ": "
            + Words.met(status, SV) + ". Per " + data.asOf() + ".")
        .explanationEn(t.women() + " women and " + t.men() + " men of " + t.total() + " " + c.population().labelEn()
            + ", i.e. " + women.format(EN) + " women and " + men.format(EN) + " men (exactly " + s.formatOneDecimal(EN)
            + " " + Words.plural(c.gender(), EN) + ") against the target " + Words.plural(c.gender(), EN) + " " + cmpEn
            + ": " + Words.met(status, EN) + ". As of " + data.asOf() + ".")
        .addAllFigures(figures)
        .build();
  }

  private static String comparison(GenderCompositionCriterion c, Language l) {
    switch (c.comparison()) {
      case AT_LEAST:
        return l.pick("minst ", "at least ") + Words.percent(c.percent(), l);
      case AT_MOST:
        return l.pick("högst ", "at most ") + Words.percent(c.percent(), l);
      default:
        return Words.percent(c.percent(), l) + " ± " + c.tolerance().map(t -> t.toPlainString()).orElse("0")
            + l.pick(" procentenheter", " percentage points");
    }
  }

  private CriterionResult balance(GenderBalanceCriterion c) {
    SelectionCount pop = data.counts().get(c.population().id());
    if (pop == null) {
      return undetermined(c, "uppgifter saknas för urvalet " + c.population().id(),
          "no counts for selection " + c.population().id());
    }
    GenderCounts t = pop.total();
    Share women = Share.of(t.women(), t.total());
    Share men = Share.of(t.men(), t.total());
    if (!women.isDefined()) {
      return undetermined(c, "inga deltagare", "no participants");
    }
    boolean met = t.women() > 0 && t.men() > 0
        && women.isAtLeast(c.lowerPercent()) && women.isAtMost(c.upperPercent())
        && men.isAtLeast(c.lowerPercent()) && men.isAtMost(c.upperPercent());
    CriterionStatus status = met ? CriterionStatus.MET : CriterionStatus.NOT_MET;
    String span = Words.percent(c.lowerPercent(), SV) + "–" + Words.percent(c.upperPercent(), SV);
    String spanEn = Words.percent(c.lowerPercent(), EN) + "–" + Words.percent(c.upperPercent(), EN);
    return CriterionResult.builder()
        .criterionId(c.id())
        .kind(c.kind())
        .status(status)
        .targetSv("vardera kön inom " + span)
        .targetEn("each gender within " + spanEn)
        .resultSv(women.format(SV) + " kvinnor, " + men.format(SV) + " män")
        .resultEn(women.format(EN) + " women, " + men.format(EN) + " men")
        .explanationSv(t.women() + " kvinnor (" + women.format(SV) + ") och " + t.men() + " män (" + men.format(SV)
            + ") av " + t.total() + " " + c.population().labelSv() + ", spann " + span + ": " + Words.met(status, SV)
            + ". Per " + data.asOf() + ".")
        .explanationEn(t.women() + " women (" + women.format(EN) + ") and " + t.men() + " men (" + men.format(EN)
            + ") of " + t.total() + " " + c.population().labelEn() + ", span " + spanEn + ": " + Words.met(status, EN)
            + ". As of " + data.asOf() + ".")
        .addAllFigures(List.of(
            Figure.of(Gender.WOMAN.code(), t.women(), java.util.Optional.of(t.total())),
            Figure.of(Gender.MAN.code(), t.men(), java.util.Optional.of(t.total()))))
        .build();
  }

  private CriterionResult relative(RelativeGenderShareCriterion c) {
    SelectionCount out = data.counts().get(c.outcome().id());
    SelectionCount ref = data.counts().get(c.reference().id());
    if (out == null || ref == null) {
      return undetermined(c, "uppgifter saknas för urvalen", "no counts for the selections");
    }
    Share so = Share.of(out.total().of(c.gender()), out.total().total());
    Share sr = Share.of(ref.total().of(c.gender()), ref.total().total());
    String g = Words.plural(c.gender(), SV);
    String gEn = Words.plural(c.gender(), EN);
    if (!so.isDefined() || !sr.isDefined()) {
      return undetermined(c, "ingen med utfallet (" + c.outcome().labelSv() + ") eller tom referens",
          "no one with the outcome (" + c.outcome().labelEn() + ") or empty reference");
    }
    int cmp = so.compareTo(sr);
    boolean met = c.bound() == Bound.AT_LEAST ? cmp >= 0 : cmp <= 0;
    CriterionStatus status = met ? CriterionStatus.MET : CriterionStatus.NOT_MET;
    return CriterionResult.builder()
        .criterionId(c.id())
        .kind(c.kind())
        .status(status)
        .targetSv("andelen " + g + " " + Words.bound(c.bound(), SV) + " deras andel av " + c.reference().labelSv()
            + " (" + sr.format(SV) + ")")
        .targetEn("share of " + gEn + " " + Words.bound(c.bound(), EN) + " their share of " + c.reference().labelEn()
            + " (" + sr.format(EN) + ")")
        .resultSv(so.format(SV) + " " + g + " (" + so.fraction(SV) + ")")
        .resultEn(so.format(EN) + " " + gEn + " (" + so.fraction(EN) + ")")
        .explanationSv(capitalise(g) + " " + so.fraction(SV) + " " + c.outcome().labelSv() + ", dvs. " + so.format(SV)
            + " (exakt " + so.formatOneDecimal(SV) + "), mot " + sr.fraction(SV) + " " + c.reference().labelSv() + ", dvs. "
            + sr.format(SV) + " (exakt " + sr.formatOneDecimal(SV) + "): " + Words.met(status, SV) + ". Per " + data.asOf() + ".")
        .explanationEn(capitalise(gEn) + " " + so.fraction(EN) + " " + c.outcome().labelEn() + ", i.e. " + so.format(EN)
            + " (exactly " + so.formatOneDecimal(EN) + "), against " + sr.fraction(EN) + " " + c.reference().labelEn()
            + ", i.e. " + sr.format(EN) + " (exactly " + sr.formatOneDecimal(EN) + "): " + Words.met(status, EN)
            + ". As of " + data.asOf() + ".")
        .addAllFigures(List.of(
            Figure.of(c.gender().code(), so.numerator(), java.util.Optional.of(so.denominator())),
            Figure.of("reference/" + c.gender().code(), sr.numerator(), java.util.Optional.of(sr.denominator()))))
        .build();
  }

  // ---- survey ------------------------------------------------------------------------------------------

  private CriterionResult survey(SurveyShareCriterion c) {
    SurveyTally t = data.surveys().get(c.id());
    if (t == null) {
      return undetermined(c, "enkätsvar saknas", "no survey answers");
    }
    Share kept = Share.of(t.yes() + t.struckYes(), t.yes() + t.no() + t.struckYes() + t.struckNo());
    Share dropped = Share.of(t.yes(), t.yes() + t.no());
    Share s = c.keepStruckAnswers() ? kept : dropped;
    Share other = c.keepStruckAnswers() ? dropped : kept;
    String target = "minst " + Words.percent(c.percent(), SV);
    String targetEn = "at least " + Words.percent(c.percent(), EN);
    long struck = t.struckYes() + t.struckNo();
    String accountingSv = t.respondents() + " svarande: " + t.yes() + " ja, " + t.no() + " nej, " + struck
        + " strukna svar (" + t.struckYes() + " ja, " + t.struckNo() + " nej; "
        + (c.keepStruckAnswers() ? "medräknade" : "utanför nämnaren") + "), " + t.noNeed() + " utan behov, "
        + t.noAnswer() + " utan svar (utanför nämnaren).";
    String accountingEn = t.respondents() + " respondents: " + t.yes() + " yes, " + t.no() + " no, " + struck
        + " struck answers (" + t.struckYes() + " yes, " + t.struckNo() + " no; "
        + (c.keepStruckAnswers() ? "counted" : "left out of the denominator") + "), " + t.noNeed() + " no need, "
        + t.noAnswer() + " no answer (left out of the denominator).";
    if (!s.isDefined()) {
      return undetermined(c, "inga giltiga svar. " + accountingSv, "no valid answers. " + accountingEn);
    }
    CriterionStatus status = s.isAtLeast(c.percent()) ? CriterionStatus.MET : CriterionStatus.NOT_MET;
    List<Violation> notes = new ArrayList<>();
    if (struck > 0 && other.isDefined()) {
      CriterionStatus otherStatus = other.isAtLeast(c.percent()) ? CriterionStatus.MET : CriterionStatus.NOT_MET;
      boolean flips = otherStatus != status;
      notes.add(Violation.of(flips ? "TARGET-SURVEY-STRUCK-FLIPS" : "TARGET-SURVEY-STRUCK", flips ? Severity.WARNING
              : Severity.INFO, c.id(),
          struck + " strukna svar " + (c.keepStruckAnswers() ? "medräknade" : "uteslutna") + ": " + s.fraction(SV) + " = "
              + s.formatOneDecimal(SV) + " (" + Words.met(status, SV) + "). " + (c.keepStruckAnswers() ? "Uteslutna" : "Medräknade")
              + ": " + other.fraction(SV) + " = " + other.formatOneDecimal(SV) + " (" + Words.met(otherStatus, SV) + ")"
              + (flips ? "; bedömningen vänder." : "; bedömningen står sig."),
          struck + " struck answers " + (c.keepStruckAnswers() ? "kept" : "left out") + ": " + s.fraction(EN) + " = "
              + s.formatOneDecimal(EN) + " (" + Words.met(status, EN) + "). " + (c.keepStruckAnswers() ? "Left out" : "Kept")
              + ": " + other.fraction(EN) + " = " + other.formatOneDecimal(EN) + " (" + Words.met(otherStatus, EN) + ")"
              + (flips ? "; the verdict flips." : "; the verdict stands.")));
    }
    return CriterionResult.builder()
        .criterionId(c.id())
        .kind(c.kind())
        .status(status)
        .targetSv(target)
        .targetEn(targetEn)
        .resultSv(s.fraction(SV) + " = " + s.format(SV))
        .resultEn(s.fraction(EN) + " = " + s.format(EN))
        .explanationSv(s.fraction(SV) + " giltiga svar, dvs. " + s.format(SV) + " (exakt " + s.formatOneDecimal(SV) + ") mot "
            + target + ": " + Words.met(status, SV) + ". " + accountingSv + " Per " + data.asOf() + ".")
        .explanationEn(s.fraction(EN) + " valid answers, i.e. " + s.format(EN) + " (exactly " + s.formatOneDecimal(EN)
            + ") against " + targetEn + ": " + Words.met(status, EN) + ". " + accountingEn + " As of " + data.asOf() + ".")
        .addAllFigures(List.of(Figure.of("total", s.numerator(), java.util.Optional.of(s.denominator()))))
        .addAllNotes(notes)
        .build();
  }

  // ---- follow-up ---------------------------------------------------------------------------------------

  private CriterionResult followUp(FollowUpCriterion c) {
    FollowUpTally t = data.followUps().get(c.id());
    if (t == null) {
      return undetermined(c, "uppföljningsdata saknas", "no follow-up data");
    }
    long success = 0;
    long uniform = 0;
    long eligible = 0;
    long excludedSubProjects = 0;
    Map<FollowUpExclusion, Long> exclusions = new java.util.EnumMap<>(FollowUpExclusion.class);
    List<Figure> figures = new ArrayList<>();
    List<BreakdownLine> lines = new ArrayList<>();
    List<String> perSubProjectSv = new ArrayList<>();
    List<String> perSubProjectEn = new ArrayList<>();
    List<String> deviationsSv = new ArrayList<>();
    List<String> deviationsEn = new ArrayList<>();
    for (String sp : order(t.bySubProject().keySet())) {
      FollowUpCounts fc = t.bySubProject().get(sp);
      if (c.excludedSubProjects().contains(sp)) {
        long all = fc.eligible() + fc.exclusions().values().stream().mapToLong(Long::longValue).sum();
        exclusions.merge(FollowUpExclusion.SUB_PROJECT_EXCLUDED, all, Long::sum);
        excludedSubProjects++;
        continue;
      }
      fc.exclusions().forEach((k, v) -> exclusions.merge(k, v, Long::sum));
      List<String> spSv = new ArrayList<>();
      List<String> spEn = new ArrayList<>();
      for (FollowUpExclusion e : FollowUpExclusion.values()) {
        long n = fc.exclusion(e);
        if (n > 0) {
          spSv.add(n + " " + e.label(SV));
          spEn.add(n + " " + e.label(EN));
        }
      }
      if (!spSv.isEmpty()) {
        perSubProjectSv.add(sp + ": " + String.join(", ", spSv));
        perSubProjectEn.add(sp + ": " + String.join(", ", spEn));
      }
      SuccessRule rule = c.successRuleOverrides().getOrDefault(sp, c.successRule());
      long s = fc.successes(rule, c.requireLabourMarketLink());
      long u = fc.successes(c.successRule(), c.requireLabourMarketLink());
      success += s;
      uniform += u;
      eligible += fc.eligible();
      if (fc.eligible() > 0) {
        figures.add(Figure.of(sp, s, java.util.Optional.of(fc.eligible())));
        lines.add(BreakdownLine.builder().subProject(sp).count(s).denominator(fc.eligible())
            .denominatorLabelSv("uppföljda deltagare").denominatorLabelEn("followed-up participants").build());
      }
      if (s != u) {
        deviationsSv.add(sp + " räknade " + rule.label(SV) + ": " + Share.of(s, fc.eligible()).fraction(SV)
            + "; enligt definitionen (" + c.successRule().label(SV) + ") " + Share.of(u, fc.eligible()).fraction(SV)
            + " = " + Share.of(u, fc.eligible()).format(SV));
        deviationsEn.add(sp + " counted " + rule.label(EN) + ": " + Share.of(s, fc.eligible()).fraction(EN)
            + "; by the definition (" + c.successRule().label(EN) + ") " + Share.of(u, fc.eligible()).fraction(EN)
            + " = " + Share.of(u, fc.eligible()).format(EN));
      }
    }
    Share share = Share.of(success, eligible);
    figures.add(0, Figure.of("total", success, java.util.Optional.of(eligible)));
    List<Violation> notes = new ArrayList<>();
    if (!deviationsSv.isEmpty()) {
      Share u = Share.of(uniform, eligible);
      notes.add(Violation.of("TARGET-FOLLOW-UP-RULE-DEVIATION", Severity.WARNING, c.id(),
          String.join("; ", deviationsSv) + ". Totalt " + u.fraction(SV) + " = " + u.format(SV) + " i stället för "
              + share.fraction(SV) + " = " + share.format(SV) + ".",
          String.join("; ", deviationsEn) + ". In all " + u.fraction(EN) + " = " + u.format(EN) + " instead of "
              + share.fraction(EN) + " = " + share.format(EN) + "."));
    }
    StringBuilder exSv = new StringBuilder();
    StringBuilder exEn = new StringBuilder();
    for (Map.Entry<FollowUpExclusion, Long> e : exclusions.entrySet()) {
      if (e.getValue() > 0) {
        exSv.append(exSv.length() == 0 ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey().label(SV));
        exEn.append(exEn.length() == 0 ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey().label(EN));
      }
    }
    String ruleSv = c.successRule().label(SV) + " " + c.monthsAfterExit() + " månader efter avslut mot "
        + c.baselineMonthsBeforeEntry() + " månad(er) före inskrivning";
    String ruleEn = c.successRule().label(EN) + " " + c.monthsAfterExit() + " months after exit against "
        + c.baselineMonthsBeforeEntry() + " month(s) before entry";
    String baseSv = share.fraction(SV) + " uppföljda deltagare har " + ruleSv + ", dvs. " + share.format(SV)
        + ". Uteslutna: " + (exSv.length() == 0 ? "inga" : exSv.toString())
        + (c.excludedSubProjects().isEmpty() ? "" : " (delprojekt utanför: " + String.join(", ", new TreeSet<>(c.excludedSubProjects())) + ")")
        + (perSubProjectSv.isEmpty() ? "" : "; per delprojekt: " + String.join("; ", perSubProjectSv))
        + ". ";
    String baseEn = share.fraction(EN) + " followed-up participants " + ruleEn + ", i.e. " + share.format(EN)
        + ". Left out: " + (exEn.length() == 0 ? "none" : exEn.toString())
        + (c.excludedSubProjects().isEmpty() ? "" : " (sub-projects left out: " + String.join(", ", new TreeSet<>(c.excludedSubProjects())) + ")")
        + (perSubProjectEn.isEmpty() ? "" : "; per sub-project: " + String.join("; ", perSubProjectEn))
        + ". ";
    CriterionResult.Builder b = CriterionResult.builder()
        .criterionId(c.id())
        .kind(c.kind())
        .resultSv(share.fraction(SV) + " = " + share.format(SV))
        .resultEn(share.fraction(EN) + " = " + share.format(EN))
        .addAllFigures(figures)
        .addAllBreakdown(lines)
        .addAllNotes(notes);
    if (c.thresholdPercent().isPresent()) {
      BigDecimal p = c.thresholdPercent().get();
      CriterionStatus status = !share.isDefined() ? CriterionStatus.UNDETERMINED
          : share.isAtLeast(p) ? CriterionStatus.MET : CriterionStatus.NOT_MET;
      return b.status(status)
          .targetSv("minst " + Words.percent(p, SV))
          .targetEn("at least " + Words.percent(p, EN))
          .explanationSv(baseSv + "Mot minst " + Words.percent(p, SV) + ": " + Words.met(status, SV) + ". Per " + data.asOf() + ".")
          .explanationEn(baseEn + "Against at least " + Words.percent(p, EN) + ": " + Words.met(status, EN) + ". As of "
              + data.asOf() + ".")
          .build();
    }
    Judgement j = data.judgements().get(c.id());
    return withJudgement(b, j, "inget tröskelvärde (bedöms)", "no threshold (judged)", baseSv, baseEn);
  }

  // ---- milestone and judged ----------------------------------------------------------------------------

  private CriterionResult milestone(MilestoneCriterion c) {
    MilestoneProgress p = data.milestones().get(c.id());
    String deadlineSv = c.deadline().map(d -> " senast " + d).orElse("");
    String deadlineEn = c.deadline().map(d -> " by " + d).orElse("");
    if (p == null) {
      return undetermined(c, "status saknas", "no progress recorded");
    }
    CriterionStatus status;
    String whySv;
    String whyEn;
    List<Violation> notes = new ArrayList<>();
    boolean doneAfterAsOf = p.status() == MilestoneStatus.DONE && p.doneOn().isPresent()
        && p.doneOn().get().isAfter(data.asOf());
    if (doneAfterAsOf) {
      // the reporting date cuts what happened after it: as of that date the milestone was not done yet
      status = CriterionStatus.NOT_MET;
      whySv = "klar först " + p.doneOn().get() + ", efter rapportdatumet " + data.asOf();
      whyEn = "done only on " + p.doneOn().get() + ", after the reporting date " + data.asOf();
      notes.add(Violation.of("TARGET-MILESTONE-DONE-AFTER-AS-OF", Severity.WARNING, c.id(),
          "Milstolpen anges klar " + p.doneOn().get() + ", efter uppgifternas datum " + data.asOf()
              + "; per det datumet är den inte klar.",
          "The milestone is recorded as done on " + p.doneOn().get() + ", after the data's date " + data.asOf()
              + "; as of that date it is not done."));
    } else if (p.status() == MilestoneStatus.DONE) {
      boolean late = c.deadline().isPresent() && p.doneOn().isPresent() && p.doneOn().get().isAfter(c.deadline().get());
      status = late ? CriterionStatus.NOT_MET : CriterionStatus.MET;
      whySv = late ? "klar efter tidsfristen" : "klar" + p.doneOn().map(d -> " " + d).orElse("");
      whyEn = late ? "done after the deadline" : "done" + p.doneOn().map(d -> " " + d).orElse("");
    } else {
      status = CriterionStatus.NOT_MET;
      boolean open = c.deadline().isPresent() && data.asOf().isBefore(c.deadline().get());
      whySv = p.status().label(SV) + (open ? " (tidsfristen har inte passerat)" : "");
      whyEn = p.status().label(EN) + (open ? " (the deadline has not passed)" : "");
    }
    return CriterionResult.builder()
        .criterionId(c.id())
        .kind(c.kind())
        .status(status)
        .targetSv("klar" + deadlineSv)
        .targetEn("done" + deadlineEn)
        .resultSv(p.status().label(SV))
        .resultEn(p.status().label(EN))
        .explanationSv(capitalise(whySv) + ": " + Words.met(status, SV) + ". Underlag: " + p.evidenceSv() + " Per " + data.asOf() + ".")
        .explanationEn(capitalise(whyEn) + ": " + Words.met(status, EN) + ". Evidence (Swedish): " + p.evidenceSv() + " As of "
            + data.asOf() + ".")
        .addAllNotes(notes)
        .build();
  }

  private CriterionResult judged(Criterion c, String baseSv, String baseEn) {
    CriterionResult.Builder b = CriterionResult.builder().criterionId(c.id()).kind(c.kind());
    Judgement j = data.judgements().get(c.id());
    return withJudgement(b, j, "bedöms", "judged", baseSv, baseEn);
  }

  private CriterionResult withJudgement(CriterionResult.Builder b, Judgement j, String targetSv, String targetEn,
      String baseSv, String baseEn) {
    b.targetSv(targetSv).targetEn(targetEn);
    if (j == null) {
      b.status(CriterionStatus.UNDETERMINED);
      if (baseSv.isEmpty()) {
        b.resultSv("–").resultEn("–");
      }
      return b.judged(true)
          .explanationSv(baseSv + "Ingen bedömning registrerad. Per " + data.asOf() + ".")
          .explanationEn(baseEn + "No judgement recorded. As of " + data.asOf() + ".")
          .build();
    }
    if (baseSv.isEmpty()) {
      b.resultSv(j.verdict().label(SV)).resultEn(j.verdict().label(EN));
    }
    CriterionStatus status = fromVerdict(j.verdict());
    String by = j.judgedBy().map(x -> " (" + x + ")").orElse("");
    return b.status(status)
        .judged(true)
        .explanationSv(baseSv + "Bedömning" + by + ": \"" + j.statementSv() + "\" " + j.verdict().label(SV) + ". Per " + data.asOf() + ".")
        .explanationEn(baseEn + "Judgement" + by + " (Swedish): \"" + j.statementSv() + "\" " + j.verdict().label(EN)
            + ". As of " + data.asOf() + ".")
        .build();
  }

  private static CriterionStatus fromVerdict(Verdict v) {
    switch (v) {
      case ACHIEVED:
        return CriterionStatus.MET;
      case PARTIALLY_ACHIEVED:
        return CriterionStatus.PARTIALLY_MET;
      case NOT_ACHIEVED:
        return CriterionStatus.NOT_MET;
      default:
        return CriterionStatus.UNDETERMINED;
    }
  }

  // ---- helpers -----------------------------------------------------------------------------------------

  private CriterionResult undetermined(Criterion c, String whySv, String whyEn) {
    return CriterionResult.builder()
        .criterionId(c.id())
        .kind(c.kind())
        .status(CriterionStatus.UNDETERMINED)
        .targetSv(c.textSv())
        .targetEn(c.text(EN))
        .resultSv("–")
        .resultEn("–")
        .explanationSv("Kan inte avgöras: " + whySv + ". Per " + data.asOf() + ".")
        .explanationEn("Cannot be decided: " + whyEn + ". As of " + data.asOf() + ".")
        .build();
  }

  private static BreakdownLine line(String sp, long n, long d, long women, long men, Selection population) {
    return BreakdownLine.builder()
        .subProject(sp)
        .count(n)
        .denominator(d)
        .women(women)
        .men(men)
        .denominatorLabelSv(population.labelSv())
        .denominatorLabelEn(population.labelEn())
        .build();
  }

  private List<String> subProjects(SelectionCount a, SelectionCount b) {
    Set<String> names = new LinkedHashSet<>(a.bySubProject().keySet());
    if (b != null) {
      names.addAll(b.bySubProject().keySet());
    }
    return order(names);
  }

  /** The table's declared sub-projects first (all of them), then others in name order. */
  private List<String> order(Set<String> present) {
    List<String> out = new ArrayList<>();
    for (String s : table.subProjects()) {
      if (present.contains(s)) {
        out.add(s);
      }
    }
    for (String s : new TreeSet<>(present)) {
      if (!out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
