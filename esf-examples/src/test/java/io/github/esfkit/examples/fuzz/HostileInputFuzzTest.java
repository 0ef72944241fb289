package io.github.esfkit.examples.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.esfkit.budget.Budget;
import io.github.esfkit.core.id.CfarNumber;
import io.github.esfkit.core.id.Diarienummer;
import io.github.esfkit.core.id.InvalidIdentifierException;
import io.github.esfkit.core.id.Organisationsnummer;
import io.github.esfkit.core.id.Personnummer;
import io.github.esfkit.core.project.AgeBand;
import io.github.esfkit.examples.cli.EsfCli;
import io.github.esfkit.io.InvalidInputException;
import io.github.esfkit.io.csv.CsvInput;
import io.github.esfkit.io.csv.ParticipantCsvReader;
import io.github.esfkit.io.csv.ReadResult;
import io.github.esfkit.io.json.BudgetJson;
import io.github.esfkit.io.json.TargetsJson;
import io.github.esfkit.indicators.targets.TargetEvaluator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzz suite of issue 10: the bundled example files, mutated, and QuickTheories strings, through every
 * public parse and read entry point, the builders and validators behind them, and the {@code esf} command.
 * Each input must end in a documented exception type only, leak no personnummer (one is planted in many
 * inputs, in every separator form) into any message, {@code toString()} or output, and finish within a
 * generous per-input timeout (a hang detector, not a speed assertion).
 *
 * <p>Budget: {@code -Desfkit.fuzz.inputs=N} inputs per entry point (default 150, a few seconds in {@code mvn
 * verify}); the long run is {@code mvn -B -pl esf-examples -am test -Dtest=HostileInputFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Desfkit.fuzz.inputs=20000}. Figures go to stdout and to
 * {@code target/fuzz-report.txt}.
 */
class HostileInputFuzzTest {

  static final int INPUTS = Integer.getInteger("esfkit.fuzz.inputs", 150);
  static final long SEED = Long.getLong("esfkit.fuzz.seed", 20261201L);
  static final long TIMEOUT_SECONDS = 30;

  /** The planted personnummer (a valid samordningsnummer shape is planted too): found in any separator form. */
  static final Pattern PLANTED = Pattern.compile(
      "(?<!\\p{Nd})(?:19)?85([^\\p{L}\\p{Nd}]?)03\\1(?:12|72)[^\\p{L}\\p{Nd}]{0,3}123[19](?!\\p{Nd})");

  static final String[] PNR_FORMS = {"19850312-1231", "850312-1231", "8503121231", "198503121231",
      "850312 1231", "850312.1231", "850312/1231", "850312\u20131231", "19850312_1231", "850372-1239",
      "1985-03-12-1231", "850312+1231"};

  static final String[] HOSTILE = {"1e-999999999", "-1e999999999", "1e999999", "1000000000000000",
      "1234567890123456789012345678901234567890", "\u001b[2J", "\u0000", "\n", "\r\n", "\"", "\\", "\u202e",
      "{", "}", "[", "]", ",", ":", "null", "true", "-0", "NaN", "\ud800", "\uFEFF", "9".repeat(5000),
      "[".repeat(80), "\"a\":", "2020-02-30", "+999999999-12-31", "\t", ";", "'", "é", "\u00a0"};

  @TempDir
  static Path dir;

  static ExecutorService worker;
  static final Map<String, Stats> STATS = new TreeMap<>();

  /** Per entry point: inputs tried, unexpected exceptions, leaks, the slowest input. */
  static final class Stats {
    long inputs;
    long unexpected;
    long leaks;
    long slowestNanos;
    String firstProblem;
  }

