package io.github.esfkit.core.attendance;

import static io.github.esfkit.core.attendance.RuleIds.rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.id.Organisationsnummer;
import io.github.esfkit.core.organisation.Organisation;
import io.github.esfkit.core.organisation.OrganisationKind;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.core.project.Phase;
import io.github.esfkit.core.project.PhaseKind;
import io.github.esfkit.core.project.Project;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/** One test per time-report rule, each with a report that breaks it; caps per programme period. */
class TimeReportValidatorTest {

  static final Organisationsnummer EMPLOYER = Organisationsnummer.parse("212000-1942");

  static final Project PROJECT = Project.builder().name("All In")
      .owner(Organisation.of("Hällefors kommun", "212000-1942", OrganisationKind.MUNICIPALITY))
      .period(LocalDateRange.ofClosed(LocalDate.of(2017, 9, 1), LocalDate.of(2020, 5, 31)))
      .addPhases(Phase.ofClosed(PhaseKind.ANALYSIS_AND_PLANNING, LocalDate.of(2017, 9, 1), LocalDate.of(2018, 2, 28)),
          Phase.ofClosed(PhaseKind.IMPLEMENTATION, LocalDate.of(2018, 3, 1), LocalDate.of(2020, 2, 29)),
          Phase.ofClosed(PhaseKind.CLOSING, LocalDate.of(2020, 3, 1), LocalDate.of(2020, 5, 31)))
      .build();

  static TimeReport report(String month, String hours) {
    return TimeReport.builder().personId("S-1").employer(EMPLOYER).function("Projektledare")
        .month(YearMonth.parse(month)).hours(new BigDecimal(hours)).approvedBy("M-1")
        .approvedOn(YearMonth.parse(month).plusMonths(1).atDay(3)).source("t.csv:" + month).build();
  }

  static Checked<TimeReport> check(ProgrammePeriod period, TimeReport... rs) {
    return TimeReportValidator.check(List.of(rs), PROJECT, HourCaps.of(period));
  }

  static Checked<TimeReport> check(TimeReport... rs) {
    return check(ProgrammePeriod.ESF_2014_2020, rs);
  }

  @Test
  void anApprovedReportIsCounted() {
    Checked<TimeReport> c = check(report("2018-04", "160"));
    assertThat(c.findings().isEmpty()).isTrue();
    assertThat(c.accepted()).hasSize(1);
  }

  @Test
  void unapproved() {
    Checked<TimeReport> c = check(report("2018-04", "10").withApprovedBy(Optional.empty()));
    assertThat(rules(c)).containsExactly("TIME-UNAPPROVED");
    assertThat(c.accepted()).isEmpty();
  }

  @Test
  void selfApproved() {
    assertThat(rules(check(report("2018-04", "10").withApprovedBy("S-1")))).containsExactly("TIME-SELF-APPROVED");
  }

  @Test
  void approvedBeforeTheMonthEndedIsAWarning() {
    Checked<TimeReport> c = check(report("2018-04", "10").withApprovedOn(LocalDate.of(2018, 4, 20)));
    assertThat(rules(c)).containsExactly("TIME-APPROVED-EARLY");
    assertThat(c.accepted()).hasSize(1);
  }

  @Test
  void negativeAndImpreciseHours() {
    assertThat(rules(check(report("2018-04", "-3")))).containsExactly("TIME-NEGATIVE-HOURS");
    assertThat(rules(check(report("2018-04", "3.333")))).containsExactly("TIME-HOURS-PRECISION");
  }

  @Test
  void aboveContractedShareIsCut() {
    // April 2018: 21 weekdays × 8 = 168 h full time; 50 % allows 84
    Checked<TimeReport> c = check(report("2018-04", "100").withContractedPercent(new BigDecimal(50)));
    assertThat(rules(c)).containsExactly("TIME-ABOVE-CONTRACTED-SHARE");
    assertThat(c.accepted()).singleElement().extracting(TimeReport::hours).isEqualTo(new BigDecimal("84"));
  }

