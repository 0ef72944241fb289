package io.github.esfkit.spark;

import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.indicators.common.CommonIndicatorCalculator;
import io.github.esfkit.io.InputError;
import io.github.esfkit.io.InputErrors;
import io.github.esfkit.io.csv.CsvInput;
import io.github.esfkit.io.csv.ParticipantCsvReader;
import io.github.esfkit.io.csv.ReadResult;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.jspecify.annotations.Nullable;

/**
 * The EU common indicators of one operation computed on Apache Spark from the participant exchange files
 * (beräkning av gemensamma indikatorer i Spark), with exactly the figures of the single-machine
 * {@link CommonIndicatorCalculator} and the same input errors as esf-io's {@link ParticipantCsvReader}.
 *
 * <p>Two passes over the records. <b>Check:</b> the records of both files are partitioned by participant id
 * and each partition is read by esf-io's reader as two small files under the real headers; every rule
 * (unique ids, events of known participants on or after the exit, every field rule) is a rule of that reader,
 * and its errors come back with the real line numbers. A file with errors yields no figures. <b>Fold:</b>
 * the records are partitioned by person (events follow their participation), each partition is folded into a
 * calculator, and the calculators (one per partition, sent to the driver with Spark's Kryo encoder) are merged there with
 * {@link CommonIndicatorCalculator#merge} (associative and commutative).
 *
 * <p>Immutable; a run uses the session given.
 */
public final class SparkIndicators {

  private final SparkSession spark;
  private final ProgrammePeriod period;
  private final LocalDate asOf;
  private final int partitions;
  private final Linking linking;

  private SparkIndicators(SparkSession spark, ProgrammePeriod period, LocalDate asOf, int partitions,
      Linking linking) {
    this.spark = spark;
    this.period = period;
    this.asOf = asOf;
    this.partitions = partitions;
    this.linking = linking;
  }

