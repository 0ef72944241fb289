package io.github.esfkit.indicators.targets;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.participant.Gender;
import java.math.BigDecimal;

/** Small phrases in Swedish and English. */
final class Words {

  private Words() {}

  /** "1 kvinna", "2 kvinnor", "0 män", "1 man". */
  static String count(long n, Gender g, Language l) {
    switch (g) {
      case WOMAN:
        return n + " " + (n == 1 ? l.pick("kvinna", "woman") : l.pick("kvinnor", "women"));
      case MAN:
        return n + " " + (n == 1 ? l.pick("man", "man") : l.pick("män", "men"));
      default:
        return n + " " + l.pick("icke-binära", "non-binary");
    }
  }

  /**
   * "50 (23 kvinnor, 19 män, 3 icke-binära, 5 okänt kön)": the total and every group in it, so the parts add
   * up; non-binary and unknown gender are named when there are any.
   */
  static String headline(GenderCounts c, Language l) {
    StringBuilder b = new StringBuilder().append(c.total()).append(" (").append(count(c.women(), Gender.WOMAN, l))
        .append(", ").append(count(c.men(), Gender.MAN, l));
    if (c.nonBinary() > 0) {
      b.append(", ").append(count(c.nonBinary(), Gender.NON_BINARY, l));
    }
    if (c.unknown() > 0) {
      b.append(", ").append(c.unknown()).append(' ').append(l.pick("okänt kön", "gender unknown"));
    }
    return b.append(')').toString();
  }

  /** "kvinnor" / "women". */
  static String plural(Gender g, Language l) {
    switch (g) {
      case WOMAN:
        return l.pick("kvinnor", "women");
      case MAN:
        return l.pick("män", "men");
      default:
        return l.pick("icke-binära", "non-binary");
    }
  }

  static String bound(Bound b, Language l) {
    return b == Bound.AT_LEAST ? l.pick("minst", "at least") : l.pick("högst", "at most");
  }

  static String met(CriterionStatus s, Language l) {
    switch (s) {
      case MET:
        return l.pick("uppfyllt", "met");
      case PARTIALLY_MET:
        return l.pick("delvis uppfyllt", "partly met");
      case NOT_MET:
        return l.pick("ej uppfyllt", "not met");
      default:
        return l.pick("kan inte avgöras", "cannot be decided");
    }
  }

  static String percent(BigDecimal p, Language l) {
    return Share.formatPercent(p.stripTrailingZeros().scale() < 0 ? p.setScale(0) : p.stripTrailingZeros(), l);
  }
}
