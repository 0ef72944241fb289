package io.github.esfkit.examples.data;

import io.github.esfkit.budget.Amounts;
import io.github.esfkit.budget.CoFinancingCategory;
import io.github.esfkit.budget.CoFinancingSubLine;
import io.github.esfkit.budget.CostCategory;
import io.github.esfkit.budget.CostSection;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.budget.claim.LedgerLine;
import io.github.esfkit.core.attendance.Attendance;
import io.github.esfkit.core.attendance.TimeReport;
import io.github.esfkit.core.id.Organisationsnummer;
import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.EmploymentStatus;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.participant.IscedLevel;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.io.csv.ParticipantCsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A synthetic project shaped like All In (syntetiskt löpande projekt): the owner Hällefors and eight
 * partner municipalities, the All In phases (analysis 2017-09 – 2018-02, implementation 2018-03 – 2020-02,
 * closing 2020-03 – 2020-05), participants in the three age groups of the application (18–24, 25–29,
 * 30–64) entering during the 24 implementation months and attending monthly, monthly time reports of the
 * owner's staff and of each partner's in-kind assistant, and a ledger with the budget's categories
 * (external services, travel, equipment, the assistants' wage subsidy as revenue, the owner's cash, the
 * region's cash in the analysis phase, the partners' premises in kind). Everything is generated from a
 * fixed seed: the same files every time. Rates and unit costs are EXAMPLE figures, not ESF-rådet's.
 */
public final class SyntheticRunningProject {

  /** The municipalities: name and (public) organisation number; the first is the owner. */
  public static final List<String[]> MUNICIPALITIES = List.of(
      new String[] {"Hällefors kommun", "212000-1942"}, new String[] {"Askersunds kommun", "212000-1983"},
      new String[] {"Degerfors kommun", "212000-1934"}, new String[] {"Lindesbergs kommun", "212000-2015"},
      new String[] {"Ljusnarsbergs kommun", "212000-1959"}, new String[] {"Karlskoga kommun", "212000-1991"},
      new String[] {"Kumla kommun", "212000-1975"}, new String[] {"Nora kommun", "212000-2007"},
      new String[] {"Hallsbergs kommun", "212000-1926"});

  /** Region Örebro län, cash in the analysis phase. */
  public static final String REGION = "232100-0164";

  private static final YearMonth FIRST_IMPLEMENTATION = YearMonth.of(2018, 3);
  private static final YearMonth LAST_IMPLEMENTATION = YearMonth.of(2020, 2);
  private static final YearMonth LAST_ENTRY = YearMonth.of(2019, 11);

  private final List<Participation> participations = new ArrayList<>();
  private final List<Attendance> attendance = new ArrayList<>();
  private final List<TimeReport> timeReports = new ArrayList<>();
  private final List<LedgerLine> ledger = new ArrayList<>();

  private SyntheticRunningProject() {}

  /** The bundled example: about 400 participations over the 24 implementation months (seed 2017). */
  public static SyntheticRunningProject example() {
    SyntheticRunningProject p = new SyntheticRunningProject();
    Random r = new Random(2017);
    int seq = 0;
    for (YearMonth m = FIRST_IMPLEMENTATION; !m.isAfter(LAST_ENTRY); m = m.plusMonths(1)) {
      for (int k = 0; k < MUNICIPALITIES.size(); k++) {
        int entries = r.nextInt(4);
        for (int e = 0; e < entries; e++) {
          LocalDate entry = m.atDay(1 + r.nextInt(28));
          YearMonth lastMonth = m.plusMonths(2 + r.nextInt(10));
          if (lastMonth.isAfter(LAST_IMPLEMENTATION)) {
            lastMonth = LAST_IMPLEMENTATION;
          }
          LocalDate exit = lastMonth.atDay(1 + r.nextInt(lastMonth.lengthOfMonth()));
          p.participant(String.format("AI-%04d", ++seq), k, birth(r, entry), entry, exit, r);
        }
      }
    }
    p.staffAndLedger(new Random(2018));
    return p;
  }

  /** {@code n} participants attending every month of 2019: a year of attendance, for measurements. */
  public static SyntheticRunningProject year(int n) {
    SyntheticRunningProject p = new SyntheticRunningProject();
    Random r = new Random(2019);
    for (int i = 0; i < n; i++) {
      LocalDate entry = LocalDate.of(2019, 1, 1);
      p.participant(String.format("Y-%07d", i + 1), i % MUNICIPALITIES.size(), birth(r, entry), entry,
          LocalDate.of(2019, 12, 31), r);
    }
    p.staffAndLedger(new Random(2018));
    return p;
  }

