package io.github.esfkit.spark;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.indicators.common.CommonIndicatorReport;
import io.github.esfkit.indicators.common.CommonIndicatorResult;
import io.github.esfkit.io.InputError;
import io.github.esfkit.io.result.IndicatorsResult;
import io.github.esfkit.io.result.ResultJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The spark-submit entry point: the common indicators of the exchange files, as the Markdown report of
 * {@link CommonIndicatorReport} (figures per gender and per sub-project, data quality, consistency) or, with
 * {@code --format json}, as the {@code esfkit-indicators-result-1} data of {@code esf indicators --format json}
 * ({@link IndicatorsResult}; per sub-project with {@code --by-sub-project}), to standard output or
 * {@code --out}. Exit code 0 fine, 1 when the figures carry error findings, 2 for bad input or usage (each input
 * error on one line as {@code file:line:column: RULE-ID message}, no figures).
 *
 * <pre>
 * spark-submit --class io.github.esfkit.spark.SparkIndicatorsMain esf-spark.jar \
 *   --participants participants.csv [--events events.csv] --period 2014-2020|2021-2027 --as-of 2022-06-30 \
 *   [--input csv|parquet] [--partitions N] [--format markdown|json] [--by-sub-project] [--lang sv|en] \
 *   [--out report.md]
 * </pre>
 */
public final class SparkIndicatorsMain {

  private SparkIndicatorsMain() {}

  /** Runs and exits with the exit code. */
  public static void main(String[] args) {
    SparkSession spark = SparkSession.builder().appName("esfkit-indicators").getOrCreate();
    int code;
    try {
      code = run(spark, args, System.out, System.err);
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  /** Runs on {@code spark}; returns the exit code. */
  public static int run(SparkSession spark, String[] args, PrintStream out, PrintStream err) {
    Map<String, String> opt = new HashMap<>();
    boolean bySubProject = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if ("--by-sub-project".equals(a)) {
        bySubProject = true;
        continue;
      }
      if (!a.startsWith("--") || i + 1 >= args.length) {
        return usage(err);
      }
      opt.put(a.substring(2), args[++i]);
    }
    String format = opt.getOrDefault("format", "markdown");
    if (!format.equals("markdown") && !format.equals("json")) {
      return usage(err);
    }
    Language lang = "en".equals(opt.get("lang")) ? Language.EN : Language.SV;
    ProgrammePeriod period;
    LocalDate asOf;
    int partitions;
    try {
      period = ProgrammePeriod.fromCode(required(opt, "period"));
      asOf = LocalDate.parse(required(opt, "as-of"));
      partitions = Integer.parseInt(opt.getOrDefault("partitions",
          String.valueOf(Math.max(1, spark.sparkContext().defaultParallelism()))));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      err.println(lang.pick("fel i argumenten: ", "bad arguments: ") + e.getMessage());
      return 2;
    }
    String participants = opt.get("participants");
    if (participants == null) {
      err.println(lang.pick("--participants saknas", "--participants is missing"));
      return 2;
    }
    SparkIndicators job;
    try {
      job = SparkIndicators.of(spark, period, asOf).withPartitions(partitions);
    } catch (IllegalArgumentException e) {
      err.println(lang.pick("fel i argumenten: ", "bad arguments: ") + e.getMessage());
      return 2;
    }
    String events = opt.get("events");
    SparkIndicatorsResult r = "parquet".equals(opt.get("input")) ? job.parquet(participants, events)
        : job.csv(participants, events);
    if (!r.isValid()) {
      for (InputError e : r.errors()) {
        err.println(e.format(lang));
      }
      if (r.errorCount() > r.errors().size()) {
        err.println(lang.pick("… och ", "… and ") + (r.errorCount() - r.errors().size())
            + lang.pick(" fel till", " more errors"));
      }
      return 2;
    }
    CommonIndicatorResult result = r.result().orElseThrow();
    String report = format.equals("json")
        ? ResultJson.write(IndicatorsResult.json(result, r.participationsRead(), r.eventsRead(), bySubProject, lang))
        : CommonIndicatorReport.markdown(result, lang, true);
    String file = opt.get("out");
    if (file != null) {
      try {
        Files.writeString(Path.of(file), report, StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println(lang.pick("kan inte skriva ", "cannot write ") + file + ": " + e.getClass().getSimpleName());
        return 2;
      }
    } else {
      out.print(report);
    }
    boolean errors = !result.dataQuality().violations().errors().isEmpty()
        || !result.consistency().errors().isEmpty();
    return errors ? 1 : 0;
  }

  private static int usage(PrintStream err) {
    err.println("usage: --participants FILE [--events FILE] --period 2014-2020|2021-2027 --as-of YYYY-MM-DD"
        + " [--input csv|parquet] [--partitions N] [--format markdown|json] [--by-sub-project] [--lang sv|en]"
        + " [--out FILE]");
    return 2;
  }

  private static String required(Map<String, String> opt, String name) {
    String v = opt.get(name);
    if (v == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return v;
  }
}
