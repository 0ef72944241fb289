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

  /**
   * Moneta announces its default MathContext at INFO through java.util.logging when its Money class loads;
   * a library must not log at INFO by itself. Only that one logger is set to WARNING, before the first use
   * of Moneta, and held here so that a garbage collection cannot drop the setting.
   */
  private static final java.util.logging.Logger MONETA_CONTEXT_LOG = quiet("org.javamoney.moneta.DefaultMonetaryContextFactory");

  /** The Swedish krona, resolved once. */
  public static final CurrencyUnit SEK = Monetary.getCurrency("SEK");

  private static final Money ZERO = Money.of(BigDecimal.ZERO, SEK);

  private Sek() {}

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger log = java.util.logging.Logger.getLogger(name);
    if (log.getLevel() == null || log.getLevel().intValue() < java.util.logging.Level.WARNING.intValue()) {
      log.setLevel(java.util.logging.Level.WARNING);
    }
    return log;
  }

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
