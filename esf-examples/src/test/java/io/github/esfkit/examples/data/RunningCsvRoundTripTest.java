package io.github.esfkit.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.budget.claim.LedgerLine;
import io.github.esfkit.core.attendance.Attendance;
import io.github.esfkit.core.attendance.TimeReport;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.io.csv.CsvInput;
import io.github.esfkit.io.csv.ParticipantCsvReader;
import io.github.esfkit.io.csv.RunningCsv;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@code esf generate-running} writes, esf-io reads back with no error and as the same values: the four
 * files of a running project, for the bundled example and for generated years of several sizes. (Rows read from
 * a file carry their {@code file:line} source; it is compared apart.)
 */
class RunningCsvRoundTripTest {

  @TempDir
  Path dir;

  private static String id(Attendance a) {
    return a.participantId() + " " + a.month() + " " + a.day() + " " + a.hours() + " " + a.group();
  }

  private static String id(TimeReport t) {
    return t.personId() + " " + t.employer() + " " + t.function() + " " + t.month() + " " + t.hours() + " "
        + t.contractedPercent() + " " + t.approvedBy() + " " + t.approvedOn() + " " + t.phase();
  }

  private static String id(LedgerLine l) {
    return l.date() + " " + l.section() + " " + l.costCategory() + " " + l.coFinancing() + " " + l.amount() + " "
        + l.voucher() + " " + l.description() + " " + l.contributor() + " " + l.subLine();
  }

  @ParameterizedTest(name = "{0} participants (0: the bundled example)")
  @ValueSource(ints = {0, 1, 9, 40})
  void whatTheGeneratorWritesReadsBackWithNoErrorAsTheSameValues(int n) {
    SyntheticRunningProject project = n == 0 ? SyntheticRunningProject.example() : SyntheticRunningProject.year(n);
    try {
      project.write(dir, "r");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    List<Participation> participations = new ArrayList<>();
    assertThat(ParticipantCsvReader.create().read(CsvInput.of(dir.resolve("r-participants.csv")), null,
        participations::add).errors().kept()).isEmpty();
    assertThat(participations).isEqualTo(project.participations());

    List<Attendance> attendance = new ArrayList<>();
    assertThat(RunningCsv.readAttendance(CsvInput.of(dir.resolve("r-attendance.csv")), 10, attendance::add).kept())
        .isEmpty();
    assertThat(attendance).extracting(RunningCsvRoundTripTest::id)
        .containsExactlyElementsOf(project.attendance().stream().map(RunningCsvRoundTripTest::id)
            .collect(Collectors.toList()));
    assertThat(attendance.get(0).source()).endsWith("r-attendance.csv:2");

    List<TimeReport> time = new ArrayList<>();
    assertThat(RunningCsv.readTimeReports(CsvInput.of(dir.resolve("r-time.csv")), 10, time::add).kept()).isEmpty();
    assertThat(time).extracting(RunningCsvRoundTripTest::id)
        .containsExactlyElementsOf(project.timeReports().stream().map(RunningCsvRoundTripTest::id)
            .collect(Collectors.toList()));

    List<LedgerLine> ledger = new ArrayList<>();
    assertThat(RunningCsv.readLedger(CsvInput.of(dir.resolve("r-ledger.csv")), 10, ledger::add).kept()).isEmpty();
    assertThat(ledger).extracting(RunningCsvRoundTripTest::id)
        .containsExactlyElementsOf(project.ledger().stream().map(RunningCsvRoundTripTest::id)
            .collect(Collectors.toList()));
    assertThat(ledger).isNotEmpty();
  }
}
