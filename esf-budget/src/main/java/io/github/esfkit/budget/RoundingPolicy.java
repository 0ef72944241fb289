package io.github.esfkit.budget;

import io.github.esfkit.core.Share;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.javamoney.moneta.function.MonetaryOperators;

/**
 * The named rounding policies (avrundningsregler) of the library, all in one place. Which policy applies
 * where is fixed by the sources (budget.md §3, §7):
 *
 * <ul>
 *   <li>flat-rate results on the 2014–2020 form: {@link #KRONA_HALF_UP}, per phase ({@link
 *       #FORM_FLAT_RATE});
 *   <li>EUR conversion: {@link #CENT_HALF_UP} ({@link #EUR_DEFAULT});
 *   <li>a co-financing shortfall: {@link #CENT_UP} ({@link #SHORTFALL});
 *   <li>the 1 720-hour staff rate: {@link #CENT_HALF_UP} ({@link #HOURLY_RATE});
 *   <li>percent display: {@link #PERCENT_DISPLAY}, two decimals HALF_UP; comparisons are always exact.
 * </ul>
 *
 * <p>Rounding is a policy of a form or system, not a property of money: Jems, for example, truncates
 * flat-rate results to cents ({@link #CENT_DOWN}).
 */
public enum RoundingPolicy {
  /** Nearest whole krona, ties away from zero: the 2014–2020 application form (B1). */
  KRONA_HALF_UP(0, RoundingMode.HALF_UP),
  /** Nearest whole krona, ties to even. */
  KRONA_HALF_EVEN(0, RoundingMode.HALF_EVEN),
  /** Whole kronor, truncated towards zero. */
  KRONA_DOWN(0, RoundingMode.DOWN),
  /** Nearest cent (öre), ties away from zero; the default for EUR conversion. */
  CENT_HALF_UP(2, RoundingMode.HALF_UP),
  /** Nearest cent (öre), ties to even. */
  CENT_HALF_EVEN(2, RoundingMode.HALF_EVEN),
  /** Cents (öre), truncated towards zero: Jems's flat-rate rule. */
  CENT_DOWN(2, RoundingMode.DOWN),
  /** Cents (öre), away from zero: a shortfall, so that adding it meets the requirement. */
  CENT_UP(2, RoundingMode.UP),
  /** Two decimals, ties away from zero: how percentages are displayed ("46,98 %"). */
  PERCENT_DISPLAY(2, RoundingMode.HALF_UP);

  /** The policy the 2014–2020 form applies to flat-rate results (budget.md §3 B1). */
  public static final RoundingPolicy FORM_FLAT_RATE = KRONA_HALF_UP;

  /**
   * The policy of a co-financing shortfall ({@link Shortfall}): up to the öre, so that adding the stated
   * amount meets the requirement; applied once, and the same figure appears in tables and messages.
   */
  public static final RoundingPolicy SHORTFALL = CENT_UP;

  /**
   * The policy of the hourly staff rate (annual gross employment costs ÷ 1 720 hours, {@link
   * BudgetLine#ofStaffHours}): to the öre, half up (to verify against ESF-rådet's template).
   */
  public static final RoundingPolicy HOURLY_RATE = CENT_HALF_UP;

  /** The default policy of SEK to EUR conversion (budget.md §7). */
  public static final RoundingPolicy EUR_DEFAULT = CENT_HALF_UP;

  private final int scale;
  private final RoundingMode mode;

  RoundingPolicy(int scale, RoundingMode mode) {
    this.scale = scale;
    this.mode = mode;
  }

  /** Number of decimals kept. */
  public int scale() {
    return scale;
  }

  /** The rounding mode. */
  public RoundingMode mode() {
    return mode;
  }

  /** Rounds a number under this policy. */
  public BigDecimal apply(BigDecimal value) {
    return Objects.requireNonNull(value, "value").setScale(scale, mode);
  }

  /** The quotient {@code dividend ÷ divisor}, correctly rounded under this policy (no double rounding). */
  public BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
    return dividend.divide(divisor, scale, mode);
  }

  /**
   * A share as a percent rounded under this policy, e.g. 46.98 for {@link #PERCENT_DISPLAY}. The budget
   * form prints a share of zero financing as 0 %, so an undefined share gives 0 at this scale.
   */
  public BigDecimal percentOf(Share share) {
    return Objects.requireNonNull(share, "share").percent(scale, mode).orElse(BigDecimal.ZERO.setScale(scale));
  }

  /** Rounds an amount under this policy, keeping its currency. */
  public Money apply(MonetaryAmount amount) {
    return Money.from(Objects.requireNonNull(amount, "amount")).with(MonetaryOperators.rounding(mode, scale));
  }
}
