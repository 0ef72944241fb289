package io.github.esfkit.spark;

import io.github.esfkit.core.id.InvalidIdentifierException;
import io.github.esfkit.core.id.Personnummer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import scala.Tuple2;

/**
 * The records of the exchange files as Spark rows: one row per record with its file, line and raw bytes, and
 * the keys that route it (the participant id for checking, the person for folding). Stateless.
 */
final class ExchangeRows {

  static final int PARTICIPANTS = 0;
  static final int EVENTS = 1;

  /** {@code kind, line, bytes, vkey, pid, pkey}: see {@link #route}. */
  static final StructType SCHEMA = new StructType()
      .add("kind", DataTypes.IntegerType, false)
      .add("line", DataTypes.LongType, false)
      .add("bytes", DataTypes.BinaryType, false)
      .add("vkey", DataTypes.StringType, false)
      .add("pid", DataTypes.StringType, true)
      .add("pkey", DataTypes.StringType, true);

  private ExchangeRows() {}

  /** A file read as text lines (raw bytes, so that esf-io's reader judges the encoding), with its header. */
  static final class Lines {
    final ExchangeHeader header;
    /** Non-empty records after the header: (bytes, line). */
    final JavaRDD<Tuple2<byte[], Long>> records;

    Lines(ExchangeHeader header, JavaRDD<Tuple2<byte[], Long>> records) {
      this.header = header;
      this.records = records;
    }
  }

  /**
   * The lines of a CSV file: one record per line (Hadoop's text format splits at LF, CRLF and CR; a quoted
   * field that holds a line break is therefore not one record here, see README). Empty lines are skipped, as
   * esf-io's reader skips them.
   */
  static Lines csv(SparkSession spark, String path) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaRDD<Tuple2<byte[], Long>> all = jsc.hadoopFile(path, TextInputFormat.class, LongWritable.class, Text.class)
        .map(t -> t._2().copyBytes())
        .zipWithIndex()
        .filter(t -> t._1().length > 0)
        .map(t -> new Tuple2<>(t._1(), t._2() + 1));
    List<Tuple2<byte[], Long>> first = all.take(1);
    if (first.isEmpty()) {
      return new Lines(ExchangeHeader.of(null, 1), all);
    }
    long headerLine = first.get(0)._2();
    return new Lines(ExchangeHeader.of(first.get(0)._1(), headerLine), all.filter(t -> t._2() > headerLine));
  }

  /**
   * The rows of a Parquet file as the CSV records they would be: the column names are the header, every value
   * is written as text (a DATE as {@code YYYY-MM-DD}, null as an empty field), row {@code i} (from 0) is line
   * {@code i + 2}.
   */
  static Lines parquet(SparkSession spark, String path) {
    Dataset<Row> df = spark.read().parquet(path);
    String[] names = df.columns();
    StringBuilder header = new StringBuilder();
    Column[] text = new Column[names.length];
    for (int i = 0; i < names.length; i++) {
      header.append(i > 0 ? "," : "").append(CsvLine.quote(names[i]));
      text[i] = functions.col("`" + names[i].replace("`", "``") + "`").cast(DataTypes.StringType);
    }
    JavaRDD<Tuple2<byte[], Long>> records = df.select(text).javaRDD()
        .map(ExchangeRows::record)
        .zipWithIndex()
        .map(t -> new Tuple2<>(t._1(), t._2() + 2));
    return new Lines(ExchangeHeader.of(header.toString().getBytes(StandardCharsets.UTF_8), 1), records);
  }

  private static byte[] record(Row r) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < r.length(); i++) {
      if (i > 0) {
        s.append(',');
      }
      if (!r.isNullAt(i)) {
        s.append(CsvLine.quote(r.getString(i)));
      }
    }
    return s.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The records of a file as routed rows. */
  static Dataset<Row> routed(SparkSession spark, @Nullable Lines lines, int kind) {
    if (lines == null) {
      return spark.createDataFrame(List.of(), SCHEMA);
    }
    ExchangeHeader h = lines.header;
    JavaRDD<Row> rows = lines.records.map(t -> route(kind, t._2(), t._1(), h));
    return spark.createDataFrame(rows, SCHEMA);
  }

  /**
   * One record as a routed row. {@code vkey} is the participant id (every record of one participation, in
   * both files, meets in one partition for checking), or the file and line when the record has none;
   * {@code pkey} (participants only) is the person: the twelve-digit personnummer when it is valid, else the
   * participant id (a person of one participation).
   */
  static Row route(int kind, long line, byte[] bytes, ExchangeHeader h) {
    List<String> f = CsvLine.fields(bytes);
    boolean mapped = f.size() == h.width;
    String pid = mapped && h.participantId >= 0 ? f.get(h.participantId) : null;
    if (pid != null && pid.isEmpty()) {
      pid = null;
    }
    String vkey = pid != null ? "p" + pid : "l" + kind + ":" + line;
    String pkey = null;
    if (kind == PARTICIPANTS) {
      String person = mapped && h.personId >= 0 ? f.get(h.personId) : "";
      pkey = vkey;
      if (!person.isEmpty()) {
        try {
          pkey = "n" + Personnummer.parse(person).fullValue();
        } catch (InvalidIdentifierException e) {
          // reported by the reader; the record is a person of its own
        }
      }
    }
    return RowFactory.create(kind, line, bytes, vkey, pid, pkey);
  }
}
