package io.github.esfkit.examples.cli;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.validation.Severity;
import io.github.esfkit.core.validation.Violation;
import io.github.esfkit.examples.report.Cell;
import io.github.esfkit.examples.report.Finding;
import io.github.esfkit.examples.report.GoalLabels;
import io.github.esfkit.examples.report.Report;
import io.github.esfkit.examples.report.Table;
import io.github.esfkit.examples.result.TargetsResult;
import io.github.esfkit.indicators.targets.TargetEvaluator;
import io.github.esfkit.indicators.targets.model.CriterionResult;
import io.github.esfkit.indicators.targets.model.EvaluationData;
import io.github.esfkit.indicators.targets.model.EvaluationMode;
import io.github.esfkit.indicators.targets.model.GoalReport;
import io.github.esfkit.indicators.targets.model.GoalResult;
import io.github.esfkit.indicators.targets.model.IndicatorResult;
import io.github.esfkit.indicators.targets.model.ParticipantTally;
import io.github.esfkit.indicators.targets.text.GoalReportRenderer;
import io.github.esfkit.io.InputErrors;
import io.github.esfkit.io.InvalidInputException;
import io.github.esfkit.io.csv.CsvInput;
import io.github.esfkit.io.csv.ParticipantCsvReader;
import io.github.esfkit.io.csv.ReadResult;
import io.github.esfkit.io.json.TargetsJson;
import io.github.esfkit.io.result.ResultJson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code esf targets}: a project's goal table with a verdict per indicator. */
@Command(name = "targets", mixinStandardHelpOptions = true,
    description = {"Prints a project's goal table with a verdict per indicator.", "",
        "Reads a project's targets (esfkit targets JSON) and judges each indicator (uppnådd / delvis uppnådd / "
            + "ej uppnådd). Counts come from --participants when given, else from the results section of the "
            + "project file; surveys, follow-ups, milestones and judgements from the project file."})
final class TargetsCommand extends ReportingCommand {

  @Option(names = "--project", required = true, paramLabel = "FILE", description = "Targets JSON file.")
  Path project;

  @Mixin
  ParticipantFiles input = new ParticipantFiles();

  @Mixin
  EvaluationOptions evaluation = new EvaluationOptions();

  @Override
  public Integer call() {
    Language l = options.language;
    TargetsJson.TargetsFile file;
    InputErrors errors = new InputErrors(options.maxErrors);
    try {
      file = TargetsJson.read(project, options.maxErrors);
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
      file = null;
    }
    Optional<EvaluationData> results = file == null ? Optional.empty() : file.results();
    LocalDate date = evaluation.asOf != null ? evaluation.asOf : results.map(EvaluationData::asOf).orElse(null);
    // the records are tallied as they are read, never held: any number of rows in bounded memory
    ParticipantTally.Accumulator tally = file != null && date != null
        ? ParticipantTally.accumulator(file.table(), file.facts(), date) : null;
    Path participants = input.participants;
    if (participants != null) {
      ReadResult read = ParticipantCsvReader.create(options.maxErrors, progress())
          .read(CsvInput.of(participants), input.events == null ? null : CsvInput.of(input.events),
              tally == null ? p -> { } : tally::add);
      errors.addAll(read.errors());
    } else if (input.events != null) {
      return usage("--events kräver --participants", "--events needs --participants");
    }
    if (!errors.isEmpty()) {
      return badInput(errors);
    }
    if (date == null) {
      return usage("ange --as-of: projektfilen har inget results.asOf",
          "give --as-of: the project file has no results.asOf");
    }
    Optional<GoalReport> report = evaluate(file, participants != null ? tally.result() : null, date, evaluation.mode);
    if (report.isEmpty()) {
      return usage("projektfilen har inga resultat (results); ange --participants",
          "the project file has no results section; give --participants");
    }
    if (json()) {
      return print(TargetsResult.json(report.get(), participants != null, l),
          ResultJson.hasErrors(report.get().notes()) ? ExitCode.VIOLATIONS : ExitCode.OK);
    }
    return print(report(report.get(), l, participants != null));
  }

  /**
   * The goal table judged as of {@code date}: counts from {@code tallied} when given (records tallied as they
   * were read), else from the file's results; surveys, follow-ups, milestones and judgements from the file.
   * Empty when there is nothing to count from.
   */
  static Optional<GoalReport> evaluate(TargetsJson.TargetsFile file, EvaluationData tallied, LocalDate date,
      EvaluationMode mode) {
    Optional<EvaluationData> results = file.results();
    EvaluationData data;
    if (tallied != null) {
      data = tallied;
      if (results.isPresent()) {
        EvaluationData r = results.get();
        if (!r.followUps().isEmpty()) {
          data = data.withFollowUps(r.followUps()); // income-support observations are not in the CSV format
        }
        data = data.withSurveys(r.surveys()).withMilestones(r.milestones()).withJudgements(r.judgements());
      }
    } else if (results.isPresent()) {
      data = results.get().withAsOf(date);
    } else {
      return Optional.empty();
    }
    return Optional.of(TargetEvaluator.of(mode).evaluate(file.table(), data));
  }

  /** The goal table as a report. */
  static Report report(GoalReport g, Language l, boolean fromRecords) {
    Report r = new Report("targets", l.pick("Måluppfyllelse: ", "Target attainment: ")
        + (l == Language.EN && g.titleEn().isPresent() ? g.titleEn().get() : g.titleSv()), l);
    r.paragraph(l.pick("Per " + g.asOf() + "; läge " + g.mode().name().toLowerCase(java.util.Locale.ROOT)
            + "; antal från " + (fromRecords ? "deltagarfilen" : "projektfilens resultat") + ".",
        "As of " + g.asOf() + "; mode " + g.mode().name().toLowerCase(java.util.Locale.ROOT) + "; counts from "
            + (fromRecords ? "the participant file" : "the project file's results") + "."));
    Table verdicts = new Table("verdicts", l.pick("Indikatorer", "Indicators"))
        .column("indicator", l.pick("Indikator", "Indicator")).column("verdict", l.pick("Bedömning", "Verdict"))
        .column("text", l.pick("Mål", "Target"));
    Table parts = new Table("criteria", l.pick("Delar", "Parts"))
        .column("criterion", l.pick("Del", "Part")).column("target", l.pick("Mål", "Target"))
        .column("result", l.pick("Utfall", "Result")).column("status", l.pick("Status", "Status"));
    for (GoalResult goal : g.goals()) {
      for (IndicatorResult i : goal.indicators()) {
        verdicts.row(Cell.text(i.id()), Cell.text(GoalReportRenderer.status(i.verdict(), l)),
            Cell.text(shorten(i.indicator().text(l), 90)));
        for (CriterionResult c : i.criteria()) {
          parts.row(Cell.text(c.criterionId()), Cell.text(c.target(l)), Cell.text(c.result(l)),
              Cell.text(GoalLabels.criterionStatus(c, l)));
        }
      }
    }
    r.table(verdicts);
    r.table(parts);
    for (Violation v : g.notes()) {
      r.finding(new Finding(v.severity() == Severity.ERROR ? Severity.ERROR : v.severity(), v.ruleId(), v.path(),
          v.message(l)));
    }
    return r;
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