  @Test
  void outsideProjectAndPhase() {
    assertThat(rules(check(report("2020-06", "10")))).containsExactly("TIME-OUTSIDE-PROJECT");
    assertThat(rules(check(report("2018-04", "10").withPhase(PhaseKind.ANALYSIS_AND_PLANNING))))
        .containsExactly("TIME-OUTSIDE-PHASE");
    assertThat(rules(check(report("2018-02", "10").withPhase(PhaseKind.ANALYSIS_AND_PLANNING)))).isEmpty();
  }

  @Test
  void dailyCapOnlyInEsfPlus() {
    TimeReport r = report("2018-04", "100").withLongestDay(new BigDecimal("14.5"));
    assertThat(rules(check(ProgrammePeriod.ESF_2014_2020, r))).isEmpty();
    Checked<TimeReport> c = check(ProgrammePeriod.ESF_PLUS_2021_2027, r);
    assertThat(rules(c)).containsExactly("TIME-DAILY-CAP");
    assertThat(c.accepted()).singleElement().extracting(TimeReport::hours).isEqualTo(new BigDecimal("98.5"));
  }

  @Test
  void annualCapCutsTheLatestMonths() {
    List<TimeReport> rs = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      rs.add(report(YearMonth.of(2019, m).toString(), "150")); // 1 800 h in 2019
    }
    Checked<TimeReport> c = TimeReportValidator.check(rs, PROJECT, HourCaps.of(ProgrammePeriod.ESF_2014_2020));
    assertThat(rules(c)).containsExactly("TIME-ANNUAL-CAP");
    BigDecimal total = c.accepted().stream().map(TimeReport::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(total).isEqualByComparingTo("1662");
    // 11 × 150 = 1 650, so December keeps 12 hours
    assertThat(c.accepted().stream().filter(r -> r.month().getMonthValue() == 12).findFirst().orElseThrow().hours())
        .isEqualByComparingTo("12");
    Checked<TimeReport> plus = TimeReportValidator.check(rs, PROJECT, HourCaps.of(ProgrammePeriod.ESF_PLUS_2021_2027));
    assertThat(plus.accepted().stream().map(TimeReport::hours).reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("1720");
  }

  @Test
  void duplicateCountsTheSmallerOnce() {
    Checked<TimeReport> c = check(report("2018-04", "10"), report("2018-04", "12").withSource("u.csv:3"));
    assertThat(rules(c)).containsExactly("TIME-DUPLICATE-ROW");
    assertThat(c.accepted()).singleElement().extracting(TimeReport::hours).isEqualTo(new BigDecimal("10"));
  }

  @Test
  void resultDoesNotDependOnOrder() {
    List<TimeReport> rs = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      rs.add(report(YearMonth.of(2019, m).toString(), "150"));
      rs.add(report(YearMonth.of(2019, m).toString(), "90").withPersonId("S-2"));
    }
    rs.add(report("2019-03", "5").withApprovedBy("S-1"));
    Checked<TimeReport> a = TimeReportValidator.check(rs, PROJECT, HourCaps.of(ProgrammePeriod.ESF_2014_2020));
    Collections.reverse(rs);
    Checked<TimeReport> b = TimeReportValidator.check(rs, PROJECT, HourCaps.of(ProgrammePeriod.ESF_2014_2020));
    assertThat(b.accepted()).containsExactlyInAnyOrderElementsOf(a.accepted());
    assertThat(b.findings()).isEqualTo(a.findings());
  }

  @Test
  void messagesNeverNameThePerson() {
    String pnr = "19900101-1234";
    Checked<TimeReport> c = check(report("2018-04", "-1").withPersonId(pnr).withApprovedBy(pnr));
    assertThat(c.findings().violations()).isNotEmpty()
        .allSatisfy(v -> assertThat(v.messageSv() + v.messageEn() + v.path()).doesNotContain(pnr));
  }
}
