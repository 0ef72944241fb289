package io.github.esfkit.indicators.common;

import static io.github.esfkit.indicators.common.CommonIndicator.*;

import io.github.esfkit.core.participant.EmploymentStatus;
import io.github.esfkit.core.participant.EventType;
import io.github.esfkit.core.programme.ProgrammePeriod;
import java.util.List;

/**
 * The rules of one period as lookup tables of indicator bit masks: every computed indicator has a bit, and
 * a participant's characteristics select the bits it counts in. Built once per period; immutable.
 */
final class Layout {

  static final int SLOTS = 5; // women, men, non-binary, not reported, total
  static final int TOTAL_SLOT = 4;
  static final int AGE_CAP = 255;

  private static final Layout ESF = new Layout(ProgrammePeriod.ESF_2014_2020);
  private static final Layout ESF_PLUS = new Layout(ProgrammePeriod.ESF_PLUS_2021_2027);

  final ProgrammePeriod period;
  final CommonIndicator[] indicators;
  final int stride;
  final boolean esfPlus;
  final long totalBit;
  final long[] statusMask = new long[Codes.STATUS_CODES];
  final long[] eduMask = new long[Codes.EDU_CODES];
  final long[] ageMask = new long[AGE_CAP + 1];
  /** CO08: aged 55+ and unemployed or inactive not in education; zero under ESF+. */
  final long[] olderStatusMask = new long[Codes.STATUS_CODES];
  final long[] yesMask = new long[32];
  final int[] genderSlot = new int[Codes.GENDER_CODES];
  /**
   * Bits for the last status event upon leaving, by EventType ordinal + 1 (0 = none). "Engaged in job
   * searching" is a job-searching or an unemployed event (registered as a job seeker, as in the
   * Commission's example: a job at once, then unemployed within 28 days, counts as job searching).
   */
  final long[] immediateMask = new long[EventType.values().length + 1];
  final long qualificationBit;
  /** 2014–2020 CR01: job searching upon leaving, only for those inactive at entry. */
  final long inactiveJobSearchingBit;
  /** CR05: disadvantaged and any positive immediate result. */
  final long disadvantagedImmediateBit;
  final long[] sixMonthMask = new long[EventType.values().length + 1];
  final long olderSixMonthBit;
  final long disadvantagedSixMonthBit;
  /** Yes-bits that make a participant disadvantaged (CO15, CO16, CO18: library policy, to verify). */
  final int disadvantagedYes;

