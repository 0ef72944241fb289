package io.github.esfkit.examples.cli;

import io.github.esfkit.examples.data.SyntheticRunningProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code esf generate-running}: writes the files of the synthetic All In-shaped running project (the bundled
 * example, or N participants attending every month of 2019) for {@code esf claim} and load tests.
 */
@Command(name = "generate-running", mixinStandardHelpOptions = true,
    description = {"Writes synthetic running-project files (participants, attendance, time, ledger).", "",
        "Without --participants: the bundled example (esf-examples/examples/running-*). With "
            + "--participants N: N participants attending every month of 2019 and a set-up claiming all of 2019, "
            + "for measurements. Also writes PREFIX-claim-setup.json and all-in-budget.json. No real persons."})
final class GenerateRunningCommand extends EsfCommand {

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write into.")
  Path out;

  @Option(names = "--prefix", defaultValue = "running", description = "File name prefix (default: ${DEFAULT-VALUE}).")
  String prefix;

  @Option(names = "--participants", paramLabel = "N", description = "Participants attending all of 2019.")
  Integer participants;

  @Override
  public Integer call() {
    if (participants != null && (participants < 0 || participants > 5_000_000)) {
      return usage("--participants ska vara 0–5 000 000", "--participants must be 0-5 000 000");
    }
    if (!prefix.matches("[A-Za-z0-9_-]{1,40}")) {
      return usage("--prefix ska vara 1–40 tecken A-Z a-z 0-9 _ -", "--prefix must be 1-40 characters A-Z a-z 0-9 _ -");
    }
    if (!Files.isDirectory(out)) {
      return usage("--out ska vara en befintlig katalog", "--out must be an existing directory");
    }
    SyntheticRunningProject p = participants == null ? SyntheticRunningProject.example()
        : SyntheticRunningProject.year(participants);
    try {
      p.write(out, prefix);
      String setup = io.github.esfkit.examples.catalogue.Bundled.text("running-claim-setup.json");
      if (participants != null) {
        setup = setup.replace("\"last\": \"2019-06-30\"", "\"last\": \"2019-12-31\"");
      }
      Files.writeString(out.resolve(prefix + "-claim-setup.json"), setup);
      Files.writeString(out.resolve("all-in-budget.json"),
          io.github.esfkit.examples.catalogue.Bundled.text("all-in-budget.json"));
    } catch (IOException e) {
      return usage("kunde inte skriva filerna: " + e.getClass().getSimpleName(),
          "could not write the files: " + e.getClass().getSimpleName());
    }
    err().println("esf: " + options.language.pick("skrev ", "wrote ") + p.participations().size() + " / "
        + p.attendance().size() + " / " + p.timeReports().size() + " / " + p.ledger().size() + " "
        + options.language.pick("rader (deltagare / närvaro / tid / huvudbok)",
            "rows (participants / attendance / time / ledger)"));
    err().flush();
    return ExitCode.OK;
  }
}
