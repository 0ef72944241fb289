package io.github.esfkit.bench;

import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.EmploymentStatus;
import io.github.esfkit.core.participant.EventType;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.participant.IscedLevel;
import io.github.esfkit.core.participant.LabourMarketEvent;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.participant.UnknownReason;
import io.github.esfkit.indicators.common.ParticipantColumns;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A synthetic national-scale cohort of participation records (syntetisk nationell kohort): 290
 * municipalities as sub-projects, entries 2022 to September 2025 (some after the reporting date), realistic shares of unknown answers, exits and events
 * after exit. Deterministic for a seed. Held as primitive arrays, from which it builds the esfkit columnar
 * batch, {@link Participation} objects (small sizes) and a DuckDB table, so that all three hold exactly
 * the same records.
 */
public final class NationalCohort {

  /** The reporting date of every benchmark. */
  public static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  static final int MUNICIPALITIES = 290;
  private static final int FIELD_STATES = 5; // no, yes, not collected, refused, don't know
  private static final int[] FLAG_CODES = new int[FIELD_STATES * FIELD_STATES * FIELD_STATES * FIELD_STATES
      * FIELD_STATES];

  static {
    for (int combo = 0; combo < FLAG_CODES.length; combo++) {
      FLAG_CODES[combo] = ParticipantColumns.flagsCode(answer(combo, 0), answer(combo, 1), answer(combo, 2),
          answer(combo, 3), answer(combo, 4), false, false);
    }
  }

  public final int size;
  public final String[] subProjects;
  public final int[] sub;
  public final byte[] gender;
  public final int[] birth;
  public final int[] entry;
  public final int[] exit;
  public final byte[] status;
  public final byte[] edu;
  /** The five optional yes/no fields, base-5 digits (0 no, 1 yes, 2–4 unknown reasons). */
  public final short[] optional;
  public final boolean[] struck;
  public final int[] evStart;
  public final int[] evYmd;
  public final byte[] evType;

  private NationalCohort(int size, int events) {
    this.size = size;
    this.subProjects = new String[MUNICIPALITIES];
    for (int i = 0; i < MUNICIPALITIES; i++) {
      subProjects[i] = String.format("Kommun %03d", i + 1);
    }
    sub = new int[size];
    gender = new byte[size];
    birth = new int[size];
    entry = new int[size];
    exit = new int[size];
    status = new byte[size];
    edu = new byte[size];
    optional = new short[size];
    struck = new boolean[size];
    evStart = new int[size + 1];
    evYmd = new int[events];
    evType = new byte[events];
  }

  /** Generates {@code size} records from {@code seed}. */
  public static NationalCohort generate(int size, long seed) {
    // a first pass fixes the number of events, so the arrays are allocated once
    SplittableRandom r = new SplittableRandom(seed);
    int[] evCounts = new int[size];
    long totalEvents = 0;
    for (int i = 0; i < size; i++) {
      evCounts[i] = r.nextInt(100) < 70 ? EVENTS_PER_EXIT[r.nextInt(EVENTS_PER_EXIT.length)] : 0;
      totalEvents += evCounts[i];
    }
    NationalCohort c = new NationalCohort(size, Math.toIntExact(totalEvents));
    int first = (int) LocalDate.of(2022, 1, 1).toEpochDay();
    int ev = 0;
    for (int i = 0; i < size; i++) {
      c.sub[i] = skewedMunicipality(r);
      int g = r.nextInt(1000);
      c.gender[i] = (byte) (g < 485 ? 0 : g < 970 ? 1 : g < 980 ? 2 : 3 + r.nextInt(3));
      int entryDay = first + r.nextInt(3 * 365 + 270);
      LocalDate entryDate = LocalDate.ofEpochDay(entryDay);
      c.entry[i] = ymd(entryDate);
      int age = 16 + r.nextInt(50) + (r.nextInt(4) == 0 ? r.nextInt(5) : 0);
      LocalDate birthDate = entryDate.minusYears(age).minusDays(r.nextInt(365));
      c.birth[i] = r.nextInt(1000) < 15 ? -1 - r.nextInt(3) : ymd(birthDate);
      int s = r.nextInt(1000);
      c.status[i] = (byte) (s < 20 ? 5 + r.nextInt(3)
          : s < 400 ? 0 : s < 650 ? 1 : s < 800 ? 2 : s < 900 ? 3 : 4);
      int e = r.nextInt(1000);
      c.edu[i] = (byte) (e < 30 ? 9 + r.nextInt(3) : r.nextInt(9));
      int combo = 0;
      for (int f = 4; f >= 0; f--) {
        int roll = r.nextInt(100);
        int state = roll < 15 ? 2 + r.nextInt(3) : roll < 15 + YES_PERCENT[f] ? 1 : 0;
        combo = combo * FIELD_STATES + state;
      }
      c.optional[i] = (short) combo;
      c.struck[i] = r.nextInt(500) == 0;
      c.evStart[i] = ev;
      if (evCounts[i] > 0 || r.nextInt(100) < 40) {
        // exited (70 % with events after exit; others without); some exits after the reporting date
        int exitDay = entryDay + r.nextInt(400);
        c.exit[i] = ymd(LocalDate.ofEpochDay(exitDay));
        int day = exitDay;
        for (int k = 0; k < evCounts[i]; k++) {
          day += r.nextInt(60);
          c.evYmd[ev] = ymd(LocalDate.ofEpochDay(day));
          c.evType[ev] = (byte) EVENT_MIX[r.nextInt(EVENT_MIX.length)].ordinal();
          ev++;
        }
      } else {
        c.exit[i] = 0;
      }
    }
    c.evStart[size] = ev;
    return c;
  }

