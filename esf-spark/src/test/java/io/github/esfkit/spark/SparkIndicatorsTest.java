package io.github.esfkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.indicators.common.Breakdown;
import io.github.esfkit.indicators.common.CommonIndicator;
import io.github.esfkit.indicators.common.CommonIndicatorResult;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On {@code local[2]}, the Spark path gives exactly the single-machine calculator's figures (every indicator,
 * by gender, per sub-project, data quality) on generated cohorts with re-entries and events.
 */
class SparkIndicatorsTest {

  static final LocalDate AS_OF = LocalDate.of(2022, 6, 30);

  @TempDir
  static Path dir;
  static Cohort cohort;
  static CommonIndicatorResult expected;
  static SparkSession spark;

  @BeforeAll
  static void generate() {
    spark = LocalSpark.get();
    cohort = Cohort.write(dir.resolve("esf"), 13, 4000, false);
    expected = cohort.singleMachine(ProgrammePeriod.ESF_2014_2020, AS_OF);
  }

  @Test
  void csvPartitionedByPersonGivesTheSingleMachineFigures() {
    SparkIndicatorsResult r = SparkIndicators.of(spark, ProgrammePeriod.ESF_2014_2020, AS_OF).withPartitions(4)
        .csv(cohort.participants.toString(), cohort.events.toString());

    assertThat(r.errors()).isEmpty();
    assertThat(r.result()).contains(expected);
    assertThat(r.participationsRead()).isEqualTo(4000);
    // the cohort is not trivial: re-entries linked, both genders, every sub-project, results after exit
    assertThat(expected.participants()).isLessThan(4000).isGreaterThan(3000);
    assertThat(expected.count(CommonIndicator.total(ProgrammePeriod.ESF_2014_2020), Breakdown.WOMEN)).isPositive();
    assertThat(expected.count(CommonIndicator.total(ProgrammePeriod.ESF_2014_2020), Breakdown.MEN)).isPositive();
    assertThat(expected.subProjects()).hasSize(7);
  }

  @Test
  void linkingAtTheMergeGivesTheSameFigures() {
    SparkIndicatorsResult r = SparkIndicators.of(spark, ProgrammePeriod.ESF_2014_2020, AS_OF).withPartitions(4)
        .withLinking(Linking.AT_MERGE).csv(cohort.participants.toString(), cohort.events.toString());

    assertThat(r.result()).contains(expected);
  }
}