  private static LocalDate birth(Random r, LocalDate entry) {
    int g = r.nextInt(100);
    int age = g < 40 ? 18 + r.nextInt(7) : g < 65 ? 25 + r.nextInt(5) : 30 + r.nextInt(33);
    // born so that the age at entry is {@code age}, at the latest
    return entry.minusYears(age + 1L).plusDays(1 + r.nextInt(364));
  }

  private void participant(String id, int municipality, LocalDate born, LocalDate entry, LocalDate exit, Random r) {
    participations.add(Participation.builder().participantId(id).subProject(subProject(municipality))
        .gender(Answer.of(r.nextBoolean() ? Gender.WOMAN : Gender.MAN)).birthDate(Answer.of(born)).entryDate(entry)
        .exitDate(exit).employmentStatus(Answer.of(EmploymentStatus.LONG_TERM_UNEMPLOYED))
        .education(Answer.of(IscedLevel.ISCED3)).build());
    for (YearMonth m = YearMonth.from(entry); !m.isAfter(YearMonth.from(exit)); m = m.plusMonths(1)) {
      BigDecimal hours = BigDecimal.valueOf(20 + r.nextInt(141), 1).multiply(BigDecimal.valueOf(5)); // 10.0–80.0
      attendance.add(Attendance.ofMonth(id, m, hours.stripTrailingZeros().scale() < 0
          ? hours.setScale(0) : hours.stripTrailingZeros()));
    }
  }

  /** The sub-project name of a municipality: its name without " kommun". */
  public static String subProject(int municipality) {
    return MUNICIPALITIES.get(municipality)[0].replace(" kommun", "");
  }

  /** The organisation number of a municipality. */
  public static Organisationsnummer orgnr(int municipality) {
    return Organisationsnummer.parse(MUNICIPALITIES.get(municipality)[1]);
  }

  private void staffAndLedger(Random r) {
    Organisationsnummer owner = orgnr(0);
    for (YearMonth m = YearMonth.of(2017, 9); !m.isAfter(YearMonth.of(2020, 5)); m = m.plusMonths(1)) {
      time("P-01", owner, "Projektledare", m, 120 + r.nextInt(16));
      boolean implementation = !m.isBefore(FIRST_IMPLEMENTATION) && !m.isAfter(LAST_IMPLEMENTATION);
      if (implementation) {
        time("P-02", owner, "Aktivitetsledare", m, 125 + r.nextInt(12));
        time("P-03", owner, "Aktivitetsledare", m, 125 + r.nextInt(12));
        time("P-04", owner, "Assistent", m, 110 + r.nextInt(20));
        for (int k = 1; k < MUNICIPALITIES.size(); k++) {
          time(String.format("K%d-01", k), orgnr(k), "Assistent", m, 110 + r.nextInt(25));
        }
      }
      CostSection section = m.isBefore(FIRST_IMPLEMENTATION) ? CostSection.ANALYSIS_AND_PLANNING
          : CostSection.IMPLEMENTATION;
      if (!m.isAfter(LAST_IMPLEMENTATION)) {
        boolean analysis = section == CostSection.ANALYSIS_AND_PLANNING;
        cost(m.atDay(10 + r.nextInt(10)), section, CostCategory.EXTERNAL_SERVICES,
            analysis ? whole(r, 5_000, 30_000) : whole(r, 8_000, 90_000), "Konsult");
        cost(m.atDay(1 + r.nextInt(28)), section, CostCategory.TRAVEL_AND_ACCOMMODATION,
            BigDecimal.valueOf(analysis ? 50_000 + r.nextInt(2_400_000) : 200_000 + r.nextInt(6_000_000), 2), "Resor");
        if (r.nextInt(3) == 0) {
          cost(m.atDay(1 + r.nextInt(28)), section, CostCategory.EQUIPMENT_AND_MATERIALS, whole(r, 2_000, 60_000),
              "Material");
        }
      }
      if (implementation) {
        cost(m.atEndOfMonth(), section, CostCategory.REVENUE, BigDecimal.valueOf(9 * 12_568),
            "Anställningsbidrag, 9 assistenter");
        for (int k = 1; k < MUNICIPALITIES.size(); k++) {
          ledger.add(LedgerLine.builder().date(m.atDay(1)).section(section)
              .coFinancing(CoFinancingCategory.PUBLIC_IN_KIND).subLine(CoFinancingSubLine.EQUIPMENT_AND_MATERIALS)
              .contributor(orgnr(k)).amount(Sek.of(6_416)).voucher(voucher())
              .description("Lokaler för deltagare, " + subProject(k)).build());
        }
      }
      if (m.getMonthValue() % 3 == 0 && !m.isAfter(LAST_IMPLEMENTATION)) {
        ledger.add(LedgerLine.ofCoFinancing(m.atEndOfMonth(), section, CoFinancingCategory.PUBLIC_CASH_OWNER, owner,
            Sek.of(130_000), voucher()).withDescription("Egeninsats Hällefors"));
      }
    }
    ledger.add(LedgerLine.ofCoFinancing(LocalDate.of(2017, 10, 16), CostSection.ANALYSIS_AND_PLANNING,
        CoFinancingCategory.PUBLIC_CASH_THIRD_PARTY, Organisationsnummer.parse(REGION), Sek.of(100_000), voucher())
        .withDescription("Processtöd i analysfasen"));
  }