  private Layout(ProgrammePeriod period) {
    this.period = period;
    List<CommonIndicator> list = CommonIndicator.computed(period);
    this.indicators = list.toArray(new CommonIndicator[0]);
    this.stride = indicators.length * SLOTS;
    this.esfPlus = period == ProgrammePeriod.ESF_PLUS_2021_2027;
    this.totalBit = bit(CommonIndicator.total(period));
    for (int g = 0; g < Codes.GENDER_CODES; g++) {
      genderSlot[g] = g < 2 ? g : (g == 2 && esfPlus ? 2 : 3);
    }
    int js = EventType.JOB_SEARCHING.ordinal() + 1;
    int unemployed = EventType.UNEMPLOYED.ordinal() + 1;
    int edu = EventType.IN_EDUCATION.ordinal() + 1;
    int emp = EventType.EMPLOYED.ordinal() + 1;
    int self = EventType.SELF_EMPLOYED.ordinal() + 1;
    if (!esfPlus) {
      statusMask[EmploymentStatus.UNEMPLOYED.ordinal()] = bit(CO01);
      statusMask[EmploymentStatus.LONG_TERM_UNEMPLOYED.ordinal()] = bit(CO01) | bit(CO02);
      statusMask[EmploymentStatus.INACTIVE.ordinal()] = bit(CO03);
      statusMask[EmploymentStatus.INACTIVE_NOT_IN_EDUCATION.ordinal()] = bit(CO03) | bit(CO04);
      statusMask[EmploymentStatus.EMPLOYED.ordinal()] = bit(CO05);
      olderStatusMask[EmploymentStatus.UNEMPLOYED.ordinal()] = bit(CO08);
      olderStatusMask[EmploymentStatus.LONG_TERM_UNEMPLOYED.ordinal()] = bit(CO08);
      olderStatusMask[EmploymentStatus.INACTIVE_NOT_IN_EDUCATION.ordinal()] = bit(CO08);
      for (int l = 1; l <= 8; l++) {
        eduMask[l] = l <= 2 ? bit(CO09) : l <= 4 ? bit(CO10) : bit(CO11);
      }
      for (int a = 0; a <= AGE_CAP; a++) {
        ageMask[a] = a <= 24 ? bit(CO06) : a >= 55 ? bit(CO07) : 0;
      }
      for (int y = 0; y < 32; y++) {
        long m = 0;
        if ((y & (1 << Codes.FOREIGN_BACKGROUND | 1 << Codes.THIRD_COUNTRY_NATIONAL)) != 0) {
          m |= bit(CO15);
        }
        if ((y & 1 << Codes.DISABILITY) != 0) {
          m |= bit(CO16);
        }
        if ((y & 1 << Codes.HOMELESS) != 0) {
          m |= bit(CO18);
        }
        if ((y & 1 << Codes.RURAL) != 0) {
          m |= bit(CO19);
        }
        yesMask[y] = m;
      }
      immediateMask[edu] = bit(CR02);
      immediateMask[emp] = bit(CR04);
      immediateMask[self] = bit(CR04);
      qualificationBit = bit(CR03);
      inactiveJobSearchingBit = bit(CR01);
      disadvantagedImmediateBit = bit(CR05);
      sixMonthMask[emp] = bit(CR06);
      sixMonthMask[self] = bit(CR06);
      olderSixMonthBit = bit(CR08);
      disadvantagedSixMonthBit = bit(CR09);
      disadvantagedYes = 1 << Codes.FOREIGN_BACKGROUND | 1 << Codes.THIRD_COUNTRY_NATIONAL | 1 << Codes.DISABILITY
          | 1 << Codes.HOMELESS;
    } else {
      statusMask[EmploymentStatus.UNEMPLOYED.ordinal()] = bit(EECO02);
      statusMask[EmploymentStatus.LONG_TERM_UNEMPLOYED.ordinal()] = bit(EECO02) | bit(EECO03);
      statusMask[EmploymentStatus.INACTIVE.ordinal()] = bit(EECO04);
      statusMask[EmploymentStatus.INACTIVE_NOT_IN_EDUCATION.ordinal()] = bit(EECO04);
      statusMask[EmploymentStatus.EMPLOYED.ordinal()] = bit(EECO05);
      for (int l = 0; l <= 8; l++) {
        eduMask[l] = l <= 2 ? bit(EECO09) : l <= 4 ? bit(EECO10) : bit(EECO11);
      }
      for (int a = 0; a <= AGE_CAP; a++) {
        ageMask[a] = a <= 17 ? bit(EECO06) : a <= 29 ? bit(EECO07) : a >= 55 ? bit(EECO08) : 0;
      }
      for (int y = 0; y < 32; y++) {
        long m = 0;
        if ((y & 1 << Codes.DISABILITY) != 0) {
          m |= bit(EECO12);
        }
        if ((y & 1 << Codes.THIRD_COUNTRY_NATIONAL) != 0) {
          m |= bit(EECO13);
        }
        if ((y & 1 << Codes.FOREIGN_BACKGROUND) != 0) {
          m |= bit(EECO14);
        }
        if ((y & 1 << Codes.HOMELESS) != 0) {
          m |= bit(EECO16);
        }
        if ((y & 1 << Codes.RURAL) != 0) {
          m |= bit(EECO17);
        }
        yesMask[y] = m;
      }
      immediateMask[js] = bit(EECR01);
      immediateMask[unemployed] = bit(EECR01);
      immediateMask[edu] = bit(EECR02);
      immediateMask[emp] = bit(EECR04);
      immediateMask[self] = bit(EECR04);
      qualificationBit = bit(EECR03);
      inactiveJobSearchingBit = 0;
      disadvantagedImmediateBit = 0;
      sixMonthMask[emp] = bit(EECR05);
      sixMonthMask[self] = bit(EECR05);
      olderSixMonthBit = 0;
      disadvantagedSixMonthBit = 0;
      disadvantagedYes = 0;
    }
  }

  static Layout of(ProgrammePeriod period) {
    return period == ProgrammePeriod.ESF_2014_2020 ? ESF : ESF_PLUS;
  }

  int index(CommonIndicator indicator) {
    for (int i = 0; i < indicators.length; i++) {
      if (indicators[i] == indicator) {
        return i;
      }
    }
    return -1;
  }

  private long bit(CommonIndicator indicator) {
    int i = index(indicator);
    if (i < 0) {
      throw new IllegalStateException(indicator + " is not computed");
    }
    return 1L << i;
  }
}
