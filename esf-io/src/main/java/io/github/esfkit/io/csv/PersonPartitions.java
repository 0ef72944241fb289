package io.github.esfkit.io.csv;

import io.github.esfkit.io.csv.ColumnarCsvReader.Decline;
import io.github.esfkit.io.csv.ColumnarCsvReader.Header;
import io.github.esfkit.io.csv.ColumnarCsvReader.Progress;
import io.github.esfkit.io.csv.ColumnarCsvReader.Records;
import io.github.esfkit.io.csv.ColumnarCsvReader.Stop;
import io.github.esfkit.io.csv.ColumnarCsvReader.Task;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * participants.csv and events.csv partitioned by person (partitionering per person) into temporary files, so
 * that each partition can be read in memory on its own: every row of one person (same personnummer, in either
 * written form) is in one partition, a row without person_id goes by its participant_id, and every event goes
 * to the partition of the row with its participant_id. A partition is a participants file and an events file
 * with the original headers; line ends become LF and empty lines are dropped. Rows may change order (nothing
 * the calculator computes depends on it); the events of one participant keep theirs.
 *
 * <p>Three passes, each in bounded memory: (1) participants.csv, split by byte range over the threads: each
 * row to its person's partition, and its participant_id with that partition's number to the id's partition
 * of a side file; (2) events.csv, side by side with the first: each event to its participant_id's partition;
 * (3) per id partition, the ids with their person's partition in a table, then each event to its person's
 * partition. An id in two rows and an event naming no row are found in the third pass, where all rows and
 * events of one id meet.
 *
 * <p>Only the fields it needs are checked here: any row the columnar path cannot take either declines here or
 * declines when its partition is read, and the full reader then reports it. The files hold personal data: the
 * directory and its files are readable by their owner only (where the file store keeps POSIX permissions),
 * and {@link #close}, or a shutdown hook should the JVM be stopped first, deletes them. Not thread-safe; one
 * per read.
 */
final class PersonPartitions implements AutoCloseable {

  /** Bytes a thread gathers per partition file before appending them. */
  private static final int BATCH = 1 << 15;
  /**
   * The most threads partitioning uses: it is mostly bound by the disk, and each thread holds a batch per open
   * file (up to 384 × 32 KiB).
   */
  private static final int MAX_THREADS = 4;
  /** Rows between two progress reports and stop checks while partitioning. */
  private static final int REPORT_EVERY = 1 << 16;

  private final Path dir;
  private final int count;
  /**
   * The number of id partitions (side and waiting files): two per partition and thread, so that the id tables
   * the threads of the third pass hold at once cover about half as many ids as one partition has.
   */
  private final int idCount;
  private final boolean withEvents;

  /** Deletes the files should the JVM be stopped while they exist (Ctrl-C, SIGTERM; not a kill -9). */
  private final Thread cleanup;
  /** Whether POSIX permissions hold on the directory's file store (not on e.g. FAT or SMB mounts). */
  private final boolean posix;

  private PersonPartitions(Path dir, int count, int threads, boolean withEvents, boolean posix) {
    this.dir = dir;
    this.count = count;
    this.idCount = (int) Math.min(ColumnarCsvReader.MAX_PARTITIONS, 2L * count * threads);
    this.withEvents = withEvents;
    this.posix = posix;
    this.cleanup = new Thread(this::deleteAll, "esf-partitions-cleanup");
  }

  /** Partition {@code k}'s participants file. */
  Path participants(int k) {
    return file("p", k);
  }

  /** Partition {@code k}'s events file, or null when the read has no events.csv. */
  @Nullable Path events(int k) {
    return withEvents ? file("e", k) : null;
  }

  private Path file(String kind, int k) {
    return dir.resolve(kind + "-" + k); // numbers only: nothing of the input in a file name
  }

  /**
   * Partitions both files into {@code count} (2 to {@link ColumnarCsvReader#MAX_PARTITIONS}) partitions in a
   * new directory under {@code parent}, with up to {@code threads} threads; throws {@link Decline} when a row
   * breaks a rule it checks. On any failure the directory is deleted before the exception leaves.
   *
   * @param progress told how far the pass over participants.csv has come, as bytes of {@code name}
   */
  static PersonPartitions write(Path participants, @Nullable Path events, int count, int threads, Path parent,
      ProgressListener progress, String name) throws IOException {
    if (count < 2 || count > ColumnarCsvReader.MAX_PARTITIONS) {
      throw new IllegalArgumentException("partitions must be 2 to " + ColumnarCsvReader.MAX_PARTITIONS + ": " + count);
    }
    int t = Math.max(1, Math.min(MAX_THREADS, threads));
    boolean posix = Files.getFileStore(parent).supportsFileAttributeView("posix");
    PersonPartitions parts = new PersonPartitions(privateDirectory(parent, posix), count, t, events != null, posix);
    try {
      try {
        Runtime.getRuntime().addShutdownHook(parts.cleanup);
      } catch (IllegalStateException e) {
        // the JVM is already shutting down: no hook can be added, close() below still deletes
      }
      parts.fill(participants, events, t, progress, name);
      return parts;
    } catch (UncheckedIOException e) {
      parts.close();
      throw e.getCause();
    } catch (IOException | RuntimeException | Error e) {
      parts.close();
      throw e;
    }
  }

  /** A new directory under {@code parent}, readable by its owner only where POSIX permissions hold. */
  private static Path privateDirectory(Path parent, boolean posix) throws IOException {
    if (posix) {
      return Files.createTempDirectory(parent, "esfkit-partitions-",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }
    return Files.createTempDirectory(parent, "esfkit-partitions-");
  }

  private void fill(Path participants, @Nullable Path events, int threads, ProgressListener progress, String name)
      throws IOException {
    List<Task<?>> running = new ArrayList<>();
    Stop stop = new Stop();
    try {
      AtomicLongArray idsPerPart = new AtomicLongArray(idCount);
      EventsHeader eventsHeader = null;
      try (PartFiles rows = new PartFiles("p", count); PartFiles ids = new PartFiles("i", idCount);
          PartFiles waiting = events == null ? null : new PartFiles("x", idCount)) {
        Task<EventsHeader> eventsPass = events == null || waiting == null ? null
            : Task.start(running, stopping(stop, () -> splitEvents(events, waiting, stop)));
        try {
          long size = Files.size(participants);
          Header header = Header.of(participants);
          rows.header(header.line());
          long[] bounds = ColumnarCsvReader.bounds(participants, header.end(), size, threads);
          Progress shared = new Progress(progress, name, size, threads);
          List<Task<Void>> ranges = new ArrayList<>();
          for (int k = 1; k < threads; k++) {
            int range = k;
            ranges.add(Task.start(running, stopping(stop, () -> splitParticipants(participants, header,
                bounds[range], bounds[range + 1], range, rows, ids, idsPerPart, stop, shared))));
          }
          splitParticipants(participants, header, bounds[0], bounds[1], 0, rows, ids, idsPerPart, stop, shared);
          for (Task<Void> t : ranges) {
            t.get();
          }
          if (eventsPass != null) {
            eventsHeader = eventsPass.get();
          }
        } catch (RuntimeException | Error | IOException e) {
          stop.set();
          joinAll(running); // before the files close: no thread writes to a closed file
          throw e;
        }
      } // the files of passes 1 and 2 are closed before pass 3 opens the events partitions
      checkIdsAndRouteEvents(eventsHeader, idsPerPart, threads, stop, running);
    } catch (RuntimeException | Error | IOException e) {
      stop.set();
      joinAll(running);
      if (e instanceof Decline d) {
        throw causeOfStop(running, d);
      }
      throw e;
    } finally {
      joinAll(running); // no thread outlives the partitioning (nor writes to a file deleted after it)
    }
  }

  private static void joinAll(List<Task<?>> tasks) {
    for (Task<?> t : tasks) {
      t.join();
    }
  }

  /**
   * What made another thread stop this one: the first failure of the (joined) tasks that is not a decline of
   * their own (an out-of-memory or I/O error must reach the caller as what it is), else {@code decline}.
   */
  private static RuntimeException causeOfStop(List<Task<?>> tasks, Decline decline) {
    for (Task<?> t : tasks) {
      Throwable f = t.failure();
      if (f instanceof Error e) {
        throw e;
      }
      if (f instanceof RuntimeException e && !(e instanceof Decline)) {
        return e;
      }
    }
    return decline;
  }

  /** {@code work}, which sets {@code stop} when it fails, so that the other threads stop at their next check. */
  private static <T> java.util.function.Supplier<T> stopping(Stop stop, java.util.function.Supplier<T> work) {
    return () -> {
      try {
        return work.get();
      } catch (RuntimeException | Error e) {
        stop.set();
        throw e;
      }
    };
  }

  /** The partition of a hash: its high bits scaled to {@code [0, count)}, so any count spreads evenly. */
  private int partOf(long hash) {
    return scaled(hash, count);
  }

  /** The id partition of an id's hash. */
  private int idPartOf(long hash) {
    return scaled(hash, idCount);
  }

  private static int scaled(long hash, int n) {
    return (int) (((IdTable.fmix64(hash) >>> 32) * n) >>> 32);
  }

  /** FNV-1a over an id's bytes. */
  private static long hash(byte[] b, int from, int to) {
    long h = 0xCBF29CE484222325L;
    for (int i = from; i < to; i++) {
      h = (h ^ (b[i] & 0xFF)) * 0x100000001B3L;
    }
    return h;
  }

  /**
   * Pass 1, one byte range: each row to its person's partition; its id and that partition's number (one byte,
   * as there are at most 128) to the id's side file.
   */
  private Void splitParticipants(Path file, Header header, long from, long to, int range, PartFiles rows,
      PartFiles ids, AtomicLongArray idsPerPart, Stop stop, Progress progress) {
    try (Records r = Records.of(file, from, to); Batches rowOut = rows.batches(); Batches idOut = ids.batches()) {
      int[] idx = header.idx();
      int iId = idx[ParticipantColumn.PARTICIPANT_ID.ordinal()];
      int iPerson = idx[ParticipantColumn.PERSON_ID.ordinal()];
      long[] idCounts = new long[idCount];
      long n = 0;
      while (r.next()) {
        if (r.fields != header.width()) {
          throw Decline.INSTANCE;
        }
        byte[] b = r.buf();
        int idFrom = r.start[iId];
        int idTo = r.end[iId];
        ColumnarCsvReader.checkId(b, idFrom, idTo);
        long idHash = hash(b, idFrom, idTo);
        int idPart = idPartOf(idHash);
        int personPart = partOf(iPerson < 0 || r.start[iPerson] == r.end[iPerson] ? idHash
            : ColumnarCsvReader.personKey(b, r.start[iPerson], r.end[iPerson]));
        rowOut.line(personPart, b, r.lineFrom, r.lineTo);
        idOut.id(idPart, b, idFrom, idTo, personPart);
        idCounts[idPart]++;
        if (++n % REPORT_EVERY == 0) {
          stop.check();
          progress.report(range, r.bytesRead, n);
        }
      }
      progress.report(range, r.bytesRead, n);
      for (int k = 0; k < idCount; k++) {
        idsPerPart.addAndGet(k, idCounts[k]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return null;
  }

  /** events.csv's header line and the field of its participant_id. */
  private record EventsHeader(byte[] line, int idColumn) {}

  /** Pass 2: each event to its participant_id's partition of the waiting files. */
  private EventsHeader splitEvents(Path file, PartFiles waiting, Stop stop) {
    try (Records r = Records.of(file, 0, Long.MAX_VALUE); Batches out = waiting.batches()) {
      int[] idx = ColumnarCsvReader.header(r, EventColumn.class, EventColumn::byHeader, c -> true);
      int width = r.fields;
      EventsHeader header = new EventsHeader(Arrays.copyOfRange(r.buf(), r.lineFrom, r.lineTo),
          idx[EventColumn.PARTICIPANT_ID.ordinal()]);
      int iId = header.idColumn();
      long n = 0;
      while (r.next()) {
        if (r.fields != width) {
          throw Decline.INSTANCE;
        }
        byte[] b = r.buf();
        ColumnarCsvReader.checkId(b, r.start[iId], r.end[iId]);
        out.line(idPartOf(hash(b, r.start[iId], r.end[iId])), b, r.lineFrom, r.lineTo);
        if (++n % REPORT_EVERY == 0) {
          stop.check();
        }
      }
      return header;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Pass 3, the id partitions shared out over the threads: per id partition, each id with its person's
   * partition in a table (an id seen twice declines: the one check that finds a participant_id in rows of
   * different persons, so it runs with or without events.csv), then each of its events to that partition (an
   * event naming no row declines). All events of one id are in one id partition, read in order by one thread:
   * they keep their order.
   */
  private void checkIdsAndRouteEvents(@Nullable EventsHeader header, AtomicLongArray idsPerPart, int threads,
      Stop stop, List<Task<?>> running) throws IOException {
    try (PartFiles out = header == null ? null : new PartFiles("e", count)) {
      if (out != null) {
        out.header(header.line());
      }
      int iId = header == null ? -1 : header.idColumn();
      AtomicInteger next = new AtomicInteger();
      List<Task<Void>> workers = new ArrayList<>();
      try {
        for (int t = 1; t < threads; t++) {
          workers.add(Task.start(running, stopping(stop, () -> checkSome(iId, idsPerPart, next, out, stop))));
        }
        checkSome(iId, idsPerPart, next, out, stop);
      } catch (RuntimeException | Error e) {
        stop.set();
        throw e;
      } finally {
        joinAll(running); // before the events partitions close
      }
      for (Task<Void> w : workers) {
        w.get();
      }
    }
  }

  private Void checkSome(int iId, AtomicLongArray idsPerPart, AtomicInteger next, @Nullable PartFiles out,
      Stop stop) {
    byte[] id = new byte[64];
    try (Batches events = out == null ? null : out.batches()) {
      for (int a = next.getAndIncrement(); a < idCount; a = next.getAndIncrement()) {
        stop.check();
        long expected = idsPerPart.get(a);
        IdTable table = new IdTable((int) Math.min(1 << 26, Math.max(16, expected)));
        table.ensureRoomFor(expected); // sized once: growing would hold the old table and the new
        Path side = file("i", a);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
            Files.newInputStream(side), BATCH))) {
          for (long k = 0; k < expected; k++) {
            int len = in.readUnsignedByte();
            in.readFully(id, 0, len);
            int personPart = in.readUnsignedByte();
            if (table.find(id, 0, len) >= 0) {
              throw Decline.INSTANCE; // a participant_id in two rows: the full reader reports it
            }
            table.setLine(table.slot(id, 0, len), personPart + 1L);
          }
        }
        Files.delete(side);
        if (events == null) {
          continue;
        }
        Path waiting = file("x", a);
        // not at a file start: a byte order mark here is part of a row (the full reader rejects it), not a mark
        try (Records r = new Records(Files.newInputStream(waiting), Long.MAX_VALUE, false)) {
          while (r.next()) {
            byte[] b = r.buf();
            int slot = table.find(b, r.start[iId], r.end[iId]);
            if (slot < 0) {
              throw Decline.INSTANCE; // an event naming no row: the full reader reports it
            }
            events.line(table.line(slot) - 1, b, r.lineFrom, r.lineTo);
          }
        }
        Files.delete(waiting);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return null;
  }

  /**
   * One file per partition, appended to by several threads: each thread gathers its lines in {@link Batches}
   * of its own, and a full batch is appended whole under the file's lock. Also remembers participants.csv's
   * columns once its header is written, for the threads that read its rows.
   */
  private final class PartFiles implements AutoCloseable {
    private final FileChannel[] channels;

    /** Creates {@code n} new files of a kind, readable by their owner only where POSIX permissions exist. */
    PartFiles(String kind, int n) throws IOException {
      channels = new FileChannel[n];
      Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      FileAttribute<?>[] ownerOnly = posix
          ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
          : new FileAttribute<?>[0];
      try {
        for (int k = 0; k < n; k++) {
          channels[k] = FileChannel.open(file(kind, k), options, ownerOnly);
        }
      } catch (IOException | RuntimeException e) {
        close();
        throw e;
      }
    }

    /** Writes a header line to every file, before any batch. */
    void header(byte[] line) throws IOException {
      for (FileChannel ch : channels) {
        ByteBuffer b = ByteBuffer.allocate(line.length + 1).put(line).put((byte) '\n').flip();
        while (b.hasRemaining()) {
          ch.write(b);
        }
      }
    }

    int size() {
      return channels.length;
    }

    Batches batches() {
      return new Batches(this);
    }

    void append(int k, byte[] b, int len) throws IOException {
      ByteBuffer buf = ByteBuffer.wrap(b, 0, len);
      FileChannel ch = channels[k];
      synchronized (ch) {
        while (buf.hasRemaining()) {
          ch.write(buf);
        }
      }
    }

    @Override
    public void close() throws IOException {
      IOException first = null;
      for (FileChannel ch : channels) {
        if (ch == null || !ch.isOpen()) {
          continue;
        }
        try {
          ch.close();
        } catch (IOException e) {
          if (first == null) {
            first = e;
          }
        }
      }
      if (first != null) {
        throw first;
      }
    }
  }

  /** One thread's batches for the files of one {@link PartFiles}: appended when full and on close. */
  private static final class Batches implements AutoCloseable {
    private final PartFiles files;
    private final byte[][] batch;
    private final int[] length;

    Batches(PartFiles files) {
      this.files = files;
      this.batch = new byte[files.size()][];
      this.length = new int[files.size()];
    }

    private byte[] room(int k, int need) throws IOException {
      byte[] b = batch[k];
      if (b == null) {
        b = new byte[Math.max(BATCH, need)];
        batch[k] = b;
      } else if (length[k] + need > b.length) {
        files.append(k, b, length[k]);
        length[k] = 0;
        if (need > b.length) {
          b = new byte[need];
          batch[k] = b;
        }
      }
      return b;
    }

    /** Adds {@code b[from, to)} and a line feed to file {@code k}. */
    void line(int k, byte[] b, int from, int to) throws IOException {
      int n = to - from;
      byte[] out = room(k, n + 1);
      System.arraycopy(b, from, out, length[k], n);
      out[length[k] + n] = '\n';
      length[k] += n + 1;
    }

    /** Adds an id (1–64 bytes) and a partition number (0–127) to side file {@code k}. */
    void id(int k, byte[] b, int from, int to, int part) throws IOException {
      int n = to - from;
      byte[] out = room(k, n + 2);
      int at = length[k];
      out[at] = (byte) n;
      System.arraycopy(b, from, out, at + 1, n);
      out[at + 1 + n] = (byte) part;
      length[k] = at + n + 2;
    }

    @Override
    public void close() throws IOException {
      for (int k = 0; k < length.length; k++) {
        if (length[k] > 0) {
          files.append(k, batch[k], length[k]);
          length[k] = 0;
        }
      }
    }
  }

  /** Deletes every partition file and the directory. */
  @Override
  public void close() {
    deleteAll();
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs, or has run, deleteAll as well
    }
  }

  /** Deletes every partition file and the directory (best effort: a file that cannot be deleted stays). */
  private void deleteAll() {
    try (Stream<Path> all = Files.list(dir)) {
      all.forEach(f -> {
        try {
          Files.deleteIfExists(f);
        } catch (IOException e) {
          // left behind; the directory delete below fails too and nothing more can be done here
        }
      });
    } catch (IOException | UncheckedIOException e) {
      // the directory is gone or unreadable
    }
    try {
      Files.deleteIfExists(dir);
    } catch (IOException e) {
      // not empty: a file could not be deleted
    }
  }
}