  private static BigDecimal whole(Random r, int from, int to) {
    return BigDecimal.valueOf(from + r.nextInt(to - from));
  }

  private void time(String person, Organisationsnummer employer, String function, YearMonth m, int hours) {
    timeReports.add(TimeReport.builder().personId(person).employer(employer).function(function).month(m)
        .hours(BigDecimal.valueOf(hours)).contractedPercent(BigDecimal.valueOf(100))
        .approvedBy(person.startsWith("P") ? "CHEF-HF" : "CHEF-" + person.substring(0, 2))
        .approvedOn(m.plusMonths(1).atDay(5)).build());
  }

  private void cost(LocalDate date, CostSection section, CostCategory category, BigDecimal amount, String text) {
    ledger.add(LedgerLine.ofCost(date, section, category, Sek.of(amount), voucher()).withDescription(text));
  }

  private String voucher() {
    return String.format("V%05d", ledger.size() + 1);
  }

  /** The participations. */
  public List<Participation> participations() {
    return Collections.unmodifiableList(participations);
  }

  /** The attendance rows. */
  public List<Attendance> attendance() {
    return Collections.unmodifiableList(attendance);
  }

  /** The time reports. */
  public List<TimeReport> timeReports() {
    return Collections.unmodifiableList(timeReports);
  }

  /** The ledger lines. */
  public List<LedgerLine> ledger() {
    return Collections.unmodifiableList(ledger);
  }

  /**
   * Writes {@code PREFIX-participants.csv}, {@code -attendance.csv}, {@code -time.csv} and
   * {@code -ledger.csv} into {@code dir}, in the formats of docs/running-csv.md.
   */
  public void write(Path dir, String prefix) throws IOException {
    try (Writer w = Files.newBufferedWriter(dir.resolve(prefix + "-participants.csv"), StandardCharsets.UTF_8)) {
      ParticipantCsvWriter pw = new ParticipantCsvWriter(w, null, false);
      for (Participation p : participations) {
        pw.write(p);
      }
      pw.flush();
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve(prefix + "-attendance.csv"), StandardCharsets.UTF_8)) {
      w.write("participant_id,month,hours\n");
      for (Attendance a : attendance) {
        w.write(a.participantId() + "," + a.month() + "," + a.hours().toPlainString() + "\n");
      }
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve(prefix + "-time.csv"), StandardCharsets.UTF_8)) {
      w.write("person_id,employer,function,month,hours,contracted_percent,approved_by,approved_on\n");
      for (TimeReport t : timeReports) {
        w.write(t.personId() + "," + t.employer() + "," + t.function() + "," + t.month() + ","
            + t.hours().toPlainString() + "," + t.contractedPercent().map(BigDecimal::toPlainString).orElse("") + ","
            + t.approvedBy().orElse("") + "," + t.approvedOn().map(LocalDate::toString).orElse("") + "\n");
      }
    }
    try (Writer w = Files.newBufferedWriter(dir.resolve(prefix + "-ledger.csv"), StandardCharsets.UTF_8)) {
      w.write("date,section,category,amount,voucher,description,contributor,sub_line\n");
      for (LedgerLine l : ledger) {
        String category = l.costCategory().map(Enum::name).orElseGet(() -> l.coFinancing().get().name());
        w.write(l.date() + "," + code(l.section().name()) + "," + code(category) + ","
            + Amounts.number(l.amount()).toPlainString() + "," + l.voucher() + "," + quoted(l.description()) + ","
            + l.contributor().map(Organisationsnummer::toString).orElse("") + ","
            + l.subLine().map(s -> code(s.name())).orElse("") + "\n");
      }
    }
  }

  private static String quoted(String field) {
    if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
      return "\"" + field.replace("\"", "\"\"") + "\"";
    }
    return field;
  }

  private static String code(String name) {
    return name.toLowerCase(java.util.Locale.ROOT);
  }
}
