package io.github.esfkit.examples.cli;

import io.github.esfkit.budget.claim.ClaimActuals;
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
import io.github.esfkit.indicators.targets.model.GoalReport;
import io.github.esfkit.indicators.targets.model.ParticipantTally;
import io.github.esfkit.io.InputErrors;
import io.github.esfkit.io.InvalidInputException;
import io.github.esfkit.io.csv.CsvInput;
import io.github.esfkit.io.csv.ParticipantCsvReader;
import io.github.esfkit.io.csv.PersonIdCounts;
import io.github.esfkit.io.csv.ReadResult;
import io.github.esfkit.io.json.BudgetJson;
import io.github.esfkit.io.json.ClaimSetupJson;
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
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin
  ParticipantFiles input = new ParticipantFiles();

  @Mixin
  ClaimFiles claimFiles = new ClaimFiles();

  @Option(names = "--period", paramLabel = "2014-2020|2021-2027",
      description = "Programme period of the participants (required with --participants).")
  String period;

  @Mixin
  EvaluationOptions evaluation = new EvaluationOptions();

  @Option(names = "--small-cells", defaultValue = "" + SmallCells.DEFAULT_THRESHOLD, paramLabel = "N",
      description = "Counts of persons from 1 to N-1 are shown as '< N'; 1 shows every count "
          + "(default: ${DEFAULT-VALUE}).")
  int smallCells = SmallCells.DEFAULT_THRESHOLD;

  @Override
  public Integer call() {
    Language l = options.language;
    Path participants = input.participants;
    Path events = input.events;
    if (output.path == null) {
      return usage("esf report kräver --out FIL.html", "esf report needs --out FILE.html");
    }
    if (options.format != OutputFormat.TEXT) {
      return usage("esf report skriver HTML; --format gäller budget, indicators, targets och claim",
          "esf report writes HTML; --format is for budget, indicators, targets and claim");
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
    boolean claimed = claimFiles.given();
    if (claimed) {
      Optional<String[]> missing = claimFiles.missing();
      if (missing.isPresent()) {
        return usage(missing.get()[0], missing.get()[1]);
      }
      if (budget == null || participants == null) {
        return usage("budget mot utfall (--setup) kräver --budget och --participants",
            "budget against actuals (--setup) needs --budget and --participants");
      }
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
    Optional<ClaimSetupJson.SetupFile> setupFile = claimed ? claimFiles.readSetup(errors, options.maxErrors)
        : Optional.empty();
    LocalDate date = evaluation.asOf;
    if (date == null && targetsFile != null) {
      date = targetsFile.results().map(EvaluationData::asOf).orElse(null);
    }
    if (date == null && setupFile.isPresent() && budgetFile != null) { // the claim period's last day
      date = setupFile.get().setup(budgetFile.budget(), budgetFile.requirement()).period().getEnd().minusDays(1);
    }
    // Every record is tallied as it is read and then dropped: the indicators, the monthly flow and the goal
    // counts take memory in proportion to persons seen more than once, months and goals, not to rows.
    ClaimActuals actuals = claimed ? ClaimActuals.create() : null;
    Tallies tallies = null;
    boolean asOfOutOfRange = false;
    ReadResult read = null;
    if (participants != null) {
      if (date != null) {
        try {
          tallies = new Tallies(programmePeriod, date, targetsFile, participants);
        } catch (IllegalArgumentException e) {
          asOfOutOfRange = true;
        }
      }
      Tallies t = tallies;
      read = ParticipantCsvReader.create(options.maxErrors, progress())
          .read(CsvInput.of(participants), events == null ? null : CsvInput.of(events), p -> {
            if (t != null) {
              t.add(p);
            }
            if (actuals != null) {
              actuals.add(p);
            }
          });
      TerminalProgress.done(progress());
      errors.addAll(read.errors());
    }
    if (claimed) {
      claimFiles.readRows(actuals, errors, options.maxErrors);
    }
    if (!errors.isEmpty()) {
      return badInput(errors);
    }
    if (date == null && (participants != null || project != null)) {
      return usage("ange --as-of (projektfilen har inget results.asOf)",
          "give --as-of (no project file with results.asOf)");
    }
    if (asOfOutOfRange) {
      return usage("--as-of måste ligga mellan åren 1800 och 2999", "--as-of must be within the years 1800-2999");
    }

    HtmlReport html = HtmlReport.of(l, SmallCells.below(smallCells)).asOf(date);
    List<Report> reports = new ArrayList<>();
    String title = l.pick("Projektrapport", "Project report");
    if (budgetFile != null) {
      Report r = BudgetCommand.report(budgetFile, l);
      html.budget(r);
      reports.add(r);
    }
    if (claimed) {
      ClaimFiles.Computed c = ClaimFiles.compute(setupFile.get(), budgetFile, actuals);
      Report r = ClaimCommand.report(c.claim(), c.setup(), List.of(), l);
      html.claim(r, c.claim());
      reports.add(r);
    }
    if (tallies != null) {
      CommonIndicatorResult result = tallies.calculator.result();
      Report r = IndicatorsCommand.report(result, read, l, false);
      html.participants(r, result, tallies.flow.build());
      reports.add(r);
    }
    if (targetsFile != null) {
      Optional<GoalReport> g = TargetsCommand.evaluate(targetsFile,
          tallies == null || tallies.goals == null ? null : tallies.goals.result(), date, evaluation.mode);
      if (g.isEmpty()) {
        return usage("projektfilen har inga resultat (results); ange --participants",
            "the project file has no results section; give --participants");
      }
      Report r = TargetsCommand.report(g.get(), l, participants != null);
      html.goals(r, g.get());
      reports.add(r);
      title = title + ": " + (l == Language.EN && g.get().titleEn().isPresent() ? g.get().titleEn().get()
          : g.get().titleSv());
    } else if (budgetFile != null && budgetFile.budget().title().isPresent()) {
      title = title + ": " + budgetFile.budget().title().get();
    }
    html.title(title);
    List<Path> files = new ArrayList<>(Arrays.asList(budget, project, participants, events, claimFiles.setup));
    files.addAll(claimFiles.rowFiles());
    for (Path p : files) {
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

  /**
   * What the participants file is folded into as it is read: the common indicators (a person seen once is
   * folded at once, as {@code esf indicators} does), the monthly flow and, with a project file, the goal counts.
   */
  private static final class Tallies {
    final CommonIndicatorCalculator calculator;
    final MonthlyFlow.Builder flow;
    final ParticipantTally.Accumulator goals;
    final PersonIdCounts persons;

    /** @throws IllegalArgumentException when {@code asOf} is outside what the calculator takes */
    Tallies(ProgrammePeriod period, LocalDate asOf, TargetsJson.TargetsFile targets, Path participants) {
      calculator = CommonIndicatorCalculator.of(period, asOf);
      flow = MonthlyFlow.builder(asOf);
      goals = targets == null ? null : ParticipantTally.accumulator(targets.table(), targets.facts(), asOf);
      // only a regular file can be read twice: a pipe is read once, and its persons are held until the end
      persons = Files.isRegularFile(participants) ? PersonIdCounts.of(CsvInput.of(participants)) : null;
    }

    void add(Participation p) {
      if (persons != null && p.personId().isPresent() && persons.count(p.personId().get()) == 1) {
        calculator.addPerson(List.of(p));
      } else {
        calculator.add(p);
      }
      flow.add(p);
      if (goals != null) {
        goals.add(p);
      }
    }
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
