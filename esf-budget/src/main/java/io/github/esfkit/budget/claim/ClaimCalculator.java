package io.github.esfkit.budget.claim;

import io.github.esfkit.budget.Amounts;
import io.github.esfkit.budget.BudgetOverview;
import io.github.esfkit.budget.CoFinancingCategory;
import io.github.esfkit.budget.CostCategory;
import io.github.esfkit.budget.CostSection;
import io.github.esfkit.budget.FlatRate;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.budget.internal.FlatRateArithmetic;
import io.github.esfkit.core.Share;
import io.github.esfkit.core.attendance.Attendance;
import io.github.esfkit.core.attendance.AttendanceValidator;
import io.github.esfkit.core.attendance.Checked;
import io.github.esfkit.core.attendance.TimeReport;
import io.github.esfkit.core.attendance.TimeReportValidator;
import io.github.esfkit.core.id.Organisationsnummer;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.programme.FlatRateOption;
import io.github.esfkit.core.project.Phase;
import io.github.esfkit.core.project.PhaseKind;
import io.github.esfkit.core.validation.ValidationResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.threeten.extra.LocalDateRange;

/**
 * The computation behind {@link ClaimSetup#claim(ClaimActuals)} (the rules are listed there). Stateless.
 */
final class ClaimCalculator {

  private ClaimCalculator() {}

  /** The claim for the setup's period. */
  public static PaymentClaim compute(ClaimSetup setup, ClaimActuals actuals) {
    return new Run(setup, actuals).run();
  }

  private static final class Run {
    final ClaimSetup s;
    final ClaimActuals a;
    final LocalDateRange period;
    final ValidationResult.Builder v = ValidationResult.builder();
    final Map<String, List<TraceEntry>> traces = new TreeMap<>();
    final Map<String, Attribution> byNumber = new LinkedHashMap<>();
    BigDecimal participantHoursPeriod = BigDecimal.ZERO;
    BigDecimal participantHoursToDate = BigDecimal.ZERO;
    BigDecimal staffHours = BigDecimal.ZERO;
    BigDecimal inKindHours = BigDecimal.ZERO;
    final Map<String, long[]> missing = new TreeMap<>();

    Run(ClaimSetup s, ClaimActuals a) {
      this.s = s;
      this.a = a;
      this.period = s.period();
      for (Attribution at : s.coFinanciers()) {
        byNumber.putIfAbsent(at.organisationsnummer().digits(), at);
      }
    }

    PaymentClaim run() {
      Optional<BudgetOverview> overview = overview();
      if (a.participationConflicts() > 0) {
        v.error("CLAIM-PARTICIPATION-CONFLICT", "participations",
            a.participationConflicts() + " deltagar-id har två olika inskrivningar; en av dem används",
            a.participationConflicts() + " participant ids have two different participations; one of them is used");
      }
      lateEntries();
      attendance();
      time();
      ledger();
      reportMissing();
      reportLater();
      flatRates();
      return assemble(overview);
    }

    Optional<BudgetOverview> overview() {
      try {
        return Optional.of(s.requirement().map(r -> s.budget().overview(r)).orElseGet(() -> s.budget().overview()));
      } catch (RuntimeException e) {
        v.error("CLAIM-BUDGET-UNUSABLE", "budget",
            "budgeten kan inte beräknas (belopp utanför intervallet eller i annan valuta än SEK); budgetkolumnen är 0",
            "the budget cannot be computed (an amount out of range or not in SEK); the budget column is 0");
        return Optional.empty();
      }
    }

    final Map<String, String[]> later = new TreeMap<>();

    boolean afterPeriod(LocalDate d, String at, String kind) {
      if (!d.isBefore(period.getEnd())) {
        String[] seen = later.computeIfAbsent(kind, k -> new String[] {"0", at, d.toString()});
        seen[0] = String.valueOf(Long.parseLong(seen[0]) + 1);
        if (d.toString().compareTo(seen[2]) < 0) {
          seen[1] = at;
          seen[2] = d.toString();
        }
        return true;
      }
      return false;
    }

