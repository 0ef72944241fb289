package io.github.esfkit.spark;

import io.github.esfkit.indicators.common.CommonIndicatorResult;
import io.github.esfkit.io.InputError;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a Spark run returns: either the figures (when both files were valid) or every input error, as esf-io's
 * reader reports them, with the real files' line numbers. A file with errors yields no figures. Immutable
 * and thread-safe.
 */
public final class SparkIndicatorsResult {

  private final @Nullable CommonIndicatorResult result;
  private final List<InputError> errors;
  private final long errorCount;
  private final long participationsRead;
  private final long eventsRead;

  SparkIndicatorsResult(@Nullable CommonIndicatorResult result, List<InputError> errors, long errorCount,
      long participationsRead, long eventsRead) {
    this.result = result;
    this.errors = List.copyOf(errors);
    this.errorCount = errorCount;
    this.participationsRead = participationsRead;
    this.eventsRead = eventsRead;
  }

  /** The figures; empty when the input has errors. */
  public Optional<CommonIndicatorResult> result() {
    return Optional.ofNullable(result);
  }

  /** Whether the input has no errors. */
  public boolean isValid() {
    return errorCount == 0;
  }

  /** The errors kept in full (participants.csv first, then events.csv, each in line order). */
  public List<InputError> errors() {
    return errors;
  }

  /** All errors found, the ones counted only included. */
  public long errorCount() {
    return errorCount;
  }

  /** Data rows of participants.csv read. */
  public long participationsRead() {
    return participationsRead;
  }

  /** Data rows of events.csv read. */
  public long eventsRead() {
    return eventsRead;
  }
}
