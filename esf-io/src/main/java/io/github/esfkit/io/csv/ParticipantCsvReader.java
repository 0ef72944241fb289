package io.github.esfkit.io.csv;

import org.jspecify.annotations.Nullable;
import io.github.esfkit.core.id.InvalidIdentifierException;
import io.github.esfkit.core.id.Personnummer;
import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.EmploymentStatus;
import io.github.esfkit.core.participant.EventType;
import io.github.esfkit.core.participant.ExitDestination;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.participant.IscedLevel;
import io.github.esfkit.core.participant.LabourMarketEvent;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.participant.ReferralSource;
import io.github.esfkit.core.participant.UnknownReason;
import io.github.esfkit.io.InputError;
import io.github.esfkit.io.InputErrors;
import io.github.esfkit.io.InvalidInputException;
import io.github.esfkit.core.Redaction;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads the participant exchange format, version 1 ({@code participants.csv} and the optional
 * {@code events.csv}) into {@link Participation}s, streaming: each valid participation is handed to a
 * consumer as soon as its row is read, so memory does not grow with the rows (apart from the set of
 * participant ids needed for the uniqueness rule, and the events, which are read first).
 *
 * <p>It follows the format exactly: header row required, column order free, unknown columns rejected,
 * required columns never blank (unknown values are explicit: {@code unknown:not_collected},
 * {@code unknown:refused}, {@code unknown:dont_know}), a blank optional column means not collected,
 * {@code exit_destination} only with {@code exit_date}, events on or after the exit date, unique
 * {@code participant_id}, events referring to known ids. It reports every problem of both files in one
 * pass, with file, line, column and rule id, and never a personnummer. When the result has errors, the
 * consumer has seen only the valid rows and whatever it computed must be discarded.
 *
 * <p>Not thread-safe; create one per read.
 */
public final class ParticipantCsvReader {

  private static final String UNKNOWN_PREFIX = "unknown:";
  private static final int PROGRESS_EVERY = 1 << 14;

  private static final Map<String, Gender> GENDERS = codes(Gender.values(), Gender::code);
  private static final Map<String, EmploymentStatus> STATUSES =
      codes(EmploymentStatus.values(), EmploymentStatus::code);
  private static final Map<String, IscedLevel> LEVELS = codes(IscedLevel.values(), IscedLevel::code);
  private static final Map<String, ReferralSource> REFERRALS =
      codes(ReferralSource.values(), ReferralSource::code);
  private static final Map<String, ExitDestination> DESTINATIONS =
      codes(ExitDestination.values(), ExitDestination::code);
  private static final Map<String, EventType> EVENTS = codes(EventType.values(), EventType::code);
  private static final Map<String, Boolean> BOOLEANS =
      java.util.Collections.unmodifiableMap(new HashMap<>(Map.of("yes", true, "no", false)));
  private static final Map<String, UnknownReason> REASONS = codes(UnknownReason.values(), UnknownReason::code);
  private static final EventType[] EVENT_TYPES = EventType.values();

  private final int maxErrors;
  private final ProgressListener progress;

  private LineOrderedErrors participantErrors;
  private LineOrderedErrors eventErrors;
  private String fileName;
  private long line;
  private final Map<String, String> interned = new HashMap<>();
  /** Whether the last file read was read to its end (else its ids are incomplete). */
  private boolean completelyRead;
  /** The record being read, to mark the fields its syntax problems concern; null outside the data rows. */
  private Row currentRow;

  private ParticipantCsvReader(int maxErrors, ProgressListener progress) {
    this.maxErrors = maxErrors;
    this.progress = progress;
  }

  /** A reader keeping up to {@link InputErrors#DEFAULT_LIMIT} errors in full, without progress. */
  public static ParticipantCsvReader create() {
    return new ParticipantCsvReader(InputErrors.DEFAULT_LIMIT, ProgressListener.NONE);
  }

  /** A reader keeping up to {@code maxErrors} errors in full and telling {@code progress} how far it is. */
  public static ParticipantCsvReader create(int maxErrors, ProgressListener progress) {
    return new ParticipantCsvReader(maxErrors, Objects.requireNonNull(progress, "progress"));
  }

