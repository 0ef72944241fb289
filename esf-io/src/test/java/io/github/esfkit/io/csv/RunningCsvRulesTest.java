package io.github.esfkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.Language;
import io.github.esfkit.io.InputError;
import io.github.esfkit.io.InputErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the three running-project files, each broken by one change to a valid file and reported at its
 * line and column; the unchanged files read without error.
 */
class RunningCsvRulesTest {

  static final String ATTENDANCE = "participant_id,month,date,hours,group\nD-1,2019-01,,40.5,a\n";
  static final String TIME = "person_id,employer,function,month,hours,longest_day,contracted_percent,phase,"
      + "approved_by,approved_on\nP-1,212000-1942,Projektledare,2019-01,120.5,9,100,implementation,M-1,2019-02-05\n";
  static final String LEDGER = "date,section,category,amount,voucher,description,contributor,sub_line\n"
      + "2019-01-03,implementation,external_services,45000,V1,Konsult,,\n"
      + "2019-01-01,implementation,public_in_kind,6416,V3,Lokaler,212000-1983,equipment_and_materials\n";

  enum File { ATTENDANCE, TIME, LEDGER }

  static InputErrors read(File file, String text) {
    CsvInput in = CsvInput.ofString("r.csv", text);
    switch (file) {
      case ATTENDANCE:
        return RunningCsv.readAttendance(in, 50, x -> { });
      case TIME:
        return RunningCsv.readTimeReports(in, 50, x -> { });
      default:
        return RunningCsv.readLedger(in, 50, x -> { });
    }
  }

