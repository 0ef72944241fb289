package io.github.esfkit.indicators.targets;

import io.github.esfkit.core.EsfStyle;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.Share;
import io.github.esfkit.indicators.targets.text.Words;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One sub-project's line of a breakdown (per kommun), with the report's own phrasing: "I Berg har 2 kvinnor och
 * 3 män … 5 av 15 avslutade deltagare, dvs. 33 %." Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractBreakdownLine {

  public abstract String subProject();

  public abstract long count();

  public abstract long denominator();

  /** Women among {@link #count()}, when known. */
  public abstract Optional<Long> women();

  /** Men among {@link #count()}, when known. */
  public abstract Optional<Long> men();

  /** Noun phrase of the denominator, e.g. "avslutade deltagare". */
  public abstract String denominatorLabelSv();

  public abstract String denominatorLabelEn();

  public Share share() {
    return Share.of(count(), denominator());
  }

  /** "5 av 15 avslutade deltagare, dvs. 33 %" / "5 of 15 finished participants, i.e. 33%". */
  public String phrase(Language language) {
    return Words.fraction(share(), language) + " " + language.pick(denominatorLabelSv(), denominatorLabelEn())
        + language.pick(", dvs. ", ", i.e. ") + Words.share(share(), language);
  }

  /** "Berg: 2 kvinnor och 3 män; 5 av 15 avslutade deltagare, dvs. 33 %." */
  public String sentence(Language language) {
    StringBuilder b = new StringBuilder(subProject()).append(": ");
    if (women().isPresent() && men().isPresent()) {
      b.append(Words.count(women().get(), io.github.esfkit.core.participant.Gender.WOMAN, language))
          .append(language.pick(" och ", " and "))
          .append(Words.count(men().get(), io.github.esfkit.core.participant.Gender.MAN, language))
          .append("; ");
    }
    return b.append(phrase(language)).append('.').toString();
  }
}