  /**
   * Reads both files, handing each valid participation (with its events) to {@code sink} in file order.
   *
   * @param participants participants.csv
   * @param events events.csv, or null when there is none
   * @param sink receives valid participations; discard its result when the returned result has errors
   * @return counts and every problem found
   */
  public ReadResult read(CsvInput participants, @Nullable CsvInput events, Consumer<? super Participation> sink) {
    Objects.requireNonNull(participants, "participants");
    Objects.requireNonNull(sink, "sink");
    participantErrors = new LineOrderedErrors(maxErrors);
    eventErrors = new LineOrderedErrors(maxErrors);
    long size = participants.size();
    IdTable ids = IdTable.forFileOf(size);
    long eventRows = 0;
    if (events != null) {
      eventRows = readFile(events, eventErrors, EventColumn.class, EventColumn::byHeader, c -> true,
          EventColumn::header, eventRow(ids));
    }
    String eventsName = events == null ? "" : events.name();
    long rows = readFile(participants, participantErrors, ParticipantColumn.class, ParticipantColumn::byHeader,
        ParticipantColumn::required, ParticipantColumn::header, participantRow(ids, eventsName, sink));
    if (events != null && completelyRead) {
      fileName = events.name();
      ids.forEachOrphan((id, packed) -> {
        for (long e : packed) {
          errorAt(eventErrors, packedLine(e), EventColumn.PARTICIPANT_ID.header(), "EVENT-UNKNOWN-PARTICIPANT",
              "participant_id " + Redaction.quote(id) + " finns inte i " + participants.name(),
              "participant_id " + Redaction.quote(id) + " does not occur in " + participants.name());
        }
      });
    }
    InputErrors all = new InputErrors(maxErrors);
    participantErrors.drainTo(all);
    eventErrors.drainTo(all);
    return new ReadResult(rows, eventRows, all);
  }

  /**
   * Reads both files into a list: convenient for small files and tests.
   *
   * @throws InvalidInputException with every problem, when either file breaks the format
   */
  public List<Participation> readAll(CsvInput participants, @Nullable CsvInput events) throws InvalidInputException {
    Objects.requireNonNull(participants, "participants");
    List<Participation> out = new ArrayList<>();
    ReadResult r = read(participants, events, out::add);
    if (!r.isValid()) {
      throw new InvalidInputException(r.errors());
    }
    return out;
  }

  // ------------------------------------------------------------------------------ the read skeleton

  /**
   * The one read loop of both files: open, header, then every record to {@code onRow} with the line and
   * progress kept, and the file-level problems (missing, empty, unreadable, a line too long) reported. A
   * record whose field count differs from the header's is reported and not checked further (its fields
   * cannot be told apart); any other record reaches {@code onRow}, syntax problems or not, so that every
   * other error of the row is reported too. Sets {@link #completelyRead} when the data rows were read to the
   * end.
   *
   * @return the number of data records
   */
  private <C extends Enum<C>> long readFile(CsvInput input, LineOrderedErrors errors, Class<C> type,
      java.util.function.Function<String, java.util.Optional<C>> byName, java.util.function.Predicate<C> isRequired,
      java.util.function.Function<C, String> nameOf, Consumer<Row> onRow) {
    fileName = input.name();
    completelyRead = false;
    long rows = 0;
    Row row = null;
    try (CountingStream counting = new CountingStream(open(input, errors));
        CsvRecordReader csv = new CsvRecordReader(counting, syntaxHandler(errors))) {
      if (!csv.next()) {
        empty(errors);
        return 0;
      }
      C[] all = type.getEnumConstants();
      Map<C, Integer> cols = new EnumMap<>(type);
      String[] names = header(csv, errors, cols, byName, all, isRequired, nameOf);
      if (names == null) {
        return 0;
      }
      syntaxNames = names;
      int[] idx = new int[all.length];
      for (C c : all) {
        idx[c.ordinal()] = cols.getOrDefault(c, -1);
      }
      row = new Row(csv, idx, names.length);
      currentRow = row;
      long total = input.size();
      String shown = Redaction.scrub(input.name()); // the listener may print it: no identity number in a name
      while (row.next()) {
        rows++;
        line = csv.line();
        if ((rows & (PROGRESS_EVERY - 1)) == 0) {
          progress.progress(shown, counting.count, total, rows);
        }
        if (!row.mapped()) {
          if (!csv.malformed()) {
            fieldCount(csv, names.length, errors);
          }
          continue;
        }
        onRow.accept(row);
      }
      completelyRead = true;
      progress.progress(shown, counting.count, total, rows);
    } catch (MissingInputException e) {
      return 0;
    } catch (CsvRecordReader.RecordTooLongException e) {
      tooLong(errors, e.line());
    } catch (IOException e) {
      ioError(errors, e);
    } finally {
      syntaxNames = null;
      currentRow = null;
    }
    return rows;
  }

