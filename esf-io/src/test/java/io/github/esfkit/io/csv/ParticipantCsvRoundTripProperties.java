package io.github.esfkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.esfkit.core.participant.Answer;
import io.github.esfkit.core.participant.EmploymentStatus;
import io.github.esfkit.core.participant.EventType;
import io.github.esfkit.core.participant.ExitDestination;
import io.github.esfkit.core.participant.Gender;
import io.github.esfkit.core.participant.IscedLevel;
import io.github.esfkit.core.participant.LabourMarketEvent;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.participant.ReferralSource;
import io.github.esfkit.core.participant.UnknownReason;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.core.testing.CoreGenerators;
import io.github.esfkit.indicators.common.CommonIndicatorCalculator;
import io.github.esfkit.io.InputError;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of the participant exchange format over generated participations: what {@link ParticipantCsvWriter}
 * writes, {@link ParticipantCsvReader} reads back as the same values; and on the same files, valid or broken by
 * one bad field, the columnar path and the full reader agree (the columnar path takes a file only when the full
 * reader finds no error in it, and then gives the same counts and figures), however many byte ranges it splits
 * participants.csv into.
 */
class ParticipantCsvRoundTripProperties {

  private static final long SEED = 20261201L;

  /** Sub-project names, some of which need RFC 4180 quoting; none holds anything like a personnummer. */
  private static final List<String> SUB_PROJECTS =
      List.of("Berg", "Åre, Östersund", "Sankt \"Nisse\"", "Norra\nSödra", "Kil", "Borgholm");

  private static <T> Gen<Answer<T>> answers(Gen<T> values) {
    return CoreGenerators.answers(values);
  }

  private static Gen<Optional<Answer<Boolean>>> yesNo() {
    return CoreGenerators.optionals(answers(Generate.booleans()), 60);
  }

  /** One participation, its id made from {@code index} so that ids are unique in a file. */
  static Gen<Participation> participation(int index, boolean plainSubProjects) {
    Gen<LocalDate> entries = CoreGenerators.dates(LocalDate.of(2015, 1, 1), LocalDate.of(2024, 12, 31));
    Gen<Optional<Integer>> stays = CoreGenerators.optionals(integers().between(0, 400), 70);
    Gen<Integer> subs = integers().between(0, SUB_PROJECTS.size() - 1);
    return in -> {
      LocalDate entry = entries.generate(in);
      Optional<LocalDate> exit = stays.generate(in).map(entry::plusDays);
      Optional<io.github.esfkit.core.id.Personnummer> person =
          CoreGenerators.optionals(CoreGenerators.personnummer(), 70).generate(in)
              .filter(p -> !p.birthDate().isAfter(entry));
      Participation.Builder b = Participation.builder()
          .participantId("P-" + index)
          .personId(person)
          .subProject(plainSubProjects ? "Delprojekt " + subs.generate(in) : SUB_PROJECTS.get(subs.generate(in)))
          .gender(answers(Generate.enumValues(Gender.class)).generate(in))
          .birthDate(person.isPresent() ? Answer.of(person.get().birthDate())
              : answers(CoreGenerators.dates(entry.minusYears(70), entry.minusYears(15))).generate(in))
          .entryDate(entry)
          .exitDate(exit)
          .employmentStatus(answers(Generate.enumValues(EmploymentStatus.class)).generate(in))
          .education(answers(Generate.enumValues(IscedLevel.class)).generate(in));
      yesNo().generate(in).ifPresent(b::disability);
      yesNo().generate(in).ifPresent(b::foreignBackground);
      yesNo().generate(in).ifPresent(b::thirdCountryNational);
      yesNo().generate(in).ifPresent(b::homeless);
      yesNo().generate(in).ifPresent(b::rural);
      CoreGenerators.optionals(Generate.enumValues(ReferralSource.class), 50).generate(in).ifPresent(b::referralSource);
      if (exit.isPresent()) {
        CoreGenerators.optionals(Generate.enumValues(ExitDestination.class), 60).generate(in)
            .ifPresent(b::exitDestination);
        int events = integers().between(0, 3).generate(in);
        for (int k = 0; k < events; k++) {
          b.addEvents(LabourMarketEvent.of(exit.get().plusDays(integers().between(0, 800).generate(in)),
              Generate.enumValues(EventType.class).generate(in)));
        }
      }
      return b.build();
    };
  }

