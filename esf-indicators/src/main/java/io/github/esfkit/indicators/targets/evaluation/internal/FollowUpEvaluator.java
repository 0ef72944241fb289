package io.github.esfkit.indicators.targets.evaluation.internal;

import io.github.esfkit.core.Share;
import io.github.esfkit.indicators.targets.model.ComputedFigure;
import io.github.esfkit.indicators.targets.model.CriterionStatus;
import io.github.esfkit.indicators.targets.model.FollowUpCounts;
import io.github.esfkit.indicators.targets.model.FollowUpCriterion;
import io.github.esfkit.indicators.targets.model.FollowUpExclusion;
import io.github.esfkit.indicators.targets.model.FollowUpTally;
import io.github.esfkit.indicators.targets.model.Judgement;
import io.github.esfkit.indicators.targets.model.SuccessRule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Follow-up criteria: successes among followed-up participants, each sub-project under its own rule when it
 * has one, with every exclusion counted. Without a threshold the status is the recorded judgement's. Stateless
 * and thread-safe.
 */
final class FollowUpEvaluator implements CriterionEvaluator<FollowUpCriterion> {

  @Override
  public CriterionOutcome evaluate(FollowUpCriterion c, EvaluationContext context) {
    FollowUpTally t = context.data().followUps().get(c.id());
    if (t == null) {
      return UndeterminedOutcome.of(c, UndeterminedOutcome.Reason.NO_FOLLOW_UP_DATA);
    }
    long success = 0;
    long uniform = 0;
    long eligible = 0;
    Map<FollowUpExclusion, Long> exclusions = new EnumMap<>(FollowUpExclusion.class);
    Map<String, Map<FollowUpExclusion, Long>> bySubProject = new LinkedHashMap<>();
    List<RuleDeviation> deviations = new ArrayList<>();
    List<ComputedFigure> figures = new ArrayList<>();
    List<SubProjectLine> lines = new ArrayList<>();
    for (String sp : context.order(t.bySubProject().keySet())) {
      FollowUpCounts fc = t.bySubProject().get(sp);
      if (c.excludedSubProjects().contains(sp)) {
        long all = fc.eligible() + fc.exclusions().values().stream().mapToLong(Long::longValue).sum();
        exclusions.merge(FollowUpExclusion.SUB_PROJECT_EXCLUDED, all, Long::sum);
        continue;
      }
      fc.exclusions().forEach((k, v) -> exclusions.merge(k, v, Long::sum));
      Map<FollowUpExclusion, Long> own = new EnumMap<>(FollowUpExclusion.class);
      for (FollowUpExclusion e : FollowUpExclusion.values()) {
        long n = fc.exclusion(e);
        if (n > 0) {
          own.put(e, n);
        }
      }
      if (!own.isEmpty()) {
        bySubProject.put(sp, own);
      }
      SuccessRule rule = c.successRuleOverrides().getOrDefault(sp, c.successRule());
      long s = fc.successes(rule, c.requireLabourMarketLink());
      long u = fc.successes(c.successRule(), c.requireLabourMarketLink());
      success += s;
      uniform += u;
      eligible += fc.eligible();
      if (fc.eligible() > 0) {
        figures.add(ComputedFigure.of(sp, s, Optional.of(fc.eligible())));
        lines.add(new SubProjectLine(sp, s, fc.eligible(), Optional.empty(), Optional.empty()));
      }
      if (s != u) {
        deviations.add(new RuleDeviation(sp, rule, s, u, fc.eligible()));
      }
    }
    Share share = Share.of(success, eligible);
    figures.add(0, ComputedFigure.of("total", success, Optional.of(eligible)));
    Optional<Judgement> judgement = Optional.empty();
    CriterionStatus status;
    if (c.thresholdPercent().isPresent()) {
      status = !share.isDefined() ? CriterionStatus.UNDETERMINED
          : share.isAtLeastPercent(c.thresholdPercent().get()) ? CriterionStatus.MET : CriterionStatus.NOT_MET;
    } else {
      judgement = Optional.ofNullable(context.data().judgements().get(c.id()));
      status = judgement.map(j -> JudgedEvaluator.status(j.verdict())).orElse(CriterionStatus.UNDETERMINED);
    }
    return new FollowUpSuccessOutcome(c, status, share, Share.of(uniform, eligible), exclusions, bySubProject,
        deviations, judgement, figures, lines);
  }
}
