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

  // ---- the histogram cells the fold counts in; each cell expands to a mask of indicators at result time
  /** Per gender slot: 1 incomplete cell, age band × status × education band, yes-bits, immediate, six-month. */
  static final int INCOMPLETE_CELL = 0;
  static final int AE_CELLS = 1;
  static final int Y_CELLS = AE_CELLS + 4 * 5 * 4;
  static final int I_CELLS = Y_CELLS + 32;
  static final int X_CELLS = I_CELLS + 5 * 2 * 2 * 2;
  /**
   * Cells the branch-free fold counts into when a participant has no yes-bit cell (incomplete), no immediate
   * result or no six-month result; their mask is zero, so they count in no indicator.
   */
  static final int DISCARD_Y = X_CELLS + 4;
  static final int DISCARD_I = DISCARD_Y + 1;
  static final int DISCARD_X = DISCARD_I + 1;
  static final int CELLS = DISCARD_X + 1;
  static final int GENDER_SLOTS = 4;
  /** Age band of an age: 0 youngest band, 3 = 55 and over. */
  final byte[] ageBand = new byte[AGE_CAP + 1];
  /** Education band: 0 ISCED 0, 1 ISCED 1–2, 2 ISCED 3–4, 3 ISCED 5–8; 0 for the unknown codes 9–11. */
  static final byte[] EDU_BAND = {0, 1, 1, 2, 2, 3, 3, 3, 3, 0, 0, 0};
  /** Immediate class of a status event type (ordinal): 1 searching, 2 education, 3 employment, 4 inactive. */
  static final byte[] IMMEDIATE_CLASS = new byte[EventType.values().length];
  final long[] cellMask = new long[CELLS];

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
    buildCells();
  }

  static {
    IMMEDIATE_CLASS[EventType.JOB_SEARCHING.ordinal()] = 1;
    IMMEDIATE_CLASS[EventType.UNEMPLOYED.ordinal()] = 1;
    IMMEDIATE_CLASS[EventType.IN_EDUCATION.ordinal()] = 2;
    IMMEDIATE_CLASS[EventType.EMPLOYED.ordinal()] = 3;
    IMMEDIATE_CLASS[EventType.SELF_EMPLOYED.ordinal()] = 3;
    IMMEDIATE_CLASS[EventType.INACTIVE.ordinal()] = 4;
  }

  /**
   * Builds the cell masks from the rule tables above, and checks that the bands lose nothing: every age,
   * education level and event type in a band has the band's mask.
   */
  private void buildCells() {
    int[] bandAge = esfPlus ? new int[] {0, 18, 30, 55} : new int[] {0, 25, 25, 55};
    for (int a = 0; a <= AGE_CAP; a++) {
      ageBand[a] = (byte) (esfPlus ? (a <= 17 ? 0 : a <= 29 ? 1 : a <= 54 ? 2 : 3) : (a <= 24 ? 0 : a <= 54 ? 2 : 3));
      require(ageMask[a] == ageMask[bandAge[ageBand[a]]] && (a >= 55) == (ageBand[a] == 3), "age band " + a);
    }
    int[] bandEdu = {0, 1, 3, 5};
    for (int e = 0; e <= 8; e++) {
      require(eduMask[e] == eduMask[bandEdu[EDU_BAND[e]]], "education band " + e);
    }
    long[] classMask = new long[5];
    int[] classType = {-1, EventType.JOB_SEARCHING.ordinal(), EventType.IN_EDUCATION.ordinal(),
        EventType.EMPLOYED.ordinal(), EventType.INACTIVE.ordinal()};
    for (int c = 0; c < 5; c++) {
      classMask[c] = immediateMask[classType[c] + 1];
    }
    for (EventType t : EventType.values()) {
      if (t.isStatus()) {
        require(immediateMask[t.ordinal() + 1] == classMask[IMMEDIATE_CLASS[t.ordinal()]], "immediate " + t);
        require((sixMonthMask[t.ordinal() + 1] != 0) == t.isEmployment(), "six months " + t);
      }
    }
    cellMask[INCOMPLETE_CELL] = totalBit;
    for (int band = 0; band < 4; band++) {
      for (int st = 0; st < 5; st++) {
        for (int eb = 0; eb < 4; eb++) {
          cellMask[AE_CELLS + (band * 5 + st) * 4 + eb] = totalBit | statusMask[st] | eduMask[bandEdu[eb]]
              | ageMask[bandAge[band]] | (band == 3 ? olderStatusMask[st] : 0);
        }
      }
    }
    for (int y = 0; y < 32; y++) {
      cellMask[Y_CELLS + y] = yesMask[y];
    }
    for (int c = 0; c < 5; c++) {
      for (int q = 0; q < 2; q++) {
        for (int inactive = 0; inactive < 2; inactive++) {
          for (int dis = 0; dis < 2; dis++) {
            long m = classMask[c] | (q == 1 ? qualificationBit : 0);
            if (c == 1 && inactive == 1) {
              m |= inactiveJobSearchingBit;
            }
            if (dis == 1 && (q == 1 || c == 1 || c == 2 || c == 3)) {
              m |= disadvantagedImmediateBit;
            }
            cellMask[immediateCell(c, q, inactive, dis)] = m;
          }
        }
      }
    }
    long six = sixMonthMask[EventType.EMPLOYED.ordinal() + 1];
    for (int older = 0; older < 2; older++) {
      for (int dis = 0; dis < 2; dis++) {
        cellMask[X_CELLS + older * 2 + dis] = six | (older == 1 ? olderSixMonthBit : 0)
            | (dis == 1 ? disadvantagedSixMonthBit : 0);
      }
    }
  }

  static int immediateCell(int immClass, int qualification, int inactive, int disadvantaged) {
    return I_CELLS + ((immClass * 2 + qualification) * 2 + inactive) * 2 + disadvantaged;
  }

  private static void require(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("indicator bands are inconsistent: " + what);
    }
  }

  static Layout of(ProgrammePeriod period) {
    return period == ProgrammePeriod.ESF_2014_2020 ? Instances.ESF : Instances.ESF_PLUS;
  }

  /** Built after Layout's static tables. */
  private static final class Instances {
    static final Layout ESF = new Layout(ProgrammePeriod.ESF_2014_2020);
    static final Layout ESF_PLUS = new Layout(ProgrammePeriod.ESF_PLUS_2021_2027);
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
