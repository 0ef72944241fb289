package io.github.esfkit.io.csv;

import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.LabourMarketEvent;
import io.github.esfkit.core.participant.Participation;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Writes participations in the exchange format version 1: one row of {@code participants.csv} per
 * participation, and its events as rows of {@code events.csv}. Every column is written, in the order of
 * {@link ParticipantColumn}; {@code person_id} is written only when asked for, since it is personal data.
 * Not thread-safe.
 */
public final class ParticipantCsvWriter {

  private final Writer participants;
  private final Writer events;
  private final boolean withPersonId;

  /**
   * A writer to the two outputs; {@code events} may be null to leave the events out.
   *
   * @param withPersonId whether to write the personnummer column's values (otherwise it stays blank)
   */
  public ParticipantCsvWriter(Writer participants, @Nullable Writer events, boolean withPersonId) throws IOException {
    this.participants = Objects.requireNonNull(participants, "participants");
    this.events = events;
    this.withPersonId = withPersonId;
    StringBuilder h = new StringBuilder();
    for (ParticipantColumn c : ParticipantColumn.values()) {
      if (h.length() > 0) {
        h.append(',');
      }
      h.append(c.header());
    }
    participants.write(h.append('\n').toString());
    if (events != null) {
      events.write("participant_id,date,event\n");
    }
  }

  /** Writes one participation and its events. */
  public void write(Participation p) throws IOException {
    StringBuilder sb = new StringBuilder(160);
    sb.append(p.participantId()).append(',');
    if (withPersonId && p.personId().isPresent()) {
      sb.append(p.personId().get().fullValue());
    }
    sb.append(',');
    field(sb, p.subProject()).append(',');
    answer(sb, p.gender(), g -> g.code()).append(',');
    answer(sb, p.birthDate(), LocalDate::toString).append(',');
    sb.append(p.entryDate()).append(',');
    p.exitDate().ifPresent(sb::append);
    sb.append(',');
    answer(sb, p.employmentStatus(), s -> s.code()).append(',');
    answer(sb, p.education(), e -> e.code()).append(',');
    answer(sb, p.disability(), ParticipantCsvWriter::yesNo).append(',');
    answer(sb, p.foreignBackground(), ParticipantCsvWriter::yesNo).append(',');
    answer(sb, p.thirdCountryNational(), ParticipantCsvWriter::yesNo).append(',');
    answer(sb, p.homeless(), ParticipantCsvWriter::yesNo).append(',');
    answer(sb, p.rural(), ParticipantCsvWriter::yesNo).append(',');
    p.referralSource().ifPresent(r -> sb.append(r.code()));
    sb.append(',');
    p.exitDestination().ifPresent(d -> sb.append(d.code()));
    participants.write(sb.append('\n').toString());
    if (events != null) {
      for (LabourMarketEvent e : p.events()) {
        events.write(p.participantId() + "," + e.date() + "," + e.type().code() + "\n");
      }
    }
  }

  private static String yesNo(Boolean b) {
    return b ? "yes" : "no";
  }

  private static <T> StringBuilder answer(StringBuilder sb, Answer<T> a, Function<T, String> code) {
    if (a.isKnown()) {
      return sb.append(code.apply(a.get()));
    }
    return sb.append("unknown:").append(a.unknownReason().orElseThrow().code());
  }

  /** Appends a field, quoted per RFC 4180 when needed. */
  static StringBuilder field(StringBuilder sb, String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return sb.append(s);
    }
    return sb.append('"').append(s.replace("\"", "\"\"")).append('"');
  }

  /** Flushes both outputs. */
  public void flush() throws IOException {
    participants.flush();
    if (events != null) {
      events.flush();
    }
  }
}
