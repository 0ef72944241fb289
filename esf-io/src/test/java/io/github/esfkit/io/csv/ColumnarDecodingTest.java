package io.github.esfkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.indicators.common.CommonIndicatorCalculator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the columnar path decodes fields and finds ids: every code of every coded column as the full reader
 * reads it and any code one byte off declined; dates at fixed places checked byte by byte against
 * {@code java.time}; ids counting up homed side by side without losing any; the persons with several rows found from
 * sorted keys.
 */
class ColumnarDecodingTest {

  private static final String HEADER = "participant_id,person_id,sub_project,gender,birth_date,entry_date,exit_date,"
      + "employment_status,education,disability,foreign_background,third_country_national,homeless,rural,"
      + "referral_source,exit_destination\n";
  private static final List<String> GENDERS = List.of("woman", "man", "non_binary", "unknown:not_collected",
      "unknown:refused", "unknown:dont_know");
  private static final List<String> STATUSES = List.of("unemployed", "long_term_unemployed", "inactive",
      "inactive_not_in_education", "employed", "unknown:refused");
  private static final List<String> ANSWERS = List.of("yes", "no", "", "unknown:dont_know", "unknown:not_collected");
  private static final List<String> REFERRALS = List.of("income_support", "employment_service", "social_insurance",
      "healthcare", "self", "other", "");
  private static final List<String> DESTINATIONS = List.of("employment", "adapted_employment", "studies",
      "employment_service_measure", "returned_to_referrer", "other", "");
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  @TempDir
  Path dir;

  private static String row(int i, String gender, String status, String education, String answer, String referral,
      String destination) {
    return "P" + i + ",,Berg," + gender + ",1980-0" + (1 + i % 9) + "-1" + (i % 10) + ",2021-03-15,2022-01-31,"
        + status + "," + education + "," + answer + ",no," + answer + ",yes," + answer + "," + referral + ","
        + destination + "\n";
  }

  /** A file that uses every code of every coded column at least once. */
  private static String everyCode() {
    StringBuilder s = new StringBuilder(HEADER);
    for (int i = 0; i < 63; i++) {
      s.append(row(i, GENDERS.get(i % GENDERS.size()), STATUSES.get(i % STATUSES.size()), "isced" + (i % 9),
          ANSWERS.get(i % ANSWERS.size()), REFERRALS.get(i % REFERRALS.size()),
          DESTINATIONS.get(i % DESTINATIONS.size())));
    }
    return s.toString();
  }