  /**
   * A computation on {@code spark} for one programme period and reporting date, with as many partitions as the
   * session's default parallelism and {@link Linking#BY_PERSON}.
   */
  public static SparkIndicators of(SparkSession spark, ProgrammePeriod period, LocalDate asOf) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(asOf, "asOf");
    CommonIndicatorCalculator.of(period, asOf); // rejects a reporting date the calculator cannot take
    return new SparkIndicators(spark, period, asOf, Math.max(1, spark.sparkContext().defaultParallelism()),
        Linking.BY_PERSON);
  }

  /** The same with {@code n} partitions (at least 1) for both passes. */
  public SparkIndicators withPartitions(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("partitions must be at least 1: " + n);
    }
    return new SparkIndicators(spark, period, asOf, n, linking);
  }

  /** The same with another place where re-entries are linked. */
  public SparkIndicators withLinking(Linking l) {
    return new SparkIndicators(spark, period, asOf, partitions, Objects.requireNonNull(l, "linking"));
  }

  /** From {@code participants.csv} and the optional {@code events.csv} (paths or URIs Spark can read). */
  public SparkIndicatorsResult csv(String participants, @Nullable String events) {
    SparkIndicatorsResult missing = missing(participants, events, false);
    if (missing != null) {
      return missing;
    }
    return run(participants, ExchangeRows.csv(spark, participants), events,
        events == null ? null : ExchangeRows.csv(spark, events));
  }

  /**
   * From Parquet files with the columns of the exchange format (values as text; dates as DATE or
   * {@code YYYY-MM-DD} text). A row {@code i} (from 0) is reported as line {@code i + 2}, the line it would have
   * in the CSV file.
   */
  public SparkIndicatorsResult parquet(String participants, @Nullable String events) {
    SparkIndicatorsResult missing = missing(participants, events, true);
    if (missing != null) {
      return missing;
    }
    return run(participants, ExchangeRows.parquet(spark, participants), events,
        events == null ? null : ExchangeRows.parquet(spark, events));
  }

  /** The records of both files routed, before any shuffle (for tests of the partitioning). */
  Dataset<Row> routed(ExchangeRows.Lines participants, ExchangeRows.@Nullable Lines events) {
    return ExchangeRows.routed(spark, participants, ExchangeRows.PARTICIPANTS)
        .union(ExchangeRows.routed(spark, events, ExchangeRows.EVENTS));
  }

  /**
   * A local file that is missing, unreadable or a directory: esf-io's reader reports it exactly as on one
   * machine (Spark would read a directory's CSV files as one input). A Parquet input may be a directory.
   */
  private static @Nullable SparkIndicatorsResult missing(String participants, @Nullable String events,
      boolean parquet) {
    boolean bad = !readable(participants, parquet) || events != null && !readable(events, parquet);
    if (!bad) {
      return null;
    }
    ReadResult r = ParticipantCsvReader.create().read(CsvInput.of(Path.of(participants)),
        events == null ? null : CsvInput.of(Path.of(events)), p -> { });
    return new SparkIndicatorsResult(null, r.errors().kept(), Math.max(1, r.errors().count()), 0, 0);
  }

  private static boolean readable(String path, boolean parquet) {
    URI uri;
    try {
      uri = URI.create(path);
    } catch (IllegalArgumentException e) {
      uri = null;
    }
    if (uri != null && uri.getScheme() != null && !"file".equals(uri.getScheme())) {
      return true; // hdfs://, s3a://, …: Spark reports it
    }
    Path p = uri != null && "file".equals(uri.getScheme()) ? Path.of(uri) : Path.of(path);
    return parquet ? Files.exists(p) : Files.isRegularFile(p) && Files.isReadable(p);
  }

  private SparkIndicatorsResult run(String participantsName, ExchangeRows.Lines participants,
      @Nullable String eventsName, ExchangeRows.@Nullable Lines events) {
    Dataset<Row> routed = routed(participants, events);
    ExchangeFiles files = new ExchangeFiles(participantsName, participants.header, eventsName,
        events == null ? null : events.header);

    // pass 1: every rule of esf-io's reader, partition by participant id
    CheckSlices check = new CheckSlices(files, InputErrors.DEFAULT_LIMIT);
    List<Row> checked = new ArrayList<>(routed.repartition(partitions, functions.col("vkey"))
        .sortWithinPartitions("kind", "line")
        .mapPartitions(check, Encoders.row(CheckSlices.SCHEMA))
        .collectAsList());
    // the headers alone (a file without data rows gives no partition)
    checked.addAll(check.check(files.slices(java.util.Collections.emptyIterator())));
    long participations = 0;
    long eventRows = 0;
    long omitted = 0;
    List<Row> errors = new ArrayList<>();
    for (Row r : checked) {
      if (r.getInt(0) < 0) {
        participations += r.getLong(8);
        eventRows += r.getLong(9);
        omitted += r.getLong(10);
      } else {
        errors.add(r);
      }
    }
    errors.sort((a, b) -> a.getInt(0) != b.getInt(0) ? Integer.compare(a.getInt(0), b.getInt(0))
        : a.getLong(1) != b.getLong(1) ? Long.compare(a.getLong(1), b.getLong(1))
        : Integer.compare(a.getInt(2), b.getInt(2)));
    Set<InputError> distinct = new LinkedHashSet<>();
    for (Row r : errors) {
      distinct.add(InputError.of(r.getString(3), r.getLong(1), r.getString(4), r.getString(5), r.getString(6),
          r.getString(7)));
    }
    if (!distinct.isEmpty()) {
      List<InputError> kept = new ArrayList<>(distinct);
      long count = kept.size() + omitted;
      if (kept.size() > InputErrors.DEFAULT_LIMIT) {
        kept = kept.subList(0, InputErrors.DEFAULT_LIMIT);
      }
      return new SparkIndicatorsResult(null, kept, count, participations, eventRows);
    }

    // pass 2: fold, partitioned by person (or by participation, linked at the merge)
    Dataset<Row> byKey;
    String key;
    if (linking == Linking.BY_PERSON) {
      Dataset<Row> parts = routed.filter(functions.col("kind").equalTo(ExchangeRows.PARTICIPANTS));
      Dataset<Row> persons = parts.select(functions.col("pid").as("epid"), functions.col("pkey").as("epkey"));
      Dataset<Row> evs = routed.filter(functions.col("kind").equalTo(ExchangeRows.EVENTS))
          .join(persons, functions.col("pid").equalTo(functions.col("epid")))
          .select(functions.col("kind"), functions.col("line"), functions.col("bytes"), functions.col("vkey"),
              functions.col("pid"), functions.col("epkey").as("pkey"));
      byKey = parts.union(evs);
      key = "pkey";
    } else {
      byKey = routed;
      key = "vkey";
    }
    FoldSlices fold = new FoldSlices(files, period, asOf, linking);
    Dataset<CommonIndicatorCalculator> calcs = byKey.repartition(partitions, functions.col(key))
        .sortWithinPartitions(key, "kind", "line")
        .mapPartitions(fold, Encoders.kryo(CommonIndicatorCalculator.class));
    // one calculator per partition comes back Kryo-encoded and is merged here (Dataset.reduce would send them
    // with Java serialization, which the calculator does not offer)
    CommonIndicatorCalculator total = CommonIndicatorCalculator.of(period, asOf);
    for (CommonIndicatorCalculator c : calcs.collectAsList()) {
      total.merge(c);
    }
    return new SparkIndicatorsResult(total.result(), List.of(), 0, participations, eventRows);
  }
}
