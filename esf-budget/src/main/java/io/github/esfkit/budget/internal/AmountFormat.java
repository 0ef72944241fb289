package io.github.esfkit.budget.internal;

import io.github.esfkit.budget.Amounts;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.core.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.MonetaryAmount;

/**
 * Formats amounts and percentages as the form prints them: Swedish {@code 26 032 732 kr} (space as
 * thousands separator, decimal comma, "kr"; öre only when present) and {@code 46,98 %}; English
 * {@code 26,032,732 SEK} and {@code 46.98 %}. Other currencies always show two decimals and their code.
 * Never uses {@code Money.toString()} or the scale of a stripped number. Stateless and thread-safe.
 */
public final class AmountFormat {

  private AmountFormat() {}

  /** An amount with its currency, e.g. {@code 26 032 732 kr} or {@code 2 780 123,45 EUR}. */
  public static String amount(MonetaryAmount amount, Language language) {
    Objects.requireNonNull(language, "language");
    BigDecimal value = Amounts.number(amount);
    boolean sek = Sek.isSek(amount);
    int decimals = sek && value.stripTrailingZeros().scale() <= 0 ? 0 : 2;
    if (value.stripTrailingZeros().scale() > 2) {
      decimals = value.stripTrailingZeros().scale();
    }
    String number = number(value, decimals, language);
    String unit = sek ? language.pick("kr", "SEK") : amount.getCurrency().getCurrencyCode();
    return number + " " + unit;
  }

  /** A percent with at least two decimals (more if the value has them), e.g. {@code 46,98 %}. */
  public static String percent(BigDecimal percent, Language language) {
    int decimals = Math.max(2, percent.stripTrailingZeros().scale());
    return number(percent, decimals, language) + " %";
  }

  /** A number with the given decimals (rounded HALF_UP if it has more) and thousands separators. */
  public static String number(BigDecimal value, int decimals, Language language) {
    Objects.requireNonNull(language, "language");
    BigDecimal v = value.setScale(decimals, RoundingMode.HALF_UP);
    String plain = v.abs().toPlainString();
    int dot = plain.indexOf('.');
    String integer = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : plain.substring(dot + 1);
    char group = language == Language.SV ? ' ' : ',';
    char decimal = language == Language.SV ? ',' : '.';
    StringBuilder sb = new StringBuilder();
    int first = integer.length() % 3 == 0 ? 3 : integer.length() % 3;
    sb.append(integer, 0, first);
    for (int i = first; i < integer.length(); i += 3) {
      sb.append(group).append(integer, i, i + 3);
    }
    if (!fraction.isEmpty()) {
      sb.append(decimal).append(fraction);
    }
    return (v.signum() < 0 ? "-" : "") + sb;
  }
}
