package io.github.esfkit.examples.data;

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
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Generates synthetic participations (syntetiska deltagare) for examples and load tests: reproducible
 * from a seed, spread over seven municipalities, with unknown values, re-entries of the same person and
 * labour-market events after exit.
 *
 * <p>No real person is described. Identity numbers are samordningsnummer (day of birth plus 60), distinct
 * per generated person, generated only to exercise re-entry linking; they are never printed. Not
 * thread-safe.
 */
public final class SyntheticParticipants {

  /** The sub-projects used, those of project 144587. */
  public static final String[] SUB_PROJECTS = {"Berg", "Bräcke", "Krokom", "Ragunda", "Strömsund", "Åre", "Östersund"};

  private static final EmploymentStatus[] STATUSES = EmploymentStatus.values();
  private static final IscedLevel[] LEVELS = IscedLevel.values();
  private static final ReferralSource[] REFERRALS = ReferralSource.values();
  private static final ExitDestination[] DESTINATIONS = ExitDestination.values();
  private static final EventType[] STATUS_EVENTS = {EventType.JOB_SEARCHING, EventType.IN_EDUCATION,
      EventType.EMPLOYED, EventType.SELF_EMPLOYED, EventType.UNEMPLOYED, EventType.INACTIVE};

  private static final Gender[] GENDERS = Gender.values();
  private static final UnknownReason[] REASONS = UnknownReason.values();

  private final SplittableRandom random;
  private final boolean nonBinary;
  private final LocalDate firstEntry;
  /** The row being drawn, then the previous one (a re-entry copies the person from it). */
  private final Draw row = new Draw();
  private boolean hasPrevious;
  /**
   * The serials drawn so far per birth date (epoch day → 1 000 bits): bounded by the number of birth dates
   * (about 19 000), not by the rows, so that any number of rows is generated in constant memory.
   */
  private final java.util.Map<Long, long[]> usedSerials = new java.util.HashMap<>();

  /**
   * A generator.
   *
   * @param seed the seed; the same seed gives the same participations
   * @param nonBinary whether to record some persons as non-binary (ESF+)
   * @param firstEntry the earliest entry date; entries spread over about 900 days from it
   */
  public SyntheticParticipants(long seed, boolean nonBinary, LocalDate firstEntry) {
    this.random = new SplittableRandom(seed);
    this.nonBinary = nonBinary;
    this.firstEntry = firstEntry;
  }

  /** Generates {@code rows} participations with ids {@code P0000001} onwards. */
  public void generate(long rows, Consumer<Participation> sink) {
    for (long i = 1; i <= rows; i++) {
      draw(i);
      sink.accept(row.participation());
    }
  }

  /**
   * Writes {@code rows} participations as {@code participants.csv} (and their events as {@code events.csv}
   * when {@code events} is not null), byte for byte what {@link io.github.esfkit.io.csv.ParticipantCsvWriter}
   * writes for the participations {@link #generate} gives, but streaming: no object per row, constant memory.
   *
   * @param withPersonId whether to write the synthetic samordningsnummer to {@code person_id}
   */
  public void writeCsv(long rows, java.io.OutputStream participants, java.io.OutputStream events,
      boolean withPersonId) throws java.io.IOException {
    CsvBytes p = new CsvBytes(participants);
    CsvBytes e = events == null ? null : new CsvBytes(events);
    StringBuilder header = new StringBuilder();
    for (io.github.esfkit.io.csv.ParticipantColumn c : io.github.esfkit.io.csv.ParticipantColumn.values()) {
      header.append(header.length() > 0 ? "," : "").append(c.header());
    }
    p.ascii(header.append('\n').toString());
    if (e != null) {
      e.ascii("participant_id,date,event\n");
    }
    for (long i = 1; i <= rows; i++) {
      draw(i);
      row.write(p, e, withPersonId);
    }
    p.flush();
    if (e != null) {
      e.flush();
    }
  }