  static Gen<List<Participation>> files(boolean plainSubProjects) {
    return in -> {
      int n = integers().between(0, 25).generate(in);
      List<Participation> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(participation(i, plainSubProjects).generate(in));
      }
      return out;
    };
  }

  /** participants.csv and events.csv of the participations. */
  static String[] write(List<Participation> ps, boolean withPersonId) {
    try {
      StringWriter p = new StringWriter();
      StringWriter e = new StringWriter();
      ParticipantCsvWriter w = new ParticipantCsvWriter(p, e, withPersonId);
      for (Participation x : ps) {
        w.write(x);
      }
      w.flush();
      return new String[] {p.toString(), e.toString()};
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  static List<Participation> withoutPersonIds(List<Participation> ps) {
    return ps.stream().map(p -> p.withPersonId(Optional.empty())).collect(Collectors.toList());
  }

  @Test
  void whatTheWriterWritesTheReaderReadsBackAsTheSameValues() {
    qt().withFixedSeed(SEED).withExamples(150).forAll(files(false), Generate.booleans()).checkAssert((ps, withPnr) -> {
      String[] csv = write(ps, withPnr);
      List<Participation> back = new ArrayList<>();
      ReadResult r = ParticipantCsvReader.create().read(CsvInput.ofString("p.csv", csv[0]),
          CsvInput.ofString("e.csv", csv[1]), back::add);
      assertThat(r.errors().kept()).as(csv[0]).isEmpty();
      assertThat(r.participations()).isEqualTo(ps.size());
      assertThat(r.events()).isEqualTo(ps.stream().mapToLong(p -> p.events().size()).sum());
      assertThat(back).isEqualTo(withPnr ? ps : withoutPersonIds(ps));
    });
  }

  @Test
  void withoutTheEventsFileTheParticipationsHaveNoEvents() {
    qt().withFixedSeed(SEED + 1).withExamples(50).forAll(files(false)).checkAssert(ps -> {
      String[] csv = write(ps, true);
      List<Participation> back = new ArrayList<>();
      assertThat(ParticipantCsvReader.create().read(CsvInput.ofString("p.csv", csv[0]), null, back::add).isValid())
          .isTrue();
      assertThat(back).extracting(Participation::events).allMatch(List::isEmpty);
      assertThat(back).extracting(Participation::participantId)
          .containsExactlyElementsOf(ps.stream().map(Participation::participantId).collect(Collectors.toList()));
    });
  }

  /** Values that break a rule of the field they are put in, or the file's structure. */
  private static final List<String> BAD_VALUES = List.of("", "x", "2020-13-01", "2020-1-1", "unknown:shy", "yes",
      "P-0", "1850-01-01", "2999-12-31", "\"q\"", "a\"b", "Berg 850372 0008", "198503720008", "é", "no,extra");

  /** The files with one field of one line (header included) replaced by a bad value. */
  static String[] breakOneField(String[] csv, int file, int line, int field, String value) {
    String[] out = csv.clone();
    String[] lines = csv[file].split("\n", -1);
    if (lines.length < 2) {
      return out;
    }
    int l = line % (lines.length - 1);
    String[] fields = lines[l].split(",", -1);
    fields[field % fields.length] = value;
    lines[l] = String.join(",", fields);
    out[file] = String.join("\n", lines);
    return out;
  }

  /** The columnar reader of one example: the file, and the example's line and field numbers to vary it by. */
  @FunctionalInterface
  interface ColumnarChoice {
    ColumnarCsvReader reader(Path participants, int line, int field) throws IOException;
  }

  @Test
  void theColumnarPathAndTheFullReaderAgreeOnValidAndBrokenFiles() throws IOException {
    // 1–5 byte ranges, split wherever the line ends fall (a re-entry's rows may land in two)
    assertAgreement(SEED + 2, (p, line, field) -> ColumnarCsvReader.withRanges(ProgressListener.NONE,
        1 + (line + field) % 5), () -> { });
  }

  @Test
  void thePartitionedColumnarPathAndTheFullReaderAgreeOnValidAndBrokenFiles() throws IOException {
    Path spill = Files.createTempDirectory("partitions");
    try {
      // 1–7 partitions by person (the file's size divided), and 1 to 3 byte ranges within each
      assertAgreement(SEED + 3, (p, line, field) -> ColumnarCsvReader.withRanges(ProgressListener.NONE,
          1 + line % 3).partitioned(Math.max(1, Files.size(p) / (1 + (line + field) % 7)), spill), () -> {
            try (var left = Files.list(spill)) {
              assertThat(left.toList()).as("partitions left behind").isEmpty();
            } catch (IOException ex) {
              throw new UncheckedIOException(ex);
            }
          });
    } finally {
      Files.delete(spill);
    }
  }

  private static void assertAgreement(long seed, ColumnarChoice choice, Runnable afterEachRead) throws IOException {
    Path dir = Files.createTempDirectory("columnar");
    try {
      Path p = dir.resolve("p.csv");
      Path e = dir.resolve("e.csv");
      int[] taken = new int[2];
      qt().withFixedSeed(seed).withExamples(160)
          .forAll(files(true), integers().between(-2 * BAD_VALUES.size(), 2 * BAD_VALUES.size() - 1), integers().between(0, 40),
              integers().between(0, 20))
          .checkAssert((ps, bad, line, field) -> {
            String[] csv = write(ps, true);
            if (bad >= 0) { // half the files are broken: one field of participants.csv or events.csv
              csv = breakOneField(csv, bad % 2, line, field, BAD_VALUES.get(bad % BAD_VALUES.size()));
            }
            try {
              Files.writeString(p, csv[0], StandardCharsets.UTF_8);
              Files.writeString(e, csv[1], StandardCharsets.UTF_8);
            } catch (IOException ex) {
              throw new UncheckedIOException(ex);
            }
            LocalDate asOf = LocalDate.of(2026, 6, 30);
            CommonIndicatorCalculator full = CommonIndicatorCalculator.of(ProgrammePeriod.ESF_2014_2020, asOf);
            ReadResult expected = ParticipantCsvReader.create().read(CsvInput.of(p), CsvInput.of(e), full::add);
            CommonIndicatorCalculator columns = CommonIndicatorCalculator.of(ProgrammePeriod.ESF_2014_2020, asOf);
            Optional<ReadResult> actual;
            try {
              actual = choice.reader(p, line, field).read(p, e, columns);
            } catch (IOException ex) {
              throw new UncheckedIOException(ex);
            }
            afterEachRead.run();
            List<String> errors = expected.errors().kept().stream().map(InputError::toString)
                .collect(Collectors.toList());
            if (!expected.isValid()) {
              assertThat(actual).as("a file with errors is declined: %s", errors).isEmpty();
              taken[1]++;
              return;
            }
            if (!csv[0].contains("\"") && !csv[1].contains("\"")) {
              assertThat(actual).as("a valid plain file is taken").isPresent();
            }
            actual.ifPresent(a -> {
              taken[0]++;
              assertThat(a.participations()).isEqualTo(expected.participations());
              assertThat(a.events()).isEqualTo(expected.events());
              assertThat(columns.result()).isEqualTo(full.result());
            });
          });
      assertThat(taken[0]).as("valid files the columnar path took").isGreaterThan(40);
      assertThat(taken[1]).as("broken files both declined and reported").isGreaterThan(40);
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          Files.delete(f);
        }
      }
      Files.delete(dir);
    }
  }

  @Test
  void unknownReasonsAndBlankOptionalsSurviveTheRoundTrip() {
    Participation p = Participation.builder().participantId("P-1").subProject("Kil")
        .gender(Answer.unknown(UnknownReason.REFUSED)).birthDate(Answer.unknown(UnknownReason.DONT_KNOW))
        .entryDate(LocalDate.of(2020, 1, 1)).employmentStatus(Answer.notCollected())
        .education(Answer.of(IscedLevel.ISCED3)).homeless(Answer.unknown(UnknownReason.REFUSED)).build();
    String[] csv = write(List.of(p), false);
    assertThat(csv[0]).endsWith("P-1,,Kil,unknown:refused,unknown:dont_know,2020-01-01,,unknown:not_collected,isced3,"
        + "unknown:not_collected,unknown:not_collected,unknown:not_collected,unknown:refused,unknown:not_collected,,\n");
    List<Participation> back = new ArrayList<>();
    assertThat(ParticipantCsvReader.create().read(CsvInput.ofString("p.csv", csv[0]), null, back::add).isValid())
        .isTrue();
    assertThat(back).containsExactly(p);
  }
}
