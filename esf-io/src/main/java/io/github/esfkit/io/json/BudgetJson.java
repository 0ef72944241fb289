package io.github.esfkit.io.json;

import io.github.esfkit.budget.Budget;
import io.github.esfkit.budget.BudgetLine;
import io.github.esfkit.budget.CoFinancier;
import io.github.esfkit.budget.CoFinancingCategory;
import io.github.esfkit.budget.CoFinancingRequirement;
import io.github.esfkit.budget.CoFinancingSubLine;
import io.github.esfkit.budget.Contribution;
import io.github.esfkit.budget.CostCategory;
import io.github.esfkit.budget.CostSection;
import io.github.esfkit.budget.FlatRate;
import io.github.esfkit.budget.OverviewRow;
import io.github.esfkit.budget.PrintedTotals;
import io.github.esfkit.budget.RoundingPolicy;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.core.id.Diarienummer;
import io.github.esfkit.core.programme.FlatRateOption;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.io.InputErrors;
import io.github.esfkit.io.InvalidInputException;
import java.math.BigDecimal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The budget JSON format, version 1 ({@code esfkit-budget-1}): a 2014–2020 application budget with the
 * call's co-financing requirement, read into {@link Budget} and {@link CoFinancingRequirement}. Every
 * problem of the file is reported at once, by line, column and JSON path. The format is documented in the
 * examples README; {@code esf-examples/examples/all-in-budget.json} is a complete example.
 *
 * <p>Codes are the library's enum constants in lower case ({@code analysis_and_planning}, {@code staff},
 * {@code public_in_kind}). Amounts are whole kronor, as JSON numbers or decimal strings. Stateless.
 */
public final class BudgetJson {

  /** The value of the {@code format} key. */
  public static final String FORMAT = "esfkit-budget-1";

  /** A budget file: the budget and, when the file names one, the call's requirement. */
  public static final class BudgetFile {
    private final Budget budget;
    private final Optional<CoFinancingRequirement> requirement;

    BudgetFile(Budget budget, Optional<CoFinancingRequirement> requirement) {
      this.budget = budget;
      this.requirement = requirement;
    }

    /** The budget. */
    public Budget budget() {
      return budget;
    }

    /** The call's co-financing requirement, when given. */
    public Optional<CoFinancingRequirement> requirement() {
      return requirement;
    }
  }

  private BudgetJson() {}

  /** Reads a budget file. */
  public static BudgetFile read(Path path, int maxErrors) throws InvalidInputException {
    return map(path.toString(), JsonInput.read(path), maxErrors);
  }

  /** Reads budget JSON text. */
  public static BudgetFile read(String name, String json) throws InvalidInputException {
    return map(name, JsonInput.read(name, json), InputErrors.DEFAULT_LIMIT);
  }

  /**
   * Reads budget JSON from a stream of at most 16 MiB (bytes are counted while read),
   * named {@code name} in messages (a resource, a pipe, an upload).
   */
  public static BudgetFile read(String name, InputStream in, int maxErrors) throws InvalidInputException, IOException {
    return map(name, JsonInput.read(name, in), maxErrors);
  }

  /** Maps a parsed document. */
  static BudgetFile map(String name, Node root, int maxErrors) throws InvalidInputException {
    InputErrors errors = new InputErrors(maxErrors);
    Fields f = new Fields(name, errors);
    if (!f.object(root, "format", "title", "source", "call", "projectOwner", "programmePeriod", "flatRates",
        "flatRateRounding", "costs", "coFinancing", "printed")) {
      throw new InvalidInputException(errors);
    }
    f.format(root, FORMAT);
    Budget.Builder b = Budget.builder();
    f.string(root, "title", false).ifPresent(b::title);
    programmePeriod(f, root, false).ifPresent(b::programmePeriod);
    f.member(root, "projectOwner", false).flatMap(n -> coFinancier(f, n)).ifPresent(b::projectOwner);

    flatRates(f, root, b);
    f.code(root, "flatRateRounding", RoundingPolicy.class, false).ifPresent(b::flatRateRounding);

    for (Node line : f.array(root, "costs", true)) {
      costLine(f, line).ifPresent(b::addCostLines);
    }
    for (Node c : f.array(root, "coFinancing", true)) {
      contribution(f, c).ifPresent(b::addContributions);
    }
    f.member(root, "printed", false).flatMap(n -> printed(f, n)).ifPresent(b::printedTotals);
    Optional<CoFinancingRequirement> requirement = f.member(root, "call", false).flatMap(n -> call(f, n));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    try {
      return new BudgetFile(b.build(), requirement);
    } catch (IllegalArgumentException | IllegalStateException e) {
      f.error(root, "JSON-INVALID", io.github.esfkit.core.Redaction.scrub(e.getMessage()),
          io.github.esfkit.core.Redaction.scrub(e.getMessage()));
      throw new InvalidInputException(errors);
    }
  }

