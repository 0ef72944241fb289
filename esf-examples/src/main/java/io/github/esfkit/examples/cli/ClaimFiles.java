package io.github.esfkit.examples.cli;

import io.github.esfkit.budget.claim.ClaimActuals;
import io.github.esfkit.budget.claim.ClaimSetup;
import io.github.esfkit.budget.claim.PaymentClaim;
import io.github.esfkit.io.InputErrors;
import io.github.esfkit.io.InvalidInputException;
import io.github.esfkit.io.csv.CsvInput;
import io.github.esfkit.io.csv.RunningCsv;
import io.github.esfkit.io.json.BudgetJson;
import io.github.esfkit.io.json.ClaimSetupJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The files of a payment claim (ansökan om utbetalning) beside the budget and the participants: the claim
 * set-up, attendance, time reports and ledger (docs/running-csv.md), and the one way they are read and the
 * claim computed. {@code esf claim} and {@code esf report} share this option group and this code path, so a
 * report shows the claim {@code esf claim} prints.
 */
public final class ClaimFiles {

  @Option(names = "--setup", paramLabel = "FILE", description = "Claim set-up JSON (esfkit-claim-setup-1).")
  Path setup;

  @Option(names = "--attendance", paramLabel = "FILE", description = "Attendance CSV (needs --setup).")
  Path attendance;

  @Option(names = "--time", paramLabel = "FILE", description = "Time reports CSV (optional).")
  Path time;

  @Option(names = "--ledger", paramLabel = "FILE", description = "Ledger CSV (optional).")
  Path ledger;

  /** True when any claim file was given. */
  boolean given() {
    return setup != null || attendance != null || time != null || ledger != null;
  }

  /** The files given, in the order they are read after the participants (for checksums). */
  List<Path> rowFiles() {
    return java.util.stream.Stream.of(attendance, time, ledger).filter(java.util.Objects::nonNull).toList();
  }

  /** The missing file a claim needs ({@code --setup}, {@code --attendance}) as a usage message, if any. */
  Optional<String[]> missing() {
    if (setup == null || attendance == null) {
      return Optional.of(new String[] {"ansökan om utbetalning kräver --setup och --attendance",
          "a payment claim needs --setup and --attendance"});
    }
    return Optional.empty();
  }

  /** Reads the set-up file; its errors go to {@code errors}. */
  Optional<ClaimSetupJson.SetupFile> readSetup(InputErrors errors, int maxErrors) {
    try {
      return Optional.of(ClaimSetupJson.read(setup, maxErrors));
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
      return Optional.empty();
    }
  }

  /** Reads attendance, time reports and ledger into {@code actuals}; every error goes to {@code errors}. */
  void readRows(ClaimActuals actuals, InputErrors errors, int maxErrors) {
    errors.addAll(RunningCsv.readAttendance(CsvInput.of(attendance), maxErrors, actuals::add));
    if (time != null) {
      errors.addAll(RunningCsv.readTimeReports(CsvInput.of(time), maxErrors, actuals::add));
    }
    if (ledger != null) {
      errors.addAll(RunningCsv.readLedger(CsvInput.of(ledger), maxErrors, actuals::add));
    }
  }

  /** A set-up over its budget and the claim it gives for {@code actuals}: read without errors. */
  static Computed compute(ClaimSetupJson.SetupFile setupFile, BudgetJson.BudgetFile budgetFile, ClaimActuals actuals) {
    ClaimSetup s = setupFile.setup(budgetFile.budget(), budgetFile.requirement());
    return new Computed(s, s.claim(actuals));
  }

  /** A claim and the set-up it was computed from. */
  record Computed(ClaimSetup setup, PaymentClaim claim) {}
}