    void reportLater() {
      String last = period.getEnd().minusDays(1).toString();
      later.forEach((kind, seen) -> v.warning("CLAIM-AFTER-PERIOD", seen[1],
          seen[0] + " rader (" + (kind.equals("attendance") ? "närvaro" : kind.equals("ledger") ? "huvudbok"
              : "tidrapporter") + ") är daterade efter perioden som slutar " + last
              + " och räknas inte i denna ansökan (den tidigaste: " + seen[2] + ")",
          seen[0] + " rows (" + kind + ") are dated after the period ending " + last
              + " and are not counted in this claim (the earliest: " + seen[2] + ")"));
    }

    void trace(String line, TraceEntry e) {
      traces.computeIfAbsent(line, k -> new ArrayList<>()).add(e);
    }

    void lateEntries() {
      if (s.lateEntryBanMonths().isEmpty()) {
        return;
      }
      Optional<Phase> impl = s.project().phases().stream().filter(p -> p.kind() == PhaseKind.IMPLEMENTATION)
          .reduce((x, y) -> y);
      LocalDate end = impl.map(Phase::lastDay).orElse(s.project().lastDay());
      LocalDate from = end.plusDays(1).minusMonths(s.lateEntryBanMonths().getAsInt());
      Map<LocalDate, Integer> late = new TreeMap<>();
      for (Participation p : a.participations().values()) {
        if (!p.entryDate().isBefore(from) && !p.entryDate().isAfter(end)) {
          late.merge(p.entryDate(), 1, Integer::sum);
        }
      }
      late.forEach((d, n) -> v.error("CLAIM-LATE-ENTRY", "participations[entry " + d + "]",
          n + " deltagare skrevs in " + d + ", under genomförandefasens sista " + s.lateEntryBanMonths().getAsInt()
              + " månader (från " + from + ")",
          n + " participant(s) entered on " + d + ", in the last " + s.lateEntryBanMonths().getAsInt()
              + " months of the implementation phase (from " + from + ")"));
    }

    void count(String rule, String what) {
      missing.computeIfAbsent(rule + "\u0000" + what, k -> new long[1])[0]++;
    }

    void reportMissing() {
      missing.forEach((k, n) -> {
        String[] p = k.split("\u0000", 2);
        switch (p[0]) {
          case "CLAIM-NO-PARTICIPANT-GROUP":
            v.error(p[0], "attendance", n[0] + " närvarorader utan deltagargrupp (födelsedatum okänt eller utanför "
                    + "åldersgrupperna); timmarna värderas inte",
                n[0] + " attendance rows without a participant group (birth date unknown or outside the age groups); "
                    + "their hours are not valued");
            break;
          case "CLAIM-NO-RATE":
            v.error(p[0], "participantRates", n[0] + " närvarorader i gruppen " + p[1]
                    + " saknar timbelopp för startåret " + s.startYear() + "; inget belopp hittas på",
                n[0] + " attendance rows of group " + p[1] + " have no rate per hour for start year " + s.startYear()
                    + "; no rate is invented");
            break;
          case "CLAIM-NO-ALLOWANCE-PAYER":
            v.error(p[0], "allowancePayers", n[0] + " närvarorader i delprojektet " + p[1]
                    + " saknar utbetalare av ersättningen; timmarna värderas inte",
                n[0] + " attendance rows of sub-project " + p[1] + " have no payer of the allowance; not valued");
            break;
          default:
            v.error(p[0], "staffCosts", n[0] + " tidrapporter " + p[1] + " saknar timkostnad i modellen ("
                    + s.staffCosts().name(io.github.esfkit.core.Language.SV) + "); de värderas inte",
                n[0] + " time reports " + p[1] + " have no hourly cost in the model ("
                    + s.staffCosts().name(io.github.esfkit.core.Language.EN) + "); they are not valued");
        }
      });
    }

