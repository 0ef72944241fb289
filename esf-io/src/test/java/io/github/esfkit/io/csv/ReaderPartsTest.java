package io.github.esfkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.core.id.Personnummer;
import io.github.esfkit.io.InputError;
import io.github.esfkit.io.InputErrors;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The parts the participant readers are built of, each against its contract: errors kept in line order in
 * bounded memory, the compact table of participant ids with the events that wait for them, and the count of
 * rows per person.
 */
class ReaderPartsTest {

  private static InputError at(long line) {
    return InputError.of("e.csv", line, "date", "R", "sv " + line, "en " + line);
  }

  private static List<Long> lines(InputErrors e) {
    return e.kept().stream().map(InputError::line).collect(Collectors.toList());
  }

  @Test
  void errorsComeOutInLineOrderWhateverOrderTheyWereFoundIn() {
    LineOrderedErrors errors = new LineOrderedErrors(10);
    for (long line : new long[] {7, 3, 0, 9, 3, 1}) {
      errors.add(at(line));
    }
    InputErrors out = new InputErrors(10);
    errors.drainTo(out);
    assertThat(lines(out)).containsExactly(1L, 3L, 3L, 7L, 9L, 0L); // the whole file's error comes last
    assertThat(out.kept().get(1).messageEn()).isEqualTo("en 3");
    assertThat(errors.count()).isEqualTo(6);
  }

