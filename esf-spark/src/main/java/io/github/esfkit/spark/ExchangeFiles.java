package io.github.esfkit.spark;

import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.io.csv.ParticipantCsvReader;
import io.github.esfkit.io.csv.ProgressListener;
import io.github.esfkit.io.csv.ReadResult;
import java.io.Serializable;
import java.util.Iterator;
import java.util.function.Consumer;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;

/**
 * The two exchange files of a run as the partitions see them: their names (as in messages) and header lines.
 * Cuts a partition's routed rows into one {@link Slice} per file and reads them with esf-io's reader.
 * Immutable and thread-safe; serializable, it travels with the partition functions.
 */
final class ExchangeFiles implements Serializable {

  private static final long serialVersionUID = 1L;

  final String participantsName;
  final ExchangeHeader participantsHeader;
  final @Nullable String eventsName;
  final @Nullable ExchangeHeader eventsHeader;

  ExchangeFiles(String participantsName, ExchangeHeader participantsHeader, @Nullable String eventsName,
      @Nullable ExchangeHeader eventsHeader) {
    this.participantsName = participantsName;
    this.participantsHeader = participantsHeader;
    this.eventsName = eventsName;
    this.eventsHeader = eventsHeader;
  }

  /** The slices of one partition: index 0 participants.csv, 1 events.csv (null without an events file). */
  Slice[] slices(Iterator<Row> rows) {
    Slice[] s = {new Slice(participantsHeader), eventsHeader == null ? null : new Slice(eventsHeader)};
    while (rows.hasNext()) {
      Row r = rows.next();
      Slice to = s[r.getInt(0) == ExchangeRows.PARTICIPANTS ? 0 : 1];
      if (to != null) {
        to.add(r.getLong(1), (byte[]) r.get(2));
      }
    }
    return s;
  }

  /** Reads the slices with esf-io's reader, keeping up to {@code limit} errors in full. */
  ReadResult read(Slice[] slices, int limit, Consumer<? super Participation> sink) {
    return ParticipantCsvReader.create(limit, ProgressListener.NONE).read(slices[0].input(participantsName),
        slices[1] == null || eventsName == null ? null : slices[1].input(eventsName), sink);
  }
}
