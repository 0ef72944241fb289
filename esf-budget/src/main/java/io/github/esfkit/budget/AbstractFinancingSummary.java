package io.github.esfkit.budget;

import io.github.esfkit.core.Share;
import java.util.Optional;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * The financing of a project reduced to two figures, total financing and ESF grant, as ESF+ plans often
 * give them ("en budget på 42 893 714 kronor varav ESF-stödet är 23 979 826 kronor"): the implied
 * co-financing is the difference and the shares are exact (B11). Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractFinancingSummary {

  /** Summa total finansiering. */
  @Value.Parameter
  public abstract Money totalFinancing();

  /** ESF-stöd in kronor. */
  @Value.Parameter
  public abstract Money esfGrant();

  /** The co-financing: total financing − ESF grant. */
  public Money coFinancing() {
    return totalFinancing().subtract(esfGrant());
  }

  /** ESF-stöd as a share of total financing. */
  public Share esfShare() {
    return Share.of(Amounts.number(esfGrant()), Amounts.number(totalFinancing()));
  }

  /** Co-financing as a share of total financing. */
  public Share coFinancingShare() {
    return Share.of(Amounts.number(coFinancing()), Amounts.number(totalFinancing()));
  }

  /** True when the co-financing meets the requirement, compared exactly (B12). */
  public boolean meets(CoFinancingRequirement requirement) {
    return requirement.isMetBy(coFinancingShare());
  }

  /** The check against an optional requirement. */
  public Optional<Boolean> meets(Optional<CoFinancingRequirement> requirement) {
    return requirement.map(this::meets);
  }
}
