package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.internal.EsfStyle;
import org.immutables.value.Value;

/**
 * The answers to one survey question (enkätsvar), every category counted: yes, no, answers struck by the
 * evaluator (kept apart by what they said), "no need", and no answer. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractSurveyTally {

  /** Yes-answers that stand; 0 unless given. */
  @Value.Default
  public long yes() {
    return 0;
  }

  /** No-answers that stand; 0 unless given. */
  @Value.Default
  public long no() {
    return 0;
  }

  /** Yes-answers the evaluator struck as unclear. */
  @Value.Default
  public long struckYes() {
    return 0;
  }

  /** No-answers the evaluator struck as unclear ("väldigt oklara"). */
  @Value.Default
  public long struckNo() {
    return 0;
  }

  /** "Inga behov av anpassningar". */
  @Value.Default
  public long noNeed() {
    return 0;
  }

  /** Valt att inte besvara frågan. */
  @Value.Default
  public long noAnswer() {
    return 0;
  }

  /** Everyone who took the survey. */
  public long respondents() {
    return yes() + no() + struckYes() + struckNo() + noNeed() + noAnswer();
  }

  @Value.Check
  void check() {
    Checks.nonNegative("yes", yes());
    Checks.nonNegative("no", no());
    Checks.nonNegative("struckYes", struckYes());
    Checks.nonNegative("struckNo", struckNo());
    Checks.nonNegative("noNeed", noNeed());
    Checks.nonNegative("noAnswer", noAnswer());
    long all = 0;
    for (long n : new long[] {yes(), no(), struckYes(), struckNo(), noNeed(), noAnswer()}) {
      all = Checks.sum("survey answers", all, n);
    }
  }
}
