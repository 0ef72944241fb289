package io.github.esfkit.indicators.targets.evaluation.internal;

import io.github.esfkit.indicators.targets.model.CriterionStatus;
import io.github.esfkit.indicators.targets.model.MilestoneCriterion;
import io.github.esfkit.indicators.targets.model.MilestoneProgress;
import io.github.esfkit.indicators.targets.model.MilestoneStatus;
import java.time.LocalDate;

/**
 * Milestone criteria: done (by the deadline, when there is one) as of the data's date. A milestone recorded as
 * done after that date is not done as of it. Stateless and thread-safe.
 */
final class MilestoneEvaluator implements CriterionEvaluator<MilestoneCriterion> {

  @Override
  public CriterionOutcome evaluate(MilestoneCriterion c, EvaluationContext context) {
    MilestoneProgress p = context.data().milestones().get(c.id());
    if (p == null) {
      return UndeterminedOutcome.of(c, UndeterminedOutcome.Reason.NO_PROGRESS_RECORDED);
    }
    LocalDate asOf = context.data().asOf();
    boolean deadlineOpen = c.deadline().isPresent() && asOf.isBefore(c.deadline().get());
    if (p.status() == MilestoneStatus.DONE && p.doneOn().isPresent() && p.doneOn().get().isAfter(asOf)) {
      return new MilestoneOutcome(c, CriterionStatus.NOT_MET, p, MilestoneOutcome.Finding.DONE_AFTER_AS_OF, deadlineOpen);
    }
    if (p.status() == MilestoneStatus.DONE) {
      boolean late = c.deadline().isPresent() && p.doneOn().isPresent() && p.doneOn().get().isAfter(c.deadline().get());
      return late
          ? new MilestoneOutcome(c, CriterionStatus.NOT_MET, p, MilestoneOutcome.Finding.DONE_LATE, deadlineOpen)
          : new MilestoneOutcome(c, CriterionStatus.MET, p, MilestoneOutcome.Finding.DONE, deadlineOpen);
    }
    return new MilestoneOutcome(c, CriterionStatus.NOT_MET, p, MilestoneOutcome.Finding.NOT_DONE, deadlineOpen);
  }
}
