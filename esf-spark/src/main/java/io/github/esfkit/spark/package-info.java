/**
 * The EU common participant indicators on Apache Spark (gemensamma indikatorer i ett Spark-kluster): the
 * exchange files ({@code participants.csv} and {@code events.csv}, or the same columns in Parquet) checked by
 * esf-io's reader partition by partition, then folded partition by partition into the library's
 * {@link io.github.esfkit.indicators.common.CommonIndicatorCalculator} and merged. Entry points:
 * {@link io.github.esfkit.spark.SparkIndicators} (library) and {@link io.github.esfkit.spark.SparkIndicatorsMain}
 * (spark-submit).
 */
@NullMarked
package io.github.esfkit.spark;

import org.jspecify.annotations.NullMarked;