  /** Draws row {@code index} into {@link #row}, in the one order of random draws both outputs share. */
  private void draw(long index) {
    Draw d = row;
    d.index = index;
    boolean reEntry = hasPrevious && d.person != 0 && d.exit != null && random.nextInt(100) < 2;
    hasPrevious = true;
    if (reEntry) {
      d.entry = d.exit.plusDays(1 + random.nextInt(60)); // person, gender, birth and sub-project stay
    } else {
      d.entry = firstEntry.plusDays(random.nextInt(900));
      int g = random.nextInt(100);
      d.gender = g < 48 ? 0 : g < 97 ? 1 : g < 98 && nonBinary ? 2 : g < 99 ? 1 : -1 - UnknownReason.REFUSED.ordinal();
      d.birth = d.entry.minusYears(16 + random.nextInt(50)).minusDays(random.nextInt(365));
      d.birthUnknown = random.nextInt(100) == 0;
      d.subProject = random.nextInt(SUB_PROJECTS.length);
      d.person = 0;
      if (random.nextInt(10) < 9) {
        d.person = samordningsnummer(d.birth);
      }
    }
    d.status = random.nextInt(100) == 0 ? -1 - UnknownReason.NOT_COLLECTED.ordinal()
        : random.nextInt(STATUSES.length);
    d.education = random.nextInt(100) == 0 ? -1 - UnknownReason.REFUSED.ordinal() : random.nextInt(LEVELS.length);
    d.flags[0] = flag(20, 30);
    d.flags[1] = flag(40, 10);
    d.flags[2] = flag(25, 10);
    d.flags[3] = flag(5, 50);
    d.flags[4] = flag(30, 50);
    d.referral = random.nextInt(10) < 8 ? random.nextInt(REFERRALS.length) : -1;
    d.exit = null;
    d.destination = -1;
    d.events = 0;
    if (random.nextInt(100) < 85) {
      d.exit = d.entry.plusDays(14 + random.nextInt(350));
      d.destination = random.nextInt(DESTINATIONS.length);
      d.events = random.nextInt(4);
      for (int e = 0; e < d.events; e++) {
        d.eventDates[e] = d.exit.plusDays(random.nextInt(e == 0 ? 40 : 250));
        d.eventTypes[e] = random.nextInt(10) == 0 ? EventType.QUALIFICATION_GAINED
            : STATUS_EVENTS[random.nextInt(STATUS_EVENTS.length)];
      }
    }
  }

  /** yes (1) with {@code yesPercent} %, not collected (-1) with {@code blankPercent} %, else no (0). */
  private int flag(int yesPercent, int blankPercent) {
    int r = random.nextInt(100);
    if (r < yesPercent) {
      return 1;
    }
    if (r < yesPercent + blankPercent) {
      return -1;
    }
    return 0;
  }

  /** One drawn row: codes and dates; an unknown answer is {@code -1 - reason}. Reused from row to row. */
  private static final class Draw {
    long index;
    long person; // twelve digits, 0 for none
    int gender;
    LocalDate birth;
    boolean birthUnknown;
    int subProject;
    LocalDate entry;
    LocalDate exit;
    int status;
    int education;
    final int[] flags = new int[5];
    int referral;
    int destination;
    int events;
    final LocalDate[] eventDates = new LocalDate[3];
    final EventType[] eventTypes = new EventType[3];

    String id() {
      return String.format("P%07d", index);
    }

    Participation participation() {
      Participation.Builder b = Participation.builder().participantId(id());
      if (person != 0) {
        b.personId(Personnummer.parse(String.format("%012d", person)));
      }
      b.subProject(SUB_PROJECTS[subProject])
          .gender(gender >= 0 ? Answer.of(GENDERS[gender]) : Answer.unknown(REASONS[-1 - gender]))
          .birthDate(birthUnknown ? Answer.unknown(UnknownReason.DONT_KNOW) : Answer.of(birth))
          .entryDate(entry)
          .employmentStatus(status >= 0 ? Answer.of(STATUSES[status]) : Answer.unknown(REASONS[-1 - status]))
          .education(education >= 0 ? Answer.of(LEVELS[education]) : Answer.unknown(REASONS[-1 - education]))
          .disability(flag(flags[0])).foreignBackground(flag(flags[1])).thirdCountryNational(flag(flags[2]))
          .homeless(flag(flags[3])).rural(flag(flags[4]));
      if (referral >= 0) {
        b.referralSource(REFERRALS[referral]);
      }
      if (exit != null) {
        b.exitDate(exit).exitDestination(DESTINATIONS[destination]);
        for (int e = 0; e < events; e++) {
          b.addEvents(LabourMarketEvent.of(eventDates[e], eventTypes[e]));
        }
      }
      return b.build();
    }

    private static Answer<Boolean> flag(int v) {
      return v < 0 ? Answer.notCollected() : Answer.of(v == 1);
    }