  static String valid(File file) {
    return file == File.ATTENDANCE ? ATTENDANCE : file == File.TIME ? TIME : LEDGER;
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of("CSV-EMPTY", File.ATTENDANCE, ATTENDANCE, "", "r.csv"),
        Arguments.of("CSV-HEADER-DUPLICATE", File.ATTENDANCE, "hours,group", "hours,hours", "r.csv:1:hours"),
        Arguments.of("CSV-HEADER-UNKNOWN", File.ATTENDANCE, "hours,group", "hours,grupp", "r.csv:1:column 5"),
        Arguments.of("CSV-COLUMN-MISSING", File.TIME, "person_id,", "", "r.csv:1:person_id"),
        Arguments.of("CSV-FIELD-COUNT", File.ATTENDANCE, "40.5,a", "40.5", "r.csv:2"),
        Arguments.of("CSV-QUOTE-UNQUOTED", File.ATTENDANCE, ",a\n", ",a\"b\n", "r.csv:2:group"),
        Arguments.of("CSV-QUOTE-TRAILING", File.ATTENDANCE, ",a\n", ",\"a\"b\n", "r.csv:2:group"),
        Arguments.of("CSV-LINE-TOO-LONG", File.LEDGER, ",Konsult,", ",\"" + "x".repeat((1 << 20) + 1) + "\",", "r.csv:2"),
        Arguments.of("CSV-ID", File.ATTENDANCE, "D-1,", "D 1,", "r.csv:2:participant_id"),
        Arguments.of("CSV-ID-PERSONNUMMER", File.TIME, "P-1,", "198503120008,", "r.csv:2:person_id"),
        Arguments.of("CSV-VALUE-MISSING", File.ATTENDANCE, "2019-01,,", ",,", "r.csv:2:month"),
        Arguments.of("CSV-VALUE-MISSING", File.TIME, "Projektledare", "", "r.csv:2:function"),
        Arguments.of("CSV-VALUE-MISSING", File.LEDGER, "Lokaler,212000-1983", "Lokaler,", "r.csv:3:contributor"),
        Arguments.of("CSV-VALUE-MISSING", File.LEDGER, "45000,V1", "45000,", "r.csv:2:voucher"),
        Arguments.of("CSV-VALUE-MISSING", File.LEDGER, "2019-01-03,implementation", "2019-01-03,", "r.csv:2:section"),
        Arguments.of("CSV-NUMBER", File.ATTENDANCE, "40.5", "40;5", "r.csv:2:hours"),
        Arguments.of("CSV-NUMBER", File.TIME, ",100,", ",1e2,", "r.csv:2:contracted_percent"),
        Arguments.of("CSV-DATE", File.LEDGER, "2019-01-03", "2019-01-32", "r.csv:2:date"),
        Arguments.of("CSV-MONTH", File.TIME, "2019-01,", "2019-13,", "r.csv:2:month"),
        Arguments.of("CSV-CODE", File.TIME, "implementation", "genomförande", "r.csv:2:phase"),
        Arguments.of("CSV-CODE", File.LEDGER, "external_services", "consultants", "r.csv:2:category"),
        Arguments.of("CSV-CODE", File.LEDGER, "equipment_and_materials", "chairs", "r.csv:3:sub_line"),
        Arguments.of("CSV-ORGNR", File.TIME, "212000-1942", "212000-1943", "r.csv:2:employer"),
        Arguments.of("RUN-DATE-MONTH", File.ATTENDANCE, "2019-01,,", "2019-01,2019-02-01,", "r.csv:2:date"),
        Arguments.of("RUN-COST-CONTRIBUTOR", File.LEDGER, "Konsult,,", "Konsult,212000-1983,", "r.csv:2:contributor"),
        Arguments.of("RUN-SUB-LINE", File.LEDGER, "equipment_and_materials", "private_cash",
            "r.csv:3:sub_line"));
  }

  @ParameterizedTest(name = "{0} in {1} at {4}")
  @MethodSource("rules")
  void eachRuleIsReportedWhereItIsBroken(String rule, File file, String from, String to, String location) {
    String text = rule.equals("CSV-EMPTY") ? "" : valid(file).replaceFirst(java.util.regex.Pattern.quote(from),
        java.util.regex.Matcher.quoteReplacement(to));
    assertThat(text).as("the change applies").isNotEqualTo(valid(file));
    List<InputError> found = read(file, text).kept();
    List<String> lines = found.stream().map(e -> e.location() + " " + e.ruleId()).collect(Collectors.toList());
    assertThat(lines).as("%s", lines).contains(location + " " + rule);
    for (InputError e : found) {
      assertThat(e.messageSv()).isNotBlank();
      assertThat(e.messageEn()).isNotBlank();
      assertThat(e.format(Language.SV) + e.format(Language.EN)).doesNotContain("198503120008");
    }
  }

  @Test
  void theUnchangedFilesReadWithoutError() {
    List<Object> rows = new ArrayList<>();
    assertThat(RunningCsv.readAttendance(CsvInput.ofString("a.csv", ATTENDANCE), 10, rows::add).isEmpty()).isTrue();
    assertThat(RunningCsv.readTimeReports(CsvInput.ofString("t.csv", TIME), 10, rows::add).isEmpty()).isTrue();
    assertThat(RunningCsv.readLedger(CsvInput.ofString("l.csv", LEDGER), 10, rows::add).isEmpty()).isTrue();
    assertThat(rows).hasSize(4);
  }

  @Test
  void theErrorLimitKeepsTheFirstAndCountsTheRest() {
    StringBuilder text = new StringBuilder("participant_id,month,hours\n");
    for (int i = 0; i < 30; i++) {
      text.append("D-").append(i).append(",2019-01,x\n");
    }
    InputErrors e = RunningCsv.readAttendance(CsvInput.ofString("a.csv", text.toString()), 5, x -> { });
    assertThat(e.kept()).hasSize(5);
    assertThat(e.count()).isEqualTo(30);
    assertThat(e.omitted()).isEqualTo(25);
  }

  @Test
  void blankOptionalColumnsAreNotErrorsAndHeadersMayBePadded() {
    List<Object> rows = new ArrayList<>();
    InputErrors e = RunningCsv.readTimeReports(CsvInput.ofString("t.csv",
        " person_id , employer,function,month,hours\nP-1, 212000-1942 ,Projektledare,2019-01,8\n"), 10, rows::add);
    assertThat(e.kept()).isEmpty();
    assertThat(rows).hasSize(1);
  }
}