    String attribution(Organisationsnummer n) {
      Attribution at = byNumber.get(n.digits());
      return at != null ? at.reference() : n.toString();
    }

    void attendance() {
      Checked<Attendance> checked = AttendanceValidator.check(a.attendance(), a.participations(), s.attendancePolicy());
      v.addAll(checked.findings());
      for (Attendance row : checked.accepted()) {
        LocalDate d = row.day().orElse(row.month().atDay(1));
        String at = row.source().isEmpty() ? "attendance[" + row.month() + "]" : row.source();
        if (afterPeriod(d, at, "attendance")) {
          continue;
        }
        Participation p = a.participations().get(row.participantId());
        Optional<String> group = s.participantRates().group(row, p);
        if (group.isEmpty()) {
          count("CLAIM-NO-PARTICIPANT-GROUP", "");
          continue;
        }
        Optional<BigDecimal> rate = s.participantRates().perHour(s.startYear(), group.get());
        if (rate.isEmpty()) {
          count("CLAIM-NO-RATE", group.get());
          continue;
        }
        Organisationsnummer payer = s.allowancePayers().get(p.subProject());
        if (payer == null) {
          count("CLAIM-NO-ALLOWANCE-PAYER", p.subProject());
          continue;
        }
        BigDecimal amount = s.rowRounding().apply(row.hours().multiply(rate.get()));
        boolean in = period.contains(d);
        trace(CoFinancingCategory.PUBLIC_PARTICIPANT_COMPENSATION.name(), new TraceEntry(TraceEntry.Kind.ATTENDANCE,
            row.source(), row.month() + " " + group.get(), d, in, Optional.of(row.hours()), rate, amount,
            attribution(payer)));
        participantHoursToDate = participantHoursToDate.add(row.hours());
        if (in) {
          participantHoursPeriod = participantHoursPeriod.add(row.hours());
        }
      }
    }

    CostSection sectionOf(TimeReport r) {
      PhaseKind kind = r.phase().orElse(null);
      if (kind == null) {
        LocalDate first = r.month().atDay(1);
        for (Phase p : s.project().phases()) {
          if (p.dates().contains(first)) {
            kind = p.kind();
          }
        }
      }
      return kind == PhaseKind.ANALYSIS_AND_PLANNING ? CostSection.ANALYSIS_AND_PLANNING : CostSection.IMPLEMENTATION;
    }

    boolean covered(CostCategory c, String at) {
      for (FlatRate f : s.budget().flatRates()) {
        if (f.covers(c)) {
          v.error("CLAIM-FLAT-RATE-COVERED", at,
              c.label(io.github.esfkit.core.Language.SV) + " täcks redan av schablonen " + f.label(
                  io.github.esfkit.core.Language.SV) + "; raden räknas inte",
              c.label(io.github.esfkit.core.Language.EN) + " is already paid by the flat rate "
                  + f.label(io.github.esfkit.core.Language.EN) + "; the row is not counted");
          return true;
        }
      }
      return false;
    }

    void time() {
      Checked<TimeReport> checked = TimeReportValidator.check(a.timeReports(), s.project(), s.hourCaps());
      v.addAll(checked.findings());
      Organisationsnummer owner = s.owner().organisationsnummer().orElse(null); // parsed by the setup
      for (TimeReport r : checked.accepted()) {
        LocalDate d = r.month().atDay(1);
        String at = r.source().isEmpty() ? "timeReports[" + r.month() + "]" : r.source();
        if (afterPeriod(d, at, "time reports")) {
          continue;
        }
        boolean own = r.employer().equals(owner);
        String line;
        String attributed;
        if (own) {
          CostSection section = sectionOf(r);
          if (covered(CostCategory.STAFF, at)) {
            continue;
          }
          line = ClaimLine.costId(section, CostCategory.STAFF);
          attributed = "";
        } else {
          Attribution att = byNumber.get(r.employer().digits());
          if (att == null) {
            unknownCoFinancier(at, r.employer());
            continue;
          }
          line = att.inKindCategory().name();
          attributed = att.reference();
        }
        Optional<BigDecimal> hourly = s.staffCosts().hourlyCost(r);
        if (hourly.isEmpty()) {
          count("CLAIM-NO-HOURLY-COST", s.staffCosts().isByFunction() ? "(" + r.function() + ")" : "(" + at + ")");
          continue;
        }
        BigDecimal amount = s.rowRounding().apply(r.hours().multiply(hourly.get()));
        trace(line, new TraceEntry(TraceEntry.Kind.TIME_REPORT, r.source(), r.month() + " " + r.function(), d,
            period.contains(d), Optional.of(r.hours()), hourly, amount, attributed));
        if (own) {
          staffHours = staffHours.add(r.hours());
        } else {
          inKindHours = inKindHours.add(r.hours());
        }
      }
    }

