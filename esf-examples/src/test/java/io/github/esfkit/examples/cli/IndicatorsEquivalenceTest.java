package io.github.esfkit.examples.cli;

import io.github.esfkit.io.result.IndicatorsResult;
import io.github.esfkit.io.result.ResultJson;
import static io.github.esfkit.examples.cli.CliRun.esf;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.indicators.common.CommonIndicatorCalculator;
import io.github.esfkit.io.csv.CsvInput;
import io.github.esfkit.io.csv.ParticipantCsvReader;
import io.github.esfkit.io.csv.ReadResult;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code esf indicators} folds persons seen once at once (after counting person ids in a first pass) and
 * folds on a second thread; its figures must equal those of the plain one-by-one fold.
 */
class IndicatorsEquivalenceTest {

  @TempDir
  Path dir;

  @Test
  void sameFiguresAsThePlainFold() {
    Path p = dir.resolve("p.csv");
    Path e = dir.resolve("e.csv");
    assertThat(esf("generate-participants", "--rows", "20000", "--out", p.toString(), "--events", e.toString(),
        "--with-person-id", "--seed", "7").code).isZero();
    LocalDate asOf = LocalDate.of(2023, 6, 30);
    CommonIndicatorCalculator plain = CommonIndicatorCalculator.of(ProgrammePeriod.ESF_PLUS_2021_2027, asOf);
    ReadResult read = ParticipantCsvReader.create().read(CsvInput.of(p), CsvInput.of(e), plain::add);
    assertThat(read.isValid()).isTrue();
    assertThat(plain.result().dataQuality().count(io.github.esfkit.indicators.common.DataRule.RE_ENTRY_LINKED))
        .isPositive();
    String expected = ResultJson.write(IndicatorsResult.json(plain.result(), read.participations(), read.events(),
        true, Language.EN));
    CliRun cli = esf("indicators", "--participants", p.toString(), "--events", e.toString(), "--period",
        "2021-2027", "--as-of", "2023-06-30", "--by-sub-project", "--format", "json");
    assertThat(cli.code).as(cli.err).isZero();
    assertThat(cli.out).isEqualTo(expected);
  }

  @Test
  void aPersonIdWithSurroundingSpacesIsStillOnePerson() throws java.io.IOException {
    // Personnummer.parse trims; the first pass must count " 19850372-0008" as the same person, or the
    // person is folded twice (once per row) and counted twice
    Path p = dir.resolve("p.csv");
    java.nio.file.Files.writeString(p, IndicatorsCommandTest.HEADER
        + "P1,19850372-0008,A,woman,1990-01-01,2020-01-01,2020-02-01,unemployed,isced3,,,,,,,\n"
        + "P2,\" 19850372-0008\",A,woman,1990-01-01,2021-01-01,,unemployed,isced3,,,,,,,\n");
    LocalDate asOf = LocalDate.of(2024, 1, 1);
    CommonIndicatorCalculator plain = CommonIndicatorCalculator.of(ProgrammePeriod.ESF_PLUS_2021_2027, asOf);
    ReadResult read = ParticipantCsvReader.create().read(CsvInput.of(p), null, plain::add);
    assertThat(read.isValid()).as(read.errors().toString()).isTrue();
    assertThat(plain.result().dataQuality().participants()).isEqualTo(1);
    String expected = ResultJson.write(IndicatorsResult.json(plain.result(), read.participations(), read.events(),
        false, Language.EN));
    CliRun cli = esf("indicators", "--participants", p.toString(), "--period", "2021-2027", "--as-of",
        "2024-01-01", "--format", "json");
    assertThat(cli.code).as(cli.err).isZero();
    assertThat(cli.out).isEqualTo(expected);
  }
}
