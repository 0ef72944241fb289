package io.github.esfkit.budget;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.esfkit.budget.internal.AmountFormat;
import io.github.esfkit.core.Language;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * The hourly staff rate of the simplified cost options (timpris): the latest documented annual gross
 * employment costs divided by 1 720 hours, pro rata for part-time work (Reg. 2021/1060 Art. 55(2);
 * 2014–2020 Reg. 1303/2013 Art. 68a(2)). The rate is rounded once under {@link
 * RoundingPolicy#HOURLY_RATE}; a staff line is hours × that rate, exact. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractStaffHourlyRate {

  /** The hours of a full-time year the regulation divides by. */
  public static final BigDecimal ANNUAL_HOURS = BigDecimal.valueOf(1720);

  /** The function, e.g. "Projektledare". */
  @Value.Parameter
  public abstract String function();

  /** The latest documented annual gross employment costs (årliga bruttolönekostnader). */
  @Value.Parameter
  public abstract Money annualGrossEmploymentCosts();

  /** The employment's share of full time, e.g. 0.5; 1 by default. */
  @Value.Default
  public BigDecimal fullTimeShare() {
    return BigDecimal.ONE;
  }

  /** The hours the annual costs are divided by: 1 720 × the share of full time. */
  public BigDecimal annualHours() {
    return ANNUAL_HOURS.multiply(fullTimeShare());
  }

  /** The hourly rate, {@code costs ÷ (1 720 × share)}, rounded once under {@link RoundingPolicy#HOURLY_RATE}. */
  public Money hourlyRate() {
    return Money.of(RoundingPolicy.HOURLY_RATE.divide(Amounts.number(annualGrossEmploymentCosts()), annualHours()),
        annualGrossEmploymentCosts().getCurrency());
  }

  /** A staff line: {@code hours} × the hourly rate. */
  public BudgetLine line(CostSection section, BigDecimal hours) {
    return BudgetLine.ofUnits(section, CostCategory.STAFF,
        function() + ", " + AmountFormat.number(hours, Math.max(0, hours.stripTrailingZeros().scale()), Language.SV)
            + " h",
        hours, hourlyRate());
  }

  @Value.Check
  void check() {
    checkArgument(!function().isBlank(), "the function must not be blank");
    checkArgument(annualGrossEmploymentCosts().isPositiveOrZero(), "annual costs of %s must not be negative",
        function());
    checkArgument(fullTimeShare().signum() > 0 && fullTimeShare().compareTo(BigDecimal.ONE) <= 0,
        "the share of full time of %s must be above 0 and at most 1, not %s", function(), fullTimeShare());
  }
}
