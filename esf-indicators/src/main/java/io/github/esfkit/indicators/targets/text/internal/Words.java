package io.github.esfkit.indicators.targets.text.internal;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.Share;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.indicators.targets.model.Bound;
import io.github.esfkit.indicators.targets.model.CriterionStatus;
import io.github.esfkit.indicators.targets.model.GenderCounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * The small phrases of the targets text layer in Swedish and English: counts by gender, bounds, statuses,
 * percents and shares as the reports print them. Stateless and thread-safe.
 */
public final class Words {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private Words() {}

  /** "1 kvinna", "2 kvinnor", "0 män", "1 man". */
  public static String count(long n, Gender g, Language l) {
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
  public static String headline(GenderCounts c, Language l) {
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
  public static String plural(Gender g, Language l) {
    switch (g) {
      case WOMAN:
        return l.pick("kvinnor", "women");
      case MAN:
        return l.pick("män", "men");
      default:
        return l.pick("icke-binära", "non-binary");
    }
  }

  /** "minst" / "at least", "högst" / "at most". */
  public static String bound(Bound b, Language l) {
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(l, "l");
    return b == Bound.AT_LEAST ? l.pick("minst", "at least") : l.pick("högst", "at most");
  }

  /** "uppfyllt" / "met" and the other statuses. */
  public static String met(CriterionStatus s, Language l) {
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

  /** A target percent without trailing zeros: "60 %" / "60%". */
  public static String percent(BigDecimal p, Language l) {
    Objects.requireNonNull(l, "l");
    return formatPercent(p.stripTrailingZeros().scale() < 0 ? p.setScale(0) : p.stripTrailingZeros(), l);
  }

  /** "33 %" (sv) or "33%" (en), the number as given. */
  public static String formatPercent(BigDecimal p, Language language) {
    Objects.requireNonNull(language, "language");
    String plain = p.toPlainString();
    return language == Language.SV ? plain.replace('.', ',') + " %" : plain + "%";
  }

  /**
   * The percent as the 144587-style report prints it: half-up to a whole percent, except an exact half, which
   * keeps one decimal (87,5 %). Empty for a zero denominator.
   */
  public static Optional<BigDecimal> reportPercent(Share s) {
    if (!s.isDefined()) {
      return Optional.empty();
    }
    BigDecimal hundredfold = s.numerator().multiply(HUNDRED);
    boolean whole = hundredfold.remainder(s.denominator()).signum() == 0;
    boolean exactHalf = !whole && hundredfold.multiply(TWO).remainder(s.denominator()).signum() == 0;
    return s.percent(exactHalf ? 1 : 0, RoundingMode.HALF_UP);
  }

  /** A share as the report prints it: "33 %" (sv) or "33%" (en); "–" for a zero denominator. */
  public static String share(Share s, Language language) {
    Objects.requireNonNull(language, "language");
    return reportPercent(s).map(p -> formatPercent(p, language)).orElse("–");
  }

  /** A share with one decimal, e.g. "87,1 %"; "–" for a zero denominator. */
  public static String shareOneDecimal(Share s, Language language) {
    Objects.requireNonNull(language, "language");
    return s.percent(1, RoundingMode.HALF_UP).map(p -> formatPercent(p, language)).orElse("–");
  }

  /** "5 av 15" / "5 of 15". */
  public static String fraction(Share s, Language language) {
    Objects.requireNonNull(language, "language");
    return s.numerator().toPlainString() + language.pick(" av ", " of ") + s.denominator().toPlainString();
  }

  /** The text with its first letter in upper case. */
  public static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
