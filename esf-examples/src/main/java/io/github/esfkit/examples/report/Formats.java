package io.github.esfkit.examples.report;

import io.github.esfkit.core.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How numbers are shown (talformat). Swedish as the ESF forms print them: {@code 26 032 732 kr},
 * {@code 46,98 %}; English: {@code 26,032,732 SEK}, {@code 46.98 %}. Stateless.
 */
public final class Formats {

  private Formats() {}

  /** Groups the integer part in threes. */
  public static String number(BigDecimal n, Language lang) {
    char group = lang == Language.SV ? ' ' : ',';
    char decimal = lang == Language.SV ? ',' : '.';
    String plain = n.abs().toPlainString();
    int dot = plain.indexOf('.');
    String intPart = dot < 0 ? plain : plain.substring(0, dot);
    String frac = dot < 0 ? "" : plain.substring(dot + 1);
    StringBuilder sb = new StringBuilder();
    int len = intPart.length();
    for (int i = 0; i < len; i++) {
      if (i > 0 && (len - i) % 3 == 0) {
        sb.append(group);
      }
      sb.append(intPart.charAt(i));
    }
    if (!frac.isEmpty()) {
      sb.append(decimal).append(frac);
    }
    return (n.signum() < 0 ? "-" : "") + sb;
  }

  /** A count: {@code 1 234} / {@code 1,234}. */
  public static String count(long n, Language lang) {
    return number(BigDecimal.valueOf(n), lang);
  }

  /** An amount: {@code 26 032 732 kr} / {@code 26,032,732 SEK}; öre shown only when present. */
  public static String amount(BigDecimal kronor, Language lang) {
    BigDecimal v = kronor.stripTrailingZeros();
    if (v.scale() <= 0) {
      v = v.setScale(0);
    } else {
      v = kronor.setScale(2, RoundingMode.HALF_UP);
    }
    return number(v, lang) + (lang == Language.SV ? " kr" : " SEK");
  }

  /** An exact amount with every decimal it has, unrounded: {@code 27 784 443,34 kr}. */
  public static String exactAmount(BigDecimal kronor, Language lang) {
    BigDecimal v = kronor.stripTrailingZeros();
    return number(v.scale() < 0 ? v.setScale(0) : v, lang) + (lang == Language.SV ? " kr" : " SEK");
  }

  /** A percentage with two decimals, rounded half-up: {@code 46,98 %}. */
  public static String percent(BigDecimal percent, Language lang) {
    return number(percent.setScale(2, RoundingMode.HALF_UP), lang) + " %";
  }
}