  /**
   * The current record by column ({@code null} for a column absent from the header, and for a field with a
   * syntax problem: its value is not known, so it is not checked).
   */
  private static final class Row {
    final CsvRecordReader csv;
    final int[] idx;
    final int width;
    final long[] bad = new long[(CsvRecordReader.DEFAULT_MAX_FIELDS + 63) / 64];
    /** Whether the header lacks a required participants.csv column (then no row can be complete). */
    final boolean lacksRequired;

    Row(CsvRecordReader csv, int[] idx, int width) {
      this.csv = csv;
      this.idx = idx;
      this.width = width;
      boolean lacks = false;
      if (idx.length == ParticipantColumn.values().length) {
        for (ParticipantColumn c : ParticipantColumn.values()) {
          lacks |= c.required() && idx[c.ordinal()] < 0;
        }
      }
      this.lacksRequired = lacks;
    }

    boolean next() throws IOException {
      Arrays.fill(bad, 0L);
      return csv.next();
    }

    void markBad(int field) {
      if (field >= 0 && field < bad.length * 64) {
        bad[field >>> 6] |= 1L << field;
      }
    }

    boolean mapped() {
      return csv.size() == width;
    }

    boolean malformed() {
      return csv.malformed();
    }

    /** True when the column's field had a syntax problem. */
    boolean bad(Enum<?> c) {
      int i = idx[c.ordinal()];
      return i >= 0 && (bad[i >>> 6] & (1L << i)) != 0;
    }

    /** The field, decoded afresh: for (nearly) unique values (ids, birth dates) a cache only evicts. */
    String unique(Enum<?> c) {
      int i = idx[c.ordinal()];
      return i < 0 || i >= csv.size() || bad(c) ? null : csv.field(i);
    }

    /** The field, shared with earlier equal values: for codes, dates and sub-projects. */
    String get(Enum<?> c) {
      int i = idx[c.ordinal()];
      return i < 0 || i >= csv.size() || bad(c) ? null : csv.fieldCached(i);
    }

    String get(ParticipantColumn c) {
      return c == ParticipantColumn.PARTICIPANT_ID || c == ParticipantColumn.PERSON_ID
          || c == ParticipantColumn.BIRTH_DATE ? unique(c) : get((Enum<?>) c);
    }
  }

  // ---------------------------------------------------------------------------------------- events

  /** Checks one events.csv row and, when it is valid, files the event under its participant id. */
  private Consumer<Row> eventRow(IdTable ids) {
    return row -> {
      LineOrderedErrors errors = eventErrors;
      String id = row.unique(EventColumn.PARTICIPANT_ID);
      boolean ok = !row.malformed();
      if (id != null && !checkId(id, EventColumn.PARTICIPANT_ID.header(), errors)) {
        ok = false;
      }
      LocalDate date = null;
      String dateText = row.get(EventColumn.DATE);
      if (dateText != null) {
        date = date(dateText, EventColumn.DATE.header(), true, errors);
        ok &= date != null;
      }
      EventType type = null;
      String typeText = row.get(EventColumn.EVENT);
      if (typeText != null) {
        type = enumValue(typeText, EventColumn.EVENT.header(), EVENTS, true, errors);
        ok &= type != null;
      }
      if (ok && id != null && date != null && type != null) {
        long packed = (Math.min(line, (1L << 29) - 1) << 35) | ((long) type.ordinal() << 32)
            | (date.toEpochDay() & 0xFFFFFFFFL);
        ids.addEvent(ids.slot(id), packed);
      }
    };
  }

  private static long packedLine(long packed) {
    return packed >>> 35;
  }

  private static EventType packedType(long packed) {
    return EVENT_TYPES[(int) ((packed >>> 32) & 7)];
  }

  private static LocalDate packedDate(long packed) {
    return LocalDate.ofEpochDay((int) (packed & 0xFFFFFFFFL));
  }

  // ---------------------------------------------------------------------------------- participants

  /** Checks one participants.csv row and hands it to {@code sink} when it is valid. */
  private Consumer<Row> participantRow(IdTable ids, String eventsName, Consumer<? super Participation> sink) {
    return row -> {
      Participation p = participation(row, participantErrors, ids, eventsName);
      if (p != null) {
        sink.accept(p);
      }
    };
  }