    void write(CsvBytes p, CsvBytes e, boolean withPersonId) throws java.io.IOException {
      p.id(index).comma();
      if (withPersonId && person != 0) {
        p.digits(person / 10000, 8).ascii("-").digits(person % 10000, 4);
      }
      p.comma().utf8(SUB_PROJECTS[subProject]).comma();
      p.ascii(gender >= 0 ? GENDERS[gender].code() : UNKNOWN[-1 - gender]).comma();
      if (birthUnknown) {
        p.ascii(UNKNOWN[UnknownReason.DONT_KNOW.ordinal()]);
      } else {
        p.date(birth);
      }
      p.comma().date(entry).comma();
      if (exit != null) {
        p.date(exit);
      }
      p.comma().ascii(status >= 0 ? STATUSES[status].code() : UNKNOWN[-1 - status]).comma();
      p.ascii(education >= 0 ? LEVELS[education].code() : UNKNOWN[-1 - education]);
      for (int f : flags) {
        p.comma().ascii(f < 0 ? UNKNOWN[UnknownReason.NOT_COLLECTED.ordinal()] : f == 1 ? "yes" : "no");
      }
      p.comma();
      if (referral >= 0) {
        p.ascii(REFERRALS[referral].code());
      }
      p.comma();
      if (destination >= 0) {
        p.ascii(DESTINATIONS[destination].code());
      }
      p.ascii("\n");
      if (e != null) {
        for (int k = 0; k < events; k++) {
          e.id(index).comma().date(eventDates[k]).comma().ascii(eventTypes[k].code()).ascii("\n");
        }
      }
    }
  }

  private static final String[] UNKNOWN = java.util.Arrays.stream(UnknownReason.values())
      .map(r -> "unknown:" + r.code()).toArray(String[]::new);

  /** A buffered byte sink with the few formats the exchange files need. */
  private static final class CsvBytes {
    private final java.io.OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int len;

    CsvBytes(java.io.OutputStream out) {
      this.out = out;
    }

    private void room(int n) throws java.io.IOException {
      if (len + n > buf.length) {
        flushBuffer();
      }
    }

    private void flushBuffer() throws java.io.IOException {
      out.write(buf, 0, len);
      len = 0;
    }

    void flush() throws java.io.IOException {
      flushBuffer();
      out.flush();
    }

    CsvBytes comma() throws java.io.IOException {
      room(1);
      buf[len++] = ',';
      return this;
    }

    CsvBytes ascii(String s) throws java.io.IOException {
      room(s.length());
      for (int i = 0; i < s.length(); i++) {
        buf[len++] = (byte) s.charAt(i);
      }
      return this;
    }

    CsvBytes utf8(String s) throws java.io.IOException {
      byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      room(b.length);
      System.arraycopy(b, 0, buf, len, b.length);
      len += b.length;
      return this;
    }

    /** {@code v} as exactly {@code n} digits, zero-padded. */
    CsvBytes digits(long v, int n) throws java.io.IOException {
      room(n);
      for (int i = n - 1; i >= 0; i--) {
        buf[len + i] = (byte) ('0' + v % 10);
        v /= 10;
      }
      len += n;
      return this;
    }

    /** {@code P} and at least seven digits, as {@code String.format("P%07d", index)}. */
    CsvBytes id(long index) throws java.io.IOException {
      ascii("P");
      return digits(index, Math.max(7, Long.toString(index).length()));
    }

    /** ISO {@code YYYY-MM-DD} (years 0–9999, as LocalDate prints them). */
    CsvBytes date(LocalDate d) throws java.io.IOException {
      digits(d.getYear(), 4).ascii("-").digits(d.getMonthValue(), 2).ascii("-");
      return digits(d.getDayOfMonth(), 2);
    }
  }

  private long samordningsnummer(LocalDate birth) {
    // distinct persons get distinct numbers: draw the serial again on a collision; a birth date whose 1 000
    // serials are all taken gets no number (the person is then counted by participant id)
    long[] used = usedSerials.computeIfAbsent(birth.toEpochDay(), k -> new long[(1000 + 63) / 64]);
    if (cardinality(used) >= 1000) {
      return 0;
    }
    while (true) {
      int serial = random.nextInt(1000);
      long bit = 1L << serial;
      if ((used[serial >>> 6] & bit) == 0) {
        used[serial >>> 6] |= bit;
        return SyntheticIds.samordningsnummerDigits(birth, serial);
      }
    }
  }

  private static int cardinality(long[] bits) {
    int n = 0;
    for (long b : bits) {
      n += Long.bitCount(b);
    }
    return n;
  }
}