  /** The {@code programmePeriod} member, "2014-2020" or "2021-2027". */
  static Optional<ProgrammePeriod> programmePeriod(Fields f, Node object, boolean required) {
    return f.member(object, "programmePeriod", required).flatMap(n -> f.parse(n, "JSON-CODE", ProgrammePeriod::fromCode));
  }

  /** The flat rates of a budget object; without the member, the 2014–2020 form's 15 % of staff. */
  static void flatRates(Fields f, Node root, Budget.Builder b) {
    List<Node> rates = f.array(root, "flatRates", false);
    if (root.fields().containsKey("flatRates")) {
      for (Node r : rates) {
        if (f.object(r, "type", "percent", "justification")) {
          Optional<FlatRateOption> type = f.code(r, "type", FlatRateOption.class, true);
          Optional<BigDecimal> percent = f.number(r, "percent", false);
          Optional<String> justification = f.string(r, "justification", false);
          type.ifPresent(t -> {
            FlatRate.Builder rate = FlatRate.builder().option(t);
            percent.ifPresent(rate::ratePercent);
            justification.ifPresent(rate::justification);
            b.addFlatRates(rate.build());
          });
        }
      }
    } else {
      b.addFlatRates(FlatRate.formIndirectCosts());
    }
  }

  static Optional<BudgetLine> costLine(Fields f, Node n) {
    if (!f.object(n, "section", "category", "description", "amount", "units", "unitPrice")) {
      return Optional.empty();
    }
    Optional<CostSection> section = f.code(n, "section", CostSection.class, true);
    Optional<CostCategory> category = f.code(n, "category", CostCategory.class, true);
    String description = f.string(n, "description", false).orElse("");
    boolean byAmount = n.fields().containsKey("amount");
    boolean byUnits = n.fields().containsKey("units") || n.fields().containsKey("unitPrice");
    if (byAmount == byUnits) {
      f.error(n, "JSON-AMOUNT", "ange antingen amount eller units och unitPrice",
          "give either amount, or units and unitPrice");
      return Optional.empty();
    }
    if (byAmount) {
      Optional<BigDecimal> amount = f.kronor(n, "amount", true);
      if (section.isEmpty() || category.isEmpty() || amount.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(BudgetLine.of(section.get(), category.get(), description, Sek.of(amount.get())));
    }
    Optional<BigDecimal> units = f.number(n, "units", true);
    Optional<BigDecimal> price = f.kronor(n, "unitPrice", true);
    units.filter(u -> u.signum() < 0).ifPresent(u -> f.error(n.fields().get("units"), "JSON-NEGATIVE",
        "antalet får inte vara negativt", "units must not be negative"));
    if (section.isEmpty() || category.isEmpty() || units.isEmpty() || price.isEmpty() || units.get().signum() < 0) {
      return Optional.empty();
    }
    return Optional.of(BudgetLine.ofUnits(section.get(), category.get(), description, units.get(), Sek.of(price.get())));
  }

  private static Optional<Contribution> contribution(Fields f, Node n) {
    if (!f.object(n, "category", "subLine", "amount", "contributor", "description")) {
      return Optional.empty();
    }
    Optional<CoFinancingCategory> category = f.code(n, "category", CoFinancingCategory.class, true);
    Optional<CoFinancingSubLine> subLine = f.code(n, "subLine", CoFinancingSubLine.class, false);
    Optional<BigDecimal> amount = f.kronor(n, "amount", true);
    Optional<CoFinancier> who = f.member(n, "contributor", true).flatMap(c -> coFinancier(f, c));
    if (!subLineOf(f, n, category, subLine) || category.isEmpty() || amount.isEmpty() || who.isEmpty()) {
      return Optional.empty();
    }
    Contribution.Builder c = Contribution.builder().category(category.get())
        .subLine(subLine.orElse(category.get().defaultSubLine())).contributor(who.get()).amount(Sek.of(amount.get()));
    f.string(n, "description", false).ifPresent(c::description);
    return Optional.of(c.build());
  }

  /** False, and reported, when the contribution's sub-line is not one of its category. */
  static boolean subLineOf(Fields f, Node n, Optional<CoFinancingCategory> category,
      Optional<CoFinancingSubLine> subLine) {
    if (category.isEmpty() || subLine.isEmpty() || category.get().subLines().contains(subLine.get())) {
      return true;
    }
    String c = Fields.codeOf(category.get());
    String allowed = String.join(", ", category.get().subLines().stream().map(Fields::codeOf).toArray(String[]::new));
    f.error(n.fields().get("subLine"), "JSON-CODE", "raden finns inte under " + c + "; tillåtet: " + allowed,
        "this sub-line does not exist under " + c + "; allowed: " + allowed);
    return false;
  }

  private static Optional<CoFinancier> coFinancier(Fields f, Node n) {
    if (!f.object(n, "organisationsnummer", "cfar", "name")) {
      return Optional.empty();
    }
    // numbers are kept as printed: a wrong check digit or a placeholder CFAR is a finding, not bad input
    Optional<String> orgnr = f.string(n, "organisationsnummer", true);
    Optional<String> cfar = f.string(n, "cfar", false);
    Optional<String> name = f.name(n);
    if (orgnr.isEmpty() || name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(CoFinancier.ofPrinted(name.get(), orgnr.get(), cfar));
  }

  private static Optional<CoFinancingRequirement> call(Fields f, Node n) {
    if (!f.object(n, "label", "number", "requiredCoFinancingPercent")) {
      return Optional.empty();
    }
    Optional<BigDecimal> percent = f.number(n, "requiredCoFinancingPercent", true);
    Optional<String> label = f.string(n, "label", false);
    Optional<Diarienummer> number = f.member(n, "number", false)
        .flatMap(x -> f.parse(x, "JSON-DIARIENUMMER", Diarienummer::parse));
    if (percent.isEmpty()) {
      return Optional.empty();
    }
    if (percent.get().signum() < 0 || percent.get().compareTo(BigDecimal.valueOf(100)) > 0) {
      f.error(n.fields().get("requiredCoFinancingPercent"), "JSON-PERCENT", "ska ligga mellan 0 och 100",
          "must be between 0 and 100");
      return Optional.empty();
    }
    CoFinancingRequirement.Builder r = CoFinancingRequirement.builder().percent(percent.get());
    label.ifPresent(r::callLabel);
    number.ifPresent(r::callNumber);
    return Optional.of(r.build());
  }

  static Optional<PrintedTotals> printed(Fields f, Node n) {
    if (!f.object(n, "overview", "sectionTotals", "percents")) {
      return Optional.empty();
    }
    PrintedTotals.Builder p = PrintedTotals.builder();
    f.member(n, "overview", false).ifPresent(o -> {
      if (f.object(o, keys(OverviewRow.values(), false))) {
        for (OverviewRow row : OverviewRow.values()) {
          if (!row.isPercent()) {
            f.kronor(o, Fields.codeOf(row), false).ifPresent(v -> p.putAmounts(row, Sek.of(v)));
          }
        }
      }
    });
    f.member(n, "sectionTotals", false).ifPresent(o -> {
      if (f.object(o, Fields.codes(CostSection.values()))) {
        for (CostSection s : CostSection.values()) {
          f.kronor(o, Fields.codeOf(s), false).ifPresent(v -> p.putSectionTotals(s, Sek.of(v)));
        }
      }
    });
    f.member(n, "percents", false).ifPresent(o -> {
      if (f.object(o, keys(OverviewRow.values(), true))) {
        for (OverviewRow row : OverviewRow.values()) {
          if (row.isPercent()) {
            f.number(o, Fields.codeOf(row), false).ifPresent(v -> p.putPercents(row, v));
          }
        }
      }
    });
    return Optional.of(p.build());
  }

  private static String[] keys(OverviewRow[] rows, boolean percent) {
    return java.util.Arrays.stream(rows).filter(r -> r.isPercent() == percent).map(Fields::codeOf)
        .toArray(String[]::new);
  }

}
