package io.github.esfkit.io.csv;

import static io.github.esfkit.io.csv.ParticipantCsvReaderTest.HEADER;
import static io.github.esfkit.io.csv.ParticipantCsvReaderTest.errors;
import static io.github.esfkit.io.csv.ParticipantCsvReaderTest.lines;
import static io.github.esfkit.io.csv.ParticipantCsvRulesTest.EH;
import static io.github.esfkit.io.csv.ParticipantCsvRulesTest.OK;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.Language;
import io.github.esfkit.io.InputError;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules {@link ParticipantCsvRulesTest} leaves to others: the identity-number rules the reader takes from
 * {@code Personnummer} (each reported without the value), and the rules of the events file's own columns.
 * Each case breaks one rule of a valid pair of files; each message has both languages and no personnummer.
 */
class ParticipantCsvMoreRulesTest {

  static final String VALID_EVENT = EH + "P1,2020-10-01,employed\n";

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of("PNR-DATE", HEADER + OK.replace("P1,,", "P1,19850230-1230,"), null, "p.csv:2:person_id"),
        Arguments.of("PNR-FORMAT", HEADER + OK.replace("P1,,", "P1, ,"), null, "p.csv:2:person_id"),
        Arguments.of("PART-REQUIRED", HEADER + OK.replace(",isced2,", ",,"), null, "p.csv:2:education"),
        Arguments.of("PART-REQUIRED", HEADER + OK, EH + "P1,2020-10-01,\n", "e.csv:2:event"),
        Arguments.of("PART-REQUIRED", HEADER + OK, EH + ",2020-10-01,employed\n", "e.csv:2:participant_id"),
        Arguments.of("PART-REQUIRED", HEADER + OK, EH + "P1,,employed\n", "e.csv:2:date"),
        Arguments.of("PART-ID-FORMAT", HEADER + OK, EH + "P 1,2020-10-01,employed\n", "e.csv:2:participant_id"),
        Arguments.of("PART-ID-PERSONAL", HEADER + OK, EH + "198503720008,2020-10-01,employed\n",
            "e.csv:2:participant_id"),
        Arguments.of("PART-DATE-FORMAT", HEADER + OK, EH + "P1,1/10/2020,employed\n", "e.csv:2:date"),
        Arguments.of("PART-DATE-INVALID", HEADER + OK, EH + "P1,2020-02-30,employed\n", "e.csv:2:date"),
        Arguments.of("PART-VALUE", HEADER + OK.replace(",employment\n", ",hired\n"), null, "p.csv:2:exit_destination"),
        Arguments.of("PART-VALUE", HEADER + OK.replace(",no,yes,", ",nej,yes,"), null, "p.csv:2:disability"),
        Arguments.of("PART-VALUE", HEADER + OK.replace(",,,,,employment", ",,,,x,employment"), null,
            "p.csv:2:referral_source"),
        Arguments.of("PART-UNKNOWN-REASON", HEADER + OK.replace(",no,yes,", ",unknown:x,yes,"), null,
            "p.csv:2:disability"),
        Arguments.of("CSV-HEADER-UNKNOWN", HEADER + OK, "participant_id,date,event,note\nP1,2020-10-01,employed,x\n",
            "e.csv:1:column 4"),
        Arguments.of("CSV-HEADER-DUPLICATE", HEADER + OK, "participant_id,date,event,date\n", "e.csv:1:date"),
        Arguments.of("CSV-FIELD-COUNT", HEADER + OK, EH + "P1,2020-10-01\n", "e.csv:2"),
        Arguments.of("CSV-QUOTE-UNTERMINATED", HEADER + OK, EH + "P1,2020-10-01,\"employed\n", "e.csv:2:event"));
  }

  @ParameterizedTest(name = "{0} at {3}")
  @MethodSource("rules")
  void eachRuleIsReportedWhereItIsBroken(String rule, String participants, String events, String location) {
    List<InputError> found = errors(participants, events);
    assertThat(found).as(lines(found).toString())
        .anyMatch(e -> e.ruleId().equals(rule) && e.location().equals(location));
    for (InputError e : found) {
      assertThat(e.message(Language.SV)).isNotBlank().doesNotContain("850230").doesNotContain("850372");
      assertThat(e.message(Language.EN)).isNotBlank().doesNotContain("850230").doesNotContain("850372");
    }
  }

  @Test
  void theUnchangedFilesAreValid() {
    assertThat(errors(HEADER + OK, VALID_EVENT)).isEmpty();
    assertThat(errors(HEADER + OK.replace("P1,,", "P1,19850372-0008,"), VALID_EVENT)).isEmpty();
  }

  @Test
  void anEventOnTheExitDayIsValid() {
    assertThat(errors(HEADER + OK, EH + "P1,2020-09-30,employed\n")).isEmpty();
  }
}
