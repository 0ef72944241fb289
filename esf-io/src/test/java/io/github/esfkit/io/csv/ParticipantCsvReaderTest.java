package io.github.esfkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.core.participant.EmploymentStatus;
import io.github.esfkit.core.participant.EventType;
import io.github.esfkit.core.participant.ExitDestination;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.participant.IscedLevel;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.participant.UnknownReason;
import io.github.esfkit.io.InputError;
import io.github.esfkit.io.InvalidInputException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ParticipantCsvReaderTest {

  static final String HEADER =
      "participant_id,person_id,sub_project,gender,birth_date,entry_date,exit_date,employment_status,education,"
          + "disability,foreign_background,third_country_national,homeless,rural,referral_source,exit_destination\n";
  /** A synthetic samordningsnummer (day + 60) with a valid check digit; never a real person's number. */
  static final String SYNTHETIC_PNR = "19850372-0008";

  static List<InputError> errors(String participants, String events) {
    ReadResult r = ParticipantCsvReader.create().read(CsvInput.ofString("p.csv", participants),
        events == null ? null : CsvInput.ofString("e.csv", events), p -> {});
    return r.errors().kept();
  }

  static List<String> lines(List<InputError> errors) {
    return errors.stream().map(InputError::toString).collect(Collectors.toList());
  }

  @Test
  void readsAValidFileWithEventsAndUnknowns() throws Exception {
    String p = HEADER
        + "P1," + SYNTHETIC_PNR + ",Berg,woman,1985-03-12,2020-04-01,2020-09-30,long_term_unemployed,isced2,"
        + "no,yes,,unknown:refused,,income_support,employment\n"
        + "P2,,\"Åre, norr\",man,unknown:dont_know,2020-05-01,,inactive,unknown:not_collected,,,,,,,\n";
    String e = "event,participant_id,date\nemployed,P1,2020-10-10\nqualification_gained,P1,2020-09-30\n";
    List<Participation> all = ParticipantCsvReader.create()
        .readAll(CsvInput.ofString("p.csv", p), CsvInput.ofString("e.csv", e));
    assertThat(all).hasSize(2);
    Participation p1 = all.get(0);
    assertThat(p1.participantId()).isEqualTo("P1");
    assertThat(p1.personId()).isPresent();
    assertThat(p1.gender().get()).isEqualTo(Gender.WOMAN);
    assertThat(p1.employmentStatus().get()).isEqualTo(EmploymentStatus.LONG_TERM_UNEMPLOYED);
    assertThat(p1.education().get()).isEqualTo(IscedLevel.ISCED2);
    assertThat(p1.disability().get()).isFalse();
    assertThat(p1.foreignBackground().get()).isTrue();
    assertThat(p1.thirdCountryNational().unknownReason()).contains(UnknownReason.NOT_COLLECTED);
    assertThat(p1.homeless().unknownReason()).contains(UnknownReason.REFUSED);
    assertThat(p1.exitDestination()).contains(ExitDestination.EMPLOYMENT);
    assertThat(p1.events()).extracting(ev -> ev.type())
        .containsExactlyInAnyOrder(EventType.EMPLOYED, EventType.QUALIFICATION_GAINED);
    Participation p2 = all.get(1);
    assertThat(p2.subProject()).isEqualTo("Åre, norr");
    assertThat(p2.birthDate().unknownReason()).contains(UnknownReason.DONT_KNOW);
    assertThat(p2.education().unknownReason()).contains(UnknownReason.NOT_COLLECTED);
    assertThat(p2.exitDate()).isEmpty();
  }

  @Test
  void columnOrderIsFreeAndOptionalColumnsMayBeAbsent() throws Exception {
    String p = "entry_date,education,employment_status,birth_date,gender,sub_project,participant_id\n"
        + "2021-01-04,isced3,employed,1990-01-01,non_binary,Krokom,X-1\n\n";
    List<Participation> all = ParticipantCsvReader.create().readAll(CsvInput.ofString("p.csv", p), null);
    assertThat(all).singleElement().satisfies(x -> {
      assertThat(x.entryDate()).isEqualTo(LocalDate.of(2021, 1, 4));
      assertThat(x.gender().get()).isEqualTo(Gender.NON_BINARY);
      assertThat(x.rural().unknownReason()).contains(UnknownReason.NOT_COLLECTED);
    });
  }

  @Test
  void reportsEveryErrorWithLineAndColumn() {
    String p = HEADER
        + "P1,,Berg,female,1985-3-12,2020-04-01,2020-03-01,unemployed,isced9,maybe,,,,,friend,employment\n"
        + "P1,,Berg,woman,,2020-04-01,,unemployed,isced2,,,,,,,studies\n"
        + "bad id!,,,woman,1985-02-30,2020-04-01,,unknown:who,isced2,,,,,,,\n";
    List<String> e = lines(errors(p, null));
    assertThat(e).containsExactly(
        "p.csv:2:gender: PART-VALUE 'female' is not an allowed value; allowed: man, non_binary, woman, "
            + "unknown:not_collected, unknown:refused, unknown:dont_know",
        "p.csv:2:birth_date: PART-DATE-FORMAT '1985-3-12' is not a date of the form YYYY-MM-DD (ISO 8601)",
        "p.csv:2:exit_date: PART-EXIT-BEFORE-ENTRY exit date 2020-03-01 is before the entry date 2020-04-01",
        "p.csv:2:education: PART-VALUE 'isced9' is not an allowed value; allowed: isced0, isced1, isced2, isced3, "
            + "isced4, isced5, isced6, isced7, isced8, unknown:not_collected, unknown:refused, unknown:dont_know",
        "p.csv:2:disability: PART-VALUE 'maybe' is not an allowed value; allowed: no, yes, unknown:not_collected, "
            + "unknown:refused, unknown:dont_know",
        "p.csv:2:referral_source: PART-VALUE 'friend' is not an allowed value; allowed: employment_service, "
            + "healthcare, income_support, other, self, social_insurance",
        "p.csv:3:participant_id: PART-ID-DUPLICATE participant_id 'P1' already occurs on line 2; every row "
            + "(participation) needs its own id",
        "p.csv:3:birth_date: PART-REQUIRED birth_date is required; write unknown:not_collected when it is not known",
        "p.csv:3:exit_destination: PART-DESTINATION-WITHOUT-EXIT exit_destination is allowed only with an exit_date",
        "p.csv:4:participant_id: PART-ID-FORMAT 'bad id!' is not a valid id: 1-64 characters of A-Z a-z 0-9 _ -",
        "p.csv:4:sub_project: PART-REQUIRED sub_project is required",
        "p.csv:4:birth_date: PART-DATE-INVALID '1985-02-30' is not a valid date",
        "p.csv:4:employment_status: PART-UNKNOWN-REASON unknown reason 'unknown:who'; allowed: "
            + "unknown:not_collected, unknown:refused, unknown:dont_know");
  }

  @Test
  void headerProblems() {
    assertThat(lines(errors("participant_id,sub_project,gender,colour\n", null))).containsExactly(
        "p.csv:1:column 4: CSV-HEADER-UNKNOWN unknown column 'colour'; allowed columns: participant_id, person_id, "
            + "sub_project, gender, birth_date, entry_date, exit_date, employment_status, education, disability, "
            + "foreign_background, third_country_national, homeless, rural, referral_source, exit_destination",
        "p.csv:1:birth_date: CSV-COLUMN-MISSING the required column birth_date is missing from the header",
        "p.csv:1:entry_date: CSV-COLUMN-MISSING the required column entry_date is missing from the header",
        "p.csv:1:employment_status: CSV-COLUMN-MISSING the required column employment_status is missing from the header",
        "p.csv:1:education: CSV-COLUMN-MISSING the required column education is missing from the header");
    assertThat(lines(errors("P1,Berg,woman,1985-01-01\nP2,Berg,man,1980-01-01\n", null)))
        .singleElement().asString().startsWith("p.csv:1: CSV-HEADER-MISSING the first line must be a header row");
    assertThat(lines(errors("", null))).containsExactly(
        "p.csv: CSV-EMPTY the file is empty; a header row is required");
    assertThat(lines(errors("\n\n", null))).containsExactly(
        "p.csv: CSV-EMPTY the file is empty; a header row is required");
  }

  @Test
  void headerOnlyIsAnEmptyButValidFile() throws Exception {
    assertThat(ParticipantCsvReader.create().readAll(CsvInput.ofString("p.csv", HEADER), null)).isEmpty();
  }

  @Test
  void syntaxErrorsAreReportedAndReadingGoesOn() {
    String p = HEADER
        + "P1,,Be\"rg,woman,1985-01-01,2020-04-01,,unemployed,isced2,,,,,,,\n"
        + "P2,,\"Berg\"x,woman,1985-01-01,2020-04-01,,unemployed,isced2,,,,,,,\n"
        + "P3,,Berg,woman\n"
        + "P4,,Berg,woman,1985-01-01,2020-04-01,,unemployed,isced2,,,,,,,\n"
        + "P5,,\"Berg\n";
    assertThat(lines(errors(p, null))).containsExactly(
        "p.csv:2:sub_project: CSV-QUOTE-UNQUOTED quote inside an unquoted field; quote the field and write \"\" for \"",
        "p.csv:3:sub_project: CSV-QUOTE-TRAILING characters after the closing quote; a quoted field must end with \"",
        "p.csv:4: CSV-FIELD-COUNT the line has 4 fields but the header has 16",
        "p.csv:6:sub_project: CSV-QUOTE-UNTERMINATED the quote that opens this field is never closed");
  }

  @Test
  void personnummerIsValidatedButNeverShown() {
    String bad = "19850312-1235";
    String p = HEADER + "P1," + bad + ",Berg,woman,1985-03-12,2020-04-01,,unemployed,isced2,,,,,,,\n"
        + "P2,19851312-1234,Berg,woman,1985-03-12,2020-04-01,,unemployed,isced2,,,,,,,\n"
        + "P3,850312,Berg,woman,1985-03-12,2020-04-01,,unemployed,isced2,,,,,,,\n"
        + "198503121234,,Berg,woman,1985-03-12,2020-04-01,,unemployed,isced2,,,,,,,\n"
        + "P5,,Berg 850312-1234,woman,1985-03-12,2020-04-01,,unemployed,isced2,,,,,,,\n";
    List<String> e = lines(errors(p, null));
    assertThat(e).hasSize(5);
    assertThat(e.get(4)).startsWith("p.csv:6:sub_project: PART-SUBPROJECT-PERSONAL");
    assertThat(e.get(0)).startsWith("p.csv:2:person_id: PNR-CHECKSUM");
    assertThat(e.get(1)).startsWith("p.csv:3:person_id: PNR-");
    assertThat(e.get(2)).startsWith("p.csv:4:person_id: PNR-FORMAT");
    assertThat(e.get(3)).startsWith("p.csv:5:participant_id: PART-ID-PERSONAL");
    for (String s : e) {
      assertThat(s).doesNotContain("850312").doesNotContain("1235").doesNotContain("1234");
    }
  }

  @Test
  void eventRules() {
    String p = HEADER
        + "P1,,Berg,woman,1985-01-01,2020-04-01,2020-06-30,unemployed,isced2,,,,,,,\n"
        + "P2,,Berg,man,1985-01-01,2020-04-01,,unemployed,isced2,,,,,,,\n";
    String e = "participant_id,date,event\n"
        + "P1,2020-06-29,employed\n"
        + "P2,2020-07-01,employed\n"
        + "P9,2020-07-01,employed\n"
        + "P1,2020-07-01,hired\n"
        + "P1,01/07/2020,employed\n";
    assertThat(lines(errors(p, e))).containsExactly(
        "e.csv:2:date: EVENT-BEFORE-EXIT event on 2020-06-29 is before the exit date 2020-06-30 of participant 'P1'",
        "e.csv:3:date: EVENT-NO-EXIT event for participant 'P2' who has not exited (no exit_date)",
        "e.csv:4:participant_id: EVENT-UNKNOWN-PARTICIPANT participant_id 'P9' does not occur in p.csv",
        "e.csv:5:event: PART-VALUE 'hired' is not an allowed value; allowed: employed, in_education, inactive, "
            + "job_searching, qualification_gained, self_employed, unemployed",
        "e.csv:6:date: PART-DATE-FORMAT '01/07/2020' is not a date of the form YYYY-MM-DD (ISO 8601)");
  }

  @Test
  void missingFiles() {
    ReadResult r = ParticipantCsvReader.create().read(CsvInput.of(Path.of("/nonexistent/p.csv")),
        CsvInput.of(Path.of("/nonexistent/e.csv")), p -> {});
    assertThat(lines(r.errors().kept())).containsExactly(
        "/nonexistent/p.csv: IO-NOT-FOUND file not found", "/nonexistent/e.csv: IO-NOT-FOUND file not found");
  }

  @Test
  void invalidUtf8IsReported() {
    byte[] bytes = (HEADER + "P1,,Berg,woman,1985-01-01,2020-04-01,,unemployed,isced2,,,,,,,\n")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    bytes[HEADER.length() + 5] = (byte) 0xFF;
    ReadResult r = ParticipantCsvReader.create().read(CsvInput.of("p.csv", () -> new java.io.ByteArrayInputStream(bytes)),
        null, x -> {});
    assertThat(lines(r.errors().kept())).containsExactly(
        "p.csv:2:sub_project: CSV-ENCODING invalid UTF-8: the file must be encoded in UTF-8");
  }

  @Test
  void errorsAreCappedButCounted() {
    StringBuilder sb = new StringBuilder(HEADER);
    for (int i = 0; i < 50; i++) {
      sb.append("P").append(i).append(",,Berg,x,1985-01-01,2020-04-01,,unemployed,isced2,,,,,,,\n");
    }
    ReadResult r = ParticipantCsvReader.create(10, ProgressListener.NONE)
        .read(CsvInput.ofString("p.csv", sb.toString()), null, x -> {});
    assertThat(r.errors().count()).isEqualTo(50);
    assertThat(r.errors().kept()).hasSize(10);
    assertThat(r.errors().omitted()).isEqualTo(40);
  }

  @Test
  void readAllThrowsWithEveryError() {
    assertThatThrownBy(() -> ParticipantCsvReader.create().readAll(CsvInput.ofString("p.csv", ""), null))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(t -> assertThat(((InvalidInputException) t).errors().count()).isEqualTo(1));
  }

  @Test
  void writerRoundTrips() throws Exception {
    String p = HEADER
        + "P1," + SYNTHETIC_PNR + ",\"Berg, \"\"norr\"\"\",woman,1985-03-12,2020-04-01,2020-09-30,long_term_unemployed,"
        + "isced2,no,yes,unknown:not_collected,unknown:refused,unknown:not_collected,income_support,employment\n";
    String e = "participant_id,date,event\nP1,2020-10-10,employed\n";
    List<Participation> all = ParticipantCsvReader.create()
        .readAll(CsvInput.ofString("p.csv", p), CsvInput.ofString("e.csv", e));
    StringWriter pw = new StringWriter();
    StringWriter ew = new StringWriter();
    ParticipantCsvWriter w = new ParticipantCsvWriter(pw, ew, true);
    for (Participation x : all) {
      w.write(x);
    }
    assertThat(pw.toString()).isEqualTo(p);
    assertThat(ew.toString()).isEqualTo(e);
    List<Participation> again = new ArrayList<>(ParticipantCsvReader.create()
        .readAll(CsvInput.ofString("p.csv", pw.toString()), CsvInput.ofString("e.csv", ew.toString())));
    assertThat(again).isEqualTo(all);
  }

  @Test
  void utf8Validation() {
    assertThat(CsvRecordReader.validUtf8("Östersund Åre €".getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, 19))
        .isTrue();
    assertThat(CsvRecordReader.validUtf8(new byte[] {(byte) 0xC3}, 0, 1)).isFalse();
    assertThat(CsvRecordReader.validUtf8(new byte[] {(byte) 0xC0, (byte) 0x80}, 0, 2)).isFalse(); // overlong
    assertThat(CsvRecordReader.validUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0, 3)).isFalse();
    assertThat(CsvRecordReader.validUtf8(new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}, 0, 4))
        .isTrue();
  }

  @Test
  void byteOrderMarkAndCrLfAreAccepted() throws Exception {
    String p = "\uFEFF" + HEADER.replace("\n", "\r\n")
        + "P1,,Åre,woman,1985-01-01,2020-04-01,,unemployed,isced2,,,,,,,\r\n";
    assertThat(ParticipantCsvReader.create().readAll(CsvInput.ofString("p.csv", p), null)).hasSize(1);
  }

  @Test
  void aHugeFieldOrLineIsReportedInBoundedMemory() {
    String p = HEADER + "P1,,Berg," + "x".repeat(100_000) + ",1985-01-01,2020-04-01,,unemployed,isced2,,,,,,,\n";
    assertThat(lines(errors(p, null))).containsExactly(
        "p.csv:2:gender: CSV-FIELD-TOO-LONG the field is longer than 4096 bytes");
  }

  @Test
  void anUnknownColumnNamedLikeAPersonnummerIsNeverEchoedInALocation() {
    String p = HEADER.strip() + "," + SYNTHETIC_PNR + "\n"
        + "P1,,Berg,woman,1985-03-12,2020-04-01,,inactive,isced2,,,,,,,,a\"b\n";
    List<String> lines = lines(errors(p, null));
    assertThat(lines).containsExactly(
        "p.csv:1:column 17: CSV-HEADER-UNKNOWN unknown column (value withheld: may be a personal identity number); "
            + "allowed columns: participant_id, person_id, sub_project, gender, birth_date, entry_date, exit_date, "
            + "employment_status, education, disability, foreign_background, third_country_national, homeless, "
            + "rural, referral_source, exit_destination",
        "p.csv:2:column 17: CSV-QUOTE-UNQUOTED quote inside an unquoted field; quote the field and write \"\" for \"");
    assertThat(String.join("\n", lines)).doesNotContain(SYNTHETIC_PNR).doesNotContain("198503720008");
  }
}
