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

  private final SplittableRandom random;
  private final boolean nonBinary;
  private final LocalDate firstEntry;
  private Participation previous;
  private final java.util.Set<Personnummer> used = new java.util.HashSet<>();

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
      Participation p = next(i);
      previous = p;
      sink.accept(p);
    }
  }

  private Participation next(long index) {
    Participation.Builder b = Participation.builder().participantId(String.format("P%07d", index));
    boolean reEntry = previous != null && previous.personId().isPresent() && previous.exitDate().isPresent()
        && random.nextInt(100) < 2;
    LocalDate entry;
    if (reEntry) {
      Participation p = previous;
      entry = p.exitDate().get().plusDays(1 + random.nextInt(60));
      b.personId(p.personId().get()).gender(p.gender()).birthDate(p.birthDate()).subProject(p.subProject());
    } else {
      entry = firstEntry.plusDays(random.nextInt(900));
      int g = random.nextInt(100);
      Answer<Gender> gender = g < 48 ? Answer.of(Gender.WOMAN) : g < 97 ? Answer.of(Gender.MAN)
          : g < 98 && nonBinary ? Answer.of(Gender.NON_BINARY) : g < 99 ? Answer.of(Gender.MAN)
          : Answer.unknown(UnknownReason.REFUSED);
      LocalDate birth = entry.minusYears(16 + random.nextInt(50)).minusDays(random.nextInt(365));
      b.gender(gender)
          .birthDate(random.nextInt(100) == 0 ? Answer.unknown(UnknownReason.DONT_KNOW) : Answer.of(birth))
          .subProject(SUB_PROJECTS[random.nextInt(SUB_PROJECTS.length)]);
      if (random.nextInt(10) < 9) {
        b.personId(samordningsnummer(birth));
      }
    }
    b.entryDate(entry);
    b.employmentStatus(random.nextInt(100) == 0 ? Answer.unknown(UnknownReason.NOT_COLLECTED)
        : Answer.of(STATUSES[random.nextInt(STATUSES.length)]));
    b.education(random.nextInt(100) == 0 ? Answer.unknown(UnknownReason.REFUSED)
        : Answer.of(LEVELS[random.nextInt(LEVELS.length)]));
    b.disability(flag(20, 30));
    b.foreignBackground(flag(40, 10));
    b.thirdCountryNational(flag(25, 10));
    b.homeless(flag(5, 50));
    b.rural(flag(30, 50));
    if (random.nextInt(10) < 8) {
      b.referralSource(REFERRALS[random.nextInt(REFERRALS.length)]);
    }
    if (random.nextInt(100) < 85) {
      LocalDate exit = entry.plusDays(14 + random.nextInt(350));
      b.exitDate(exit);
      b.exitDestination(DESTINATIONS[random.nextInt(DESTINATIONS.length)]);
      int events = random.nextInt(4);
      for (int e = 0; e < events; e++) {
        b.addEvents(LabourMarketEvent.of(exit.plusDays(random.nextInt(e == 0 ? 40 : 250)),
            random.nextInt(10) == 0 ? EventType.QUALIFICATION_GAINED
                : STATUS_EVENTS[random.nextInt(STATUS_EVENTS.length)]));
      }
    }
    return b.build();
  }

  /** yes with {@code yesPercent} %, blank (not collected) with {@code blankPercent} %, else no. */
  private Answer<Boolean> flag(int yesPercent, int blankPercent) {
    int r = random.nextInt(100);
    if (r < yesPercent) {
      return Answer.of(true);
    }
    if (r < yesPercent + blankPercent) {
      return Answer.notCollected();
    }
    return Answer.of(false);
  }

  private Personnummer samordningsnummer(LocalDate birth) {
    // distinct persons get distinct numbers: draw the serial again on a collision
    while (true) {
      Personnummer p = SyntheticIds.samordningsnummer(birth, random.nextInt(1000));
      if (used.add(p)) {
        return p;
      }
    }
  }
}
