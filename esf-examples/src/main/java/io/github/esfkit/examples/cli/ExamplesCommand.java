package io.github.esfkit.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.validation.Severity;
import io.github.esfkit.examples.catalogue.Check;
import io.github.esfkit.examples.catalogue.Example;
import io.github.esfkit.examples.catalogue.ExampleCatalogue;
import io.github.esfkit.examples.report.Cell;
import io.github.esfkit.examples.report.Finding;
import io.github.esfkit.examples.report.Report;
import io.github.esfkit.examples.report.Table;
import io.github.esfkit.examples.result.ExamplesResult;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code esf examples}: runs the bundled reproductions and says for each whether it matched. */
@Command(name = "examples", mixinStandardHelpOptions = true,
    description = {"Runs the bundled reproductions of real ESF projects.", "",
        "Each example recomputes figures a real ESF document prints and says whether they matched. "
            + "Exit code 0 only when every example matches."})
final class ExamplesCommand extends EsfCommand {

  @Option(names = "--only", split = ",", paramLabel = "ID", description = "Run only these examples.")
  List<String> only = new ArrayList<>();

  @Option(names = "--list", description = "List the examples without running them.")
  boolean list;

  @Override
  public Integer call() {
    Language lang = options.language;
    List<Example> examples = new ArrayList<>();
    for (Example e : ExampleCatalogue.all()) {
      if (only.isEmpty() || only.contains(e.id())) {
        examples.add(e);
      }
    }
    for (String id : only) {
      if (examples.stream().noneMatch(e -> e.id().equals(id))) {
        return usage("okänt exempel '" + id + "'; se esf examples --list",
            "unknown example '" + id + "'; see esf examples --list");
      }
    }
    if (json()) {
      if (list) {
        return print(ExamplesResult.list(examples, lang), ExitCode.OK);
      }
      ObjectNode data = ExamplesResult.run(examples, lang);
      return print(data, data.path("matched").asBoolean() ? ExitCode.OK : ExitCode.VIOLATIONS);
    }
    Report r = new Report("examples", lang.pick("Exempel: esfkit återskapar verkliga ESF-projekt",
        "Examples: esfkit reproduces real ESF projects"), lang);
    if (list) {
      Table t = new Table("examples", lang.pick("Exempel", "Examples"))
          .column("id", "id").column("title", lang.pick("Titel", "Title"));
      examples.forEach(e -> t.row(Cell.text(e.id()), Cell.text(e.title(lang))));
      return print(r.table(t));
    }
    int matchedExamples = 0;
    Table summary = new Table("summary", lang.pick("Sammanfattning", "Summary"))
        .column("example", lang.pick("Exempel", "Example"))
        .column("checks", lang.pick("Kontroller", "Checks"))
        .column("result", lang.pick("Resultat", "Result"));
    for (Example e : examples) {
      List<Check> checks = ExamplesResult.runSafely(e, lang);
      long ok = checks.stream().filter(Check::matched).count();
      boolean matched = !checks.isEmpty() && ok == checks.size();
      matchedExamples += matched ? 1 : 0;
      r.paragraph(e.id() + ": " + e.title(lang) + "\n" + lang.pick("Återskapar: ", "Reproduces: ")
          + e.reproduces(lang));
      Table t = new Table(e.id(), e.id() + " — " + (matched ? lang.pick("STÄMMER", "MATCHED")
          : lang.pick("STÄMMER INTE", "MISMATCH")))
          .column("what", lang.pick("Uppgift", "What"))
          .column("expected", lang.pick("Källan", "Source"))
          .column("actual", "esfkit")
          .column("basis", lang.pick("Grund", "Basis"))
          .column("match", lang.pick("Stämmer", "Match"));
      for (Check c : checks) {
        t.row(Cell.text(c.what()), Cell.text(c.expected()), Cell.text(c.actual()), Cell.text(basis(c, lang)),
            Cell.text(!c.matched() ? lang.pick("AVVIKER", "DIFFERS")
                : c.knownDifference().map(why -> lang.pick("känd avvikelse, ", "known difference, ") + why)
                    .orElse("ok")));
        if (!c.matched()) {
          r.finding(new Finding(Severity.ERROR, "EXAMPLE-MISMATCH", e.id(), c.what() + ": "
              + lang.pick("källan ", "source ") + c.expected() + ", esfkit " + c.actual()));
        }
      }
      r.table(t);
      long recorded = checks.stream().filter(c -> c.basis() == Check.Basis.RECORDED).count();
      summary.row(Cell.text(e.id()), Cell.text(ok + "/" + checks.size()
              + (recorded == 0 ? "" : lang.pick(" (" + recorded + " registrerade)", " (" + recorded + " recorded)"))),
          Cell.text(matched ? lang.pick("stämmer", "matched") : lang.pick("STÄMMER INTE", "MISMATCH")));
    }
    summary.note(lang.pick(matchedExamples + " av " + examples.size() + " exempel stämmer. Grund: \"beräknad\" = "
            + "esfkit räknade fram värdet ur indata; \"registrerad\" = värdet (en bedömning, en milstolpes status) "
            + "står i indata och esfkit återger det.",
        matchedExamples + " of " + examples.size() + " examples matched. Basis: \"computed\" = esfkit computed the "
            + "value from the input; \"recorded\" = the value (a judgement, a milestone's status) is in the input "
            + "and esfkit passes it through."));
    r.table(summary);
    int code = print(r);
    return matchedExamples == examples.size() ? code : ExitCode.VIOLATIONS;
  }

  /** "beräknad"/"computed" or "registrerad"/"recorded": where esfkit's value comes from. */
  static String basis(Check c, Language lang) {
    return c.basis() == Check.Basis.RECORDED ? lang.pick("registrerad", "recorded") : lang.pick("beräknad", "computed");
  }
}
