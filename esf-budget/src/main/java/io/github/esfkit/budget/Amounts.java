package io.github.esfkit.budget;

import java.math.BigDecimal;
import java.util.Objects;
import javax.money.MonetaryAmount;

/** Currency-neutral helpers for amounts: the exact number of a {@link MonetaryAmount}. Stateless and thread-safe. */
public final class Amounts {

  private Amounts() {}

  /** The exact number of an amount, whatever its currency (never a {@code double}). */
  public static BigDecimal number(MonetaryAmount amount) {
    return Objects.requireNonNull(amount, "amount").getNumber().numberValue(BigDecimal.class);
  }
}
