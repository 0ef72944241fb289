package io.github.esfkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.indicators.common.Breakdown;
import io.github.esfkit.indicators.common.CommonIndicator;
import io.github.esfkit.indicators.common.CommonIndicatorResult;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
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
    cohort = Cohort.write(dir.resolve("esf"), 13, 2500, false);
    expected = cohort.singleMachine(ProgrammePeriod.ESF_2014_2020, AS_OF);
  }

  @Test
  void csvPartitionedByPersonGivesTheSingleMachineFigures() {
    SparkIndicatorsResult r = SparkIndicators.of(spark, ProgrammePeriod.ESF_2014_2020, AS_OF).withPartitions(4)
        .csv(cohort.participants.toString(), cohort.events.toString());

    assertThat(r.errors()).isEmpty();
    assertThat(r.result()).contains(expected);
    assertThat(r.participationsRead()).isEqualTo(2500);
    // the cohort is not trivial: re-entries linked, both genders, every sub-project, results after exit
    assertThat(expected.participants()).isLessThan(2500).isGreaterThan(1800);
    assertThat(expected.count(CommonIndicator.total(ProgrammePeriod.ESF_2014_2020), Breakdown.WOMEN)).isPositive();
    assertThat(expected.count(CommonIndicator.total(ProgrammePeriod.ESF_2014_2020), Breakdown.MEN)).isPositive();
    assertThat(expected.subProjects()).hasSize(7);
  }

  @Test
  void reEntriesSplitAcrossPartitionsAreLinkedAtTheMerge() {
    SparkIndicators job = SparkIndicators.of(spark, ProgrammePeriod.ESF_2014_2020, AS_OF).withPartitions(4)
        .withLinking(Linking.AT_MERGE);
    // the partitioning of this mode (by participation) really splits persons with re-entries
    Dataset<Row> routed = job.routed(ExchangeRows.csv(spark, cohort.participants.toString()), null)
        .repartition(4, functions.col("vkey")).withColumn("part", functions.spark_partition_id());
    long splitPersons = routed.filter(functions.col("pkey").startsWith("n")).groupBy("pkey")
        .agg(functions.countDistinct("part").as("parts")).filter(functions.col("parts").gt(1)).count();
    assertThat(splitPersons).as("persons whose participations lie in more than one partition").isGreaterThan(5);

    SparkIndicatorsResult r = job.csv(cohort.participants.toString(), cohort.events.toString());

    assertThat(r.result()).contains(expected);
  }

  @Test
  void parquetWithDateColumnsGivesTheSingleMachineFiguresEsfPlus() {
    Cohort plus = Cohort.write(dir.resolve("plus"), 21, 1500, true);
    CommonIndicatorResult plusExpected = plus.singleMachine(ProgrammePeriod.ESF_PLUS_2021_2027, AS_OF);
    String p = dir.resolve("plus/participants.parquet").toString();
    String e = dir.resolve("plus/events.parquet").toString();
    // what national data looks like: Parquet, dates typed (birth_date stays text: it may be an unknown value)
    spark.read().option("header", "true").csv(plus.participants.toString())
        .withColumn("entry_date", functions.to_date(functions.col("entry_date")))
        .withColumn("exit_date", functions.to_date(functions.col("exit_date")))
        .write().parquet(p);
    spark.read().option("header", "true").csv(plus.events.toString())
        .withColumn("date", functions.to_date(functions.col("date"))).write().parquet(e);

    SparkIndicatorsResult r = SparkIndicators.of(spark, ProgrammePeriod.ESF_PLUS_2021_2027, AS_OF).withPartitions(3)
        .parquet(p, e);

    assertThat(r.errors()).isEmpty();
    assertThat(r.result()).contains(plusExpected);
    assertThat(plusExpected.count(CommonIndicator.total(ProgrammePeriod.ESF_PLUS_2021_2027), Breakdown.NON_BINARY))
        .isPositive();
  }
}
