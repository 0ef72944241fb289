package io.github.esfkit.budget;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
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

  /*
   * Moneta announces its MathContext at INFO through java.util.logging the first time a Money is made. A library
   * must not log at INFO by itself, so that one logger is raised to WARNING before the first Money exists; it is
   * kept in a static field, since java.util.logging holds loggers weakly and would forget the level after a
   * garbage collection. An application that wants the line back lowers the level again.
   */
  private static final Logger MONETA_CONTEXT_LOG = quiet("org.javamoney.moneta.DefaultMonetaryContextFactory");

  /** The Swedish krona, resolved once. */
  public static final CurrencyUnit SEK = Monetary.getCurrency("SEK");

  private static final Money ZERO = Money.of(BigDecimal.ZERO, SEK);

  private Sek() {}

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    if (logger.getLevel() == null || logger.getLevel().intValue() < Level.WARNING.intValue()) {
      logger.setLevel(Level.WARNING);
    }
    return logger;
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
