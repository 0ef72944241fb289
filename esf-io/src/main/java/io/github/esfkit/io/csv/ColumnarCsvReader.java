package io.github.esfkit.io.csv;

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
import io.github.esfkit.indicators.common.CommonIndicatorCalculator;
import io.github.esfkit.indicators.common.ParticipantColumns;
import io.github.esfkit.io.InputErrors;
import io.github.esfkit.core.Redaction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The columnar path (kolumnväg) from the exchange files to the common indicators: the bytes of
 * participants.csv and events.csv become int dates and codes in {@link ParticipantColumns} batches, with
 * no object per record and no string per field; only a person with several rows (a re-entry, about 2 %)
 * becomes a {@link Participation}, to be linked. It uses every core it is given: events.csv and a count of
 * each person's rows are read side by side; then participants.csv is split by byte range at line ends,
 * each range parsed and folded into its own calculator on its own thread, and the calculators merged
 * (the merge links a person whose rows fell into different ranges). The ranges claim their participant ids
 * in one table shared without locks (compare-and-set), which finds an id in two rows of any ranges.
 *
 * <p><b>Memory.</b> Read whole, the files cost about 50–80 bytes of heap a row (the participant ids, the
 * waiting events). A participants.csv larger than the partition size ({@link #DEFAULT_PARTITION_BYTES}, or
 * {@link #partitioned}) is first partitioned by person to temporary files ({@code PersonPartitions}), and the
 * partitions are read whole one after another, each into a calculator of its own whose linked persons are
 * folded before it is merged: memory then depends on the partition size, not on the file's, at the cost of
 * writing the files once more to disk. Should the partitions not be writable (a full disk), the files are read
 * whole.
 *
 * <p>It takes every file the {@link ParticipantCsvReader} takes as valid, with the same figures, and
 * nothing it rejects: whenever a row breaks a rule, or the file uses a form this path does not read
 * (quoted fields, bare CR line ends, dates outside 1800–2999), it stops and returns empty, and the caller
 * reads the files again with {@link ParticipantCsvReader}, which reports every error exactly as always
 * (or gives the figures, for a valid file in a form this path declined). Errors are therefore never
 * reported from here. It needs files that can be read twice (not pipes). Not thread-safe; one per read.
 */
public final class ColumnarCsvReader {

  private static final int CHUNK = 1 << 15;
  private static final java.lang.invoke.VarHandle LITTLE_ENDIAN_LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  /**
   * The high bit of each byte of {@code x} that is zero, exact up to the lowest such byte (higher ones may be
   * marked falsely after it): so {@code numberOfTrailingZeros / 8} is the index of the first zero byte.
   */
  private static long zeroBytes(long x) {
    return (x - ONES) & ~x & HIGHS;
  }

  /** The bytes of eight little-endian bytes that are a comma, a line feed, a carriage return or a quote. */
  private static long special(long w) {
    return zeroBytes(w ^ (',' * ONES)) | zeroBytes(w ^ ('\n' * ONES)) | zeroBytes(w ^ ('\r' * ONES))
        | zeroBytes(w ^ ('"' * ONES));
  }

  /** Read buffer per file or range: large enough for fast reads, small enough not to be a humongous object. */
  private static final int BUFFER = 1 << 18;
  private static final int MAX_SUB_PROJECTS = 256;
  private static final int MAX_FIELD = CsvRecordReader.DEFAULT_MAX_FIELD_LENGTH;
  private static final int MAX_RECORD = CsvRecordReader.DEFAULT_MAX_RECORD_BYTES;

  /** Thrown inside the read when the object reader must take over; cheap (no stack trace). */
  static final class Decline extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Decline INSTANCE = new Decline();

    private Decline() {
      super("declined", null, false, false);
    }
  }

  /** A file smaller than this is read in one range: threads would cost more than they give. */
  private static final long MIN_RANGE_BYTES = 1 << 22;

  /**
   * The default size of one partition: a participants.csv larger than this (about 1.2 million rows of the
   * generated cohort) is partitioned by person to temporary files, each of about this size, and read one
   * partition at a time.
   */
  public static final long DEFAULT_PARTITION_BYTES = 192L << 20;
  /**
   * The most partitions of one read (partitioning keeps up to three times this many files open at once): files
   * beyond this many times the partition size (24 GiB by default) get larger partitions, and memory grows with
   * them again.
   */
  public static final int MAX_PARTITIONS = 128;

  private final ProgressListener progress;
  /** How many byte ranges participants.csv is split into; 0: one per core, for files large enough. */
  private final int ranges;
  private final long partitionBytes;
  /** Where partitions are written; null: the system's temporary directory ({@code java.io.tmpdir}). */
  private final @Nullable Path partitionDirectory;

  private ColumnarCsvReader(ProgressListener progress, int ranges, long partitionBytes,
      @Nullable Path partitionDirectory) {
    this.progress = progress;
    this.ranges = ranges;
    this.partitionBytes = partitionBytes;
    this.partitionDirectory = partitionDirectory;
  }

  /** A reader telling {@code progress} how far it is, partitioning above {@link #DEFAULT_PARTITION_BYTES}. */
  public static ColumnarCsvReader create(ProgressListener progress) {
    return new ColumnarCsvReader(Objects.requireNonNull(progress, "progress"), 0, DEFAULT_PARTITION_BYTES, null);
  }

  /** A reader that splits participants.csv into exactly {@code ranges} byte ranges, whatever its size (tests). */
  static ColumnarCsvReader withRanges(ProgressListener progress, int ranges) {
    if (ranges < 1) {
      throw new IllegalArgumentException("ranges must be at least 1: " + ranges);
    }
    return new ColumnarCsvReader(Objects.requireNonNull(progress, "progress"), ranges, DEFAULT_PARTITION_BYTES, null);
  }

  /**
   * This reader, partitioning a participants.csv of more than {@code bytes} bytes into partitions of about
   * that size (at most {@link #MAX_PARTITIONS}) in a new directory under {@code directory}.
   *
   * <p>The partitions hold the rows as they are, personnummer and special-category data included: the
   * directory and its files are readable by their owner only (where the file store keeps POSIX permissions)
   * and are deleted when the read ends, with or without figures, and by a shutdown hook when the JVM is
   * stopped during the read (Ctrl-C, SIGTERM); a process killed outright (kill -9, power loss) leaves them.
   * Choose a directory on a volume fit for personal data.
   *
   * @param bytes at least 1
   * @param directory an existing directory
   */
  public ColumnarCsvReader partitioned(long bytes, Path directory) {
    Objects.requireNonNull(directory, "directory");
    if (bytes < 1) {
      throw new IllegalArgumentException("partition size must be at least 1 byte: " + bytes);
    }
    return new ColumnarCsvReader(progress, ranges, bytes, directory);
  }

  int rangesFor(long bytes) {
    if (ranges > 0) {
      return ranges;
    }
    int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
    return (int) Math.max(1, Math.min(cores, bytes / MIN_RANGE_BYTES));
  }

  /**
   * Reads both files into {@code calculator}. A participants.csv larger than the partition size is partitioned
   * by person to temporary files first (see {@link #partitioned}), unless {@code calculator} already holds
   * persons for linking ({@link CommonIndicatorCalculator#pendingPersons}): then the files are read whole, so
   * that those persons link with their rows here exactly as in a smaller file.
   *
   * @param participants participants.csv, a regular file
   * @param events events.csv, or null
   * @param calculator receives every row; discard it when the result is empty
   * @return the counts (with no errors), or empty when {@link ParticipantCsvReader} must read the files
   */
  public Optional<ReadResult> read(Path participants, @Nullable Path events, CommonIndicatorCalculator calculator) {
    Objects.requireNonNull(participants, "participants");
    Objects.requireNonNull(calculator, "calculator");
    if (!Files.isRegularFile(participants) || events != null && !Files.isRegularFile(events)) {
      return Optional.empty();
    }
    String name = Redaction.scrub(participants.toString()); // the listener may print it
    long size;
    try {
      size = Files.size(participants);
    } catch (IOException e) {
      return Optional.empty(); // the object reader reports it
    }
    long parts = size / partitionBytes + (size % partitionBytes == 0 ? 0 : 1);
    // a calculator holding persons already links them with the files' rows only when the files are read whole
    if (parts > 1 && calculator.pendingPersons() == 0) {
      Path parent = partitionDirectory != null ? partitionDirectory
          : Path.of(System.getProperty("java.io.tmpdir", "."));
      Optional<ReadResult> partitioned = readPartitioned(participants, events, calculator,
          (int) Math.min(MAX_PARTITIONS, parts), rangesFor(size), parent, name);
      if (partitioned != null) {
        return partitioned;
      }
      // the partitions could not be written (a full or missing directory): read the files whole, as below
    }
    return readWhole(participants, events, calculator, progress, name);
  }

  /**
   * Reads the files partitioned by person: each partition whole, into a calculator of its own whose held
   * persons are folded before it is merged into {@code calculator} (no person is in two partitions), so that
   * memory depends on the partition size, not on the files'. The read's answer, or null when the partitions
   * could not be written.
   */
  private @Nullable Optional<ReadResult> readPartitioned(Path participants, @Nullable Path events,
      CommonIndicatorCalculator calculator, int count, int threads, Path parent, String name) {
    PersonPartitions parts;
    try {
      parts = PersonPartitions.write(participants, events, count, threads, parent, progress,
          name + " (partitioning)");
    } catch (Decline e) {
      return Optional.empty();
    } catch (IOException | java.io.UncheckedIOException e) {
      return null;
    }
    try (parts) {
      long[] sizes = new long[count];
      long total = 0;
      for (int k = 0; k < count; k++) {
        sizes[k] = Files.size(parts.participants(k));
        total += sizes[k];
      }
      long rows = 0;
      long eventRows = 0;
      long done = 0;
      for (int k = 0; k < count; k++) {
        Path p = parts.participants(k);
        long before = done;
        long rowsBefore = rows;
        long all = total;
        String label = name + " (partition " + (k + 1) + " of " + count + ")";
        ProgressListener each = (file, bytes, size, r) -> progress.progress(label, before + bytes, all, rowsBefore + r);
        CommonIndicatorCalculator part = CommonIndicatorCalculator.of(calculator.period(), calculator.asOf());
        Optional<ReadResult> read = readWhole(p, parts.events(k), part, each, name);
        if (read.isEmpty()) {
          return read;
        }
        calculator.merge(part.foldHeldPersons());
        rows += read.get().participations();
        eventRows += read.get().events();
        done += sizes[k];
        Files.delete(p);
        Path e = parts.events(k);
        if (e != null) {
          Files.delete(e);
        }
      }
      return Optional.of(new ReadResult(rows, eventRows, new InputErrors(1)));
    } catch (IOException | java.io.UncheckedIOException e) {
      return Optional.empty(); // the object reader reports it
    }
  }

  /** Reads both files in memory, participants.csv split into byte ranges read side by side. */
  private Optional<ReadResult> readWhole(Path participants, @Nullable Path events,
      CommonIndicatorCalculator calculator, ProgressListener progress, String name) {
    List<Task<?>> running = new ArrayList<>();
    Stop stop = new Stop();
    try {
      long size = Files.size(participants);
      Header header = Header.of(participants);
      IdTable ids = IdTable.forFileOf(size);
      Task<Long> eventRows = Task.start(running, () -> events == null ? 0L : readEvents(events, ids));
      long[] bounds = bounds(participants, header.end, size, rangesFor(size - header.end));
      int n = bounds.length - 1;
      List<Task<PersonKeys>> counting = new ArrayList<>();
      for (int k = 1; k < n; k++) {
        int range = k;
        counting.add(Task.start(running, () -> countPersons(participants, header, bounds[range], bounds[range + 1])));
      }
      List<PersonKeys> counted = new ArrayList<>();
      counted.add(countPersons(participants, header, bounds[0], bounds[1]));
      for (Task<PersonKeys> c : counting) {
        counted.add(c.get());
      }
      // the persons with several rows only (a person seen once is not in it): the parse looks up a small table
      PersonIdCounts persons = PersonKeys.multiples(counted);
      counted = null; // the keys (80 MB at 10 M rows) are garbage from here on
      long eventCount = eventRows.get();
      // a valid file has no more ids than lines (an id only events.csv names is an error: the table may fill)
      ids.ensureRoomFor(Math.max(0, persons.lines() - ids.size()));
      Progress shared = new Progress(progress, name, size, n);
      IdTable[] longIds = new IdTable[n];
      CommonIndicatorCalculator[] calculators = new CommonIndicatorCalculator[n];
      List<Task<Long>> parts = new ArrayList<>();
      for (int k = 1; k < n; k++) {
        int range = k;
        calculators[k] = CommonIndicatorCalculator.of(calculator.period(), calculator.asOf());
        longIds[k] = IdTable.set(16);
        parts.add(Task.start(running, () -> readRange(participants, header, bounds[range], bounds[range + 1], range,
            ids, longIds[range], persons, calculators[range], shared, stop)));
      }
      longIds[0] = IdTable.set(16);
      long rows = readRange(participants, header, bounds[0], bounds[1], 0, ids, longIds[0], persons, calculator,
          shared, stop);
      for (Task<Long> part : parts) {
        rows += part.get();
      }
      for (int a = 0; a < n; a++) {
        for (int b = a + 1; b < n; b++) {
          if (longIds[a].sharesAnyIdWith(longIds[b])) {
            return Optional.empty(); // a participant_id in two ranges: the object reader reports it
          }
        }
      }
      if (events != null && ids.hasOrphans()) {
        return Optional.empty(); // an event names no participant: the object reader reports it
      }
      for (int k = 1; k < n; k++) {
        calculator.merge(calculators[k]);
      }
      return Optional.of(new ReadResult(rows, eventCount, new InputErrors(1)));
    } catch (Decline e) {
      return Optional.empty();
    } catch (IOException | java.io.UncheckedIOException e) {
      return Optional.empty(); // the object reader reports it
    } finally {
      stop.set();
      for (Task<?> t : running) {
        t.join(); // no thread outlives the read: the caller may read the files again at once
      }
    }
  }

  /**
   * Work on a daemon thread of its own (it never keeps the JVM alive). Its result or failure is kept in plain
   * fields and read after {@link Thread#join}, which needs no allocation: a thread that runs out of memory
   * still ends, and its {@link OutOfMemoryError} reaches the caller.
   */
  static final class Task<T> {
    private final Thread thread;
    private @Nullable T result;
    private @Nullable Throwable failure;

    private Task(java.util.function.Supplier<T> work) {
      this.thread = new Thread(() -> {
        try {
          result = work.get();
        } catch (Throwable t) { // NOPMD: handed to the caller in get()
          failure = t;
        }
      }, "esf-columnar");
      thread.setDaemon(true);
    }

    static <T> Task<T> start(List<Task<?>> running, java.util.function.Supplier<T> work) {
      Task<T> t = new Task<>(work);
      t.thread.start();
      running.add(t);
      return t;
    }

    void join() {
      boolean interrupted = false;
      while (true) {
        try {
          thread.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }

    /** After {@link #join}: the work's failure, or null when it ended well (or has not ended). */
    @Nullable Throwable failure() {
      return failure;
    }

    /** The result; rethrows the work's failure (a decline, an I/O error, an out-of-memory error) as it was. */
    T get() {
      join();
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
      if (failure != null) {
        throw new IllegalStateException(failure);
      }
      return result;
    }
  }

  /** Set when the read ends early, so that the other ranges stop at their next batch. */
  static final class Stop {
    private volatile boolean set;

    void set() {
      set = true;
    }

    void check() {
      if (set) {
        throw Decline.INSTANCE;
      }
    }
  }

  /** The progress of all ranges of one file, summed; told to the listener from any thread, one at a time. */
  static final class Progress {
    private final ProgressListener listener;
    private final String file;
    private final long size;
    private final long[] bytes;
    private final long[] rows;

    Progress(ProgressListener listener, String file, long size, int ranges) {
      this.listener = listener;
      this.file = file;
      this.size = size;
      this.bytes = new long[ranges];
      this.rows = new long[ranges];
    }

    synchronized void report(int range, long bytesRead, long rowsRead) {
      bytes[range] = bytesRead;
      rows[range] = rowsRead;
      long b = 0;
      long r = 0;
      for (int k = 0; k < bytes.length; k++) {
        b += bytes[k];
        r += rows[k];
      }
      listener.progress(file, Math.min(size, b), size, r);
    }
  }

  /** participants.csv's header: the column of each field, the number of fields, where the rows start, its line. */
  record Header(int[] idx, int width, long end, byte[] line) {
    static Header of(Path file) throws IOException {
      try (Records r = new Records(Files.newInputStream(file), Long.MAX_VALUE, true)) {
        int[] idx = header(r, ParticipantColumn.class, ParticipantColumn::byHeader, ParticipantColumn::required);
        return new Header(idx, r.fields, r.offset(), Arrays.copyOfRange(r.buf(), r.lineFrom, r.lineTo));
      }
    }
  }

  /**
   * {@code n + 1} offsets that split {@code [start, size)} into {@code n} ranges of about equal length, each
   * but the first starting just after a line feed (an empty range is possible). A line feed inside a quoted
   * field may be taken for a line end: the range holding the quote declines the whole read, so no quoted
   * file is ever read from ranges.
   */
  static long[] bounds(Path file, long start, long size, int n) throws IOException {
    long[] b = new long[n + 1];
    b[0] = start;
    b[n] = Math.max(start, size);
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
      java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(1 << 16);
      for (int k = 1; k < n; k++) {
        long target = Math.max(b[k - 1], start + (size - start) * k / n);
        b[k] = lineStartAtOrAfter(ch, buf, target, size);
      }
    }
    return b;
  }

  /** The first offset at or after {@code target} that follows a line feed (or {@code size}). */
  private static long lineStartAtOrAfter(java.nio.channels.FileChannel ch, java.nio.ByteBuffer buf, long target,
      long size) throws IOException {
    if (target <= 0) {
      return 0;
    }
    long pos = target - 1; // the byte before the target: a line feed there makes the target a line start
    while (pos < size) {
      buf.clear();
      int got = ch.read(buf, pos);
      if (got <= 0) {
        break;
      }
      for (int i = 0; i < got; i++) {
        if (buf.get(i) == '\n') {
          return pos + i + 1;
        }
      }
      pos += got;
    }
    return size;
  }

  // ------------------------------------------------------------------------------------- records

  /**
   * Splits a UTF-8 CSV byte stream into records and fields by offsets into a reused buffer. Takes only the
   * plain form: no quotes, LF or CRLF line ends; empty lines are skipped as the full reader skips them.
   */
  static final class Records implements AutoCloseable {
    private final InputStream in;
    /** How many bytes to read at most (the end of a byte range). */
    private final long limit;
    private byte[] buf = new byte[BUFFER];
    private int pos;
    private int lim;
    private boolean eof;
    /** True at the start of a file, where a byte order mark may stand. */
    private boolean first;
    final int[] start = new int[CsvRecordReader.DEFAULT_MAX_FIELDS + 1];
    final int[] end = new int[CsvRecordReader.DEFAULT_MAX_FIELDS + 1];
    int fields;
    /** The current record's bytes in {@link #buf}, without its line end. */
    int lineFrom;
    int lineTo;
    long bytesRead;

    Records(InputStream in, long limit, boolean atFileStart) {
      this.in = in;
      this.limit = limit;
      this.first = atFileStart;
    }

    /** The records of {@code file} in {@code [from, to)}; {@code from} is the file's start or a line start. */
    static Records of(Path file, long from, long to) throws IOException {
      java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file);
      try {
        ch.position(from);
        return new Records(java.nio.channels.Channels.newInputStream(ch), Math.max(0, to - from), from == 0);
      } catch (IOException | RuntimeException e) {
        ch.close();
        throw e;
      }
    }

    /** The offset (from where reading began) of the first byte not yet taken as part of a record. */
    long offset() {
      return bytesRead - (lim - pos);
    }

    byte[] buf() {
      return buf;
    }

    /**
     * Moves the bytes not yet taken to the start of the buffer, then reads more; false at the end of input. It
     * moves them even then: {@link #next} shifts its offsets by what was {@code pos} before the call.
     */
    private boolean fill() throws IOException {
      if (pos > 0) {
        System.arraycopy(buf, pos, buf, 0, lim - pos);
        lim -= pos;
        pos = 0;
      }
      if (eof) {
        return false;
      }
      if (lim == buf.length) {
        if (buf.length >= MAX_RECORD * 2) {
          throw Decline.INSTANCE;
        }
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      int n = bytesRead >= limit ? -1 : in.read(buf, lim, (int) Math.min(buf.length - lim, limit - bytesRead));
      if (n < 0) {
        eof = true;
        return false;
      }
      lim += n;
      bytesRead += n;
      return true;
    }

    /** The next non-empty record; false at the end. */
    boolean next() throws IOException {
      if (first) {
        first = false;
        while (lim - pos < 3 && fill()) {
          // want three bytes for the byte order mark
        }
        if (lim - pos >= 3 && (buf[pos] & 0xFF) == 0xEF && (buf[pos + 1] & 0xFF) == 0xBB
            && (buf[pos + 2] & 0xFF) == 0xBF) {
          pos += 3;
        }
      }
      while (true) {
        int p = pos;
        int f = 0;
        int fieldStart = p;
        int fieldEnd;
        int lineEnd;
        while (true) {
          if (p == lim || buf[p] == '\r' && p + 1 == lim && !eof) {
            int shift = pos;
            boolean more = fill();
            p -= shift;
            fieldStart -= shift;
            for (int k = 0; k < f; k++) {
              start[k] -= shift;
              end[k] -= shift;
            }
            if (more) {
              continue;
            }
            if (p == lim) {
              if (p == pos && f == 0) {
                return false; // end of input
              }
              fieldEnd = p; // last record without a line end
              lineEnd = p;
              break;
            }
          }
          byte c = buf[p];
          if (c == ',') {
            if (f == CsvRecordReader.DEFAULT_MAX_FIELDS) {
              throw Decline.INSTANCE;
            }
            start[f] = fieldStart;
            end[f] = p;
            f++;
            fieldStart = ++p;
          } else if (c == '\n') {
            fieldEnd = p;
            lineEnd = p + 1;
            break;
          } else if (c == '\r') {
            if (p + 1 == lim || buf[p + 1] != '\n') {
              throw Decline.INSTANCE; // a bare CR: leave it to the full reader
            }
            fieldEnd = p;
            lineEnd = p + 2;
            break;
          } else if (c == '"') {
            throw Decline.INSTANCE; // quoted fields: the full reader
          } else {
            p++;
            while (p + 8 <= lim) { // ordinary bytes, eight at a time
              long m = special((long) LITTLE_ENDIAN_LONGS.get(buf, p));
              if (m != 0) {
                p += Long.numberOfTrailingZeros(m) >>> 3;
                break;
              }
              p += 8;
            }
          }
        }
        start[f] = fieldStart;
        end[f] = fieldEnd;
        f++;
        int recordStart = pos;
        pos = lineEnd;
        if (f == 1 && start[0] == end[0]) {
          continue; // empty line
        }
        if (lineEnd - recordStart > MAX_RECORD) {
          throw Decline.INSTANCE;
        }
        fields = f;
        lineFrom = recordStart;
        lineTo = fieldEnd;
        for (int k = 0; k < f; k++) {
          if (end[k] - start[k] > MAX_FIELD) {
            throw Decline.INSTANCE;
          }
        }
        return true;
      }
    }

    /** The field's bytes as ASCII text (header names only). */
    String text(int i) {
      return new String(buf, start[i], end[i] - start[i], StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** Maps each column to its field index; declines unless the header is one the full reader accepts. */
  static <C extends Enum<C>> int[] header(Records r, Class<C> type, Function<String, Optional<C>> byName,
      java.util.function.Predicate<C> required) throws IOException {
    if (!r.next()) {
      throw Decline.INSTANCE;
    }
    C[] all = type.getEnumConstants();
    int[] idx = new int[all.length];
    Arrays.fill(idx, -1);
    Map<C, Integer> seen = new EnumMap<>(type);
    for (int i = 0; i < r.fields; i++) {
      for (int k = r.start[i]; k < r.end[i]; k++) {
        if (r.buf()[k] < 0) {
          throw Decline.INSTANCE;
        }
      }
      Optional<C> c = byName.apply(r.text(i));
      if (c.isEmpty() || seen.putIfAbsent(c.get(), i) != null) {
        throw Decline.INSTANCE;
      }
      idx[c.get().ordinal()] = i;
    }
    for (C c : all) {
      if (required.test(c) && idx[c.ordinal()] < 0) {
        throw Decline.INSTANCE;
      }
    }
    return idx;
  }

  // ------------------------------------------------------------------------------ field decoding

  /**
   * The values of one coded column, matched on bytes: an open-addressing table keyed by the name's length and
   * its first and last eight bytes read as longs, which decide equality outright for names of up to 16 bytes
   * (longer ones compare their middle eight bytes at a time).
   */
  private static final class Vocabulary<T> {
    private final List<T> values;
    /** Per slot: the index + 1 of the name there, 0 for none. */
    private final int[] slots;
    private final int shift;
    private final long[][] words;
    private final int[] lengths;

    Vocabulary(Map<String, T> entries) {
      this.values = new ArrayList<>(entries.values());
      int n = entries.size();
      int bits = 32 - Integer.numberOfLeadingZeros(Math.max(4, n * 4) - 1);
      this.slots = new int[1 << bits];
      this.shift = 64 - bits;
      this.words = new long[n][];
      this.lengths = new int[n];
      int i = 0;
      for (String s : entries.keySet()) {
        byte[] name = s.getBytes(StandardCharsets.US_ASCII);
        lengths[i] = name.length;
        words[i] = new long[words(name.length)];
        for (int k = 0; k < words[i].length; k++) {
          words[i][k] = word(name, 0, name.length, k);
        }
        int h = slot(words[i][0], tail(name, 0, name.length), name.length);
        while (slots[h] != 0) {
          h = (h + 1) & (slots.length - 1);
        }
        slots[h] = ++i;
      }
    }

    /** How many longs {@link #word} gives for a name of {@code len} bytes. */
    private static int words(int len) {
      return len <= 8 ? 1 : len <= 16 ? 2 : 2 + (len - 9) / 8;
    }

    /**
     * The {@code k}-th long of {@code b[from, from + len)}: 0, the first eight bytes (zero-padded when shorter);
     * 1, the last eight bytes (of a name longer than eight); from 2, the bytes between, eight at a time (the
     * final one ending eight bytes before the end). Only the bytes of {@code b[from, from + len)} count.
     */
    private static long word(byte[] b, int from, int len, int k) {
      if (k == 0) {
        if (len >= 8) {
          return (long) LITTLE_ENDIAN_LONGS.get(b, from);
        }
        if (from + 8 <= b.length) { // the bytes after the field are in the array: read eight, keep len
          return (long) LITTLE_ENDIAN_LONGS.get(b, from) & (-1L >>> (64 - 8 * len));
        }
        long w = 0;
        for (int i = len - 1; i >= 0; i--) {
          w = (w << 8) | (b[from + i] & 0xFF);
        }
        return w;
      }
      if (k == 1) {
        return (long) LITTLE_ENDIAN_LONGS.get(b, from + len - 8);
      }
      return (long) LITTLE_ENDIAN_LONGS.get(b, from + Math.min(8 * (k - 1), len - 16));
    }

    private static long tail(byte[] b, int from, int len) {
      return len > 8 ? word(b, from, len, 1) : 0;
    }

    private int slot(long head, long tail, int len) {
      return (int) (((head ^ tail * 31 ^ len) * 0x9E3779B97F4A7C15L) >>> shift);
    }

    /** The index of the value spelled by {@code b[from, to)}; declines when none is. */
    int find(byte[] b, int from, int to) {
      int len = to - from;
      if (len == 0) {
        throw Decline.INSTANCE;
      }
      long head = word(b, from, len, 0);
      long tail = tail(b, from, len);
      int h = slot(head, tail, len);
      while (true) {
        int i = slots[h] - 1;
        if (i < 0) {
          throw Decline.INSTANCE;
        }
        long[] w = words[i];
        if (lengths[i] == len && w[0] == head && (len <= 8 || w[1] == tail && middleEquals(w, b, from, len))) {
          return i;
        }
        h = (h + 1) & (slots.length - 1);
      }
    }

    private static boolean middleEquals(long[] w, byte[] b, int from, int len) {
      for (int k = 2; k < w.length; k++) {
        if (w[k] != word(b, from, len, k)) {
          return false;
        }
      }
      return true;
    }

    T value(int i) {
      return values.get(i);
    }
  }

  private static <E> Map<String, Answer<E>> answers(E[] known, Function<E, String> code) {
    Map<String, Answer<E>> m = new java.util.LinkedHashMap<>();
    for (E e : known) {
      m.put(code.apply(e), Answer.of(e));
    }
    for (UnknownReason r : UnknownReason.values()) {
      m.put("unknown:" + r.code(), Answer.unknown(r));
    }
    return m;
  }

  private static <E> Map<String, E> codes(E[] known, Function<E, String> code) {
    Map<String, E> m = new java.util.LinkedHashMap<>();
    for (E e : known) {
      m.put(code.apply(e), e);
    }
    return m;
  }

  private static final Vocabulary<Answer<Gender>> GENDERS = new Vocabulary<>(answers(Gender.values(), Gender::code));
  private static final Vocabulary<Answer<EmploymentStatus>> STATUSES =
      new Vocabulary<>(answers(EmploymentStatus.values(), EmploymentStatus::code));
  private static final Vocabulary<Answer<IscedLevel>> LEVELS =
      new Vocabulary<>(answers(IscedLevel.values(), IscedLevel::code));
  private static final Vocabulary<Answer<Boolean>> BOOLEANS =
      new Vocabulary<>(answers(new Boolean[] {true, false}, b -> b ? "yes" : "no"));
  private static final Vocabulary<Answer<LocalDate>> UNKNOWN_DATES =
      new Vocabulary<>(answers(new LocalDate[0], d -> ""));
  private static final Vocabulary<ReferralSource> REFERRALS =
      new Vocabulary<>(codes(ReferralSource.values(), ReferralSource::code));
  private static final Vocabulary<ExitDestination> DESTINATIONS =
      new Vocabulary<>(codes(ExitDestination.values(), ExitDestination::code));
  private static final Vocabulary<EventType> EVENTS = new Vocabulary<>(codes(EventType.values(), EventType::code));
  /** {@code EventType.values()} once: each call clones the array (it showed in the allocation profile). */
  private static final EventType[] EVENT_TYPES = EventType.values();

  private static final int[] GENDER_CODES = codesOf(GENDERS, Gender.values().length + 3,
      a -> ParticipantColumns.genderCode(a));
  private static final int[] STATUS_CODES = codesOf(STATUSES, EmploymentStatus.values().length + 3,
      a -> ParticipantColumns.statusCode(a));
  private static final int[] LEVEL_CODES = codesOf(LEVELS, IscedLevel.values().length + 3,
      a -> ParticipantColumns.educationCode(a));
  private static final int[] UNKNOWN_BIRTH_CODES = codesOf(UNKNOWN_DATES, 3, a -> ParticipantColumns.birthCode(a));

  private static <T> int[] codesOf(Vocabulary<T> v, int n, Function<T, Integer> code) {
    int[] c = new int[n];
    for (int i = 0; i < n; i++) {
      c[i] = code.apply(v.value(i));
    }
    return c;
  }

  /**
   * {@code YYYY-MM-DD} as {@code yyyymmdd}, a real date in 1800–2999; declines otherwise. The eight digits
   * stand at fixed places: each is taken once and all are checked together.
   */
  static int ymd(byte[] b, int from, int to) {
    if (to - from != 10 || b[from + 4] != '-' || b[from + 7] != '-') {
      throw Decline.INSTANCE;
    }
    int y0 = b[from] - '0';
    int y1 = b[from + 1] - '0';
    int y2 = b[from + 2] - '0';
    int y3 = b[from + 3] - '0';
    int m0 = b[from + 5] - '0';
    int m1 = b[from + 6] - '0';
    int d0 = b[from + 8] - '0';
    int d1 = b[from + 9] - '0';
    // a digit is 0–9: no bit above the lowest four in it nor in it + 6 (10–15 + 6 carry into bit 4; < 0 sets all)
    if ((notDigit(y0) | notDigit(y1) | notDigit(y2) | notDigit(y3) | notDigit(m0) | notDigit(m1) | notDigit(d0)
        | notDigit(d1)) != 0) {
      throw Decline.INSTANCE;
    }
    int y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
    int m = m0 * 10 + m1;
    int d = d0 * 10 + d1;
    if (y < 1800 || y > 2999 || m < 1 || m > 12 || d < 1 || d > lengthOfMonth(y, m)) {
      throw Decline.INSTANCE;
    }
    return y * 10000 + m * 100 + d;
  }

  /** Non-zero unless {@code v} (a byte minus {@code '0'}) is 0–9. */
  private static int notDigit(int v) {
    return (v | (v + 6)) & ~15;
  }

  private static int lengthOfMonth(int y, int m) {
    if (m == 2) {
      return (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0) ? 29 : 28;
    }
    return m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31;
  }

  private static LocalDate date(int ymd) {
    return LocalDate.of(ymd / 10000, ymd / 100 % 100, ymd % 100);
  }

  /**
   * A participant id the full reader accepts: 1–64 of {@code A-Z a-z 0-9 _ -}, not shaped like a
   * personnummer; declines otherwise.
   */
  static void checkId(byte[] b, int from, int to) {
    int n = to - from;
    if (n < 1 || n > 64) {
      throw Decline.INSTANCE;
    }
    int digits = 0;
    boolean pnrShape = n >= 10 && n <= 13;
    for (int i = from; i < to; i++) {
      byte c = b[i];
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '-')) {
        throw Decline.INSTANCE;
      } else if (!(c == '-' && i == to - 5)) {
        pnrShape = false;
      }
    }
    if (pnrShape && (digits == 10 || digits == 12)
        || digits >= 9 && io.github.esfkit.core.Redaction.containsIdentityNumber(
            new String(b, from, n, java.nio.charset.StandardCharsets.US_ASCII))) {
      // an identity number in any written form (19850312_1231): the full reader reports it, never echoing it
      throw Decline.INSTANCE;
    }
  }

  /**
   * A personnummer written {@code YYYYMMDD-NNNN} or {@code YYYYMMDDNNNN} with a valid date and check digit,
   * as its twelve digits plus one; declines on any other form (the full reader decides those).
   */
  static long personKey(byte[] b, int from, int to) {
    int n = to - from;
    if (n != 12 && n != 13 || n == 13 && b[from + 8] != '-') {
      throw Decline.INSTANCE;
    }
    long v = 0;
    int sum = 0;
    int k = 0;
    for (int i = from; i < to; i++) {
      if (n == 13 && i == from + 8) {
        continue;
      }
      int c = b[i] - '0';
      if (c < 0 || c > 9) {
        throw Decline.INSTANCE;
      }
      v = v * 10 + c;
      if (k >= 2) { // Luhn over the last ten digits, weights 2, 1, 2, 1 … from the left
        int x = (k % 2 == 0) ? c * 2 : c;
        sum += x > 9 ? x - 9 : x;
      }
      k++;
    }
    int year = (int) (v / 100_000_000L);
    int month = (int) (v / 1_000_000L % 100);
    int day = (int) (v / 10_000L % 100);
    if (day > 60) {
      day -= 60;
    }
    if (sum % 10 != 0 || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
      throw Decline.INSTANCE;
    }
    return v + 1;
  }

  // ------------------------------------------------------------------------------------- events

  private long readEvents(Path file, IdTable ids) {
    long rows = 0;
    try (Records r = new Records(Files.newInputStream(file), Long.MAX_VALUE, true)) {
      int[] idx = header(r, EventColumn.class, EventColumn::byHeader, c -> true);
      int iId = idx[EventColumn.PARTICIPANT_ID.ordinal()];
      int iDate = idx[EventColumn.DATE.ordinal()];
      int iEvent = idx[EventColumn.EVENT.ordinal()];
      int width = r.fields;
      while (r.next()) {
        rows++;
        if (r.fields != width) {
          throw Decline.INSTANCE;
        }
        byte[] b = r.buf();
        checkId(b, r.start[iId], r.end[iId]);
        int ymd = ymd(b, r.start[iDate], r.end[iDate]);
        int type = EVENTS.find(b, r.start[iEvent], r.end[iEvent]);
        if (rows >= 1L << 28) {
          throw Decline.INSTANCE; // the line would reach the key's sign bit and sort first: the full reader
        }
        long packed = (rows << 35) | ((long) type << 32) | (ymd & 0xFFFFFFFFL);
        ids.addEvent(ids.slot(b, r.start[iId], r.end[iId]), packed);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return rows;
  }

  // ----------------------------------------------------------------------------- person counts

  /**
   * The person key of each line of a range, gathered in a quick pass that looks only at the person_id field of
   * each line and skips the rest, then sorted. It reads the plain form only; on any other (quotes, a short line) it may count wrongly or
   * decline, which is harmless: the full parse of the same bytes declines such a file anyway.
   */
  private PersonKeys countPersons(Path file, Header header, long from, long to) {
    int column = header.idx()[ParticipantColumn.PERSON_ID.ordinal()];
    PersonKeys c = new PersonKeys(column < 0 ? 16 : (int) Math.min(1 << 26, Math.max(1024, (to - from) / 120)));
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file)) {
      ch.position(from);
      java.io.InputStream in = java.nio.channels.Channels.newInputStream(ch);
      long left = to - from;
      byte[] b = new byte[BUFFER];
      int lim = 0;
      while (true) {
        int n = left == 0 ? -1 : in.read(b, lim, (int) Math.min(b.length - lim, left));
        boolean eof = n < 0;
        if (!eof) {
          lim += n;
          left -= n;
        }
        int end = lim;
        if (!eof) {
          while (end > 0 && b[end - 1] != '\n') {
            end--;
          }
          if (end == 0) {
            if (lim == b.length) {
              if (b.length >= MAX_RECORD * 2) {
                throw Decline.INSTANCE;
              }
              b = Arrays.copyOf(b, b.length * 2);
            }
            continue;
          }
        }
        personColumn(b, 0, end, column, c);
        if (eof) {
          return c.sorted();
        }
        System.arraycopy(b, end, b, 0, lim - end);
        lim -= end;
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Counts the lines in {@code b[from, to)} and keeps the person_id (field {@code column}, if not -1) of each. */
  private static void personColumn(byte[] b, int from, int to, int column, PersonKeys c) {
    int p = from;
    if (column < 0) {
      long lines = 0;
      for (int i = from; i < to; i++) {
        if (b[i] == '\n') {
          lines++;
        }
      }
      c.addLines(lines + (to > from && b[to - 1] != '\n' ? 1 : 0));
      return;
    }
    long lines = 0;
    while (p < to) {
      lines++;
      int commas = 0;
      while (commas < column) { // to the start of the person_id field, or the line's end
        while (p + 8 <= to) {
          long w = (long) LITTLE_ENDIAN_LONGS.get(b, p);
          long m = zeroBytes(w ^ (',' * ONES)) | zeroBytes(w ^ ('\n' * ONES));
          if (m != 0) {
            p += Long.numberOfTrailingZeros(m) >>> 3;
            break;
          }
          p += 8;
        }
        while (p < to && b[p] != ',' && b[p] != '\n') {
          p++;
        }
        if (p == to || b[p] == '\n') {
          break;
        }
        p++;
        commas++;
      }
      int start = p;
      while (p < to && b[p] != ',' && b[p] != '\n' && b[p] != '\r') {
        p++;
      }
      if (commas == column && p > start) {
        c.add(personKey(b, start, p));
      }
      while (p + 8 <= to) { // to the line's end, eight bytes at a time
        long m = zeroBytes((long) LITTLE_ENDIAN_LONGS.get(b, p) ^ ('\n' * ONES));
        if (m != 0) {
          p += Long.numberOfTrailingZeros(m) >>> 3;
          break;
        }
        p += 8;
      }
      while (p < to && b[p] != '\n') {
        p++;
      }
      p++;
    }
    c.addLines(lines);
  }

  // ------------------------------------------------------------------------------- participants

  /**
   * Parses and folds the rows of participants.csv in {@code [from, to)} into {@code calculator}: each row claims
   * its participant_id in {@code ids}, shared by all ranges (which finds an id seen twice, in any ranges, and
   * hands the row its events); an id too long to pack is also kept in this range's {@code longIds}.
   */
  private long readRange(Path file, Header header, long from, long to, int range, IdTable ids, IdTable longIds,
      PersonIdCounts persons, CommonIndicatorCalculator calculator, Progress progress, Stop stop) {
    long rows = 0;
    try (Records r = Records.of(file, from, to)) {
      Row row = new Row(r, header.idx(), header.width(), ids, longIds, persons);
      ParticipantColumns.Builder columns = ParticipantColumns.builder(CHUNK);
      int[] subCodes = new int[MAX_SUB_PROJECTS]; // the row's sub-project index → the chunk's code + 1
      int inChunk = 0;
      while (r.next()) {
        rows++;
        row.parse();
        if (row.linked) {
          calculator.add(row.participation());
        } else {
          int sub = subCodes[row.subIndex] - 1;
          if (sub < 0) {
            sub = columns.subProject(row.subProject);
            subCodes[row.subIndex] = sub + 1;
          }
          columns.addRow(sub, GENDER_CODES[row.gender], row.birth, row.entry, row.exit, STATUS_CODES[row.status],
              LEVEL_CODES[row.education], row.flags);
          if (row.events != null) {
            for (long e : row.events) {
              columns.addEvent(packedYmd(e), EVENT_TYPES[packedType(e)]);
            }
          }
        }
        if (++inChunk == CHUNK) {
          stop.check();
          calculator.add(columns.build());
          columns = ParticipantColumns.builder(CHUNK);
          Arrays.fill(subCodes, 0);
          inChunk = 0;
          progress.report(range, r.bytesRead, rows);
        }
      }
      calculator.add(columns.build());
      progress.report(range, r.bytesRead, rows);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return rows;
  }

  private static int packedYmd(long packed) {
    return (int) packed;
  }

  private static int packedType(long packed) {
    return (int) ((packed >>> 32) & 7);
  }

  /** The current participants.csv row, parsed and checked in place. */
  private static final class Row {
    private final Records r;
    private final int[] idx;
    private final int width;
    private final IdTable ids;
    private final IdTable longIds;
    private final PersonIdCounts persons;
    /** The sub-project names seen, as bytes, hashes and strings; few per file, so a scan finds them. */
    private final byte[][] subBytes = new byte[MAX_SUB_PROJECTS][];
    private final int[] subHashes = new int[MAX_SUB_PROJECTS];
    private final String[] subNames = new String[MAX_SUB_PROJECTS];
    private int subCount;

    String subProject;
    /** The index of {@link #subProject} among the names this file has shown so far. */
    int subIndex;
    int gender;
    int birth;
    int birthUnknown;
    int entry;
    int exit;
    int status;
    int education;
    int flags;
    long personKey;
    boolean linked;
    long[] events;
    private final int[] yesNo = new int[5];
    private int referral;
    private int destination;

    Row(Records r, int[] idx, int width, IdTable ids, IdTable longIds, PersonIdCounts persons) {
      this.r = r;
      this.idx = idx;
      this.width = width;
      this.ids = ids;
      this.longIds = longIds;
      this.persons = persons;
    }

    private int from(ParticipantColumn c) {
      return r.start[idx[c.ordinal()]];
    }

    private int to(ParticipantColumn c) {
      return r.end[idx[c.ordinal()]];
    }

    private boolean has(ParticipantColumn c) {
      return idx[c.ordinal()] >= 0;
    }

    private boolean blank(ParticipantColumn c) {
      return !has(c) || to(c) == from(c);
    }

    void parse() {
      if (r.fields != width) {
        throw Decline.INSTANCE;
      }
      byte[] b = r.buf();
      // participant_id: valid, and not seen before in this range (the ranges are compared at the end)
      int idFrom = from(ParticipantColumn.PARTICIPANT_ID);
      int idTo = to(ParticipantColumn.PARTICIPANT_ID);
      checkId(b, idFrom, idTo);
      long[] waiting = ids.claim(b, idFrom, idTo);
      if (waiting == IdTable.CLAIMED) {
        throw Decline.INSTANCE; // a participant_id seen before, in this range or another
      }
      if (idTo - idFrom > 10) { // too long to pack (checkId allows only the packable characters): kept by this range
        int mine = longIds.find(b, idFrom, idTo);
        if (mine >= 0) {
          throw Decline.INSTANCE;
        }
        longIds.insertAt(b, idFrom, idTo, mine);
      }
      events = waiting.length == 0 ? null : waiting;

      personKey = blank(ParticipantColumn.PERSON_ID) ? 0
          : personKey(b, from(ParticipantColumn.PERSON_ID), to(ParticipantColumn.PERSON_ID));
      linked = personKey != 0 && persons.count(personKey) > 1;

      subProject = subProject(b, from(ParticipantColumn.SUB_PROJECT), to(ParticipantColumn.SUB_PROJECT));
      gender = required(GENDERS, ParticipantColumn.GENDER);
      entry = ymd(b, from(ParticipantColumn.ENTRY_DATE), to(ParticipantColumn.ENTRY_DATE));
      int bFrom = from(ParticipantColumn.BIRTH_DATE);
      int bTo = to(ParticipantColumn.BIRTH_DATE);
      if (bTo - bFrom > 8 && b[bFrom] == 'u') {
        birthUnknown = UNKNOWN_DATES.find(b, bFrom, bTo);
        birth = UNKNOWN_BIRTH_CODES[birthUnknown];
      } else {
        birthUnknown = -1;
        birth = ymd(b, bFrom, bTo);
        if (birth > entry) {
          throw Decline.INSTANCE;
        }
      }
      exit = blank(ParticipantColumn.EXIT_DATE) ? 0
          : ymd(b, from(ParticipantColumn.EXIT_DATE), to(ParticipantColumn.EXIT_DATE));
      if (exit != 0 && exit < entry) {
        throw Decline.INSTANCE;
      }
      status = required(STATUSES, ParticipantColumn.EMPLOYMENT_STATUS);
      education = required(LEVELS, ParticipantColumn.EDUCATION);
      yesNo[0] = optional(BOOLEANS, ParticipantColumn.DISABILITY);
      yesNo[1] = optional(BOOLEANS, ParticipantColumn.FOREIGN_BACKGROUND);
      yesNo[2] = optional(BOOLEANS, ParticipantColumn.THIRD_COUNTRY_NATIONAL);
      yesNo[3] = optional(BOOLEANS, ParticipantColumn.HOMELESS);
      yesNo[4] = optional(BOOLEANS, ParticipantColumn.RURAL);
      referral = optional(REFERRALS, ParticipantColumn.REFERRAL_SOURCE);
      destination = optional(DESTINATIONS, ParticipantColumn.EXIT_DESTINATION);
      if (destination >= 0 && exit == 0) {
        throw Decline.INSTANCE;
      }
      if (events != null) {
        if (exit == 0) {
          throw Decline.INSTANCE;
        }
        Arrays.sort(events); // line order, as the full reader adds them
        for (long e : events) {
          if (packedYmd(e) < exit) {
            throw Decline.INSTANCE;
          }
        }
      }
      flags = FLAGS.get(yesNo) | (personKey != 0 ? IDENTIFIED : 0);
    }

    private int required(Vocabulary<?> v, ParticipantColumn c) {
      return v.find(r.buf(), from(c), to(c)); // blank is no value of any vocabulary: declined
    }

    private int optional(Vocabulary<?> v, ParticipantColumn c) {
      return blank(c) ? -1 : v.find(r.buf(), from(c), to(c));
    }

    private String subProject(byte[] b, int from, int to) {
      int len = to - from;
      int h = 1;
      for (int i = from; i < to; i++) {
        h = 31 * h + b[i];
      }
      for (int k = 0; k < subCount; k++) {
        byte[] n = subBytes[k];
        if (subHashes[k] == h && n.length == len && Arrays.equals(n, 0, len, b, from, to)) {
          subIndex = k;
          return subNames[k];
        }
      }
      if (len == 0 || !CsvRecordReader.validUtf8(b, from, to)) {
        throw Decline.INSTANCE;
      }
      String s = new String(b, from, len, StandardCharsets.UTF_8);
      if (s.isBlank() || Redaction.containsIdentityNumber(s) || subCount == MAX_SUB_PROJECTS) {
        throw Decline.INSTANCE; // the full reader reports the first two; thousands of names: not this path
      }
      subBytes[subCount] = Arrays.copyOfRange(b, from, to);
      subHashes[subCount] = h;
      subIndex = subCount;
      subNames[subCount++] = s;
      return s;
    }

    /** The row as a participation, for a person with several rows (linked by the calculator). */
    Participation participation() {
      byte[] b = r.buf();
      Participation.Builder p = Participation.builder()
          .participantId(new String(b, from(ParticipantColumn.PARTICIPANT_ID),
              to(ParticipantColumn.PARTICIPANT_ID) - from(ParticipantColumn.PARTICIPANT_ID), StandardCharsets.US_ASCII))
          .personId(Personnummer.parse(String.format("%012d", personKey - 1)))
          .subProject(subProject)
          .gender(GENDERS.value(gender))
          .birthDate(birthUnknown >= 0 ? UNKNOWN_DATES.value(birthUnknown) : Answer.of(date(birth)))
          .entryDate(date(entry))
          .employmentStatus(STATUSES.value(status))
          .education(LEVELS.value(education));
      if (exit != 0) {
        p.exitDate(date(exit));
      }
      if (yesNo[0] >= 0) {
        p.disability(BOOLEANS.value(yesNo[0]));
      }
      if (yesNo[1] >= 0) {
        p.foreignBackground(BOOLEANS.value(yesNo[1]));
      }
      if (yesNo[2] >= 0) {
        p.thirdCountryNational(BOOLEANS.value(yesNo[2]));
      }
      if (yesNo[3] >= 0) {
        p.homeless(BOOLEANS.value(yesNo[3]));
      }
      if (yesNo[4] >= 0) {
        p.rural(BOOLEANS.value(yesNo[4]));
      }
      if (referral >= 0) {
        p.referralSource(REFERRALS.value(referral));
      }
      if (destination >= 0) {
        p.exitDestination(DESTINATIONS.value(destination));
      }
      if (events != null) {
        for (long e : events) {
          p.addEvents(LabourMarketEvent.of(date(packedYmd(e)), EVENT_TYPES[packedType(e)]));
        }
      }
      return p.build();
    }
  }

  private static final int IDENTIFIED = ParticipantColumns.flagsCode(Answer.of(false), Answer.of(false),
      Answer.of(false), Answer.of(false), Answer.of(false), true, false);

  /** The flag bits of the five yes/no answers (index into {@link #BOOLEANS}, or -1 for blank). */
  private static final class FLAGS {
    private static final int[] BITS = new int[5 * 6];

    static {
      Answer<Boolean> no = Answer.of(false);
      for (int field = 0; field < 5; field++) {
        for (int v = -1; v < 5; v++) {
          Answer<Boolean> a = v < 0 ? Answer.notCollected() : BOOLEANS.value(v);
          Answer<Boolean>[] five = fiveOf(no);
          five[field] = a;
          BITS[field * 6 + v + 1] = ParticipantColumns.flagsCode(five[0], five[1], five[2], five[3], five[4], false,
              false);
        }
      }
    }

    @SuppressWarnings("unchecked")
    private static Answer<Boolean>[] fiveOf(Answer<Boolean> a) {
      Answer<Boolean>[] five = new Answer[5];
      Arrays.fill(five, a);
      return five;
    }

    static int get(int[] yesNo) {
      int f = 0;
      for (int field = 0; field < 5; field++) {
        f |= BITS[field * 6 + yesNo[field] + 1];
      }
      return f;
    }
  }
}
