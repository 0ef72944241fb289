package io.github.esfkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.budget.Amounts;
import io.github.esfkit.budget.CoFinancingCategory;
import io.github.esfkit.budget.CostCategory;
import io.github.esfkit.budget.CostSection;
import io.github.esfkit.budget.claim.LedgerLine;
import io.github.esfkit.core.attendance.Attendance;
import io.github.esfkit.core.attendance.TimeReport;
import io.github.esfkit.core.project.PhaseKind;
import io.github.esfkit.io.InputError;
import io.github.esfkit.io.InputErrors;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The three running-project CSV files: valid rows read, every error located, nothing personal quoted. */
class RunningCsvTest {

  static List<String> located(InputErrors e) {
    return e.kept().stream().map(x -> x.location() + " " + x.ruleId()).collect(Collectors.toList());
  }

  @Test
  void attendanceRowsOfMonthsAndDays() {
    List<Attendance> rows = new ArrayList<>();
    InputErrors e = RunningCsv.readAttendance(CsvInput.ofString("a.csv",
        "hours,participant_id,month,date,group\n40.5,D-1,2019-01,,\n4,D-1,,2019-02-04,aktivitetsstöd\n"), 10, rows::add);
    assertThat(e.isEmpty()).isTrue();
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).hours()).isEqualByComparingTo("40.5");
    assertThat(rows.get(0).source()).isEqualTo("a.csv:2");
    assertThat(rows.get(1).day()).contains(LocalDate.of(2019, 2, 4));
    assertThat(rows.get(1).month()).isEqualTo(YearMonth.of(2019, 2));
    assertThat(rows.get(1).group()).contains("aktivitetsstöd");
  }

  @Test
  void everyAttendanceErrorIsLocated() {
    String pnr = "19900101-1234";
    InputErrors e = RunningCsv.readAttendance(CsvInput.ofString("a.csv",
        "participant_id,month,date,hours,extra\nD-1,2019-1,,x,\n" + pnr + ",2019-01,,1,\nD-2,,,1,\n"
            + "D-3,2019-02,2019-03-01,1,\n"), 10, r -> { });
    assertThat(located(e)).containsExactly("a.csv:1:column 5 CSV-HEADER-UNKNOWN");
    e = RunningCsv.readAttendance(CsvInput.ofString("a.csv",
        "participant_id,month,date,hours\nD-1,2019-1,,x\n" + pnr + ",2019-01,,1\nD-2,,,1\n"
            + "D-3,2019-02,2019-03-01,1\nD-4,2019-02\n"), 10, r -> { });
    assertThat(located(e)).containsExactly("a.csv:2:month CSV-MONTH", "a.csv:2:hours CSV-NUMBER",
        "a.csv:3:participant_id CSV-ID-PERSONNUMMER", "a.csv:4:month CSV-VALUE-MISSING", "a.csv:5:date RUN-DATE-MONTH",
        "a.csv:6 CSV-FIELD-COUNT");
    assertThat(e.kept()).allSatisfy(x -> assertThat(x.format(io.github.esfkit.core.Language.SV)
        + x.format(io.github.esfkit.core.Language.EN)).doesNotContain(pnr).doesNotContain("19900101"));
  }

  @Test
  void missingColumnsAndEmptyFiles() {
    assertThat(located(RunningCsv.readAttendance(CsvInput.ofString("a.csv", "participant_id,month\n"), 10, r -> { })))
        .containsExactly("a.csv:1:hours CSV-COLUMN-MISSING");
    assertThat(located(RunningCsv.readAttendance(CsvInput.ofString("a.csv", ""), 10, r -> { })))
        .containsExactly("a.csv CSV-EMPTY");
  }

  @Test
  void timeReports() {
    List<TimeReport> rows = new ArrayList<>();
    InputErrors e = RunningCsv.readTimeReports(CsvInput.ofString("t.csv",
        "person_id,employer,function,month,hours,longest_day,contracted_percent,phase,approved_by,approved_on\n"
            + "P-1,212000-1942,Projektledare,2019-01,120.5,9,100,implementation,M-1,2019-02-05\n"
            + "P-2,212000-1942,Assistent,2019-01,80,,,,,\n"
            + "P-3,212000-1943,,2019-01,80,,,closing_time,,2019-02-30\n"), 10, rows::add);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).phase()).contains(PhaseKind.IMPLEMENTATION);
    assertThat(rows.get(0).approvedBy()).contains("M-1");
    assertThat(rows.get(1).approvedBy()).isEmpty();
    assertThat(located(e)).containsExactly("t.csv:4:employer CSV-ORGNR", "t.csv:4:function CSV-VALUE-MISSING",
        "t.csv:4:phase CSV-CODE", "t.csv:4:approved_on CSV-DATE");
  }

  @Test
  void ledger() {
    List<LedgerLine> rows = new ArrayList<>();
    InputErrors e = RunningCsv.readLedger(CsvInput.ofString("l.csv",
        "date,section,category,amount,voucher,description,contributor,sub_line\n"
            + "2019-01-03,implementation,external_services,45000,V1,\"Konsult, utvärdering\",,\n"
            + "2019-01-31,implementation,revenue,113112,V2,,,\n"
            + "2019-01-01,implementation,public_in_kind,6416,V3,Lokaler,212000-1983,equipment_and_materials\n"
            + "2019-01-01,implementation,public_in_kind,6416,V4,Lokaler,,\n"
            + "2019-01-01,implementation,staff,1,V5,,212000-1983,\n"
            + "2019-01-01,implementation,public_cash_owner,1,V6,,212000-1942,staff\n"
            + "2019-01-01,phase_x,staff,1,,,,\n"), 20, rows::add);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).costCategory()).contains(CostCategory.EXTERNAL_SERVICES);
    assertThat(rows.get(0).description()).isEqualTo("Konsult, utvärdering");
    assertThat(rows.get(2).coFinancing()).contains(CoFinancingCategory.PUBLIC_IN_KIND);
    assertThat(rows.get(2).section()).isEqualTo(CostSection.IMPLEMENTATION);
    assertThat(Sek(rows.get(1))).isEqualByComparingTo("113112");
    assertThat(located(e)).containsExactly("l.csv:5:contributor CSV-VALUE-MISSING",
        "l.csv:6:contributor RUN-COST-CONTRIBUTOR", "l.csv:7:sub_line RUN-SUB-LINE", "l.csv:8:section CSV-CODE",
        "l.csv:8:voucher CSV-VALUE-MISSING");
    assertThat(e.kept()).extracting(InputError::file).containsOnly("l.csv");
  }

  private static BigDecimal Sek(LedgerLine l) {
    return io.github.esfkit.budget.Amounts.number(l.amount());
  }
}
