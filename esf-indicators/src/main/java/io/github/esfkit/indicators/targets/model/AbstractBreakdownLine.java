package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.Redaction;
import io.github.esfkit.core.internal.EsfStyle;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.Share;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One sub-project's line of a breakdown (per kommun), with the report's own phrasing: "I Berg har 2 kvinnor och
 * 3 män … 5 av 15 avslutade deltagare, dvs. 33 %." The wording is made by the evaluator's text layer and kept
 * here as data. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractBreakdownLine {

  /** The sub-project (delprojekt) the line is about, e.g. {@code Berg}. */
  public abstract String subProject();

  /** How many of the sub-project's {@link #denominator()} the criterion counted. */
  public abstract long count();

  /**
   * The sub-project's size of the criterion's population (or followed-up participants), the base of {@link #share()}.
   */
  public abstract long denominator();

  /** Women among {@link #count()}, when known. */
  public abstract Optional<Long> women();

  /** Men among {@link #count()}, when known. */
  public abstract Optional<Long> men();

  /** Noun phrase of the denominator, e.g. "avslutade deltagare". */
  @Value.Redacted // free text: never in toString()
  public abstract String denominatorLabelSv();

  /** Noun phrase of the denominator in English, e.g. "finished participants". */
  @Value.Redacted // free text: never in toString()
  public abstract String denominatorLabelEn();

  /** {@link #count()} of {@link #denominator()}, exact. */
  public Share share() {
    return Share.of(count(), denominator());
  }

  /** The line's phrase in Swedish, e.g. "5 av 15 avslutade deltagare, dvs. 33 %". */
  @Value.Redacted // free text: never in toString()
  public abstract String phraseSv();

  /** The line's phrase in English, e.g. "5 of 15 finished participants, i.e. 33%". */
  @Value.Redacted // free text: never in toString()
  public abstract String phraseEn();

  /** The whole line in Swedish, e.g. "Berg: 2 kvinnor och 3 män; 5 av 15 avslutade deltagare, dvs. 33 %.". */
  @Value.Redacted // free text: never in toString()
  public abstract String sentenceSv();

  /** The whole line in English. */
  @Value.Redacted // free text: never in toString()
  public abstract String sentenceEn();

  /** "5 av 15 avslutade deltagare, dvs. 33 %" / "5 of 15 finished participants, i.e. 33%". */
  public String phrase(Language language) {
    return language.pick(phraseSv(), phraseEn());
  }

  /** "Berg: 2 kvinnor och 3 män; 5 av 15 avslutade deltagare, dvs. 33 %." */
  public String sentence(Language language) {
    return language.pick(sentenceSv(), sentenceEn());
  }

  /** The sub-project's name is free text from the input: shown through {@link Redaction}. */
  @Override
  public String toString() {
    return "BreakdownLine{subProject=" + Redaction.scrub(subProject()) + ", count=" + count() + ", denominator="
        + denominator() + women().map(w -> ", women=" + w).orElse("") + men().map(m -> ", men=" + m).orElse("")
        + "}";
  }
}
