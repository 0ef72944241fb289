package io.github.esfkit.core.attendance;

import static io.github.esfkit.core.attendance.RuleIds.rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.EmploymentStatus;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.participant.IscedLevel;
import io.github.esfkit.core.participant.Participation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One test per attendance rule, each with a row that breaks it. */
class AttendanceValidatorTest {

  static Participation participation(String id, LocalDate entry, LocalDate exit) {
    Participation.Builder b = Participation.builder().participantId(id).subProject("Nora")
        .gender(Answer.of(Gender.WOMAN)).birthDate(Answer.of(LocalDate.of(1995, 6, 1))).entryDate(entry)
        .employmentStatus(Answer.of(EmploymentStatus.LONG_TERM_UNEMPLOYED)).education(Answer.of(IscedLevel.ISCED3));
    if (exit != null) {
      b.exitDate(exit);
    }
    return b.build();
  }

  static final Map<String, Participation> P = Map.of("D-1",
      participation("D-1", LocalDate.of(2018, 3, 15), LocalDate.of(2018, 8, 10)));

  static Attendance month(String id, String month, String hours) {
    return Attendance.builder().participantId(id).month(YearMonth.parse(month)).hours(new BigDecimal(hours))
        .source("a.csv:" + month.hashCode() % 100).build();
  }

  static Checked<Attendance> check(Attendance... rows) {
    return AttendanceValidator.check(List.of(rows), P, AttendancePolicy.standard());
  }

  @Test
  void aValidMonthIsCountedWithoutFindings() {
    Checked<Attendance> c = check(month("D-1", "2018-04", "60"));
    assertThat(c.findings().isEmpty()).isTrue();
    assertThat(c.accepted()).hasSize(1);
  }

  @Test
  void unknownParticipant() {
    Checked<Attendance> c = check(month("D-9", "2018-04", "10"));
    assertThat(rules(c)).containsExactly("ATT-UNKNOWN-PARTICIPANT");
    assertThat(c.accepted()).isEmpty();
  }

  @Test
  void monthBeforeEntryOrAfterExit() {
    Checked<Attendance> c = check(month("D-1", "2018-02", "10"), month("D-1", "2018-09", "10"),
        month("D-1", "2018-03", "10"), month("D-1", "2018-08", "10"));
    assertThat(rules(c)).containsExactly("ATT-OUTSIDE-PARTICIPATION", "ATT-OUTSIDE-PARTICIPATION");
    assertThat(c.accepted()).hasSize(2);
  }

  @Test
  void dayOutsideParticipation() {
    Checked<Attendance> c = check(Attendance.ofDay("D-1", LocalDate.of(2018, 3, 14), BigDecimal.ONE));
    assertThat(rules(c)).containsExactly("ATT-OUTSIDE-PARTICIPATION");
  }

  @Test
  void negativeHours() {
    assertThat(rules(check(month("D-1", "2018-04", "-1")))).containsExactly("ATT-NEGATIVE-HOURS");
  }

  @Test
  void tooManyDecimals() {
    assertThat(rules(check(month("D-1", "2018-04", "1.125")))).containsExactly("ATT-HOURS-PRECISION");
    assertThat(rules(check(month("D-1", "2018-04", "1.250")))).isEmpty();
  }

  @Test
  void monthCeilingIsEightHoursPerWeekday() {
    // April 2018 has 21 weekdays: 168 hours
    assertThat(AttendancePolicy.standard().ceiling(YearMonth.of(2018, 4))).isEqualByComparingTo("168");
    assertThat(rules(check(month("D-1", "2018-04", "168")))).isEmpty();
    Checked<Attendance> c = check(month("D-1", "2018-04", "168.5"));
    assertThat(rules(c)).containsExactly("ATT-MONTH-CEILING");
    assertThat(c.accepted()).isEmpty();
  }

  @Test
  void dayCeiling() {
    assertThat(rules(check(Attendance.ofDay("D-1", LocalDate.of(2018, 4, 3), new BigDecimal("9")))))
        .containsExactly("ATT-DAY-CEILING");
  }

  @Test
  void duplicateMonthCountsTheSmallerOnce() {
    Checked<Attendance> c = check(month("D-1", "2018-04", "40"),
        Attendance.builder().participantId("D-1").month(YearMonth.of(2018, 4)).hours(new BigDecimal("30"))
            .source("b.csv:2").build());
    assertThat(rules(c)).containsExactly("ATT-DUPLICATE-ROW");
    assertThat(c.accepted()).singleElement().extracting(Attendance::hours).isEqualTo(new BigDecimal("30"));
  }

  @Test
  void dayRowsBesideAMonthRowAreNotCountedTwice() {
    Checked<Attendance> c = check(month("D-1", "2018-04", "40"),
        Attendance.ofDay("D-1", LocalDate.of(2018, 4, 3), new BigDecimal("4")));
    assertThat(rules(c)).containsExactly("ATT-MONTH-AND-DAYS");
    assertThat(c.accepted()).singleElement().extracting(Attendance::hours).isEqualTo(new BigDecimal("40"));
  }

  @Test
  void dayRowsAreSummedForTheCeiling() {
    List<Attendance> rows = new ArrayList<>();
    for (int d = 2; d <= 30; d++) {
      LocalDate day = LocalDate.of(2018, 4, d);
      rows.add(Attendance.ofDay("D-1", day, new BigDecimal("8")));
    }
    Checked<Attendance> c = AttendanceValidator.check(rows, P, AttendancePolicy.standard());
    assertThat(rules(c)).containsExactly("ATT-MONTH-CEILING"); // 29 days × 8 = 232 > 168
  }

  @Test
  void resultDoesNotDependOnOrder() {
    List<Attendance> rows = new ArrayList<>(List.of(month("D-1", "2018-04", "40"), month("D-1", "2018-04", "30"),
        month("D-9", "2018-04", "1"), month("D-1", "2018-05", "-2"), month("D-1", "2018-06", "12")));
    Checked<Attendance> first = AttendanceValidator.check(rows, P, AttendancePolicy.standard());
    Collections.reverse(rows);
    Checked<Attendance> second = AttendanceValidator.check(rows, P, AttendancePolicy.standard());
    assertThat(second.accepted()).isEqualTo(first.accepted());
    assertThat(second.findings()).isEqualTo(first.findings());
  }

  @Test
  void messagesNeverNameTheParticipant() {
    String pnr = "199001011234";
    Checked<Attendance> c = AttendanceValidator.check(List.of(month(pnr, "2018-04", "-1")), P,
        AttendancePolicy.standard());
    assertThat(c.findings().violations()).isNotEmpty().allSatisfy(v -> {
      assertThat(v.messageSv() + v.messageEn() + v.path() + v).doesNotContain(pnr);
    });
    assertThat(month(pnr, "2018-04", "1").toString()).doesNotContain(pnr);
  }
}
