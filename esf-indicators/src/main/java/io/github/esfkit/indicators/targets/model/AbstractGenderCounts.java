package io.github.esfkit.indicators.targets.model;

import io.github.esfkit.core.internal.EsfStyle;
import io.github.esfkit.core.participant.Gender;
import org.immutables.value.Value;

/**
 * Counts of participations by recorded gender (antal per kön), with unknown gender kept apart; the total
 * includes every column. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractGenderCounts {

  /** Kvinnor. */
  @Value.Default
  public long women() {
    return 0;
  }

  /** Män. */
  @Value.Default
  public long men() {
    return 0;
  }

  /** Icke-binära (ESF+). */
  @Value.Default
  public long nonBinary() {
    return 0;
  }

  /** Kön okänt. */
  @Value.Default
  public long unknown() {
    return 0;
  }

  /** Every column. */
  public long total() {
    return women() + men() + nonBinary() + unknown();
  }

  /** The count of one gender. */
  public long of(Gender gender) {
    switch (gender) {
      case WOMAN:
        return women();
      case MAN:
        return men();
      default:
        return nonBinary();
    }
  }

  /** Column-wise sum. */
  public GenderCounts plus(GenderCounts other) {
    return GenderCounts.builder()
        .women(women() + other.women())
        .men(men() + other.men())
        .nonBinary(nonBinary() + other.nonBinary())
        .unknown(unknown() + other.unknown())
        .build();
  }

  /** Women and men only. */
  public static GenderCounts of(long women, long men) {
    return GenderCounts.builder().women(women).men(men).build();
  }

  /** No one. */
  public static GenderCounts zero() {
    return GenderCounts.builder().build();
  }

  @Value.Check
  void check() {
    if (women() < 0 || men() < 0 || nonBinary() < 0 || unknown() < 0) {
      throw new IllegalArgumentException("counts must not be negative: " + this);
    }
    Checks.sum("gender counts", Checks.sum("gender counts", women(), men()), Checks.sum("gender counts", nonBinary(), unknown()));
  }
}
