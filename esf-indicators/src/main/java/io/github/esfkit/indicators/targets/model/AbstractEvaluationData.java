package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.internal.EsfStyle;
import io.github.esfkit.core.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What a goal table is judged against, as of a date: counts per selection id (aggregates, or tallied from
 * records by {@link ParticipantTally}), follow-up tallies, survey tallies, milestone progress and recorded
 * judgements keyed by criterion id, and notes about the data. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractEvaluationData {

  /** The date the data describe ("i juni 2022"). */
  public abstract LocalDate asOf();

  /** Selection id → counts. */
  @Value.Redacted // keyed by ids read unchecked from the input: never in toString()
  public abstract Map<String, SelectionCount> counts();

  /** Follow-up criterion id → tally. */
  @Value.Redacted // keyed by ids read unchecked from the input: never in toString()
  public abstract Map<String, FollowUpTally> followUps();

  /** Survey criterion id → answers. */
  @Value.Redacted // keyed by ids read unchecked from the input: never in toString()
  public abstract Map<String, SurveyTally> surveys();

  /** Milestone criterion id → progress. */
  @Value.Redacted // keyed by ids read unchecked from the input: never in toString()
  public abstract Map<String, MilestoneProgress> milestones();

  /** Criterion id → recorded judgement. */
  @Value.Redacted // keyed by ids read unchecked from the input: never in toString()
  public abstract Map<String, Judgement> judgements();

  /** Facts about the data (e.g. enrolments against persons), carried into the report. */
  public abstract List<Violation> notes();
}
