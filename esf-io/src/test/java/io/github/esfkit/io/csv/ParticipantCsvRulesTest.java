package io.github.esfkit.io.csv;

import static io.github.esfkit.io.csv.ParticipantCsvReaderTest.HEADER;
import static io.github.esfkit.io.csv.ParticipantCsvReaderTest.errors;
import static io.github.esfkit.io.csv.ParticipantCsvReaderTest.lines;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.io.InputError;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One input per rule of the participant exchange format that breaks exactly that rule, with the location it
 * must be reported at; and the reader's guarantees about rows with syntax problems, the order of the events
 * file's errors and the work done per event.
 */
class ParticipantCsvRulesTest {

  static final String OK = "P1,,Berg,woman,1985-01-01,2020-04-01,2020-09-30,unemployed,isced2,no,yes,,,,,employment\n";
  static final String EH = "participant_id,date,event\n";

  static String row(String id, String sub, String gender, String birth, String entry, String exit, String dest) {
    return id + ",," + sub + "," + gender + "," + birth + "," + entry + "," + exit + ",unemployed,isced2,,,,,,,"
        + dest + "\n";
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of("CSV-EMPTY", "", null, "p.csv"),
        Arguments.of("CSV-HEADER-MISSING", "P1,Berg\n", null, "p.csv:1"),
        Arguments.of("CSV-HEADER-DUPLICATE", "participant_id,participant_id\n", null, "p.csv:1:participant_id"),
        Arguments.of("CSV-HEADER-UNKNOWN", HEADER.replace("rural", "rurality"), null, "p.csv:1:column 14"),
        Arguments.of("CSV-COLUMN-MISSING", HEADER.replace(",education", ""), null, "p.csv:1:education"),
        Arguments.of("CSV-FIELD-COUNT", HEADER + "P1,,Berg\n", null, "p.csv:2"),
        Arguments.of("CSV-QUOTE-UNQUOTED", HEADER + OK.replace("Berg", "Be\"rg"), null, "p.csv:2:sub_project"),
        Arguments.of("CSV-QUOTE-TRAILING", HEADER + OK.replace("Berg", "\"Berg\"x"), null, "p.csv:2:sub_project"),
        Arguments.of("CSV-QUOTE-UNTERMINATED", HEADER + OK.replace("Berg", "\"Berg"), null, "p.csv:2:sub_project"),
        Arguments.of("CSV-FIELD-TOO-LONG", HEADER + OK.replace("Berg", "B".repeat(5000)), null, "p.csv:2:sub_project"),
        Arguments.of("CSV-TOO-MANY-FIELDS", HEADER + "P1" + ",".repeat(300) + "\n", null, "p.csv:2:field 257"),
        Arguments.of("CSV-LINE-TOO-LONG", HEADER + "\"" + "x".repeat((1 << 20) + 10) + "\"\n", null, "p.csv:2"),
        Arguments.of("PART-REQUIRED", HEADER + OK.replace("Berg", ""), null, "p.csv:2:sub_project"),
        Arguments.of("PART-ID-FORMAT", HEADER + OK.replace("P1", "P 1"), null, "p.csv:2:participant_id"),
        Arguments.of("PART-ID-PERSONAL", HEADER + OK.replace("P1", "198503720008"), null, "p.csv:2:participant_id"),
        Arguments.of("PART-ID-DUPLICATE", HEADER + OK + OK, null, "p.csv:3:participant_id"),
        Arguments.of("PNR-CHECKSUM", HEADER + OK.replace("P1,,", "P1,19850372-0009,"), null, "p.csv:2:person_id"),
        Arguments.of("PNR-FORMAT", HEADER + OK.replace("P1,,", "P1,850372,"), null, "p.csv:2:person_id"),
        Arguments.of("PART-SUBPROJECT-PERSONAL", HEADER + OK.replace("Berg", "Berg 850372 0008"), null,
            "p.csv:2:sub_project"),
        Arguments.of("PART-VALUE", HEADER + OK.replace("woman", "female"), null, "p.csv:2:gender"),
        Arguments.of("PART-UNKNOWN-REASON", HEADER + OK.replace("woman", "unknown:shy"), null, "p.csv:2:gender"),
        Arguments.of("PART-DATE-FORMAT", HEADER + OK.replace("1985-01-01", "1985-1-1"), null, "p.csv:2:birth_date"),
        Arguments.of("PART-DATE-INVALID", HEADER + OK.replace("1985-01-01", "1985-02-30"), null, "p.csv:2:birth_date"),
        Arguments.of("PART-BIRTH-AFTER-ENTRY", HEADER + OK.replace("1985-01-01", "2021-01-01"), null,
            "p.csv:2:birth_date"),
        Arguments.of("PART-EXIT-BEFORE-ENTRY", HEADER + OK.replace("2020-09-30", "2020-03-01"), null,
            "p.csv:2:exit_date"),
        Arguments.of("PART-DESTINATION-WITHOUT-EXIT", HEADER + OK.replace("2020-09-30", ""), null,
            "p.csv:2:exit_destination"),
        Arguments.of("EVENT-NO-EXIT", HEADER + OK.replace("2020-09-30", "").replace("employment\n", "\n"),
            EH + "P1,2020-10-01,employed\n", "e.csv:2:date"),
        Arguments.of("EVENT-BEFORE-EXIT", HEADER + OK, EH + "P1,2020-09-01,employed\n", "e.csv:2:date"),
        Arguments.of("EVENT-UNKNOWN-PARTICIPANT", HEADER + OK, EH + "P2,2020-10-01,employed\n",
            "e.csv:2:participant_id"),
        Arguments.of("CSV-COLUMN-MISSING", HEADER + OK, "participant_id,event\nP1,employed\n", "e.csv:1:date"),
        Arguments.of("CSV-EMPTY", HEADER + OK, "", "e.csv"),
        Arguments.of("PART-VALUE", HEADER + OK, EH + "P1,2020-10-01,hired\n", "e.csv:2:event"),
        Arguments.of("CSV-ENCODING", HEADER + OK.replace("Berg", "Berg\uFFFF"), null, "p.csv:2:sub_project"));
  }

  @ParameterizedTest(name = "{0} at {3}")
  @MethodSource("rules")
  void eachRuleIsReportedWhereItIsBroken(String rule, String participants, String events, String location) {
    String p = rule.equals("CSV-ENCODING") ? participants.replace("\uFFFF", "") : participants;
    List<InputError> found;
    if (rule.equals("CSV-ENCODING")) {
      byte[] bytes = p.getBytes(StandardCharsets.UTF_8);
      int at = p.indexOf("Berg") + 4;
      byte[] broken = new byte[bytes.length + 1];
      System.arraycopy(bytes, 0, broken, 0, at);
      broken[at] = (byte) 0xFF;
      System.arraycopy(bytes, at, broken, at + 1, bytes.length - at);
      found = ParticipantCsvReader.create().read(CsvInput.of("p.csv", () -> new java.io.ByteArrayInputStream(broken)),
          null, x -> {}).errors().kept();
    } else {
      found = errors(p, events);
    }
    assertThat(found).as(lines(found).toString()).anyMatch(e -> e.ruleId().equals(rule) && e.location().equals(location));
  }

  @Test
  void aRowWithASyntaxErrorIsStillCheckedInItsOtherFields() {
    String p = HEADER
        + "P1,,Be\"rg,female,1985-13-01,2020-04-01,,unemployed,isced9,,,,,,,\n"
        + row("P2", "Berg", "woman", "1985-01-01", "2020-04-01", "", "");
    List<Participation> valid = new ArrayList<>();
    List<String> e = lines(ParticipantCsvReader.create().read(CsvInput.ofString("p.csv", p), null, valid::add)
        .errors().kept());
    assertThat(e).containsExactly(
        "p.csv:2:sub_project: CSV-QUOTE-UNQUOTED quote inside an unquoted field; quote the field and write \"\" for \"",
        "p.csv:2:gender: PART-VALUE 'female' is not an allowed value; allowed: man, non_binary, woman, "
            + "unknown:not_collected, unknown:refused, unknown:dont_know",
        "p.csv:2:birth_date: PART-DATE-INVALID '1985-13-01' is not a valid date",
        "p.csv:2:education: PART-VALUE 'isced9' is not an allowed value; allowed: isced0, isced1, isced2, isced3, "
            + "isced4, isced5, isced6, isced7, isced8, unknown:not_collected, unknown:refused, unknown:dont_know");
    assertThat(valid).extracting(Participation::participantId).containsExactly("P2");
  }

  @Test
  void aFieldWithASyntaxErrorIsNotCheckedAndTheRowNeverReachesTheSink() {
    // the exit date is unreadable: its events and its destination cannot be judged, and are not
    String p = HEADER + "P1,,Berg,woman,1985-01-01,2020-04-01,\"2020-09-30\"x,unemployed,isced2,,,,,,,employment\n";
    String e = EH + "P1,2020-10-01,employed\n";
    List<Participation> valid = new ArrayList<>();
    List<String> found = lines(ParticipantCsvReader.create()
        .read(CsvInput.ofString("p.csv", p), CsvInput.ofString("e.csv", e), valid::add).errors().kept());
    assertThat(found).containsExactly("p.csv:2:exit_date: CSV-QUOTE-TRAILING characters after the closing quote; "
        + "a quoted field must end with \"");
    assertThat(valid).isEmpty();
  }

  @Test
  void eventErrorsArePrintedInLineOrder() {
    String p = HEADER + OK
        + row("P2", "Berg", "man", "1985-01-01", "2020-04-01", "", "")
        + row("P3", "Berg", "man", "1985-01-01", "2020-04-01", "2020-05-01", "");
    String e = EH
        + "P3,2020-04-15,employed\n"      // 2: before exit (found while reading participants)
        + "P9,2020-10-01,employed\n"      // 3: unknown participant (found last)
        + "P1,2020-13-01,employed\n"      // 4: invalid date (found first, in the events file)
        + "P2,2020-10-01,employed\n"      // 5: no exit (found while reading participants)
        + "P1,2020-10-01,hired\n";        // 6: bad value (found first)
    List<InputError> found = errors(p, e);
    assertThat(found).extracting(InputError::line).containsExactly(2L, 3L, 4L, 5L, 6L);
    assertThat(found).extracting(InputError::ruleId).containsExactly("EVENT-BEFORE-EXIT",
        "EVENT-UNKNOWN-PARTICIPANT", "PART-DATE-INVALID", "EVENT-NO-EXIT", "PART-VALUE");
  }

  @Test
  void theFirstErrorsByLineAreKeptWhenTheyAreCapped() {
    StringBuilder e = new StringBuilder(EH);
    for (int i = 0; i < 20; i++) {
      e.append(i % 2 == 0 ? "P2,2020-10-01,employed\n" : "P1,2020-10-01,hired\n");
    }
    String p = HEADER + OK + row("P2", "Berg", "man", "1985-01-01", "2020-04-01", "", "");
    ReadResult r = ParticipantCsvReader.create(5, ProgressListener.NONE)
        .read(CsvInput.ofString("p.csv", p), CsvInput.ofString("e.csv", e.toString()), x -> {});
    assertThat(r.errors().count()).isEqualTo(20);
    assertThat(r.errors().kept()).extracting(InputError::line).containsExactly(2L, 3L, 4L, 5L, 6L);
  }

  @Test
  void manyEventsForOneParticipantTakeLinearWork() {
    int n = 200_000;
    StringBuilder e = new StringBuilder(EH.length() + n * 26).append(EH);
    for (int i = 0; i < n; i++) {
      e.append("P1,2020-10-01,employed\n");
    }
    CsvInput events = CsvInput.ofString("e.csv", e.toString());
    CsvInput participants = CsvInput.ofString("p.csv", HEADER + OK);
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    List<Participation> out = new ArrayList<>();
    ReadResult r = ParticipantCsvReader.create().read(participants, events, out::add);
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertThat(r.isValid()).isTrue();
    assertThat(out.get(0).events()).hasSize(n);
    // linear: a few hundred bytes per event; copying the list on every add would allocate n²·4 bytes ≈ 160 GB
    assertThat(allocated).as("bytes allocated for %d events", n).isLessThan(400L * n);
  }

  @Test
  void theEventsOfARowWithAnUnreadableFieldAreNeitherUnknownNorChecked() {
    // the events of an unreadable participants row are neither reported as unknown nor checked
    String p = HEADER + "P1,,\"Berg\"x,woman,1985-01-01,2020-04-01,2020-09-30,unemployed,isced2,,,,,,,\n";
    String e = EH + "P1,2020-10-01,employed\n";
    assertThat(lines(errors(p, e)).stream().map(s -> s.substring(0, s.indexOf(' '))).collect(Collectors.toList()))
        .containsExactly("p.csv:2:sub_project:");
  }
}
