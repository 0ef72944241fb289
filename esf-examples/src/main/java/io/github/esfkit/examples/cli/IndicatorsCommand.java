package io.github.esfkit.examples.cli;

import io.github.esfkit.core.Language;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.examples.report.Cell;
import io.github.esfkit.examples.report.Report;
import io.github.esfkit.examples.report.Table;
import io.github.esfkit.indicators.common.Breakdown;
import io.github.esfkit.indicators.common.CommonIndicator;
import io.github.esfkit.indicators.common.CommonIndicatorCalculator;
import io.github.esfkit.indicators.common.CommonIndicatorResult;
import io.github.esfkit.indicators.common.DataQualityReport;
import io.github.esfkit.indicators.common.DataRule;
import io.github.esfkit.indicators.common.FieldCompleteness;
import io.github.esfkit.indicators.common.IndicatorCounts;
import io.github.esfkit.io.csv.ColumnarCsvReader;
import io.github.esfkit.io.csv.CsvInput;
import io.github.esfkit.io.csv.ParticipantCsvReader;
import io.github.esfkit.io.csv.PersonIdCounts;
import io.github.esfkit.io.csv.ProgressListener;
import io.github.esfkit.io.csv.ReadResult;
import io.github.esfkit.io.result.IndicatorsResult;
import io.github.esfkit.io.result.ResultJson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code esf indicators}: the EU common indicators and the data-quality report of participant files. */
@Command(name = "indicators", mixinStandardHelpOptions = true,
    description = {"Prints the EU common indicators and the data-quality report of participant files.", "",
        "Reads participants.csv (and events.csv) in the exchange format, version 1, as a stream, and prints the "
            + "common indicators of the programme period by gender, and the data-quality report. "
            + "A file with any error yields no figures (exit code 2)."})
final class IndicatorsCommand extends ReportingCommand {

  @Option(names = "--participants", required = true, paramLabel = "FILE", description = "participants.csv")
  Path participants;

  @Option(names = "--events", paramLabel = "FILE", description = "events.csv (optional)")
  Path events;

  @Option(names = "--period", required = true, paramLabel = "2014-2020|2021-2027",
      description = "Programme period: decides the indicator catalogue.")
  String period;

  @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD", description = "Reporting date.")
  LocalDate asOf;

  @Option(names = "--by-sub-project", description = "Also print every indicator per sub-project.")
  boolean bySubProject;

  @Option(names = "--temp-dir", paramLabel = "DIR",
      description = "Where a participants.csv larger than 192 MiB is partitioned by person to temporary files, "
          + "owner-only and deleted when the read ends or the JVM is stopped (default: the system's temporary "
          + "directory; it must be writable). The partitions hold the rows as they are, personnummer included: "
          + "choose a volume fit for personal data.")
  Path tempDir;