  private Path write(String text) throws IOException {
    Path p = Files.createTempFile(dir, "p", ".csv");
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  private static CommonIndicatorCalculator calculator() {
    return CommonIndicatorCalculator.of(ProgrammePeriod.ESF_PLUS_2021_2027, AS_OF);
  }

  @Test
  void everyCodeOfEveryCodedColumnReadsAsTheFullReaderReadsIt() throws IOException {
    Path p = write(everyCode());
    ReadResult expected = ParticipantCsvReader.create().read(CsvInput.of(p), null, x -> { });
    assertThat(expected.isValid()).as(expected.errors().kept().toString()).isTrue();
    CommonIndicatorCalculator full = calculator();
    ParticipantCsvReader.create().read(CsvInput.of(p), null, full::add);
    CommonIndicatorCalculator columns = calculator();
    Optional<ReadResult> actual = ColumnarCsvReader.withRanges(ProgressListener.NONE, 1).read(p, null, columns);
    assertThat(actual).isPresent();
    assertThat(actual.get().participations()).isEqualTo(63);
    assertThat(columns.result()).isEqualTo(full.result());
  }

  @Test
  void aCodeOneByteOffInAnyPlaceIsDeclinedAndTheFullReaderReportsIt() throws IOException {
    String valid = everyCode();
    int declined = 0;
    for (String code : List.of("inactive_not_in_education", "employment_service_measure", "returned_to_referrer",
        "long_term_unemployed", "unknown:not_collected", "non_binary", "isced3", "yes", "man")) {
      String line = valid.lines().filter(l -> (l + ",").contains("," + code + ",")).findFirst().orElseThrow();
      for (int i = 0; i <= code.length(); i++) {
        // one byte changed in place i, and (at i = length) one byte more and one fewer
        List<String> offs = i < code.length()
            ? List.of(code.substring(0, i) + (code.charAt(i) == 'x' ? 'y' : 'x') + code.substring(i + 1))
            : List.of(code + "s", code.substring(0, code.length() - 1));
        for (String off : offs) {
          String changed = (line + ",").replace("," + code + ",", "," + off + ",");
          String text = valid.replace(line + "\n", changed.substring(0, changed.length() - 1) + "\n");
          Path p = write(text);
          assertThat(ParticipantCsvReader.create().read(CsvInput.of(p), null, x -> { }).isValid()).as(off).isFalse();
          assertThat(ColumnarCsvReader.withRanges(ProgressListener.NONE, 1).read(p, null, calculator()))
              .as(off).isEmpty();
          declined++;
        }
      }
    }
    assertThat(declined).isGreaterThan(100);
  }

  @Test
  void aDateIsTakenExactlyWhenJavaTimeReadsItAsAnIsoDateFrom1800To2999() {
    int taken = 0;
    for (String base : List.of("2021-02-28", "2024-02-29", "1800-01-01", "2999-12-31", "2023-11-30")) {
      for (int place = 0; place < base.length(); place++) {
        for (int v = 0; v < 256; v++) {
          byte[] b = base.getBytes(StandardCharsets.ISO_8859_1);
          b[place] = (byte) v;
          Integer expected = oracle(b);
          if (expected == null) {
            assertThatThrownBy(() -> ColumnarCsvReader.ymd(b, 0, b.length)).as("%s byte %d", base, v)
                .isInstanceOf(RuntimeException.class).hasMessage("declined");
          } else {
            assertThat(ColumnarCsvReader.ymd(b, 0, b.length)).isEqualTo(expected);
            taken++;
          }
        }
      }
    }
    assertThat(taken).isGreaterThan(100);
    assertThatThrownBy(() -> ColumnarCsvReader.ymd("2021-02-2".getBytes(StandardCharsets.US_ASCII), 0, 9))
        .hasMessage("declined");
  }

  /** {@code yyyymmdd} when the bytes are ASCII {@code YYYY-MM-DD}, a real date in 1800–2999; else null. */
  private static Integer oracle(byte[] b) {
    String s = new String(b, StandardCharsets.ISO_8859_1);
    if (!s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
      return null;
    }
    int y = Integer.parseInt(s.substring(0, 4));
    int m = Integer.parseInt(s.substring(5, 7));
    int d = Integer.parseInt(s.substring(8, 10));
    try {
      LocalDate.of(y, m, d);
    } catch (DateTimeException e) {
      return null;
    }
    return y < 1800 || y > 2999 ? null : y * 10000 + m * 100 + d;
  }

  @Test
  void idsCountingUpAreHomedSideBySide() {
    int mask = (1 << 21) - 1;
    byte[] b = "P0000010".getBytes(StandardCharsets.US_ASCII);
    int home = IdTable.homeOf(IdTable.packed(b, 0, b.length), mask);
    for (int i = 1; i <= 9; i++) {
      byte[] next = ("P000001" + i).getBytes(StandardCharsets.US_ASCII);
      assertThat(IdTable.homeOf(IdTable.packed(next, 0, next.length), mask)).isEqualTo((home + i) & mask);
    }
  }

  @Test
  void idsThatShareAllButTheirLastCharacterAreEachClaimedOnceWithTheirEvents() {
    String chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    IdTable ids = new IdTable(16);
    int n = 0;
    for (int group = 0; group < 300; group++) { // 300 runs of 64 ids, each run wanting 64 neighbouring slots
      for (int c = 0; c < 64; c++) {
        String id = "Q" + group + chars.charAt(c);
        if (c % 5 == 0) {
          ids.addEvent(ids.slot(id), 20220101L + c);
        }
        n++;
      }
    }
    ids.ensureRoomFor(n);
    for (int group = 0; group < 300; group++) {
      for (int c = 0; c < 64; c++) {
        byte[] b = ("Q" + group + chars.charAt(c)).getBytes(StandardCharsets.US_ASCII);
        long[] events = ids.claim(b, 0, b.length);
        assertThat(events).isEqualTo(c % 5 == 0 ? new long[] {20220101L + c} : IdTable.NO_EVENTS);
        assertThat(ids.claim(b, 0, b.length)).isSameAs(IdTable.CLAIMED);
      }
    }
    assertThat(ids.hasOrphans()).isFalse();
  }

  @Test
  void theKeysOfSeveralPartsGiveThePersonsWithSeveralRowsCappedAt127() {
    PersonKeys a = new PersonKeys(4);
    PersonKeys b = new PersonKeys(4);
    PersonKeys empty = new PersonKeys(4);
    long person = 198503720008L + 1;
    for (int i = 0; i < 100; i++) {
      a.add(person);
      b.add(person);
    }
    for (long k = 5000; k >= 1; k--) { // out of order, and b grows past its first room
      b.add(1_000_000L + k);
      if (k % 3 == 0) {
        a.add(1_000_000L + k); // a person with one row in each part
      }
      if (k % 7 == 0) {
        b.add(1_000_000L + k); // two rows in one part
      }
    }
    a.add(42);
    a.addLines(101);
    b.addLines(3100);
    PersonIdCounts many = PersonKeys.multiples(List.of(a.sorted(), empty.sorted(), b.sorted()));
    assertThat(many.count(person)).isEqualTo(127);
    assertThat(many.count(42)).isZero();
    for (long k = 1; k <= 5000; k++) {
      int rows = 1 + (k % 3 == 0 ? 1 : 0) + (k % 7 == 0 ? 1 : 0);
      assertThat(many.count(1_000_000L + k)).as("key %d", k).isEqualTo(rows > 1 ? rows : 0);
    }
    assertThat(many.persons()).isEqualTo(1 + 5000 / 3 + 5000 / 7 - 5000 / 21);
    assertThat(many.lines()).isEqualTo(3201);
    assertThat(PersonKeys.multiples(List.of()).persons()).isZero();
  }
}