  private Participation participation(Row row, LineOrderedErrors errors, IdTable ids, String eventsName) {
    long before = errors.count();
    Participation.Builder b = Participation.builder();

    String id = null;
    long[] events = null;
    if (row.bad(ParticipantColumn.PARTICIPANT_ID)) {
      // the id is not known for sure, but still claim it, so that its events are not reported as unknown
      String raw = row.csv.field(row.idx[ParticipantColumn.PARTICIPANT_ID.ordinal()]);
      if (validId(raw)) {
        int slot = ids.slot(raw);
        if (ids.line(slot) == 0) {
          ids.setLine(slot, line);
          ids.takeEvents(slot);
        }
      }
    } else {
      id = required(row, ParticipantColumn.PARTICIPANT_ID, errors);
    }
    if (id != null) {
      if (checkId(id, ParticipantColumn.PARTICIPANT_ID.header(), errors)) {
        int slot = ids.slot(id);
        int first = ids.line(slot);
        if (first != 0) {
          error(errors, ParticipantColumn.PARTICIPANT_ID, "PART-ID-DUPLICATE",
              "participant_id " + Redaction.quote(id) + " förekommer redan på rad " + first
                  + "; varje rad (inskrivning) måste ha ett eget id",
              "participant_id " + Redaction.quote(id) + " already occurs on line " + first
                  + "; every row (participation) needs its own id");
        } else {
          ids.setLine(slot, line);
          events = ids.takeEvents(slot);
        }
        b.participantId(id);
      }
    }

    String pnr = row.get(ParticipantColumn.PERSON_ID);
    if (pnr != null && !pnr.isEmpty()) {
      try {
        b.personId(Personnummer.parse(pnr));
      } catch (InvalidIdentifierException e) {
        error(errors, ParticipantColumn.PERSON_ID, e.ruleId(),
            "ogiltigt person- eller samordningsnummer (" + svPnr(e.ruleId()) + "); värdet visas inte",
            e.getMessage() + "; the value is not shown");
      }
    }

    String sub = required(row, ParticipantColumn.SUB_PROJECT, errors);
    if (sub != null) {
      if (sub.isBlank()) {
        error(errors, ParticipantColumn.SUB_PROJECT, "PART-REQUIRED", "delprojekt får inte vara tomt",
            "sub_project must not be blank");
      } else if (Redaction.containsIdentityNumber(sub)) {
        // sub-project names are printed in reports: never let an identity number through
        error(errors, ParticipantColumn.SUB_PROJECT, "PART-SUBPROJECT-PERSONAL",
            "delprojektets namn innehåller något som liknar ett personnummer (värdet visas inte)",
            "the sub-project name holds something like a personal identity number (the value is not shown)");
      } else {
        b.subProject(intern(sub));
      }
    }

    Answer<Gender> gender = answer(row, ParticipantColumn.GENDER, GENDERS, errors);
    if (gender != null) {
      b.gender(gender);
    }
    Answer<LocalDate> birth = dateAnswer(row, ParticipantColumn.BIRTH_DATE, errors);
    LocalDate entry = null;
    String entryText = required(row, ParticipantColumn.ENTRY_DATE, errors);
    if (entryText != null) {
      entry = date(entryText, ParticipantColumn.ENTRY_DATE.header(), false, errors);
      if (entry != null) {
        b.entryDate(entry);
      }
    }
    if (birth != null) {
      if (birth.isKnown() && entry != null && birth.get().isAfter(entry)) {
        error(errors, ParticipantColumn.BIRTH_DATE, "PART-BIRTH-AFTER-ENTRY",
            "födelsedatum " + birth.get() + " ligger efter inskrivningsdatum " + entry,
            "birth date " + birth.get() + " is after the entry date " + entry);
      } else {
        b.birthDate(birth);
      }
    }
    LocalDate exit = null;
    String exitText = row.get(ParticipantColumn.EXIT_DATE);
    if (exitText != null && !exitText.isEmpty()) {
      exit = date(exitText, ParticipantColumn.EXIT_DATE.header(), false, errors);
      if (exit != null) {
        if (entry != null && exit.isBefore(entry)) {
          error(errors, ParticipantColumn.EXIT_DATE, "PART-EXIT-BEFORE-ENTRY",
              "avslutsdatum " + exit + " ligger före inskrivningsdatum " + entry,
              "exit date " + exit + " is before the entry date " + entry);
        } else {
          b.exitDate(exit);
        }
      }
    }
    Answer<EmploymentStatus> status = answer(row, ParticipantColumn.EMPLOYMENT_STATUS, STATUSES, errors);
    if (status != null) {
      b.employmentStatus(status);
    }
    Answer<IscedLevel> education = answer(row, ParticipantColumn.EDUCATION, LEVELS, errors);
    if (education != null) {
      b.education(education);
    }
    Answer<Boolean> v;
    if ((v = optionalAnswer(row, ParticipantColumn.DISABILITY, BOOLEANS, errors)) != null) {
      b.disability(v);
    }
    if ((v = optionalAnswer(row, ParticipantColumn.FOREIGN_BACKGROUND, BOOLEANS, errors)) != null) {
      b.foreignBackground(v);
    }
    if ((v = optionalAnswer(row, ParticipantColumn.THIRD_COUNTRY_NATIONAL, BOOLEANS, errors)) != null) {
      b.thirdCountryNational(v);
    }
    if ((v = optionalAnswer(row, ParticipantColumn.HOMELESS, BOOLEANS, errors)) != null) {
      b.homeless(v);
    }
    if ((v = optionalAnswer(row, ParticipantColumn.RURAL, BOOLEANS, errors)) != null) {
      b.rural(v);
    }
    String referral = row.get(ParticipantColumn.REFERRAL_SOURCE);
    if (referral != null && !referral.isEmpty()) {
      ReferralSource r = enumValue(referral, ParticipantColumn.REFERRAL_SOURCE.header(), REFERRALS, false, errors);
      if (r != null) {
        b.referralSource(r);
      }
    }
    String destination = row.get(ParticipantColumn.EXIT_DESTINATION);
    boolean exitKnown = !row.bad(ParticipantColumn.EXIT_DATE); // a field with a syntax problem is not known
    if (destination != null && !destination.isEmpty() && exitKnown) {
      ExitDestination d =
          enumValue(destination, ParticipantColumn.EXIT_DESTINATION.header(), DESTINATIONS, false, errors);
      if (d != null) {
        if (exitText == null || exitText.isEmpty()) {
          error(errors, ParticipantColumn.EXIT_DESTINATION, "PART-DESTINATION-WITHOUT-EXIT",
              "exit_destination får bara anges tillsammans med exit_date",
              "exit_destination is allowed only with an exit_date");
        } else {
          b.exitDestination(d);
        }
      }
    }

    if (events != null && exitKnown) {
      Arrays.sort(events); // line order (line is in the high bits)
      String saved = fileName;
      fileName = eventsName;
      for (long packed : events) {
        LocalDate date = packedDate(packed);
        long eventLine = packedLine(packed);
        if (exitText == null || exitText.isEmpty()) {
          errorAt(eventErrors, eventLine, EventColumn.DATE.header(), "EVENT-NO-EXIT",
              "händelse för deltagare " + Redaction.quote(id) + " som inte har avslutats (exit_date saknas)",
              "event for participant " + Redaction.quote(id) + " who has not exited (no exit_date)");
        } else if (exit != null && date.isBefore(exit)) {
          errorAt(eventErrors, eventLine, EventColumn.DATE.header(), "EVENT-BEFORE-EXIT",
              "händelsen " + date + " ligger före avslutsdatum " + exit + " för deltagare " + Redaction.quote(id),
              "event on " + date + " is before the exit date " + exit + " of participant " + Redaction.quote(id));
        } else {
          b.addEvents(LabourMarketEvent.of(date, packedType(packed)));
        }
      }
      fileName = saved;
    }

    if (errors.count() != before || row.malformed() || row.lacksRequired) {
      return null; // a missing required column is reported once, in the header, not again per row
    }
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      error(errors, null, "PART-INVALID", "ogiltig rad: " + e.getMessage(), "invalid row: " + e.getMessage());
      return null;
    }
  }

  // ------------------------------------------------------------------------------- field parsing

  private String required(Row row, ParticipantColumn c, LineOrderedErrors errors) {
    String s = row.get(c);
    if (s == null) {
      return null; // a missing column is reported once, in the header
    }
    if (s.isEmpty()) {
      error(errors, c, "PART-REQUIRED",
          c.header() + " är obligatorisk" + (acceptsUnknown(c) ? "; skriv unknown:not_collected om uppgiften saknas" : ""),
          c.header() + " is required" + (acceptsUnknown(c) ? "; write unknown:not_collected when it is not known" : ""));
      return null;
    }
    return s;
  }

  private static boolean acceptsUnknown(ParticipantColumn c) {
    return c == ParticipantColumn.GENDER || c == ParticipantColumn.BIRTH_DATE
        || c == ParticipantColumn.EMPLOYMENT_STATUS || c == ParticipantColumn.EDUCATION;
  }

  private <E> Answer<E> answer(Row row, ParticipantColumn c, Map<String, E> values, LineOrderedErrors errors) {
    String s = required(row, c, errors);
    if (s == null) {
      return null;
    }
    return parseAnswer(s, c, values, errors);
  }

  private <E> Answer<E> optionalAnswer(Row row, ParticipantColumn c, Map<String, E> values, LineOrderedErrors errors) {
    String s = row.get(c);
    if (s == null || s.isEmpty()) {
      return null; // the builder's default: not collected
    }
    return parseAnswer(s, c, values, errors);
  }

  private <E> Answer<E> parseAnswer(String s, ParticipantColumn c, Map<String, E> values, LineOrderedErrors errors) {
    if (s.startsWith(UNKNOWN_PREFIX)) {
      return unknown(s, c.header(), errors);
    }
    E e = values.get(s);
    if (e == null) {
      badValue(errors, c.header(), s, values.keySet(), true);
      return null;
    }
    return known(e);
  }

  /** Known answers are immutable: one shared instance per code value saves an allocation per field. */
  private static final Map<Object, Answer<?>> KNOWN = new HashMap<>();

  static {
    for (Object v : List.of(Gender.values(), EmploymentStatus.values(), IscedLevel.values())) {
      for (Object e : (Object[]) v) {
        KNOWN.put(e, Answer.of(e));
      }
    }
    KNOWN.put(Boolean.TRUE, Answer.of(Boolean.TRUE));
    KNOWN.put(Boolean.FALSE, Answer.of(Boolean.FALSE));
  }

  @SuppressWarnings("unchecked")
  private static <E> Answer<E> known(E value) {
    Answer<?> a = KNOWN.get(value);
    return a != null ? (Answer<E>) a : Answer.of(value);
  }

  private <T> Answer<T> unknown(String s, String column, LineOrderedErrors errors) {
    UnknownReason r = REASONS.get(s.substring(UNKNOWN_PREFIX.length()));
    if (r == null) {
      errorAt(errors, line, column, "PART-UNKNOWN-REASON",
          "okänt skäl " + Redaction.quote(s) + "; tillåtet: unknown:not_collected, unknown:refused, unknown:dont_know",
          "unknown reason " + Redaction.quote(s) + "; allowed: unknown:not_collected, unknown:refused, unknown:dont_know");
      return null;
    }
    return Answer.unknown(r);
  }

  private Answer<LocalDate> dateAnswer(Row row, ParticipantColumn c, LineOrderedErrors errors) {
    String s = required(row, c, errors);
    if (s == null) {
      return null;
    }
    if (s.startsWith(UNKNOWN_PREFIX)) {
      return unknown(s, c.header(), errors);
    }
    LocalDate d = date(s, c.header(), true, errors);
    return d == null ? null : Answer.of(d);
  }

  private void missing(String column, LineOrderedErrors errors) {
    errorAt(errors, line, column, "PART-REQUIRED", column + " är obligatorisk", column + " is required");
  }

  private <E> E enumValue(String s, String column, Map<String, E> values, boolean required, LineOrderedErrors errors) {
    if (s.isEmpty()) {
      if (required) {
        missing(column, errors);
      }
      return null;
    }
    E e = values.get(s);
    if (e == null) {
      badValue(errors, column, s, values.keySet(), false);
    }
    return e;
  }

  private void badValue(LineOrderedErrors errors, String column, String s, java.util.Collection<String> allowed,
      boolean unknownAllowed) {
    if (!errors.wouldKeep(line)) {
      errors.countOnly();
      return;
    }
    String list = allowed.stream().sorted().collect(Collectors.joining(", "))
        + (unknownAllowed ? ", unknown:not_collected, unknown:refused, unknown:dont_know" : "");
    errorAt(errors, line, column, "PART-VALUE",
        Redaction.quote(s) + " är inte ett tillåtet värde; tillåtet: " + list,
        Redaction.quote(s) + " is not an allowed value; allowed: " + list);
  }

  /** Parses {@code YYYY-MM-DD} strictly; reports and returns null otherwise. */
  private LocalDate date(String s, String column, boolean required, LineOrderedErrors errors) {
    if (s.isEmpty()) {
      if (required) {
        missing(column, errors);
      }
      return null;
    }
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int y = digits(s, 0, 4);
      int m = digits(s, 5, 7);
      int d = digits(s, 8, 10);
      if (y >= 0 && m >= 0 && d >= 0) {
        try {
          return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
          errorAt(errors, line, column, "PART-DATE-INVALID",
              Redaction.quote(s) + " är inget giltigt datum",
              Redaction.quote(s) + " is not a valid date");
          return null;
        }
      }
    }
    errorAt(errors, line, column, "PART-DATE-FORMAT",
        Redaction.quote(s) + " är inget datum på formen ÅÅÅÅ-MM-DD (ISO 8601)",
        Redaction.quote(s) + " is not a date of the form YYYY-MM-DD (ISO 8601)");
    return null;
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private boolean checkId(String id, String column, LineOrderedErrors errors) {
    if (id.isEmpty()) {
      missing(column, errors);
      return false;
    }
    if (pnrLike(id) || Redaction.containsIdentityNumber(id)) {
      errorAt(errors, line, column, "PART-ID-PERSONAL",
          "participant_id ser ut som ett personnummer; använd ett pseudonymt id (värdet visas inte)",
          "participant_id looks like a personal identity number; use a pseudonymous id (the value is not shown)");
      return false;
    }
    if (!validId(id)) {
      errorAt(errors, line, column, "PART-ID-FORMAT",
          Redaction.quote(id) + " är inget giltigt id: 1–64 tecken av A-Z a-z 0-9 _ -",
          Redaction.quote(id) + " is not a valid id: 1-64 characters of A-Z a-z 0-9 _ -");
      return false;
    }
    return true;
  }

  /** 1–64 of {@code A-Z a-z 0-9 _ -}. */
  private static boolean validId(String id) {
    int n = id.length();
    if (n < 1 || n > 64) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = id.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** The form of a personnummer: {@code (YY)YYMMDD[-+]NNNN}. */
  private static boolean pnrLike(String id) {
    int n = id.length();
    if (n < 10 || n > 13) {
      return false;
    }
    int digits = 0;
    for (int i = 0; i < n; i++) {
      char c = id.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (!((c == '-' || c == '+') && i == n - 5)) {
        return false;
      }
    }
    return digits == 10 || digits == 12;
  }

  private static String svPnr(String ruleId) {
    switch (ruleId) {
      case "PNR-CHECKSUM":
        return "fel kontrollsiffra";
      case "PNR-DATE":
        return "ogiltigt födelsedatum";
      default:
        return "ska ha formen ÅÅÅÅMMDD-NNNN";
    }
  }

  private String intern(String s) {
    String known = interned.get(s);
    if (known != null) {
      return known;
    }
    if (interned.size() < 10_000) {
      interned.put(s, s);
    }
    return s;
  }

  // ------------------------------------------------------------------------------- file structure

  /** Header field names by index, for syntax messages; null outside the data rows. */
  private String[] syntaxNames;

  private CsvRecordReader.SyntaxHandler syntaxHandler(LineOrderedErrors errors) {
    return (atLine, field, rule, sv, en) -> {
      if (currentRow != null) {
        currentRow.markBad(field);
      }
      String[] names = syntaxNames;
      String column = names != null && field < names.length ? names[field] : "field " + (field + 1);
      errorAt(errors, atLine, column, rule, sv, en);
    };
  }

  private <C extends Enum<C>> String[] header(CsvRecordReader csv, LineOrderedErrors errors, Map<C, Integer> cols,
      java.util.function.Function<String, java.util.Optional<C>> byName, C[] all,
      java.util.function.Predicate<C> isRequired, java.util.function.Function<C, String> nameOf) {
    line = csv.line();
    if (csv.malformed()) {
      return null;
    }
    String[] names = new String[csv.size()];
    Map<String, Integer> unknown = new LinkedHashMap<>();
    for (int i = 0; i < csv.size(); i++) {
      String name = csv.field(i);
      names[i] = name;
      java.util.Optional<C> c = byName.apply(name);
      if (c.isEmpty()) {
        // locations of later errors name an unknown column by position: its name may hold anything
        names[i] = "column " + (i + 1);
        unknown.put(name, i);
      } else if (cols.putIfAbsent(c.get(), i) != null) {
        errorAt(errors, line, name, "CSV-HEADER-DUPLICATE",
            "kolumnen " + Redaction.quote(name) + " förekommer två gånger i rubrikraden",
            "column " + Redaction.quote(name) + " occurs twice in the header");
      }
    }
    String allowed = Arrays.stream(all).map(nameOf).collect(Collectors.joining(", "));
    if (cols.isEmpty()) {
      errorAt(errors, line, "", "CSV-HEADER-MISSING",
          "första raden måste vara en rubrikrad med kolumnnamn (" + allowed + ")",
          "the first line must be a header row with column names (" + allowed + ")");
      return null;
    }
    for (Map.Entry<String, Integer> u : unknown.entrySet()) {
      errorAt(errors, line, "column " + (u.getValue() + 1), "CSV-HEADER-UNKNOWN",
          "okänd kolumn " + Redaction.quote(u.getKey()) + "; tillåtna kolumner: " + allowed,
          "unknown column " + Redaction.quote(u.getKey()) + "; allowed columns: " + allowed);
    }
    for (C c : all) {
      if (isRequired.test(c) && !cols.containsKey(c)) {
        errorAt(errors, line, nameOf.apply(c), "CSV-COLUMN-MISSING",
            "den obligatoriska kolumnen " + nameOf.apply(c) + " saknas i rubrikraden",
            "the required column " + nameOf.apply(c) + " is missing from the header");
      }
    }
    return names;
  }

  private boolean fieldCount(CsvRecordReader csv, int expected, LineOrderedErrors errors) {
    if (csv.size() != expected) {
      errorAt(errors, line, "", "CSV-FIELD-COUNT",
          "raden har " + csv.size() + " fält men rubrikraden har " + expected,
          "the line has " + csv.size() + " fields but the header has " + expected);
      return false;
    }
    return true;
  }

  private void empty(LineOrderedErrors errors) {
    errors.add(InputError.ofFile(fileName, "CSV-EMPTY",
        "filen är tom; en rubrikrad krävs", "the file is empty; a header row is required"));
  }

  private void tooLong(LineOrderedErrors errors, long atLine) {
    completelyRead = false; // the file was not read to the end: its ids are incomplete
    errors.add(InputError.of(fileName, atLine, "", "CSV-LINE-TOO-LONG",
        "raden är längre än " + (CsvRecordReader.DEFAULT_MAX_RECORD_BYTES >> 20)
            + " MiB: detta är ingen CSV-fil i utbytesformatet; läsningen avbröts",
        "the line is longer than " + (CsvRecordReader.DEFAULT_MAX_RECORD_BYTES >> 20)
            + " MiB: this is not a CSV file of the exchange format; reading stopped"));
  }

  private void ioError(LineOrderedErrors errors, IOException e) {
    completelyRead = false;
    errors.add(InputError.ofFile(fileName, "IO-READ",
        "filen kunde inte läsas till slut: " + e.getClass().getSimpleName(),
        "the file could not be read to the end: " + e.getClass().getSimpleName()));
  }

  private static final class MissingInputException extends IOException {
    private static final long serialVersionUID = 1L;
  }

  private InputStream open(CsvInput input, LineOrderedErrors errors) throws MissingInputException {
    try {
      if (input.path().isPresent() && java.nio.file.Files.isDirectory(input.path().get())) {
        errors.add(InputError.ofFile(input.name(), "IO-DIRECTORY", "är en katalog, inte en fil",
            "is a directory, not a file"));
        throw new MissingInputException();
      }
      return input.open();
    } catch (MissingInputException e) {
      throw e;
    } catch (IOException e) {
      errors.add(InputError.ofOpenFailure(input.name(), e));
    }
    throw new MissingInputException();
  }

  private void error(LineOrderedErrors errors, ParticipantColumn c, String rule, String sv, String en) {
    errorAt(errors, line, c == null ? "" : c.header(), rule, sv, en);
  }

  private void errorAt(LineOrderedErrors errors, long atLine, String column, String rule, String sv, String en) {
    if (!errors.wouldKeep(atLine)) {
      errors.countOnly();
      return;
    }
    errors.add(InputError.of(fileName, atLine, column, rule, sv, en));
  }

  private static <E> Map<String, E> codes(E[] values, java.util.function.Function<E, String> code) {
    Map<String, E> m = new LinkedHashMap<>();
    for (E e : values) {
      m.put(code.apply(e), e);
    }
    return java.util.Collections.unmodifiableMap(new HashMap<>(m));
  }

  /** Counts the bytes read, for progress. */
  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
