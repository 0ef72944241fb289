package io.github.esfkit.budget.claim;

import io.github.esfkit.budget.AllInAccess;
import io.github.esfkit.budget.CoFinancier;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.core.attendance.Attendance;
import io.github.esfkit.core.attendance.TimeReport;
import io.github.esfkit.core.id.Organisationsnummer;
import io.github.esfkit.core.organisation.Organisation;
import io.github.esfkit.core.organisation.OrganisationKind;
import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.EmploymentStatus;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.participant.IscedLevel;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.core.project.AgeBand;
import io.github.esfkit.core.project.Phase;
import io.github.esfkit.core.project.PhaseKind;
import io.github.esfkit.core.project.Project;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threeten.extra.LocalDateRange;

/**
 * An All In-shaped claim setup for tests: the All In budget and phases, eight partner municipalities, and
 * EXAMPLE rates (not ESF-rådet's: those are not in the sources) for participant hours and staff functions.
 */
final class ClaimFixture {

  private ClaimFixture() {}

  static final Project PROJECT = Project.builder().name("All In")
      .owner(Organisation.of("Hällefors kommun", AllInAccess.owner().organisationsnummer().toString(),
          OrganisationKind.MUNICIPALITY))
      .period(LocalDateRange.ofClosed(LocalDate.of(2017, 9, 1), LocalDate.of(2020, 5, 31)))
      .addPhases(Phase.ofClosed(PhaseKind.ANALYSIS_AND_PLANNING, LocalDate.of(2017, 9, 1), LocalDate.of(2018, 2, 28)),
          Phase.ofClosed(PhaseKind.IMPLEMENTATION, LocalDate.of(2018, 3, 1), LocalDate.of(2020, 2, 29)),
          Phase.ofClosed(PhaseKind.CLOSING, LocalDate.of(2020, 3, 1), LocalDate.of(2020, 5, 31)))
      .build();

  static final Organisationsnummer OWNER = AllInAccess.owner().organisationsnummer().orElseThrow();

  static Organisationsnummer partner(int i) {
    return AllInAccess.partner(i).organisationsnummer().orElseThrow();
  }

  /** EXAMPLE participant rates for start year 2017, kronor per attended hour. */
  static ParticipantRates rates() {
    return ParticipantRates.builder().ageGroup(AgeBand.of(18, 24)).ageGroup(AgeBand.of(25, 29))
        .ageGroup(AgeBand.of(30, 64))
        .rate(2017, "18-24", Sek.of(new BigDecimal("52.50")))
        .rate(2017, "25-29", Sek.of(61))
        .rate(2017, "30-64", Sek.of(new BigDecimal("74.25")))
        .build();
  }

  /** EXAMPLE unit costs per hour by function for start year 2017. */
  static HourlyCostModel unitCosts() {
    Map<String, org.javamoney.moneta.Money> t = new LinkedHashMap<>();
    t.put("Projektledare", Sek.of(412));
    t.put("Aktivitetsledare", Sek.of(new BigDecimal("338.50")));
    t.put("Assistent", Sek.of(259));
    return HourlyCostModel.unitCosts(2017, t);
  }

  static ClaimSetup.Builder setup(LocalDate first, LocalDate last) {
    ClaimSetup.Builder b = ClaimSetup.builder().project(PROJECT).budget(AllInAccess.budget())
        .requirement(AllInAccess.requirement()).programmePeriod(ProgrammePeriod.ESF_2014_2020)
        .period(LocalDateRange.ofClosed(first, last)).owner(AllInAccess.owner())
        .staffCosts(unitCosts()).participantRates(rates());
    for (int i = 1; i <= 8; i++) {
      CoFinancier p = AllInAccess.partner(i);
      b.addCoFinanciers(Attribution.of(p.organisationsnummer().orElseThrow(), p.name()));
      b.putAllowancePayers("Kommun" + i, p.organisationsnummer().orElseThrow());
    }
    return b;
  }

  /** Claim period 2018-07-01 – 2018-12-31. */
  static ClaimSetup secondHalf2018() {
    return setup(LocalDate.of(2018, 7, 1), LocalDate.of(2018, 12, 31)).build();
  }

  static Participation participant(String id, int municipality, LocalDate born, LocalDate entry, LocalDate exit) {
    Participation.Builder b = Participation.builder().participantId(id).subProject("Kommun" + municipality)
        .gender(Answer.of(Gender.WOMAN)).birthDate(Answer.of(born)).entryDate(entry)
        .employmentStatus(Answer.of(EmploymentStatus.LONG_TERM_UNEMPLOYED)).education(Answer.of(IscedLevel.ISCED3));
    if (exit != null) {
      b.exitDate(exit);
    }
    return b.build();
  }

