package io.github.esfkit.budget.eur;

import java.math.BigDecimal;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;

/**
 * The euro (EUR), the currency of the EU's own figures: the currency resolved once and a factory for
 * {@link Money} in euros. SEK becomes EUR only through {@link EurConverter} at rates handed in as data.
 * Stateless and thread-safe.
 */
public final class Eur {

  /** The euro, resolved once. */
  public static final CurrencyUnit EUR = Monetary.getCurrency("EUR");

  private Eur() {}

  /** An amount in euros, e.g. {@code new BigDecimal("1234.56")}. */
  public static Money of(BigDecimal euros) {
    return Money.of(Objects.requireNonNull(euros, "euros"), EUR);
  }
}