  @BeforeAll
  static void start() {
    worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "fuzz");
      t.setDaemon(true);
      return t;
    });
  }

  @AfterAll
  static void report() throws IOException {
    worker.shutdownNow();
    StringBuilder sb = new StringBuilder("fuzz suite (seed " + SEED + ", " + INPUTS + " inputs per entry point)\n");
    sb.append(String.format("%-28s %8s %10s %6s %12s%n", "entry point", "inputs", "unexpected", "leaks", "slowest ms"));
    for (Map.Entry<String, Stats> e : STATS.entrySet()) {
      Stats s = e.getValue();
      sb.append(String.format("%-28s %8d %10d %6d %12.1f%n", e.getKey(), s.inputs, s.unexpected, s.leaks,
          s.slowestNanos / 1e6));
    }
    System.out.print(sb);
    Path target = Path.of("target");
    if (Files.isDirectory(target)) {
      Files.writeString(target.resolve("fuzz-report.txt"), sb.toString(), StandardCharsets.UTF_8);
    }
  }

  // ------------------------------------------------------------------------------------------- harness

  /** What one input produced: messages and text to check for a planted personnummer. */
  interface Run {
    String call() throws Exception;
  }

  /**
   * Runs one input on the worker thread with a timeout; a documented exception's message is checked like
   * output; any other exception, or an Error, is unexpected.
   */
  static void check(String entryPoint, String input, Run run, List<Class<? extends Throwable>> documented) {
    Stats s = STATS.computeIfAbsent(entryPoint, k -> new Stats());
    s.inputs++;
    long t0 = System.nanoTime();
    Future<String> f = worker.submit(() -> {
      try {
        return run.call();
      } catch (Throwable t) {
        for (Class<? extends Throwable> c : documented) {
          if (c.isInstance(t)) {
            return "exception: " + t.getMessage() + " " + t;
          }
        }
        throw new UnexpectedException(t);
      }
    });
    String text;
    try {
      text = f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      worker.shutdownNow();
      start();
      problem(s, entryPoint, input, "no result within " + TIMEOUT_SECONDS + " s");
      s.unexpected++;
      return;
    } catch (ExecutionException e) {
      s.unexpected++;
      Throwable cause = e.getCause() instanceof UnexpectedException ? e.getCause().getCause() : e.getCause();
      StringWriter w = new StringWriter();
      cause.printStackTrace(new PrintWriter(w));
      problem(s, entryPoint, input, w.toString());
      return;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } finally {
      s.slowestNanos = Math.max(s.slowestNanos, System.nanoTime() - t0);
    }
    if (text != null && PLANTED.matcher(text).find()) {
      s.leaks++;
      problem(s, entryPoint, input, "planted personnummer in output: " + text);
    }
  }

  private static void problem(Stats s, String entryPoint, String input, String what) {
    if (s.firstProblem == null) {
      String shown = input.length() > 300 ? input.substring(0, 300) + "..." : input;
      s.firstProblem = entryPoint + ": " + what + "\n--- input\n" + shown;
    }
  }

  static final class UnexpectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnexpectedException(Throwable cause) {
      super(cause);
    }
  }

  static void assertClean(String... entryPoints) {
    for (String e : entryPoints) {
      Stats s = STATS.get(e);
      assertThat(s).as(e).isNotNull();
      assertThat(s.inputs).as(e).isPositive();
      assertThat(s.unexpected).as(e + ": " + s.firstProblem).isZero();
      assertThat(s.leaks).as(e + ": " + s.firstProblem).isZero();
    }
  }

  // ------------------------------------------------------------------------------------------- mutation

  static String example(String name) {
    try {
      return Files.readString(Path.of("examples", name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** One to four random edits of the text: hostile tokens, planted personnummer, deletions, copies, swaps. */
  static String mutate(String text, SplittableRandom r) {
    StringBuilder sb = new StringBuilder(text);
    int edits = 1 + r.nextInt(4);
    for (int i = 0; i < edits; i++) {
      int at = sb.length() == 0 ? 0 : r.nextInt(sb.length());
      switch (r.nextInt(8)) {
        case 0:
          sb.insert(at, PNR_FORMS[r.nextInt(PNR_FORMS.length)]);
          break;
        case 1:
          sb.insert(at, HOSTILE[r.nextInt(HOSTILE.length)]);
          break;
        case 2:
          sb.delete(at, Math.min(sb.length(), at + 1 + r.nextInt(40)));
          break;
        case 3: {
          int to = Math.min(sb.length(), at + 1 + r.nextInt(200));
          sb.insert(r.nextInt(sb.length() + 1), sb.substring(at, to));
          break;
        }
        case 4:
          if (sb.length() > 0) {
            sb.setCharAt(at, (char) r.nextInt(0x80));
          }
          break;
        case 5: // replace a string value by a planted personnummer
          replaceValue(sb, '"', '"', "\"Namn " + PNR_FORMS[r.nextInt(PNR_FORMS.length)] + "\"", r);
          break;
        case 6: // replace a number by a hostile one
          replaceNumber(sb, HOSTILE[r.nextInt(5)], r);
          break;
        default: // a CSV field: replace the text between two commas
          replaceValue(sb, ',', ',', "," + PNR_FORMS[r.nextInt(PNR_FORMS.length)] + ",", r);
          break;
      }
    }
    return sb.toString();
  }

  private static void replaceValue(StringBuilder sb, char open, char close, String with, SplittableRandom r) {
    if (sb.length() == 0) {
      return;
    }
    int from = sb.indexOf(String.valueOf(open), r.nextInt(sb.length()));
    if (from < 0) {
      return;
    }
    int to = sb.indexOf(String.valueOf(close), from + 1);
    if (to > from && to - from < 200) {
      sb.replace(from, to + 1, with);
    }
  }

  private static void replaceNumber(StringBuilder sb, String with, SplittableRandom r) {
    if (sb.length() == 0) {
      return;
    }
    int i = r.nextInt(sb.length());
    while (i < sb.length() && !Character.isDigit(sb.charAt(i))) {
      i++;
    }
    int j = i;
    while (j < sb.length() && (Character.isDigit(sb.charAt(j)) || sb.charAt(j) == '.')) {
      j++;
    }
    if (i < sb.length()) {
      sb.replace(i, j, with);
    }
  }

  static List<String> mutants(String base, long salt) {
    SplittableRandom r = new SplittableRandom(SEED ^ salt);
    List<String> out = new ArrayList<>(INPUTS);
    for (int i = 0; i < INPUTS; i++) {
      out.add(mutate(base, r));
    }
    return out;
  }

  static final List<Class<? extends Throwable>> INPUT_ERROR = List.of(InvalidInputException.class);
  static final List<Class<? extends Throwable>> ILLEGAL_ARGUMENT = List.of(IllegalArgumentException.class);

  // ------------------------------------------------------------------------------------------- entry points

  @Test
  void budgetJson() {
    for (String json : mutants(example("all-in-budget.json"), 1)) {
      check("BudgetJson.read", json, () -> {
        BudgetJson.BudgetFile file = BudgetJson.read("b.json", json);
        Budget b = file.budget();
        StringBuilder sb = new StringBuilder(b.toString()).append(b.validate());
        sb.append(file.requirement().map(r -> b.validate(r).toString()).orElse(""));
        return sb.toString();
      }, INPUT_ERROR);
    }
    assertClean("BudgetJson.read");
  }

  @Test
  void targetsJson() {
    for (String json : mutants(example("144587-targets.json"), 2)) {
      check("TargetsJson.read", json, () -> {
        TargetsJson.TargetsFile file = TargetsJson.read("t.json", json);
        return file.table().toString() + file.table().criteria();
      }, INPUT_ERROR);
    }
    assertClean("TargetsJson.read");
  }

  @Test
  void budgetJsonOfBytes() {
    SplittableRandom r = new SplittableRandom(SEED ^ 3);
    byte[] base = example("all-in-budget.json").getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < INPUTS; i++) {
      byte[] bytes = base.clone();
      for (int k = 0; k < 1 + r.nextInt(6); k++) {
        bytes[r.nextInt(bytes.length)] = (byte) r.nextInt(256);
      }
      if (r.nextInt(4) == 0) {
        bytes = new String(bytes, StandardCharsets.ISO_8859_1).getBytes(r.nextBoolean() ? StandardCharsets.UTF_16LE
            : StandardCharsets.UTF_16BE);
      }
      byte[] in = bytes;
      check("BudgetJson.read(stream)", new String(in, StandardCharsets.ISO_8859_1),
          () -> BudgetJson.read("b.json", new ByteArrayInputStream(in), 100).budget().toString(), INPUT_ERROR);
    }
    assertClean("BudgetJson.read(stream)");
  }

  @Test
  void participantCsv() {
    List<String> participants = mutants(example("cohort-participants.csv").lines().limit(60)
        .reduce("", (a, b) -> a + b + "\n"), 4);
    List<String> events = mutants(example("cohort-events.csv").lines().limit(60).reduce("", (a, b) -> a + b + "\n"), 5);
    for (int i = 0; i < INPUTS; i++) {
      String p = participants.get(i);
      String e = events.get(i);
      check("ParticipantCsvReader.read", p + "\n---\n" + e, () -> {
        StringBuilder sb = new StringBuilder();
        ReadResult res = ParticipantCsvReader.create(50, io.github.esfkit.io.csv.ProgressListener.NONE).read(CsvInput.ofString("p.csv", p),
            CsvInput.ofString("e.csv", e), x -> sb.append(x));
        res.errors().kept().forEach(x -> sb.append(x).append(x.messageSv()));
        return sb.toString();
      }, List.of());
    }
    assertClean("ParticipantCsvReader.read");
  }

  @Test
  void identifierAndAgeBandParsers() {
    Map<String, Function<String, Object>> parsers = new TreeMap<>();
    parsers.put("Personnummer.parse", Personnummer::parse);
    parsers.put("Organisationsnummer.parse", Organisationsnummer::parse);
    parsers.put("Diarienummer.parse", Diarienummer::parse);
    parsers.put("CfarNumber.parse", CfarNumber::parse);
    parsers.put("AgeBand.parse", AgeBand::parse);
    SplittableRandom r = new SplittableRandom(SEED ^ 6);
    for (Map.Entry<String, Function<String, Object>> p : parsers.entrySet()) {
      qt().withFixedSeed(SEED).withExamples(INPUTS).forAll(strings().allPossible().ofLengthBetween(0, 24))
          .checkAssert(s -> {
            String in = r.nextInt(3) == 0 ? PNR_FORMS[r.nextInt(PNR_FORMS.length)] + s : s;
            check(p.getKey(), in, () -> {
              Object v = p.getValue().apply(in);
              return p.getKey().equals("Personnummer.parse") ? v.toString() : String.valueOf(v);
            }, List.of(InvalidIdentifierException.class, IllegalArgumentException.class));
          });
    }
    assertClean(parsers.keySet().toArray(new String[0]));
  }

  @Test
  void theCommandLineInEveryFormat() throws IOException {
    String[] formats = {"text", "json", "markdown"};
    int n = Math.max(10, INPUTS / 5);
    List<String> budgets = mutants(example("all-in-budget.json"), 7).subList(0, n);
    List<String> targets = mutants(example("144587-targets.json"), 8).subList(0, n);
    for (int i = 0; i < n; i++) {
      // getBytes, not writeString: a mutant may split a surrogate pair, which writeString refuses to encode;
      // getBytes writes '?' for the lone half, so the file differs from the string only there
      Path b = Files.write(dir.resolve("b" + i + ".json"), budgets.get(i).getBytes(StandardCharsets.UTF_8));
      Path t = Files.write(dir.resolve("t" + i + ".json"), targets.get(i).getBytes(StandardCharsets.UTF_8));
      String format = formats[i % 3];
      check("esf budget", budgets.get(i), () -> cli("budget", b.toString(), "--format", format), List.of());
      check("esf targets", targets.get(i), () -> cli("targets", "--project", t.toString(), "--format", format),
          List.of());
    }
    assertClean("esf budget", "esf targets");
  }

  /** Runs the command; exit 0, 1 or 2 only, never an internal error; returns stdout and stderr. */
  static String cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = EsfCli.execute(args, new PrintWriter(out), new PrintWriter(err));
    String all = out + "\n" + err;
    if (code < 0 || code > 2 || err.toString().contains("internal error") || all.contains("\u001b")
        || all.contains("\u0000")) {
      throw new IllegalStateException("exit " + code + ": " + err);
    }
    return all;
  }

  @Test
  void theValidatorsOnGeneratedNumbers() {
    qt().withFixedSeed(SEED).withExamples(INPUTS)
        .forAll(longs().between(-5, Long.MAX_VALUE), integers().between(-30, 30))
        .checkAssert((amount, scale) -> {
          String json = example("all-in-budget.json").replaceFirst("\"amount\": [0-9]+",
              "\"amount\": " + java.math.BigDecimal.valueOf(amount, scale).toString());
          check("Budget.validate (numbers)", json, () -> {
            BudgetJson.BudgetFile f = BudgetJson.read("b.json", json);
            return f.budget().validate().toString() + f.budget().overview();
          }, INPUT_ERROR);
        });
    assertClean("Budget.validate (numbers)");
  }

  @Test
  void targetEvaluationOfMutatedTables() {
    for (String json : mutants(example("144587-targets.json"), 9).subList(0, Math.max(10, INPUTS / 3))) {
      check("TargetEvaluator.evaluate", json, () -> {
        TargetsJson.TargetsFile file = TargetsJson.read("t.json", json);
        return file.results().map(d -> TargetEvaluator.standard().evaluate(file.table(), d).toString())
            .orElse("");
      }, INPUT_ERROR);
    }
    assertClean("TargetEvaluator.evaluate");
  }

  @BeforeAll
  static void warmUp() {
    assertThat(PLANTED.matcher("x 850312 - 1231 y").find()).isTrue();
    assertThat(PLANTED.matcher("212000-1942 2020-02-29").find()).isFalse();
  }
}
