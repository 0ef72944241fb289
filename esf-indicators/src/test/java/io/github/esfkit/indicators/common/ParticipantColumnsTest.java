package io.github.esfkit.indicators.common;

import static io.github.esfkit.core.programme.ProgrammePeriod.ESF_2014_2020;
import static io.github.esfkit.core.programme.ProgrammePeriod.ESF_PLUS_2021_2027;
import static io.github.esfkit.indicators.common.TestRecords.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.EventType;
import io.github.esfkit.core.participant.LabourMarketEvent;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.programme.ProgrammePeriod;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The columnar batch: every row check at its boundary, the encoding helpers, growth, and its figures. */
class ParticipantColumnsTest {

  private static final int ENTRY = 20220110;

  private static ParticipantColumns.Builder oneSub() {
    ParticipantColumns.Builder b = ParticipantColumns.builder(4);
    assertThat(b.subProject("A")).isZero();
    return b;
  }

  private static void rejects(Runnable add, String message) {
    assertThatThrownBy(add::run).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void sub_project_codes_are_given_in_order_of_first_use() {
    ParticipantColumns.Builder b = ParticipantColumns.builder(0);
    assertThat(b.subProject("Berg")).isZero();
    assertThat(b.subProject("Åre")).isEqualTo(1);
    assertThat(b.subProject("Berg")).isZero();
    assertThat(b.subProject("Krokom")).isEqualTo(2);
    assertThat(b.build().subProjects()).containsExactly("Berg", "Åre", "Krokom");
    assertThatThrownBy(() -> ParticipantColumns.builder(1).subProject(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void each_code_of_a_row_at_its_edges() {
    ParticipantColumns.Builder b = oneSub();
    b.addRow(0, 0, -1, ENTRY, 0, 0, 0, 0);
    b.addRow(0, 5, -3, ENTRY, 0, 7, 11, 0);
    b.addRow(0, 2, -2, ENTRY, ENTRY, 4, 8, 0xFFFF & ~(0x3FF << Codes.UNKNOWN_SHIFT) | Codes.STRUCK);
    b.addRow(0, 1, ENTRY, ENTRY, 0, 1, 3, 0xFFFF & ~0x1F);
    rejects(() -> b.addRow(1, 0, -1, ENTRY, 0, 0, 0, 0), "unknown sub-project code 1");
    rejects(() -> b.addRow(-1, 0, -1, ENTRY, 0, 0, 0, 0), "unknown sub-project code -1");
    rejects(() -> b.addRow(0, 6, -1, ENTRY, 0, 0, 0, 0), "gender code must be 0-5: 6");
    rejects(() -> b.addRow(0, -1, -1, ENTRY, 0, 0, 0, 0), "gender code must be 0-5: -1");
    rejects(() -> b.addRow(0, 0, -1, ENTRY, 0, 8, 0, 0), "status code must be 0-7: 8");
    rejects(() -> b.addRow(0, 0, -1, ENTRY, 0, -1, 0, 0), "status code must be 0-7: -1");
    rejects(() -> b.addRow(0, 0, -1, ENTRY, 0, 0, 12, 0), "education code must be 0-11: 12");
    rejects(() -> b.addRow(0, 0, -1, ENTRY, 0, 0, -1, 0), "education code must be 0-11: -1");
    String entry = "entry date is not a valid yyyymmdd in 1800-2999: ";
    rejects(() -> b.addRow(0, 0, -1, 20220230, 0, 0, 0, 0), entry + 20220230);
    rejects(() -> b.addRow(0, 0, -1, 17991231, 0, 0, 0, 0), entry + 17991231);
    rejects(() -> b.addRow(0, 0, -1, 30000101, 0, 0, 0, 0), entry + 30000101);
    b.addRow(0, 0, 18000101, 18000101, 29991231, 0, 0, 0);
    String birth = "birth date must be a valid yyyymmdd on or before entry, or -1..-3: ";
    rejects(() -> b.addRow(0, 0, -4, ENTRY, 0, 0, 0, 0), birth + -4);
    rejects(() -> b.addRow(0, 0, 0, ENTRY, 0, 0, 0, 0), birth + 0);
    rejects(() -> b.addRow(0, 0, ENTRY + 1, ENTRY, 0, 0, 0, 0), birth + (ENTRY + 1));
    String exit = "exit date must be 0 or a valid yyyymmdd on or after entry: ";
    rejects(() -> b.addRow(0, 0, -1, ENTRY, ENTRY - 1, 0, 0, 0), exit + (ENTRY - 1));
    rejects(() -> b.addRow(0, 0, -1, ENTRY, 20220132, 0, 0, 0), exit + 20220132);
    rejects(() -> b.addRow(0, 0, -1, ENTRY, -1, 0, 0, 0), exit + -1);
    rejects(() -> b.addRow(0, 0, -1, ENTRY, 0, 0, 0, Codes.INVALID), "unknown flag bits: " + Codes.INVALID);
    rejects(() -> b.addRow(0, 0, -1, ENTRY, 0, 0, 0, 1 << 18), "unknown flag bits: " + (1 << 18));
    for (int field = 0; field < Codes.FLAG_FIELDS; field++) {
      for (int unknown = 1; unknown <= 3; unknown++) {
        int f = 1 << field | unknown << (Codes.UNKNOWN_SHIFT + 2 * field);
        int fld = field;
        rejects(() -> b.addRow(0, 0, -1, ENTRY, 0, 0, 0, f), "flag field " + fld + " is both yes and unknown");
      }
    }
    assertThat(b.build().size()).isEqualTo(5);
  }

  @Test
  void an_event_needs_a_row_with_an_exit_on_or_before_it() {
    ParticipantColumns.Builder b = oneSub();
    rejects(() -> b.addEvent(ENTRY, EventType.EMPLOYED), "no row to add an event to");
    b.addRow(0, 0, -1, ENTRY, 0, 0, 0, 0);
    rejects(() -> b.addEvent(ENTRY, EventType.EMPLOYED), "an event needs an exit date");
    b.addRow(0, 0, -1, ENTRY, 20220301, 0, 0, 0);
    rejects(() -> b.addEvent(20220228, EventType.EMPLOYED),
        "event date must be a valid yyyymmdd on or after the exit: 20220228");
    rejects(() -> b.addEvent(20220332, EventType.EMPLOYED),
        "event date must be a valid yyyymmdd on or after the exit: 20220332");
    b.addEvent(20220301, EventType.EMPLOYED).addEvent(20220302, EventType.QUALIFICATION_GAINED);
    ParticipantColumns c = b.build();
    assertThat(c.size()).isEqualTo(2);
    assertThat(c.eventCount()).isEqualTo(2);
    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessage("builder already used");
    rejects(() -> b.addRow(0, 0, -1, ENTRY, 0, 0, 0, 0), "builder already used");
  }

  @Test
  void the_size_of_a_batch_in_bytes() {
    // per row: sub 4, gender 1, birth 4, entry 4, exit 4, status 1, education 1, flags 4, event start 4
    ParticipantColumns.Builder b = oneSub();
    for (int i = 0; i < 40; i++) {
      b.addRow(0, i % 3, -1, ENTRY, 20220301, 0, 0, 0);
      for (int k = 0; k <= i % 2; k++) {
        b.addEvent(20220310, EventType.EMPLOYED);
      }
    }
    ParticipantColumns c = b.build();
    assertThat(c.size()).isEqualTo(40);
    assertThat(c.eventCount()).isEqualTo(60);
    assertThat(c.approximateBytes()).isEqualTo(40L * 27 + 60L * 5);
    assertThat(ParticipantColumns.of(List.of()).approximateBytes()).isZero();
  }

  /** Encodes each record with the public helpers, row by row. */
  private static ParticipantColumns encoded(List<Participation> records) {
    ParticipantColumns.Builder b = ParticipantColumns.builder(1);
    for (Participation p : records) {
      b.addRow(b.subProject(p.subProject()), ParticipantColumns.genderCode(p.gender()),
          ParticipantColumns.birthCode(p.birthDate()), ParticipantColumns.dateCode(p.entryDate()),
          p.exitDate().map(ParticipantColumns::dateCode).orElse(0),
          ParticipantColumns.statusCode(p.employmentStatus()), ParticipantColumns.educationCode(p.education()),
          ParticipantColumns.flagsCode(p.disability(), p.foreignBackground(), p.thirdCountryNational(), p.homeless(),
              p.rural(), p.personId().isPresent(), p.struck()));
      for (LabourMarketEvent e : p.events()) {
        b.addEvent(ParticipantColumns.dateCode(e.date()), e.type());
      }
    }
    return b.build();
  }

  @Test
  void rows_encoded_by_hand_give_the_figures_of_the_records() {
    List<Participation> records = CommonIndicatorOracleTest.cohort(77L, 400);
    for (ProgrammePeriod period : ProgrammePeriod.values()) {
      CommonIndicatorResult fromRecords = CommonIndicatorCalculator.of(period, TestRecords.AS_OF).addAll(records)
          .result();
      ParticipantColumns columns = encoded(records);
      assertThat(columns.size()).isEqualTo(records.size());
      assertThat(columns.eventCount()).isEqualTo(records.stream().mapToInt(p -> p.events().size()).sum());
      assertThat(CommonIndicatorCalculator.of(period, TestRecords.AS_OF).add(columns).result())
          .isEqualTo(fromRecords);
      assertThat(CommonIndicatorCalculator.of(period, TestRecords.AS_OF).add(ParticipantColumns.of(records))
          .result()).isEqualTo(fromRecords);
    }
  }

  @Test
  void the_encoding_helpers_give_distinct_codes_for_distinct_answers() {
    assertThat(ParticipantColumns.genderCode(Answer.of(io.github.esfkit.core.participant.Gender.MAN))).isEqualTo(1);
    assertThat(ParticipantColumns.statusCode(Answer.of(io.github.esfkit.core.participant.EmploymentStatus.EMPLOYED)))
        .isEqualTo(io.github.esfkit.core.participant.EmploymentStatus.EMPLOYED.ordinal());
    assertThat(ParticipantColumns.educationCode(Answer.of(io.github.esfkit.core.participant.IscedLevel.ISCED6)))
        .isEqualTo(6);
    assertThat(ParticipantColumns.birthCode(Answer.of(LocalDate.of(1990, 5, 15)))).isEqualTo(19900515);
    for (io.github.esfkit.core.participant.UnknownReason why : io.github.esfkit.core.participant.UnknownReason.values()) {
      assertThat(ParticipantColumns.birthCode(Answer.unknown(why))).isEqualTo(-1 - why.ordinal());
      assertThat(ParticipantColumns.genderCode(Answer.unknown(why))).isEqualTo(3 + why.ordinal());
      assertThat(ParticipantColumns.statusCode(Answer.unknown(why))).isEqualTo(5 + why.ordinal());
      assertThat(ParticipantColumns.educationCode(Answer.unknown(why))).isEqualTo(9 + why.ordinal());
    }
    assertThat(ParticipantColumns.dateCode(LocalDate.of(2022, 1, 10))).isEqualTo(ENTRY);
    assertThat(ParticipantColumns.dateCode(LocalDate.of(1799, 12, 31))).isZero();
    assertThat(ParticipantColumns.dateCode(LocalDate.of(3000, 1, 1))).isZero();
    assertThat(ParticipantColumns.flagsCode(Answer.of(true), Answer.of(false), Answer.of(true), Answer.of(false),
        Answer.of(true), true, true)).isEqualTo(1 | 1 << 2 | 1 << 4 | Codes.IDENTIFIED | Codes.STRUCK);
  }

  @Test
  void a_date_outside_1800_2999_excludes_the_row_in_both_paths() {
    Participation old = record("old").birthDate(Answer.of(LocalDate.of(1799, 12, 31))).build();
    Participation ok = record("ok").build();
    for (ProgrammePeriod period : List.of(ESF_2014_2020, ESF_PLUS_2021_2027)) {
      CommonIndicatorResult r = CommonIndicatorCalculator.of(period, TestRecords.AS_OF).addAll(List.of(old, ok))
          .result();
      assertThat(r.participants()).isEqualTo(1);
      assertThat(r.dataQuality().count(DataRule.DATE_OUT_OF_RANGE)).isEqualTo(1);
      assertThat(r.dataQuality().participationsRead()).isEqualTo(2);
      assertThat(CommonIndicatorCalculator.of(period, TestRecords.AS_OF).add(ParticipantColumns.of(List.of(old, ok)))
          .result()).isEqualTo(r);
    }
  }
}
