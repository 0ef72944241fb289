package io.github.esfkit.spark;

import org.apache.spark.sql.SparkSession;

/** One {@code local[2]} session for all tests of the module (starting Spark takes seconds). */
final class LocalSpark {

  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession get() {
    if (session == null) {
      session = SparkSession.builder()
          .master("local[2]")
          .appName("esf-spark-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.sql.shuffle.partitions", "4")
          // keep the partitions asked for: coalescing small partitions would hide a split person
          .config("spark.sql.adaptive.enabled", "false")
          .getOrCreate();
    }
    return session;
  }
}