    void unknownCoFinancier(String at, Organisationsnummer n) {
      v.error("CLAIM-UNKNOWN-CO-FINANCIER", at,
          "organisationen " + n + " är varken projektägare eller medfinansiär i underlaget; raden räknas inte",
          "organisation " + n + " is neither the owner nor a co-financier of the claim; the row is not counted");
    }

    List<LocalDateRange> datesOf(CostSection section) {
      List<LocalDateRange> r = new ArrayList<>();
      if (section.isPhase()) {
        for (Phase p : s.project().phases()) {
          boolean match = section == CostSection.ANALYSIS_AND_PLANNING
              ? p.kind() == PhaseKind.ANALYSIS_AND_PLANNING
              : p.kind() != PhaseKind.ANALYSIS_AND_PLANNING;
          if (match) {
            r.add(p.dates());
          }
        }
      }
      if (r.isEmpty() && (section.isErdf() || s.project().phases().isEmpty())) {
        r.add(s.project().period());
      }
      return r;
    }

    void ledger() {
      Organisationsnummer owner = s.owner().organisationsnummer().orElse(null); // parsed by the setup
      for (LedgerLine l : a.ledgerSorted()) {
        String at = l.source().isEmpty() ? "ledger[" + l.voucher() + "]" : l.source();
        if (!Sek.isSek(l.amount())) {
          v.error("CLAIM-LEDGER-CURRENCY", at, "beloppet är inte i SEK; raden räknas inte",
              "the amount is not in SEK; the row is not counted");
          continue;
        }
        if (afterPeriod(l.date(), at, "ledger")) {
          continue;
        }
        if (datesOf(l.section()).stream().noneMatch(r -> r.contains(l.date()))) {
          v.error("CLAIM-COST-OUTSIDE-PHASE", at,
              "raden är daterad " + l.date() + ", utanför " + l.section().label(io.github.esfkit.core.Language.SV)
                  + "; den räknas inte",
              "the row is dated " + l.date() + ", outside " + l.section().label(io.github.esfkit.core.Language.EN)
                  + "; it is not counted");
          continue;
        }
        String line;
        String attributed = "";
        if (l.costCategory().isPresent()) {
          if (covered(l.costCategory().get(), at)) {
            continue;
          }
          line = ClaimLine.costId(l.section(), l.costCategory().get());
        } else {
          Organisationsnummer c = l.contributor().get();
          if (!c.equals(owner) && !byNumber.containsKey(c.digits())) {
            unknownCoFinancier(at, c);
            continue;
          }
          line = l.coFinancing().get().name();
          attributed = c.equals(owner) ? c.toString() : attribution(c);
        }
        trace(line, new TraceEntry(TraceEntry.Kind.LEDGER_LINE, l.source(), l.voucher(), l.date(),
            period.contains(l.date()), Optional.empty(), Optional.empty(), Amounts.number(l.amount()), attributed));
      }
    }