  @Test
  void overTheLimitTheEarliestLinesAreKeptAndTheRestCounted() {
    LineOrderedErrors errors = new LineOrderedErrors(3);
    for (long line = 100; line >= 1; line--) {
      if (errors.wouldKeep(line)) {
        errors.add(at(line));
      } else {
        errors.countOnly();
      }
    }
    assertThat(errors.wouldKeep(50)).isFalse();
    assertThat(errors.wouldKeep(0)).isFalse();
    InputErrors out = new InputErrors(3);
    errors.drainTo(out);
    assertThat(lines(out)).containsExactly(1L, 2L, 3L);
    assertThat(out.count()).isEqualTo(100);
    assertThat(out.omitted()).isEqualTo(97);
    assertThatThrownBy(() -> new LineOrderedErrors(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anIdHasOneSlotWhetherGivenAsTextOrAsBytes() {
    IdTable ids = new IdTable(4);
    List<Integer> slots = new ArrayList<>();
    for (int i = 0; i < 5000; i++) { // far beyond the expected size: the table grows
      slots.add(ids.slot("P-" + i));
    }
    for (int i = 0; i < 5000; i += 997) {
      byte[] b = ("xx" + "P-" + i + "yy").getBytes(StandardCharsets.US_ASCII);
      assertThat(ids.slot(b, 2, b.length - 2)).isEqualTo(ids.slot("P-" + i));
    }
    assertThat(ids.slot("P-4999")).isEqualTo(ids.slot("P-4999"));
  }

  @Test
  void eventsWaitForTheirParticipantAndTheRestAreOrphans() {
    IdTable ids = new IdTable(16);
    int p1 = ids.slot("P1");
    for (long e = 1; e <= 1000; e++) { // the per-id array grows by doubling
      ids.addEvent(p1, e);
    }
    ids.addEvent(ids.slot("P2"), 42);
    assertThat(ids.line(p1)).isZero();
    ids.setLine(p1, 5);
    assertThat(ids.line(p1)).isEqualTo(5);
    long[] taken = ids.takeEvents(p1);
    assertThat(taken).hasSize(1000).startsWith(1L, 2L).endsWith(1000L);
    assertThat(ids.takeEvents(p1)).isNull();
    assertThat(ids.hasOrphans()).isTrue();
    List<String> orphans = new ArrayList<>();
    ids.forEachOrphan((id, events) -> orphans.add(id + "=" + events.length));
    assertThat(orphans).containsExactly("P2=1");
    ids.setLine(ids.slot("P2"), 9);
    assertThat(ids.hasOrphans()).isFalse();
  }

  @Test
  void aShortIdIsPackedExactlyIntoOneLong() {
    for (String id : List.of("P", "P0000001", "a-Z_09xyzQ", "__________", "----------", "9")) {
      byte[] b = id.getBytes(StandardCharsets.US_ASCII);
      long key = IdTable.packed(b, 0, b.length);
      assertThat(key).as(id).isNotZero();
      assertThat(IdTable.unpacked(key)).isEqualTo(id);
    }
    byte[] a = "P01".getBytes(StandardCharsets.US_ASCII);
    byte[] c = "P010".getBytes(StandardCharsets.US_ASCII);
    assertThat(IdTable.packed(a, 0, 3)).isNotEqualTo(IdTable.packed(c, 0, 4)); // the length is part of the key
    for (String id : List.of("", "P0000000001", "P.1", "é")) { // too long, outside the alphabet: no packed key
      byte[] b = id.getBytes(StandardCharsets.UTF_8);
      assertThat(IdTable.packed(b, 0, b.length)).as(id).isZero();
    }
  }

  @Test
  void shortAndLongIdsLiveSideBySide() {
    IdTable ids = new IdTable(4);
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      all.add(i % 2 == 0 ? "P" + i : "PROJECT-LONG-ID-" + i);
    }
    for (String id : all) {
      ids.addEvent(ids.slot(id), id.length());
    }
    assertThat(ids.size()).isEqualTo(3000);
    for (String id : all) {
      byte[] b = id.getBytes(StandardCharsets.US_ASCII);
      int slot = ids.find(b, 0, b.length);
      assertThat(slot).isEqualTo(ids.slot(id));
      ids.setLine(slot, 7);
    }
    byte[] absent = "P-absent".getBytes(StandardCharsets.US_ASCII);
    assertThat(ids.find(absent, 0, absent.length)).isNegative();
    assertThat(ids.hasOrphans()).isFalse();
    assertThat(ids.takeEvents(ids.slot("P2"))).containsExactly(2L);
    assertThat(ids.takeEvents(ids.slot("PROJECT-LONG-ID-3"))).containsExactly(17L);
  }

  @Test
  void setsShareAnIdOnlyWhenOneIsInBoth() {
    for (String shared : List.of("P77", "PROJECT-LONG-ID-77")) {
      IdTable a = IdTable.set(8);
      IdTable b = IdTable.set(8);
      for (int i = 0; i < 500; i++) {
        add(a, "P" + i);
        add(a, "PROJECT-LONG-ID-" + i);
        add(b, "Q" + i);
        add(b, "PROJECT-LONG-ID-Q" + i);
      }
      assertThat(a.sharesAnyIdWith(b)).isFalse();
      add(b, shared);
      assertThat(a.sharesAnyIdWith(b)).as(shared).isTrue();
      assertThat(b.sharesAnyIdWith(a)).as(shared).isTrue();
      assertThat(a.takeEvents(0)).isNull(); // a set has no events
      assertThatThrownBy(() -> a.setLine(0, 1)).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void eachIdIsClaimedOnceWithItsEventsEvenByTwoThreadsAtOnce() throws Exception {
    IdTable ids = new IdTable(16);
    ids.addEvent(ids.slot("P5"), 51);
    ids.addEvent(ids.slot("PROJECT-LONG-ID-6"), 61);
    ids.addEvent(ids.slot("P5"), 52);
    ids.ensureRoomFor(20_000);
    byte[] p5 = "P5".getBytes(StandardCharsets.US_ASCII);
    byte[] longId = "PROJECT-LONG-ID-6".getBytes(StandardCharsets.US_ASCII);
    byte[] longNew = "PROJECT-LONG-ID-7".getBytes(StandardCharsets.US_ASCII);
    assertThat(ids.claim(p5, 0, 2)).containsExactly(51L, 52L);
    assertThat(ids.claim(p5, 0, 2)).isSameAs(IdTable.CLAIMED);
    assertThat(ids.claim(longId, 0, longId.length)).containsExactly(61L);
    assertThat(ids.claim(longId, 0, longId.length)).isSameAs(IdTable.CLAIMED);
    assertThat(ids.claim(longNew, 0, longNew.length)).as("a long id no event named: the caller keeps it")
        .isSameAs(IdTable.NO_EVENTS);
    assertThat(ids.hasOrphans()).isFalse();
    // two threads claim the same 10 000 new ids: each id is won by exactly one
    int n = 10_000;
    int[] won = new int[2];
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      int me = t;
      threads.add(new Thread(() -> {
        try {
          start.await();
        } catch (InterruptedException e) {
          return;
        }
        for (int i = 0; i < n; i++) {
          byte[] b = ("Q" + i).getBytes(StandardCharsets.US_ASCII);
          if (ids.claim(b, 0, b.length) != IdTable.CLAIMED) {
            won[me]++;
          }
        }
      }));
    }
    threads.forEach(Thread::start);
    start.countDown();
    for (Thread t : threads) {
      t.join();
    }
    assertThat(won[0] + won[1]).isEqualTo(n);
  }

  @Test
  void aTableClaimedFullerThanMadeRoomForEndsTheClaimsInsteadOfLooping() {
    IdTable ids = new IdTable(8); // 16 slots, no room made
    int claimed = 0;
    for (int i = 0; i < 40; i++) {
      byte[] b = ("P" + i).getBytes(StandardCharsets.US_ASCII);
      if (ids.claim(b, 0, b.length) != IdTable.CLAIMED) {
        claimed++;
      }
    }
    assertThat(claimed).isEqualTo(16);
    byte[] absent = "PROJECT-LONG-ID-1".getBytes(StandardCharsets.US_ASCII);
    assertThat(ids.find(absent, 0, absent.length)).isNegative();
    assertThat(ids.claim(absent, 0, absent.length)).isSameAs(IdTable.NO_EVENTS);
  }

  private static void add(IdTable set, String id) {
    byte[] b = id.getBytes(StandardCharsets.US_ASCII);
    int found = set.find(b, 0, b.length);
    assertThat(found).isNegative();
    set.insertAt(b, 0, b.length, found);
    assertThat(set.find(b, 0, b.length)).isNotNegative();
  }

  @Test
  void aLineBeyondTheIntRangeIsKeptAsTheLargestInt() {
    IdTable ids = new IdTable(16);
    int s = ids.slot("P1");
    ids.setLine(s, 1L << 40);
    assertThat(ids.line(s)).isEqualTo(Integer.MAX_VALUE);
  }

  private static final String HEADER = "participant_id,person_id,sub_project\n";

  @Test
  void rowsPerPersonAreCountedAsTheFullReaderReadsTheNumber() {
    String text = HEADER + "P1,19850372-0008,Berg\nP2,198503720008,Berg\nP3, 19850372-0008 ,Kil\n"
        + "P4,,Berg\nP5,19121212-1212,Berg\nP6,\"19121212-1212,Berg\nP7,x,Berg\n";
    PersonIdCounts counts = PersonIdCounts.of(CsvInput.ofString("p.csv", text));
    assertThat(counts.count(Personnummer.parse("19850372-0008"))).isEqualTo(3);
    assertThat(counts.count(Personnummer.parse("19121212-1212"))).isEqualTo(1); // the malformed row is skipped
    assertThat(counts.count(Personnummer.parse("19900101-0017"))).isZero();
    assertThat(counts.persons()).isEqualTo(2);
    assertThat(counts.toString()).isEqualTo("PersonIdCounts[2 persons]").doesNotContain("1985");
  }

  @Test
  void theCountStopsAt127() {
    StringBuilder text = new StringBuilder(HEADER);
    for (int i = 0; i < 200; i++) {
      text.append("P").append(i).append(",19850372-0008,Berg\n");
    }
    assertThat(PersonIdCounts.of(CsvInput.ofString("p.csv", text.toString()))
        .count(Personnummer.parse("19850372-0008"))).isEqualTo(127);
  }

  @Test
  void aFileWithoutTheColumnOrWithoutAnyRowCountsNoOne() {
    assertThat(PersonIdCounts.of(CsvInput.ofString("p.csv", "participant_id\nP1\n")).persons()).isZero();
    assertThat(PersonIdCounts.of(CsvInput.ofString("p.csv", "")).persons()).isZero();
    assertThat(PersonIdCounts.of(CsvInput.of("p.csv", () -> {
      throw new java.io.IOException("gone");
    })).persons()).isZero();
    PersonIdCounts many = new PersonIdCounts(2);
    for (long k = 1; k <= 10_000; k++) {
      many.increment(k * 7919);
    }
    assertThat(many.persons()).isEqualTo(10_000);
    assertThat(many.count(7919L * 5000)).isEqualTo(1);
  }

  @Test
  void aCsvInputNamesItselfAndKnowsItsSize() throws Exception {
    CsvInput in = CsvInput.ofString("p.csv", "åäö");
    assertThat(in.name()).isEqualTo("p.csv");
    assertThat(in.toString()).isEqualTo("p.csv");
    assertThat(in.size()).isEqualTo(6);
    assertThat(in.path()).isEmpty();
    try (var s = in.open()) {
      assertThat(new String(s.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("åäö");
    }
    assertThat(CsvInput.of("pipe", () -> new java.io.ByteArrayInputStream(new byte[0])).size()).isEqualTo(-1);
    assertThat(CsvInput.of(java.nio.file.Path.of("does-not-exist.csv")).size()).isEqualTo(-1);
  }

  @Test
  void columnsAreFoundByTheirHeaderNames() {
    for (ParticipantColumn c : ParticipantColumn.values()) {
      assertThat(ParticipantColumn.byHeader(c.header())).contains(c);
    }
    for (EventColumn c : EventColumn.values()) {
      assertThat(EventColumn.byHeader(c.header())).contains(c);
    }
    assertThat(ParticipantColumn.byHeader("Participant_ID")).isEmpty();
    assertThat(EventColumn.byHeader("when")).isEmpty();
    assertThat(ParticipantColumn.PERSON_ID.required()).isFalse();
    assertThat(ParticipantColumn.GENDER.required()).isTrue();
  }
}
