package io.github.esfkit.spark;

import io.github.esfkit.core.Redaction;
import io.github.esfkit.io.InputError;
import io.github.esfkit.io.csv.ParticipantCsvReader;
import io.github.esfkit.io.csv.ProgressListener;
import io.github.esfkit.io.csv.ReadResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * The check of one partition (rows routed by participant id, in file order): its records of both files are
 * read by esf-io's {@link ParticipantCsvReader} as two small files with the real headers, so every rule of the
 * single-machine reader applies with its rule id and message; the errors come out with the real line numbers,
 * and one summary row with the counts. Serializable with its headers; stateless between partitions.
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

  private final ExchangeHeader participantsHeader;
  private final @Nullable ExchangeHeader eventsHeader;
  private final String participantsName;
  private final @Nullable String eventsName;
  private final int limit;

  CheckSlices(ExchangeHeader participantsHeader, @Nullable ExchangeHeader eventsHeader, String participantsName,
      @Nullable String eventsName, int limit) {
    this.participantsHeader = participantsHeader;
    this.eventsHeader = eventsHeader;
    this.participantsName = participantsName;
    this.eventsName = eventsName;
    this.limit = limit;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    Slice participants = new Slice(participantsHeader);
    Slice events = eventsHeader == null ? null : new Slice(eventsHeader);
    while (rows.hasNext()) {
      Row r = rows.next();
      Slice s = r.getInt(0) == ExchangeRows.PARTICIPANTS ? participants : events;
      if (s != null) {
        s.add(r.getLong(1), (byte[]) r.get(2));
      }
    }
    return check(participants, events).iterator();
  }

  /** The errors and the summary of the two slices. */
  List<Row> check(Slice participants, @Nullable Slice events) {
    ReadResult r = ParticipantCsvReader.create(limit, ProgressListener.NONE).read(participants.input(participantsName),
        events == null || eventsName == null ? null : events.input(eventsName), p -> { });
    List<Row> out = new ArrayList<>();
    String participantsFile = Redaction.scrub(participantsName);
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