    void flatRates() {
      if (s.budget().flatRates().isEmpty()) {
        return;
      }
      for (CostSection section : CostSection.values()) {
        if (!section.isPhase()) {
          continue;
        }
        Map<CostCategory, BigDecimal> before = new EnumMap<>(CostCategory.class);
        Map<CostCategory, BigDecimal> toDate = new EnumMap<>(CostCategory.class);
        for (CostCategory c : CostCategory.values()) {
          for (TraceEntry e : traces.getOrDefault(ClaimLine.costId(section, c), List.of())) {
            toDate.merge(c, e.amount(), BigDecimal::add);
            if (!e.inPeriod() && e.date().isBefore(period.getStart())) {
              before.merge(c, e.amount(), BigDecimal::add);
            }
          }
        }
        Map<FlatRateOption, BigDecimal> rBefore = new EnumMap<>(FlatRateOption.class);
        Map<FlatRateOption, BigDecimal> rToDate = new EnumMap<>(FlatRateOption.class);
        FlatRateArithmetic.applyFlatRates(before, s.budget().flatRates(), s.budget().flatRateRounding(), rBefore);
        FlatRateArithmetic.applyFlatRates(toDate, s.budget().flatRates(), s.budget().flatRateRounding(), rToDate);
        for (Map.Entry<FlatRateOption, BigDecimal> e : rToDate.entrySet()) {
          BigDecimal b = rBefore.getOrDefault(e.getKey(), BigDecimal.ZERO);
          if (e.getValue().signum() == 0 && b.signum() == 0) {
            continue;
          }
          String line = ClaimLine.costId(section, FlatRate.of(e.getKey()).target());
          String what = e.getKey().label(io.github.esfkit.core.Language.SV);
          trace(line, new TraceEntry(TraceEntry.Kind.FLAT_RATE, "", what + " (före perioden / before the period)",
              period.getStart(), false, Optional.empty(), Optional.empty(), b, ""));
          trace(line, new TraceEntry(TraceEntry.Kind.FLAT_RATE, "", what + " (perioden / the period)",
              period.getStart(), true, Optional.empty(), Optional.empty(), e.getValue().subtract(b), ""));
        }
      }
    }