  private static final int[] EVENTS_PER_EXIT = {1, 1, 1, 2, 2, 3};
  private static final int[] YES_PERCENT = {12, 30, 10, 3, 20}; // disability, foreign, third country, homeless, rural
  private static final EventType[] EVENT_MIX = {EventType.EMPLOYED, EventType.EMPLOYED, EventType.JOB_SEARCHING,
      EventType.UNEMPLOYED, EventType.IN_EDUCATION, EventType.QUALIFICATION_GAINED, EventType.SELF_EMPLOYED,
      EventType.INACTIVE};

  /** Larger municipalities get more participants (a rough Zipf-like spread). */
  private static int skewedMunicipality(SplittableRandom r) {
    int a = r.nextInt(MUNICIPALITIES);
    int b = r.nextInt(MUNICIPALITIES);
    return Math.min(a, b);
  }

  static int ymd(LocalDate d) {
    return d.getYear() * 10000 + d.getMonthValue() * 100 + d.getDayOfMonth();
  }

  static LocalDate date(int ymd) {
    return LocalDate.of(ymd / 10000, ymd / 100 % 100, ymd % 100);
  }

  /** Field {@code f} (0 disability … 4 rural) of a base-5 combination. */
  static int fieldState(int combo, int f) {
    for (int k = 0; k < f; k++) {
      combo /= FIELD_STATES;
    }
    return combo % FIELD_STATES;
  }

  private static Answer<Boolean> answer(int combo, int f) {
    int s = fieldState(combo, f);
    return s < 2 ? Answer.of(s == 1) : Answer.unknown(UnknownReason.values()[s - 2]);
  }

  /** The esfkit columnar batch of these records. */
  public ParticipantColumns toColumns() {
    ParticipantColumns.Builder b = ParticipantColumns.builder(size);
    for (String s : subProjects) {
      b.subProject(s);
    }
    for (int i = 0; i < size; i++) {
      b.addRow(sub[i], gender[i], birth[i], entry[i], exit[i], status[i], edu[i], flags(i));
      for (int k = evStart[i]; k < evStart[i + 1]; k++) {
        b.addEvent(evYmd[k], EventType.values()[evType[k]]);
      }
    }
    return b.build();
  }

  /**
   * Record {@code i}'s flags exactly as esfkit's columnar batch holds them ({@link ParticipantColumns#flagsCode}):
   * the five yes/no answers with their unknown reasons, and the struck bit.
   */
  public int flags(int i) {
    return FLAG_CODES[optional[i]] | (struck[i] ? struckFlag() : 0);
  }

  /** The flag bit of a yes answer to field {@code f} (0 disability … 4 rural) in {@link #flags(int)}. */
  static int yesFlag(int f) {
    int combo = 1;
    for (int k = 0; k < f; k++) {
      combo *= FIELD_STATES;
    }
    return FLAG_CODES[combo];
  }

  /** The flag bit of "struck" in {@link #flags(int)}. */
  static int struckFlag() {
    return ParticipantColumns.flagsCode(Answer.of(false), Answer.of(false), Answer.of(false), Answer.of(false),
        Answer.of(false), false, true);
  }

  /** The records as {@link Participation} objects (for tests on small cohorts). */
  public List<Participation> toParticipations() {
    List<Participation> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Participation.Builder b = Participation.builder()
          .participantId("r" + i)
          .subProject(subProjects[sub[i]])
          .gender(gender[i] < 3 ? Answer.of(Gender.values()[gender[i]])
              : Answer.unknown(UnknownReason.values()[gender[i] - 3]))
          .birthDate(birth[i] > 0 ? Answer.of(date(birth[i])) : Answer.unknown(UnknownReason.values()[-birth[i] - 1]))
          .entryDate(date(entry[i]))
          .employmentStatus(status[i] < 5 ? Answer.of(EmploymentStatus.values()[status[i]])
              : Answer.unknown(UnknownReason.values()[status[i] - 5]))
          .education(edu[i] < 9 ? Answer.of(IscedLevel.values()[edu[i]])
              : Answer.unknown(UnknownReason.values()[edu[i] - 9]))
          .disability(answer(optional[i], 0))
          .foreignBackground(answer(optional[i], 1))
          .thirdCountryNational(answer(optional[i], 2))
          .homeless(answer(optional[i], 3))
          .rural(answer(optional[i], 4))
          .struck(struck[i]);
      if (exit[i] != 0) {
        b.exitDate(date(exit[i]));
      }
      for (int k = evStart[i]; k < evStart[i + 1]; k++) {
        b.addEvents(LabourMarketEvent.of(date(evYmd[k]), EventType.values()[evType[k]]));
      }
      out.add(b.build());
    }
    return out;
  }
}