  @Override
  public Integer call() {
    ProgrammePeriod programmePeriod;
    try {
      programmePeriod = ProgrammePeriod.fromCode(period);
    } catch (IllegalArgumentException e) {
      return usage("--period måste vara 2014-2020 eller 2021-2027", "--period must be 2014-2020 or 2021-2027");
    }
    CommonIndicatorCalculator calculator;
    try {
      calculator = CommonIndicatorCalculator.of(programmePeriod, asOf);
    } catch (IllegalArgumentException e) {
      return usage("--as-of måste ligga mellan åren 1800 och 2999", "--as-of must be within the years 1800-2999");
    }
    if (tempDir != null && !(java.nio.file.Files.isDirectory(tempDir) && java.nio.file.Files.isWritable(tempDir))) {
      return usage("--temp-dir ska vara en befintlig katalog som går att skriva i",
          "--temp-dir must be an existing directory that can be written to");
    }
    ProgressListener progress = progress();
    ColumnarCsvReader columnar = ColumnarCsvReader.create(progress); // partitions in java.io.tmpdir by default
    if (tempDir != null) {
      columnar = columnar.partitioned(ColumnarCsvReader.DEFAULT_PARTITION_BYTES, tempDir);
    }
    // The columnar path reads regular files straight into int columns; it declines any file with an error
    // (or in a form it does not read), and then the object reader below reads it and reports every error.
    ReadResult read = columnar.read(participants, events, calculator).orElse(null);
    if (read == null) {
      calculator = CommonIndicatorCalculator.of(programmePeriod, asOf); // what the columnar path added is discarded
      read = readObjects(calculator, progress);
    }
    TerminalProgress.done(progress);
    if (!read.isValid()) {
      return badInput(read.errors()); // whatever the calculator holds is discarded
    }
    CommonIndicatorResult result = calculator.result();
    if (json()) {
      boolean errors = ResultJson.hasErrors(result.dataQuality().violations().violations())
          || ResultJson.hasErrors(result.consistency().violations());
      return print(IndicatorsResult.json(result, read.participations(), read.events(), bySubProject, options.language),
          errors ? ExitCode.VIOLATIONS : ExitCode.OK);
    }
    return print(report(result, read, options.language, bySubProject));
  }

  /** Reads the files into participations and folds them on a second thread. */
  private ReadResult readObjects(CommonIndicatorCalculator calculator, ProgressListener progress) {
    // A first, tokenizing-only pass counts each person's rows, so that a person seen once is folded at once
    // (addPerson) instead of being held by the calculator until the end in case a re-entry follows.
    // Only a regular file can be read twice: a pipe (e.g. <(...)) is read once, with the plain fold.
    PersonIdCounts persons = java.nio.file.Files.isRegularFile(participants)
        ? PersonIdCounts.of(CsvInput.of(participants)) : null;
    try (PipelinedFold fold = new PipelinedFold(p -> {
      if (persons != null && p.personId().isPresent() && persons.count(p.personId().get()) == 1) {
        calculator.addPerson(List.of(p));
      } else {
        calculator.add(p);
      }
    })) {
      return ParticipantCsvReader.create(options.maxErrors, progress).read(CsvInput.of(participants),
          events == null ? null : CsvInput.of(events), fold);
    }
  }

