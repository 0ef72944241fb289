package io.github.esfkit.budget.claim;

import io.github.esfkit.budget.CoFinancingCategory;
import io.github.esfkit.budget.CoFinancingSubLine;
import io.github.esfkit.budget.CostCategory;
import io.github.esfkit.budget.CostSection;
import io.github.esfkit.core.id.Organisationsnummer;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.javamoney.moneta.Money;

/**
 * One line of the project's ledger (bokförd post): a date, the section (phase) it is booked to, either a
 * cost category (revenue included, entered positive) or a co-financing category with its contributor
 * (cash paid in, or in-kind other than staff time, e.g. premises), the amount, a description and the
 * voucher number (verifikationsnummer) an auditor asks for. Immutable and thread-safe.
 */
@Value.Immutable
abstract class AbstractLedgerLine {

  /** The booking date. */
  public abstract LocalDate date();

  /** The section (phase or ERDF-type costs). */
  public abstract CostSection section();

  /** The cost category, for a cost or revenue line. */
  public abstract Optional<CostCategory> costCategory();

  /** The co-financing category, for a co-financing line. */
  public abstract Optional<CoFinancingCategory> coFinancing();

  /** The co-financing sub-line; the category's default when absent. */
  public abstract Optional<CoFinancingSubLine> subLine();

  /** Who contributed, for a co-financing line. */
  public abstract Optional<Organisationsnummer> contributor();

  /** The amount, SEK. */
  public abstract Money amount();

  /** Free text. */
  @Value.Default
  public String description() {
    return "";
  }

  /** The voucher number (verifikationsnummer). */
  public abstract String voucher();

  /** Where the row came from, e.g. {@code ledger.csv:4}; empty when not from a file. */
  @Value.Default
  public String source() {
    return "";
  }

  /** A cost (or revenue) line. */
  public static LedgerLine ofCost(LocalDate date, CostSection section, CostCategory category, Money amount,
      String voucher) {
    return LedgerLine.builder().date(date).section(section).costCategory(category).amount(amount).voucher(voucher)
        .build();
  }

  /** A co-financing line of a contributor. */
  public static LedgerLine ofCoFinancing(LocalDate date, CostSection section, CoFinancingCategory category,
      Organisationsnummer contributor, Money amount, String voucher) {
    return LedgerLine.builder().date(date).section(section).coFinancing(category).contributor(contributor)
        .amount(amount).voucher(voucher).build();
  }

  @Value.Check
  void check() {
    if (costCategory().isPresent() == coFinancing().isPresent()) {
      throw new IllegalArgumentException(
          "ledger line " + voucher() + " needs either a cost category or a co-financing category, not both or neither");
    }
    if (coFinancing().isPresent() && contributor().isEmpty()) {
      throw new IllegalArgumentException("co-financing ledger line " + voucher() + " needs a contributor");
    }
    if (subLine().isPresent() && (coFinancing().isEmpty() || !coFinancing().get().subLines().contains(subLine().get()))) {
      throw new IllegalArgumentException("ledger line " + voucher() + ": sub-line " + subLine().get()
          + " does not belong to " + coFinancing().map(Enum::name).orElse("a cost line"));
    }
  }
}
