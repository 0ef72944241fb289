package io.github.esfkit.examples.cli;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.participant.Participation;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.examples.report.OutputFormat;
import io.github.esfkit.examples.report.Report;
import io.github.esfkit.examples.report.SmallCells;
import io.github.esfkit.examples.report.html.HtmlReport;
import io.github.esfkit.examples.report.html.MonthlyFlow;
import io.github.esfkit.indicators.common.CommonIndicatorCalculator;
import io.github.esfkit.indicators.common.CommonIndicatorResult;
import io.github.esfkit.indicators.targets.model.EvaluationData;
import io.github.esfkit.indicators.targets.model.EvaluationMode;
import io.github.esfkit.indicators.targets.model.GoalReport;
import io.github.esfkit.io.InputErrors;
import io.github.esfkit.io.InvalidInputException;
import io.github.esfkit.io.csv.CsvInput;
import io.github.esfkit.io.csv.ParticipantCsvReader;
import io.github.esfkit.io.csv.ReadResult;
import io.github.esfkit.io.json.BudgetJson;
import io.github.esfkit.io.json.TargetsJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code esf report}: one self-contained HTML page for the people who run a project — budget overview,
 * participants by month and gender, common indicators, data quality, goal table and every finding — built
 * from the same reports {@code budget}, {@code indicators} and {@code targets} print.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Writes one self-contained HTML report: budget, participants, data quality, goals, findings.", "",
        "Give any of --budget, --project and --participants; each adds its sections. The page has no script "
            + "and loads nothing; charts are inline SVG. Counts of persons below --small-cells are shown as "
            + "'< N' (the JSON output of the other commands keeps the exact figures). The footer lists the "
            + "reporting date and every input file's SHA-256. Exit code 1 when a finding is an error."})
final class ReportCommand extends ReportingCommand {

  @Option(names = "--budget", paramLabel = "FILE", description = "Budget JSON file (esfkit-budget-1).")
  Path budget;

  @Option(names = "--project", paramLabel = "FILE", description = "Targets JSON file (esfkit-targets-1).")
  Path project;

  @Option(names = "--participants", paramLabel = "FILE", description = "participants.csv")
  Path participants;

  @Option(names = "--events", paramLabel = "FILE", description = "events.csv (optional)")
  Path events;