  /** The report of a result: figures, optionally per sub-project, data quality and findings. */
  static Report report(CommonIndicatorResult result, ReadResult read, Language l, boolean bySubProject) {
    ProgrammePeriod p = result.period();
    Report r = new Report("indicators", l.pick("Gemensamma indikatorer ", "Common indicators ") + p.fund() + " "
        + p.code() + l.pick(", per ", ", as of ") + result.asOf(), l);
    List<CommonIndicator> notCollected = result.notCollected();
    r.table(figures("indicators", l.pick("Indikatorer", "Indicators"), result.figures(), notCollected, p, l));
    if (!notCollected.isEmpty()) {
      List<String> codes = new ArrayList<>();
      notCollected.forEach(i -> codes.add(i.code()));
      r.paragraph(l.pick("Ej insamlat: uppgiften är insamlad för färre än "
              + CommonIndicatorResult.COLLECTED_THRESHOLD_PERCENT + " % av deltagarna: ",
          "Not collected: the characteristic was collected for fewer than "
              + CommonIndicatorResult.COLLECTED_THRESHOLD_PERCENT + " % of the participants: ")
          + String.join(", ", codes));
    }
    List<String> notComputed = new ArrayList<>();
    for (CommonIndicator i : result.notComputed()) {
      notComputed.add(i.code());
    }
    if (!notComputed.isEmpty()) {
      r.paragraph(l.pick("Beräknas inte ur deltagaruppgifter (enhetsindikatorer eller uppgifter som inte samlas in): ",
          "Not computed from participant records (entity indicators or data not collected): ")
          + String.join(", ", notComputed));
    }
    if (bySubProject) {
      for (Map.Entry<String, Map<CommonIndicator, IndicatorCounts>> e : result.subProjects().entrySet()) {
        r.table(figures("subProject." + e.getKey(), l.pick("Delprojekt ", "Sub-project ") + e.getKey(), e.getValue(),
            notCollected, p, l));
      }
    }
    DataQualityReport q = result.dataQuality();
    Table dq = new Table("dataQuality", l.pick("Datakvalitet", "Data quality"))
        .column("item", l.pick("Uppgift", "Item")).column("count", l.pick("Antal", "Count"));
    dq.row(Cell.text(l.pick("Rader lästa (inskrivningar)", "Rows read (participations)")), Cell.count(read.participations()));
    dq.row(Cell.text(l.pick("Händelser lästa", "Events read")), Cell.count(read.events()));
    dq.row(Cell.text(l.pick("Deltagare (personer) i totalen", "Participants (persons) in the total")),
        Cell.count(q.participants()));
    dq.row(Cell.text(l.pick("Ofullständiga: bara i totalen", "Incomplete: in the total only")),
        Cell.count(q.incompleteParticipants()));
    dq.row(Cell.text(l.pick("Inskrivningar som inte räknas", "Participations not counted")), Cell.count(q.excluded()));
    for (DataRule rule : DataRule.values()) {
      long n = q.count(rule);
      if (n > 0) {
        dq.row(Cell.text(rule.id()), Cell.count(n));
      }
    }
    r.table(dq);
    Table comp = new Table("completeness", l.pick("Uppgifternas fullständighet", "Completeness of the characteristics"))
        .column("field", l.pick("Uppgift", "Field")).column("known", l.pick("Känd", "Known"))
        .column("notCollected", l.pick("Ej insamlad", "Not collected")).column("refused", l.pick("Vägrat", "Refused"))
        .column("dontKnow", l.pick("Vet ej", "Don't know"));
    for (FieldCompleteness c : q.completeness().values()) {
      comp.row(Cell.text(l == Language.SV ? c.field().nameSv() : c.field().nameEn()), Cell.count(c.known()),
          Cell.count(c.notCollected()), Cell.count(c.refused()), Cell.count(c.dontKnow()));
    }
    r.table(comp);
    r.findings(q.violations());
    r.findings(result.consistency());
    return r;
  }

  private static Table figures(String id, String heading, Map<CommonIndicator, IndicatorCounts> figures,
      List<CommonIndicator> notCollected, ProgrammePeriod p, Language l) {
    boolean nonBinary = p.hasNonBinaryGender();
    Table t = new Table(id, heading).column("code", l.pick("Kod", "Code")).column("name", l.pick("Indikator", "Indicator"))
        .column("total", l.pick("Totalt", "Total")).column("women", l.pick("Kvinnor", "Women"))
        .column("men", l.pick("Män", "Men"));
    if (nonBinary) {
      t.column("nonBinary", l.pick("Icke-binära", "Non-binary"));
    }
    t.column("genderNotReported", l.pick("Kön ej redovisat", "Gender not reported"));
    for (Map.Entry<CommonIndicator, IndicatorCounts> e : figures.entrySet()) {
      IndicatorCounts f = e.getValue();
      List<Cell> cells = new ArrayList<>(List.of(Cell.text(e.getKey().code()), Cell.text(e.getKey().name(l))));
      List<Breakdown> columns = new ArrayList<>(List.of(Breakdown.TOTAL, Breakdown.WOMEN, Breakdown.MEN));
      if (nonBinary) {
        columns.add(Breakdown.NON_BINARY);
      }
      columns.add(Breakdown.GENDER_NOT_REPORTED);
      boolean collected = !notCollected.contains(e.getKey());
      for (Breakdown b : columns) {
        cells.add(collected ? Cell.count(f.get(b)) : Cell.text(l.pick("ej insamlat", "not collected")));
      }
      t.row(cells.toArray(new Cell[0]));
    }
    return t;
  }
}