  static Attendance hours(String id, YearMonth month, String hours, String source) {
    return Attendance.builder().participantId(id).month(month).hours(new BigDecimal(hours)).source(source).build();
  }

  static TimeReport time(String person, Organisationsnummer employer, String function, YearMonth month,
      String hours, String source) {
    return TimeReport.builder().personId(person).employer(employer).function(function).month(month)
        .hours(new BigDecimal(hours)).approvedBy("CHEF-" + employer.digits().substring(6))
        .approvedOn(month.plusMonths(1).atDay(5)).source(source).build();
  }

  /** A small, valid set of rows, spread over the first half and the second half of 2018. */
  static List<Object> rows() {
    List<Object> rows = new ArrayList<>();
    rows.add(participant("D-1", 1, LocalDate.of(1997, 8, 15), LocalDate.of(2018, 3, 5), null));
    rows.add(participant("D-2", 2, LocalDate.of(1990, 1, 1), LocalDate.of(2018, 4, 1), LocalDate.of(2018, 10, 31)));
    rows.add(participant("D-3", 3, LocalDate.of(1970, 12, 1), LocalDate.of(2018, 5, 2), null));
    int line = 2;
    for (int m = 4; m <= 12; m++) {
      YearMonth ym = YearMonth.of(2018, m);
      rows.add(hours("D-1", ym, "40.5", "a.csv:" + line++));
      if (m <= 10) {
        rows.add(hours("D-2", ym, "60", "a.csv:" + line++));
      }
      if (m >= 5) {
        rows.add(hours("D-3", ym, "25.25", "a.csv:" + line++));
      }
      rows.add(time("S-1", OWNER, "Projektledare", ym, "120", "t.csv:" + line++));
      rows.add(time("S-2", partner(1), "Assistent", ym, "150.5", "t.csv:" + line++));
    }
    rows.add(LedgerLine.ofCost(LocalDate.of(2018, 5, 3), io.github.esfkit.budget.CostSection.IMPLEMENTATION,
        io.github.esfkit.budget.CostCategory.EXTERNAL_SERVICES, Sek.of(45_000), "V-101").withSource("l.csv:2"));
    rows.add(LedgerLine.ofCost(LocalDate.of(2018, 9, 12), io.github.esfkit.budget.CostSection.IMPLEMENTATION,
        io.github.esfkit.budget.CostCategory.TRAVEL_AND_ACCOMMODATION, Sek.of(new BigDecimal("3120.50")), "V-188")
        .withSource("l.csv:3"));
    rows.add(LedgerLine.ofCost(LocalDate.of(2018, 11, 30), io.github.esfkit.budget.CostSection.IMPLEMENTATION,
        io.github.esfkit.budget.CostCategory.REVENUE, Sek.of(12_568), "V-230").withSource("l.csv:4"));
    rows.add(LedgerLine.ofCoFinancing(LocalDate.of(2018, 10, 1), io.github.esfkit.budget.CostSection.IMPLEMENTATION,
        io.github.esfkit.budget.CoFinancingCategory.PUBLIC_CASH_OWNER, OWNER, Sek.of(50_000), "V-200")
        .withSource("l.csv:5"));
    return rows;
  }

  static ClaimActuals actuals(List<?> rows) {
    ClaimActuals a = ClaimActuals.create();
    for (Object o : rows) {
      if (o instanceof Participation) {
        a.add((Participation) o);
      } else if (o instanceof Attendance) {
        a.add((Attendance) o);
      } else if (o instanceof TimeReport) {
        a.add((TimeReport) o);
      } else {
        a.add((LedgerLine) o);
      }
    }
    return a;
  }

  /** The claim of {@link #rows()} and the extra rows under a setup. */
  static PaymentClaim claimOf(ClaimSetup setup, Object... extra) {
    List<Object> rows = new ArrayList<>(rows());
    rows.addAll(List.of(extra));
    return ClaimCalculator.compute(setup, actuals(rows));
  }

  /** Everything a claim says, as text, for equality in tests. */
  static String fingerprint(PaymentClaim c) {
    StringBuilder sb = new StringBuilder();
    for (ClaimLine l : c.lines()) {
      sb.append(l.id()).append(' ').append(l.budget().stripTrailingZeros().toPlainString()).append(' ')
          .append(l.thisPeriod().stripTrailingZeros().toPlainString()).append(' ')
          .append(l.toDate().stripTrailingZeros().toPlainString()).append('\n');
    }
    sb.append(c.esfThisPeriod().toPlainString()).append(' ').append(c.esfToDate().toPlainString()).append(' ')
        .append(c.coFinancingShareToDate()).append(' ').append(c.participantHoursToDate().stripTrailingZeros())
        .append(' ').append(c.staffHoursToDate().stripTrailingZeros()).append('\n');
    c.findings().violations().forEach(v -> sb.append(v).append('\n'));
    return sb.toString();
  }
}
