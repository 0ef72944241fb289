package io.github.esfkit.indicators.common;

import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.EmploymentStatus;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.participant.IscedLevel;
import io.github.esfkit.core.participant.LabourMarketEvent;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.participant.UnknownReason;
import java.time.LocalDate;

/**
 * The primitive encoding shared by the object path and {@link ParticipantColumns}: one set of rules, two
 * ways in. Unknown answers keep their reason.
 */
final class Codes {

  // gender: 0 woman, 1 man, 2 non-binary, 3 + reason when unknown
  static final int GENDER_UNKNOWN = 3;
  static final int GENDER_CODES = 6;
  // employment status: 0..4 = EmploymentStatus ordinal, 5 + reason when unknown
  static final int STATUS_UNKNOWN = 5;
  static final int STATUS_CODES = 8;
  // education: 0..8 = ISCED level, 9 + reason when unknown
  static final int EDU_UNKNOWN = 9;
  static final int EDU_CODES = 12;
  // birth date: yyyymmdd when known, -1 - reason when unknown
  // flags: bits 0-4 "yes" of the five optional yes/no fields; bits 5-14 two bits per field:
  //   0 known, 1 + reason when unknown; bit 15 identified (has a personnummer); 16 struck; 17 invalid date
  static final int FLAG_FIELDS = 5;
  static final int DISABILITY = 0;
  static final int FOREIGN_BACKGROUND = 1;
  static final int THIRD_COUNTRY_NATIONAL = 2;
  static final int HOMELESS = 3;
  static final int RURAL = 4;
  static final int YES_BITS = 0x1F;
  static final int UNKNOWN_SHIFT = 5;
  static final int IDENTIFIED = 1 << 15;
  static final int STRUCK = 1 << 16;
  static final int INVALID = 1 << 17;

  private Codes() {}

  static int gender(Answer<Gender> a) {
    return a.isKnown() ? a.get().ordinal() : GENDER_UNKNOWN + reason(a);
  }

  static int status(Answer<EmploymentStatus> a) {
    return a.isKnown() ? a.get().ordinal() : STATUS_UNKNOWN + reason(a);
  }

  static int education(Answer<IscedLevel> a) {
    return a.isKnown() ? a.get().ordinal() : EDU_UNKNOWN + reason(a);
  }

  /** yyyymmdd, or -1 - reason; 0 when the date cannot be packed (the record is then invalid). */
  static int birth(Answer<LocalDate> a) {
    if (a.isUnknown()) {
      return -1 - reason(a);
    }
    return Ymd.fits(a.get()) ? Ymd.of(a.get()) : 0;
  }

  static int date(LocalDate d) {
    return Ymd.fits(d) ? Ymd.of(d) : 0;
  }

  /**
   * True when some date of the participation cannot be packed (year outside 1800–2999): given its packed
   * birth, entry and exit codes ({@code -1} for no exit), and checking its events. Such a record is invalid.
   */
  static boolean outOfRange(Participation p, int birth, int entry, int exit) {
    if (birth == 0 || entry == 0 || exit == 0) {
      return true;
    }
    for (LabourMarketEvent e : p.events()) {
      if (!Ymd.fits(e.date())) {
        return true;
      }
    }
    return false;
  }

  static int flags(Participation p) {
    int f = 0;
    f |= yesNo(p.disability(), DISABILITY);
    f |= yesNo(p.foreignBackground(), FOREIGN_BACKGROUND);
    f |= yesNo(p.thirdCountryNational(), THIRD_COUNTRY_NATIONAL);
    f |= yesNo(p.homeless(), HOMELESS);
    f |= yesNo(p.rural(), RURAL);
    if (p.personId().isPresent()) {
      f |= IDENTIFIED;
    }
    if (p.struck()) {
      f |= STRUCK;
    }
    return f;
  }

  /** The flag bits of one yes/no field. */
  static int yesNo(Answer<Boolean> a, int field) {
    if (a.isKnown()) {
      return a.get() ? 1 << field : 0;
    }
    return (1 + reason(a)) << (UNKNOWN_SHIFT + 2 * field);
  }

  static int reason(Answer<?> a) {
    return a.unknownReason().orElse(UnknownReason.NOT_COLLECTED).ordinal();
  }

  /** The characteristics bits of the flags (yes and unknown bits), without identity and status bits. */
  static int characteristics(int flags) {
    return flags & 0x7FFF;
  }
}