  @Option(names = "--period", paramLabel = "2014-2020|2021-2027",
      description = "Programme period of the participants (required with --participants).")
  String period;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "Reporting date (default: the project file's results.asOf).")
  LocalDate asOf;

  @Option(names = "--mode", defaultValue = "total", paramLabel = "total|strict_per_gender",
      description = "How per-gender count targets are judged (default: ${DEFAULT-VALUE}).")
  EvaluationMode mode;

  @Option(names = "--small-cells", defaultValue = "" + SmallCells.DEFAULT_THRESHOLD, paramLabel = "N",
      description = "Counts of persons from 1 to N-1 are shown as '< N'; 1 shows every count "
          + "(default: ${DEFAULT-VALUE}).")
  int smallCells = SmallCells.DEFAULT_THRESHOLD;

  @Override
  public Integer call() {
    Language l = options.language;
    if (output.path == null) {
      return usage("esf report kräver --out FIL.html", "esf report needs --out FILE.html");
    }
    if (options.format != OutputFormat.TEXT) {
      return usage("esf report skriver HTML; --format gäller budget, indicators och targets",
          "esf report writes HTML; --format is for budget, indicators and targets");
    }
    if (budget == null && project == null && participants == null) {
      return usage("ange minst en av --budget, --project, --participants",
          "give at least one of --budget, --project, --participants");
    }
    if (smallCells < 1 || smallCells > SmallCells.MAX_THRESHOLD) {
      return usage("--small-cells måste vara 1-" + SmallCells.MAX_THRESHOLD,
          "--small-cells must be 1-" + SmallCells.MAX_THRESHOLD);
    }
    if (events != null && participants == null) {
      return usage("--events kräver --participants", "--events needs --participants");
    }
    ProgrammePeriod programmePeriod = null;
    if (participants != null) {
      if (period == null) {
        return usage("--participants kräver --period", "--participants needs --period");
      }
      try {
        programmePeriod = ProgrammePeriod.fromCode(period);
      } catch (IllegalArgumentException e) {
        return usage("--period måste vara 2014-2020 eller 2021-2027", "--period must be 2014-2020 or 2021-2027");
      }
    }

    InputErrors errors = new InputErrors(options.maxErrors);
    BudgetJson.BudgetFile budgetFile = null;
    if (budget != null) {
      try {
        budgetFile = BudgetJson.read(budget, options.maxErrors);
      } catch (InvalidInputException e) {
        errors.addAll(e.errors());
      }
    }
    TargetsJson.TargetsFile targetsFile = null;
    if (project != null) {
      try {
        targetsFile = TargetsJson.read(project, options.maxErrors);
      } catch (InvalidInputException e) {
        errors.addAll(e.errors());
      }
    }
    List<Participation> records = null;
    ReadResult read = null;
    if (participants != null) {
      records = new ArrayList<>();
      read = ParticipantCsvReader.create(options.maxErrors, progress())
          .read(CsvInput.of(participants), events == null ? null : CsvInput.of(events), records::add);
      TerminalProgress.done(progress());
      errors.addAll(read.errors());
    }
    if (!errors.isEmpty()) {
      return badInput(errors);
    }
    LocalDate date = asOf;
    if (date == null && targetsFile != null) {
      date = targetsFile.results().map(EvaluationData::asOf).orElse(null);
    }
    if (date == null && (participants != null || project != null)) {
      return usage("ange --as-of (projektfilen har inget results.asOf)",
          "give --as-of (no project file with results.asOf)");
    }

    HtmlReport html = HtmlReport.of(l, SmallCells.below(smallCells)).asOf(date);
    List<Report> reports = new ArrayList<>();
    String title = l.pick("Projektrapport", "Project report");
    if (budgetFile != null) {
      Report r = BudgetCommand.report(budgetFile, l);
      html.budget(r);
      reports.add(r);
    }
    if (records != null) {
      CommonIndicatorCalculator calculator;
      try {
        calculator = CommonIndicatorCalculator.of(programmePeriod, date);
      } catch (IllegalArgumentException e) {
        return usage("--as-of måste ligga mellan åren 1800 och 2999", "--as-of must be within the years 1800-2999");
      }
      records.forEach(calculator::add);
      CommonIndicatorResult result = calculator.result();
      Report r = IndicatorsCommand.report(result, read, l, false);
      html.participants(r, result, MonthlyFlow.of(records, date));
      reports.add(r);
    }
    if (targetsFile != null) {
      Optional<GoalReport> g = TargetsCommand.evaluate(targetsFile, records, date, mode);
      if (g.isEmpty()) {
        return usage("projektfilen har inga resultat (results); ange --participants",
            "the project file has no results section; give --participants");
      }
      Report r = TargetsCommand.report(g.get(), l, records != null);
      html.goals(r, g.get());
      reports.add(r);
      title = title + ": " + (l == Language.EN && g.get().titleEn().isPresent() ? g.get().titleEn().get()
          : g.get().titleSv());
    } else if (budgetFile != null && budgetFile.budget().title().isPresent()) {
      title = title + ": " + budgetFile.budget().title().get();
    }
    html.title(title);
    for (Path p : new Path[] {budget, project, participants, events}) {
      if (p != null) {
        try {
          html.input(String.valueOf(p.getFileName()), sha256(p));
        } catch (IOException e) {
          return usage("kan inte läsa " + p, "cannot read " + p);
        }
      }
    }
    try {
      Files.writeString(output.path, html.render(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return usage("kan inte skriva " + output.path, "cannot write " + output.path);
    }
    err().println("esf: " + Sanitizer.oneLine(l.pick("skrev ", "wrote ") + output.path));
    err().flush();
    return reports.stream().anyMatch(Report::hasErrors) ? ExitCode.VIOLATIONS : ExitCode.OK;
  }

  /** The file's SHA-256 in lower-case hex. */
  static String sha256(Path p) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    byte[] buf = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(p)) {
      for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
        md.update(buf, 0, n);
      }
    }
    return HexFormat.of().formatHex(md.digest());
  }
}