    PaymentClaim assemble(Optional<BudgetOverview> overview) {
      List<ClaimLine> lines = new ArrayList<>();
      BigDecimal costsPeriod = BigDecimal.ZERO;
      BigDecimal costsToDate = BigDecimal.ZERO;
      for (CostSection section : CostSection.values()) {
        for (CostCategory c : CostCategory.values()) {
          String id = ClaimLine.costId(section, c);
          BigDecimal budget = overview.map(o -> Amounts.number(o.costTable(section).amount(c))).orElse(BigDecimal.ZERO);
          List<TraceEntry> t = traces.getOrDefault(id, List.of());
          if (budget.signum() == 0 && t.isEmpty()) {
            continue;
          }
          BigDecimal[] sums = sums(t);
          lines.add(ClaimLine.cost(section, c, budget, sums[0], sums[1]));
          BigDecimal sign = c.isDeducted() ? BigDecimal.ONE.negate() : BigDecimal.ONE;
          costsPeriod = costsPeriod.add(sums[0].multiply(sign));
          costsToDate = costsToDate.add(sums[1].multiply(sign));
        }
      }
      BigDecimal coPeriod = BigDecimal.ZERO;
      BigDecimal coToDate = BigDecimal.ZERO;
      BigDecimal nonCashPeriod = BigDecimal.ZERO;
      BigDecimal nonCashToDate = BigDecimal.ZERO;
      for (CoFinancingCategory c : CoFinancingCategory.values()) {
        BigDecimal budget = overview.map(o -> Amounts.number(o.coFinancing(c))).orElse(BigDecimal.ZERO);
        List<TraceEntry> t = traces.getOrDefault(c.name(), List.of());
        if (budget.signum() == 0 && t.isEmpty()) {
          continue;
        }
        BigDecimal[] sums = sums(t);
        lines.add(ClaimLine.coFinancing(c, budget, sums[0], sums[1]));
        coPeriod = coPeriod.add(sums[0]);
        coToDate = coToDate.add(sums[1]);
        if (!c.isCash()) {
          nonCashPeriod = nonCashPeriod.add(sums[0]);
          nonCashToDate = nonCashToDate.add(sums[1]);
        }
      }
      for (ClaimLine l : lines) {
        if (l.isOverBudget()) {
          v.warning("CLAIM-OVER-BUDGET", l.id(),
              l.label(io.github.esfkit.core.Language.SV) + ": utfall hittills " + l.toDate().toPlainString()
                  + " kr överstiger budgeten " + l.budget().toPlainString() + " kr",
              l.label(io.github.esfkit.core.Language.EN) + ": actual to date " + l.toDate().toPlainString()
                  + " kr exceeds the budget of " + l.budget().toPlainString() + " kr");
        }
      }
      BigDecimal totalPeriod = costsPeriod.add(nonCashPeriod);
      BigDecimal totalToDate = costsToDate.add(nonCashToDate);
      BigDecimal totalBefore = totalToDate.subtract(totalPeriod);
      BigDecimal grant = overview.map(o -> Amounts.number(o.esfGrant())).orElse(BigDecimal.ZERO);
      BigDecimal budgetTotal = overview.map(o -> Amounts.number(o.totalFinancing())).orElse(BigDecimal.ZERO);
      Share aidRate = Share.of(grant, budgetTotal);
      BigDecimal esfToDate = esf(grant, budgetTotal, totalToDate);
      BigDecimal esfBefore = esf(grant, budgetTotal, totalBefore);
      if (esfToDate.compareTo(grant) > 0) {
        v.error("CLAIM-ESF-ABOVE-GRANT", "esf",
            "ESF-stöd hittills " + esfToDate.toPlainString() + " kr överstiger beviljat stöd " + grant.toPlainString()
                + " kr",
            "ESF support to date of " + esfToDate.toPlainString() + " kr exceeds the grant of " + grant.toPlainString()
                + " kr");
      }
      Share coShare = Share.of(coToDate, totalToDate);
      Optional<BigDecimal> required = s.requirement().map(r -> r.percent());
      if (required.isPresent() && coShare.isDefined() && !coShare.isAtLeastPercent(required.get())) {
        BigDecimal shortfall = required.get().multiply(totalToDate).movePointLeft(2).subtract(coToDate).stripTrailingZeros();
        v.warning("CLAIM-COFINANCING-BEHIND", "coFinancing",
            "medfinansieringen hittills är " + coShare.percent(4, java.math.RoundingMode.HALF_UP).map(BigDecimal::toPlainString).orElse("–")
                + " %, under kravet " + required.get().toPlainString() + " % (" + shortfall.toPlainString() + " kr saknas)",
            "co-financing to date is " + coShare.percent(4, java.math.RoundingMode.HALF_UP).map(BigDecimal::toPlainString).orElse("–")
                + " %, below the requirement of " + required.get().toPlainString() + " % (" + shortfall.toPlainString()
                + " kr short)");
      }
      PaymentClaim.Totals totals = new PaymentClaim.Totals(costsPeriod, costsToDate, coPeriod, coToDate, totalPeriod,
          totalToDate, esfToDate.subtract(esfBefore), esfToDate, grant, aidRate, coShare, required,
          participantHoursPeriod, participantHoursToDate, staffHours, inKindHours);
      return new PaymentClaim(period, lines, traces, totals, v.build());
    }

    BigDecimal esf(BigDecimal grant, BigDecimal budgetTotal, BigDecimal total) {
      if (budgetTotal.signum() <= 0) {
        return BigDecimal.ZERO;
      }
      return s.esfRounding().divide(grant.multiply(total), budgetTotal);
    }

    static BigDecimal[] sums(List<TraceEntry> t) {
      BigDecimal p = BigDecimal.ZERO;
      BigDecimal all = BigDecimal.ZERO;
      for (TraceEntry e : t) {
        all = all.add(e.amount());
        if (e.inPeriod()) {
          p = p.add(e.amount());
        }
      }
      return new BigDecimal[] {p, all};
    }
  }
}
