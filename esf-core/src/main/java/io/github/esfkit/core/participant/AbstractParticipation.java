package io.github.esfkit.core.participant;

import io.github.esfkit.core.internal.EsfStyle;
import io.github.esfkit.core.id.Personnummer;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One participation (inskrivning): a stay in the project from entry to exit in one sub-project, with the
 * participant's characteristics at entry, the exit destination and the events after exit. This is what
 * the participant exchange format ({@code docs/participants-csv.md}) carries in one row.
 *
 * <p>Every characteristic is an {@link Answer}: known, or unknown with a reason. The optional personnummer
 * links re-entries of one person and is never printed ({@link #toString()} masks it); a participant id
 * with ten digits or more may be a personnummer used as id and is masked in {@link #toString()} and
 * exception messages too. Fields marked
 * {@link SpecialCategory} are special-category personal data. The builder rejects a record that is
 * inconsistent on its own (an exit before entry, an event before exit). Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractParticipation {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  /** Pseudonymous id assigned by the host system: 1–64 of {@code A-Z a-z 0-9 _ -}. */
  public abstract String participantId();

  /** Personnummer or samordningsnummer, when known; personal data. */
  public abstract Optional<Personnummer> personId();

  /** True for a person with protected identity (skyddad identitet). */
  @Value.Default
  public boolean protectedIdentity() {
    return false;
  }

  /** The sub-project (delprojekt), usually a municipality. */
  public abstract String subProject();

  /** Gender (kön) as the participant stated it, or why it is unknown. */
  public abstract Answer<Gender> gender();

  /** Date of birth (födelsedatum), or why it is unknown; never after the entry date. */
  public abstract Answer<LocalDate> birthDate();

  /** The first day of this participation (inskrivningsdatum). */
  public abstract LocalDate entryDate();

  /** Empty while the participation is active. */
  public abstract Optional<LocalDate> exitDate();

  /** True when the enrolment was struck (struken), e.g. for lack of signed attendance. */
  @Value.Default
  public boolean struck() {
    return false;
  }

  /** Labour-market status at entry (sysselsättningsstatus), or why it is unknown. */
  public abstract Answer<EmploymentStatus> employmentStatus();

  /** Highest completed education at entry as an ISCED 2011 level (utbildningsnivå), or why it is unknown. */
  public abstract Answer<IscedLevel> education();

  /** Funktionsnedsättning: special-category data. */
  @SpecialCategory
  @Value.Default
  public Answer<Boolean> disability() {
    return Answer.notCollected();
  }

  /**
   * Utländsk bakgrund: origin, special-category data under the 2014–2020 indicator CO15 ("migrants,
   * participants with a foreign background, minorities"), so marked in both periods.
   */
  @SpecialCategory
  @Value.Default
  public Answer<Boolean> foreignBackground() {
    return Answer.notCollected();
  }

  /** Medborgare i tredjeland. */
  @Value.Default
  public Answer<Boolean> thirdCountryNational() {
    return Answer.notCollected();
  }

  /** Hemlös eller utestängd från bostadsmarknaden. */
  @Value.Default
  public Answer<Boolean> homeless() {
    return Answer.notCollected();
  }

  /** Från landsbygdsområde. */
  @Value.Default
  public Answer<Boolean> rural() {
    return Answer.notCollected();
  }

  /** Who referred the participant (anvisande instans), when recorded. */
  public abstract Optional<ReferralSource> referralSource();

  /** Only with an exit date. */
  public abstract Optional<ExitDestination> exitDestination();

  /** Labour-market events on or after the exit date. */
  public abstract List<LabourMarketEvent> events();

  /** Income-support follow-up (baseline before entry, observations after exit). */
  public abstract List<IncomeSupportObservation> incomeSupport();

  /** Whether the person consented to follow-up by social services; not collected by default. */
  @Value.Default
  public Answer<Boolean> followUpConsent() {
    return Answer.notCollected();
  }

  /** True when an exit date is set. */
  public boolean hasExited() {
    return exitDate().isPresent();
  }

  /** True when exited on or before {@code asOf}. */
  public boolean hasExitedBy(LocalDate asOf) {
    java.util.Objects.requireNonNull(asOf, "asOf");
    return exitDate().isPresent() && !exitDate().get().isAfter(asOf);
  }

  /** Full years from birth date to this entry; unknown when the birth date is. */
  public Answer<Integer> ageAtEntry() {
    return birthDate().map(b -> Period.between(b, entryDate()).getYears());
  }

  @Value.Check
  void check() {
    if (!ID.matcher(participantId()).matches()) {
      throw new IllegalArgumentException(
          "participantId must be 1-64 characters of A-Z a-z 0-9 _ -: " + shown(participantId()));
    }
    if (subProject().isBlank()) {
      throw new IllegalArgumentException("subProject must not be blank (participant " + shown(participantId()) + ")");
    }
    if (exitDate().isPresent() && exitDate().get().isBefore(entryDate())) {
      throw new IllegalArgumentException(
          "exit " + exitDate().get() + " is before entry " + entryDate() + " (participant " + shown(participantId()) + ")");
    }
    if (birthDate().isKnown() && birthDate().get().isAfter(entryDate())) {
      throw new IllegalArgumentException("birth date is after entry (participant " + shown(participantId()) + ")");
    }
    if (exitDestination().isPresent() && exitDate().isEmpty()) {
      throw new IllegalArgumentException("exit destination without exit date (participant " + shown(participantId()) + ")");
    }
    for (LabourMarketEvent e : events()) {
      if (exitDate().isEmpty() || e.date().isBefore(exitDate().get())) {
        throw new IllegalArgumentException(
            "event " + e.type().code() + " on " + e.date() + " is not on or after the exit date (participant "
                + shown(participantId()) + ")");
      }
    }
  }

  /** An id as messages show it: through the library's one {@link io.github.esfkit.core.Redaction}. */
  static String shown(String id) {
    return io.github.esfkit.core.Redaction.scrub(id);
  }

  @Override
  public String toString() {
    return "Participation{" + shown(participantId()) + ", " + io.github.esfkit.core.Redaction.scrub(subProject()) + ", entry " + entryDate()
        + exitDate().map(d -> ", exit " + d).orElse("") + (personId().isPresent() ? ", person " + personId().get() : "")
        + "}";
  }
}
