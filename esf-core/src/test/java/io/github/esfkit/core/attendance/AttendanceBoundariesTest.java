package io.github.esfkit.core.attendance;

import static io.github.esfkit.core.attendance.AttendanceValidatorTest.P;
import static io.github.esfkit.core.attendance.AttendanceValidatorTest.check;
import static io.github.esfkit.core.attendance.AttendanceValidatorTest.month;
import static io.github.esfkit.core.attendance.RuleIds.rules;
import static io.github.esfkit.core.attendance.TimeReportValidatorTest.PROJECT;
import static io.github.esfkit.core.attendance.TimeReportValidatorTest.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.core.project.PhaseKind;
import io.github.esfkit.core.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of the attendance and time-report rules: a value exactly at a limit is accepted, one step
 * beyond is not; messages carry the figures and the row's place; the hour caps and policy as values.
 */
class AttendanceBoundariesTest {

  private static Checked<TimeReport> time(ProgrammePeriod period, TimeReport... rs) {
    return TimeReportValidator.check(List.of(rs), PROJECT, HourCaps.of(period));
  }

  private static Checked<TimeReport> time(TimeReport... rs) {
    return time(ProgrammePeriod.ESF_2014_2020, rs);
  }

  private static BigDecimal total(Checked<TimeReport> c) {
    return c.accepted().stream().map(TimeReport::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  // attendance

  @Test
  void monthsTouchingEntryAndExitAreInside() {
    // D-1 takes part 2018-03-15 – 2018-08-10: March and August are partly inside
    assertThat(rules(check(month("D-1", "2018-03", "1"), month("D-1", "2018-08", "1")))).isEmpty();
    Checked<Attendance> days = check(Attendance.ofDay("D-1", LocalDate.of(2018, 3, 15), BigDecimal.ONE),
        Attendance.ofDay("D-1", LocalDate.of(2018, 8, 10), BigDecimal.ONE),
        Attendance.ofDay("D-1", LocalDate.of(2018, 8, 11), BigDecimal.ONE));
    assertThat(rules(days)).containsExactly("ATT-OUTSIDE-PARTICIPATION");
    assertThat(days.accepted()).hasSize(2);
    Violation v = days.findings().violations().get(0);
    assertThat(v.messageEn()).isEqualTo("attendance on 2018-08-11 lies outside the participation 2018-03-15 – 2018-08-10");
    assertThat(v.messageSv()).isEqualTo("närvaro 2018-08-11 ligger utanför deltagandet 2018-03-15 – 2018-08-10");
    assertThat(v.path()).isEqualTo("attendance[2018-08 2018-08-11]");
    // without an exit, any month after entry is inside
    Checked<Attendance> open = AttendanceValidator.check(List.of(month("D-2", "2030-01", "1"),
            Attendance.ofDay("D-2", LocalDate.of(2030, 1, 2), BigDecimal.ONE),
            Attendance.ofDay("D-2", LocalDate.of(2018, 3, 14), BigDecimal.ONE)),
        java.util.Map.of("D-2", AttendanceValidatorTest.participation("D-2", LocalDate.of(2018, 3, 15), null)),
        AttendancePolicy.standard());
    assertThat(rules(open)).containsExactly("ATT-OUTSIDE-PARTICIPATION", "ATT-MONTH-AND-DAYS");
    assertThat(open.findings().violations().get(0).messageEn()).endsWith("participation 2018-03-15 – ");
  }

  @Test
  void aDayAtTheCeilingIsAccepted() {
    assertThat(rules(check(Attendance.ofDay("D-1", LocalDate.of(2018, 4, 3), new BigDecimal("8"))))).isEmpty();
    Checked<Attendance> c = check(Attendance.ofDay("D-1", LocalDate.of(2018, 4, 3), new BigDecimal("8.01")));
    Violation v = c.findings().violations().get(0);
    assertThat(v.messageEn()).isEqualTo("8.01 hours on one day exceed the ceiling of 8");
    assertThat(v.messageSv()).isEqualTo("8.01 timmar en dag är fler än taket 8");
    // the day ceiling is not the month's: a month row of 9 hours is fine
    assertThat(rules(check(month("D-1", "2018-04", "9")))).isEmpty();
  }

  @Test
  void messagesCarryTheFigures() {
    Violation negative = check(month("D-1", "2018-04", "-1")).findings().violations().get(0);
    assertThat(negative.messageEn()).isEqualTo("negative hours: -1");
    assertThat(negative.messageSv()).isEqualTo("negativt antal timmar: -1");
    Violation precision = check(month("D-1", "2018-04", "1.125")).findings().violations().get(0);
    assertThat(precision.messageEn()).isEqualTo("hours with more than 2 decimals: 1.125");
    assertThat(precision.messageSv()).isEqualTo("timmar med fler än 2 decimaler: 1.125");
    Violation ceiling = check(month("D-1", "2018-04", "168.5")).findings().violations().get(0);
    assertThat(ceiling.messageEn()).isEqualTo("168.5 hours in 2018-04 exceed the month's ceiling of 168; the month "
        + "is not counted");
    Violation unknown = check(month("D-9", "2018-04", "1")).findings().violations().get(0);
    assertThat(unknown.messageEn()).contains("(2018-04)");
    // zero hours is neither negative nor over a limit
    assertThat(rules(check(month("D-1", "2018-04", "0")))).isEmpty();
  }

  @Test
  void aPolicyOfOneDecimal() {
    AttendancePolicy tenths = AttendancePolicy.of(new BigDecimal("7.5"), 1);
    assertThat(tenths.maxDecimals()).isEqualTo(1);
    assertThat(tenths.dayCeiling()).isEqualByComparingTo("7.5");
    // April 2018: 21 weekdays × 7.5
    assertThat(tenths.ceiling(YearMonth.of(2018, 4))).isEqualByComparingTo("157.5");
    assertThat(tenths).hasToString("AttendancePolicy{7.5 h per weekday, 1 decimals}");
    assertThat(rules(AttendanceValidator.check(List.of(month("D-1", "2018-04", "1.5")), P, tenths))).isEmpty();
    Checked<Attendance> c = AttendanceValidator.check(List.of(month("D-1", "2018-04", "1.25")), P, tenths);
    assertThat(rules(c)).containsExactly("ATT-HOURS-PRECISION");
    assertThat(c.findings().violations().get(0).messageEn()).startsWith("hours with more than 1 decimals");
    // February 2021 has exactly 20 weekdays, a month starting on a Monday and ending on a Sunday
    assertThat(AttendancePolicy.standard().ceiling(YearMonth.of(2021, 2))).isEqualByComparingTo("160");
    // May 2021 starts on a Saturday and ends on a Monday: 21 weekdays
    assertThat(AttendancePolicy.standard().ceiling(YearMonth.of(2021, 5))).isEqualByComparingTo("168");
  }

  @Test
  void duplicatesNameTheFirstRowWhenItHasAPlace() {
    Attendance noSource = Attendance.ofMonth("D-1", YearMonth.of(2018, 4), new BigDecimal("30"));
    Attendance withSource = month("D-1", "2018-04", "40");
    Checked<Attendance> c = check(noSource, withSource);
    Violation v = c.findings().violations().get(0);
    assertThat(v.messageEn()).isEqualTo("duplicate row for the same participant and 2018-04; the one with fewer hours "
        + "counts");
    assertThat(v.path()).isEqualTo(withSource.source());
    Checked<Attendance> d = check(withSource, month("D-1", "2018-04", "50").withSource("b.csv:9"));
    assertThat(d.findings().violations().get(0).messageEn()).contains("(also " + withSource.source() + ")");
    assertThat(d.findings().violations().get(0).messageSv()).contains("(även " + withSource.source() + ")");
    // day rows of one day are duplicates too, named by the day
    Checked<Attendance> days = check(Attendance.ofDay("D-1", LocalDate.of(2018, 4, 3), new BigDecimal("2")),
        Attendance.ofDay("D-1", LocalDate.of(2018, 4, 3), new BigDecimal("3")));
    assertThat(days.findings().violations().get(0).messageEn()).contains("participant and 2018-04-03;");
    assertThat(days.findings().violations().get(0).path()).isEqualTo("attendance[2018-04 2018-04-03]");
    assertThat(days.accepted()).singleElement().extracting(Attendance::hours).isEqualTo(new BigDecimal("2"));
  }

  @Test
  void theMonthCeilingIsReportedOncePerMonth() {
    List<Attendance> rows = new ArrayList<>();
    for (int d = 2; d <= 30; d++) {
      rows.add(Attendance.ofDay("D-1", LocalDate.of(2018, 4, d), new BigDecimal("8")));
    }
    rows.add(month("D-1", "2018-05", "10"));
    Checked<Attendance> c = AttendanceValidator.check(rows, P, AttendancePolicy.standard());
    assertThat(rules(c)).containsExactly("ATT-MONTH-CEILING");
    // the other month is still counted
    assertThat(c.accepted()).singleElement().extracting(Attendance::month).isEqualTo(YearMonth.of(2018, 5));
  }

  // time reports

  @Test
  void approvedOnTheMonthsLastDayIsInTime() {
    assertThat(rules(time(report("2018-04", "10").withApprovedOn(LocalDate.of(2018, 4, 30))))).isEmpty();
    Checked<TimeReport> early = time(report("2018-04", "10").withApprovedOn(LocalDate.of(2018, 4, 29)));
    assertThat(rules(early)).containsExactly("TIME-APPROVED-EARLY");
    assertThat(early.accepted()).hasSize(1);
    assertThat(early.findings().violations().get(0).messageEn())
        .isEqualTo("the time report for 2018-04 was approved on 2018-04-29, before the month ended");
    // without a date the approval is not judged
    assertThat(rules(time(report("2018-04", "10").withApprovedOn(Optional.empty())))).isEmpty();
  }

  @Test
  void approvalIsComparedWithoutBlanks() {
    assertThat(rules(time(report("2018-04", "10").withApprovedBy(" ")))).containsExactly("TIME-UNAPPROVED");
    assertThat(rules(time(report("2018-04", "10").withApprovedBy(" S-1 ")))).containsExactly("TIME-SELF-APPROVED");
    assertThat(rules(time(report("2018-04", "10").withPersonId("S-1 ").withApprovedBy("S-1"))))
        .containsExactly("TIME-SELF-APPROVED");
    Violation v = time(report("2018-04", "10").withApprovedBy(" ")).findings().violations().get(0);
    assertThat(v.messageEn()).isEqualTo("the time report for 2018-04 is not approved");
    assertThat(v.path()).isEqualTo("t.csv:2018-04");
    assertThat(time(report("2018-04", "10").withSource("").withApprovedBy(" ")).findings().violations().get(0).path())
        .isEqualTo("timeReports[2018-04]");
    // an unapproved report is not counted, whatever else holds
    assertThat(time(report("2018-04", "10").withApprovedBy(" ")).accepted()).isEmpty();
  }

  @Test
  void hoursAtTwoDecimalsAndZeroHours() {
    assertThat(rules(time(report("2018-04", "3.25")))).isEmpty();
    assertThat(rules(time(report("2018-04", "3.250")))).isEmpty();
    Checked<TimeReport> zero = time(report("2018-04", "0"));
    assertThat(rules(zero)).isEmpty();
    assertThat(zero.accepted()).isEmpty();
    assertThat(time(report("2018-04", "-3")).findings().violations().get(0).messageEn()).isEqualTo("negative hours: -3");
    assertThat(time(report("2018-04", "3.333")).findings().violations().get(0).messageEn())
        .isEqualTo("hours with more than 2 decimals: 3.333");
  }

  @Test
  void projectPeriodAndPhaseEdges() {
    // the project runs 2017-09-01 – 2020-05-31
    assertThat(rules(time(report("2017-09", "10"), report("2020-05", "10")))).isEmpty();
    Checked<TimeReport> c = time(report("2017-08", "10"));
    assertThat(c.findings().violations().get(0).messageEn())
        .isEqualTo("time in 2017-08 lies outside the project period 2017-09-01 – 2020-05-31");
    assertThat(c.findings().violations().get(0).messageSv())
        .isEqualTo("tid i 2017-08 ligger utanför projektperioden 2017-09-01 – 2020-05-31");
    // a month outside the project is not also outside its phase
    assertThat(rules(time(report("2020-06", "10").withPhase(PhaseKind.CLOSING)))).containsExactly("TIME-OUTSIDE-PROJECT");
    Checked<TimeReport> phase = time(report("2018-03", "10").withPhase(PhaseKind.ANALYSIS_AND_PLANNING));
    assertThat(phase.findings().violations().get(0).messageEn())
        .isEqualTo("time in 2018-03 lies outside the phase " + PhaseKind.ANALYSIS_AND_PLANNING.labelEn());
    assertThat(rules(time(report("2020-03", "10").withPhase(PhaseKind.CLOSING)))).isEmpty();
    assertThat(rules(time(report("2020-02", "10").withPhase(PhaseKind.IMPLEMENTATION)))).isEmpty();
  }

  @Test
  void contractedShareExactlyReachedIsNotCut() {
    // April 2018: 168 h full time; 50 % allows 84
    Checked<TimeReport> exact = time(report("2018-04", "84").withContractedPercent(new BigDecimal(50)));
    assertThat(rules(exact)).isEmpty();
    assertThat(exact.accepted()).singleElement().extracting(TimeReport::hours).isEqualTo(new BigDecimal("84"));
    Checked<TimeReport> over = time(report("2018-04", "84.5").withContractedPercent(new BigDecimal(50)));
    assertThat(over.findings().violations().get(0).messageEn()).isEqualTo("84.5 hours in 2018-04 exceed what the "
        + "contracted share of 50 % allows (84); the excess is not counted");
  }

  @Test
  void dailyCapExactlyReachedIsNotCut() {
    TimeReport thirteen = report("2018-04", "100").withLongestDay(new BigDecimal("13"));
    assertThat(rules(time(ProgrammePeriod.ESF_PLUS_2021_2027, thirteen))).isEmpty();
    Checked<TimeReport> c = time(ProgrammePeriod.ESF_PLUS_2021_2027,
        report("2018-04", "100").withLongestDay(new BigDecimal("14.5")));
    assertThat(c.findings().violations().get(0).messageEn())
        .isEqualTo("the longest day in 2018-04 has 14.5 hours, the cap is 13; 1.5 hours are not counted");
    // the excess can take every hour of a report: it is then not counted at all
    Checked<TimeReport> all = time(ProgrammePeriod.ESF_PLUS_2021_2027,
        report("2018-04", "1").withLongestDay(new BigDecimal("15")));
    assertThat(rules(all)).containsExactly("TIME-DAILY-CAP");
    assertThat(all.accepted()).isEmpty();
    // a longest day without a daily cap is not judged
    assertThat(rules(time(report("2018-04", "1").withLongestDay(new BigDecimal("15"))))).isEmpty();
  }

  @Test
  void theAnnualCapExactlyReachedAndPerPersonAndYear() {
    List<TimeReport> rs = new ArrayList<>();
    for (int m = 1; m <= 11; m++) {
      rs.add(report(YearMonth.of(2019, m).toString(), "150"));
    }
    rs.add(report("2019-12", "12")); // 1 662 exactly
    Checked<TimeReport> exact = TimeReportValidator.check(rs, PROJECT, HourCaps.of(ProgrammePeriod.ESF_2014_2020));
    assertThat(rules(exact)).isEmpty();
    assertThat(total(exact)).isEqualByComparingTo("1662");
    // one more hour in December: one finding, at December, and an hour less
    rs.set(11, report("2019-12", "13"));
    rs.add(report("2020-01", "150"));
    rs.add(report("2019-06", "5").withPersonId("S-2"));
    Checked<TimeReport> over = TimeReportValidator.check(rs, PROJECT, HourCaps.of(ProgrammePeriod.ESF_2014_2020));
    assertThat(rules(over)).containsExactly("TIME-ANNUAL-CAP");
    Violation v = over.findings().violations().get(0);
    assertThat(v.path()).isEqualTo("t.csv:2019-12");
    assertThat(v.messageEn()).isEqualTo("the person's hours in 2019 exceed the annual cap of 1662 from 2019-12; hours "
        + "above the cap are not counted");
    assertThat(total(over)).isEqualByComparingTo("1817");
    // cut from the latest month onwards: several months over the cap give one finding
    List<TimeReport> many = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      many.add(report(YearMonth.of(2019, m).toString(), "160"));
    }
    Checked<TimeReport> m = TimeReportValidator.check(many, PROJECT, HourCaps.of(ProgrammePeriod.ESF_2014_2020));
    assertThat(rules(m)).containsExactly("TIME-ANNUAL-CAP");
    assertThat(m.findings().violations().get(0).path()).isEqualTo("t.csv:2019-11");
    assertThat(m.accepted()).hasSize(11);
    assertThat(total(m)).isEqualByComparingTo("1662");
  }

  @Test
  void duplicateMessages() {
    Checked<TimeReport> c = time(report("2018-04", "10"), report("2018-04", "12").withSource("u.csv:3"));
    Violation v = c.findings().violations().get(0);
    assertThat(v.path()).isEqualTo("u.csv:3");
    assertThat(v.messageEn()).isEqualTo("duplicate of the time report for 2018-04 (t.csv:2018-04); the one with fewer "
        + "hours counts");
    Checked<TimeReport> d = time(report("2018-04", "10").withSource(""), report("2018-04", "12").withSource("u.csv:3"));
    assertThat(d.findings().violations().get(0).messageEn()).isEqualTo("duplicate of the time report for 2018-04; the "
        + "one with fewer hours counts");
    // a rejected first report does not make the second a duplicate
    Checked<TimeReport> e = time(report("2018-04", "-1"), report("2018-04", "12").withSource("u.csv:3"));
    assertThat(rules(e)).containsExactly("TIME-NEGATIVE-HOURS");
    assertThat(e.accepted()).singleElement().extracting(TimeReport::hours).isEqualTo(new BigDecimal("12"));
  }

  // caps and policy as values

  @Test
  void hourCapsOfEachPeriodAndOfTheCaller() {
    HourCaps old = HourCaps.of(ProgrammePeriod.ESF_2014_2020);
    assertThat(old.perYear()).isEqualByComparingTo("1662");
    assertThat(old.perDay()).isEmpty();
    assertThat(old).hasToString("HourCaps{1662 h/year}");
    HourCaps plus = HourCaps.of(ProgrammePeriod.ESF_PLUS_2021_2027);
    assertThat(plus.perYear()).isEqualByComparingTo("1720");
    assertThat(plus.perDay()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("13"));
    assertThat(plus).hasToString("HourCaps{1720 h/year, 13 h/day}");
    HourCaps own = HourCaps.of(new BigDecimal("0.5"), Optional.of(new BigDecimal("0.25")));
    assertThat(own.perYear()).isEqualByComparingTo("0.5");
    assertThat(own).hasToString("HourCaps{0.5 h/year, 0.25 h/day}");
    assertThat(HourCaps.of(BigDecimal.ONE, Optional.empty()).perDay()).isEmpty();
    assertThatThrownBy(() -> HourCaps.of(BigDecimal.ZERO, Optional.empty())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> HourCaps.of(BigDecimal.ONE, Optional.of(BigDecimal.ZERO)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HourCaps.of(new BigDecimal("-1"), Optional.of(BigDecimal.ONE)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
