package io.github.esfkit.spark;

import io.github.esfkit.core.Redaction;
import io.github.esfkit.io.InputError;
import io.github.esfkit.io.csv.ReadResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The check of one partition (rows routed by participant id, in file order): its records of both files are
 * read by esf-io's {@link io.github.esfkit.io.csv.ParticipantCsvReader} as two small files with the real
 * headers, so every rule of the single-machine reader applies with its rule id and message; the errors come
 * out with the real line numbers, and one summary row with the counts. Serializable with its headers;
 * stateless between partitions.
 */
final class CheckSlices implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  /** An error ({@code kind} 0/1 by file, {@code seq} its order within the partition) or a summary (kind -1). */
  static final StructType SCHEMA = new StructType()
      .add("kind", DataTypes.IntegerType, false)
      .add("line", DataTypes.LongType, false)
      .add("seq", DataTypes.IntegerType, false)
      .add("file", DataTypes.StringType, false)
      .add("column", DataTypes.StringType, false)
      .add("rule", DataTypes.StringType, false)
      .add("sv", DataTypes.StringType, false)
      .add("en", DataTypes.StringType, false)
      .add("participations", DataTypes.LongType, false)
      .add("events", DataTypes.LongType, false)
      .add("omitted", DataTypes.LongType, false);

  private final ExchangeFiles files;
  private final int limit;

  CheckSlices(ExchangeFiles files, int limit) {
    this.files = files;
    this.limit = limit;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    return check(files.slices(rows)).iterator();
  }

  /** The errors and the summary of one partition's slices (see {@link ExchangeFiles#slices}). */
  List<Row> check(Slice[] slices) {
    ReadResult r = files.read(slices, limit, p -> { });
    Slice participants = slices[0];
    Slice events = slices[1];
    List<Row> out = new ArrayList<>();
    String participantsFile = Redaction.scrub(files.participantsName);
    int seq = 0;
    for (InputError e : r.errors().kept()) {
      boolean inParticipants = e.file().equals(participantsFile);
      InputError mapped = inParticipants || events == null ? participants.toFile(e) : events.toFile(e);
      out.add(RowFactory.create(inParticipants ? ExchangeRows.PARTICIPANTS : ExchangeRows.EVENTS, mapped.line(),
          seq++, mapped.file(), mapped.column(), mapped.ruleId(), mapped.messageSv(), mapped.messageEn(), 0L, 0L,
          0L));
    }
    out.add(RowFactory.create(-1, 0L, 0, "", "", "", "", "", r.participations(), r.events(), r.errors().omitted()));
    return out;
  }
}
