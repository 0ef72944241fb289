package io.github.esfkit.budget;

import java.math.BigDecimal;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Swedish kronor (SEK): the currency resolved once and factories for {@link Money} in kronor. Euros are
 * {@link io.github.esfkit.budget.eur.Eur}; the exact number of an amount in any currency is
 * {@link Amounts#number}. Stateless and thread-safe.
 */
public final class Sek {

  /** The Swedish krona, resolved once. */
  public static final CurrencyUnit SEK = Monetary.getCurrency("SEK");

  private static final Money ZERO = Money.of(BigDecimal.ZERO, SEK);

  private Sek() {}

  /** {@code kronor} kr. */
  public static Money of(long kronor) {
    return Money.of(BigDecimal.valueOf(kronor), SEK);
  }

  /** An amount in kronor, e.g. {@code new BigDecimal("1234.50")}. */
  public static Money of(BigDecimal kronor) {
    return Money.of(Objects.requireNonNull(kronor, "kronor"), SEK);
  }

  /** An amount in kronor parsed from a plain decimal string such as {@code "1234.50"}. */
  public static Money parse(String kronor) {
    return of(new BigDecimal(Objects.requireNonNull(kronor, "kronor")));
  }

  /** Zero kronor. */
  public static Money zero() {
    return ZERO;
  }

  /** True when the amount is in SEK. */
  public static boolean isSek(MonetaryAmount amount) {
    return SEK.equals(amount.getCurrency());
  }
}
