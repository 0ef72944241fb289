package io.github.esfkit.budget;

import io.github.esfkit.budget.internal.AmountFormat;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.Share;
import io.github.esfkit.core.id.CfarNumber;
import io.github.esfkit.core.id.Organisationsnummer;
import io.github.esfkit.core.programme.Call;
import io.github.esfkit.core.programme.FlatRateOption;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.core.validation.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.jspecify.annotations.Nullable;

/**
 * Checks a {@link Budget} against the rules of {@link BudgetRule} and reports every violation with a
 * stable id, a path and Swedish and English messages. Never throws on any budget: derived figures are
 * computed on the numbers even when currencies are wrong, and every rule runs. Stateless and thread-safe.
 */
final class BudgetValidator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private BudgetValidator() {}

  /** Every violation of the budget's own rules. */
  public static ValidationResult validate(@Nullable Budget budget) {
    return validate(budget, Optional.empty());
  }

  /** Every violation, including co-financing below the call's requirement. */
  public static ValidationResult validate(@Nullable Budget budget, @Nullable CoFinancingRequirement requirement) {
    return validate(budget, Optional.ofNullable(requirement));
  }

  /**
   * Every violation against a call: its requirement, its programme period and its list of allowed flat
   * rates ({@link Call#allowedFlatRates()}; an empty list allows none).
   */
  public static ValidationResult validate(@Nullable Budget budget, @Nullable Call call) {
    if (call == null || budget == null) {
      return validate(budget, Optional.empty());
    }
    ValidationResult.Builder out = ValidationResult.builder();
    out.addAll(validate(budget, Optional.of(CoFinancingRequirement.forCall(call))));
    if (budget.programmePeriod() != call.programmePeriod()) {
      add(out, BudgetRule.PERIOD_NOT_CALL, "programmePeriod",
          "Budgeten följer programperioden " + budget.programmePeriod().code() + " men utlysningen "
              + call.programmePeriod().code() + ".",
          "The budget follows programme period " + budget.programmePeriod().code() + " but the call "
              + call.programmePeriod().code() + ".");
    }
    List<FlatRate> rates = budget.flatRates();
    for (int j = 0; j < rates.size(); j++) {
      FlatRate rate = rates.get(j);
      if (!call.allowedFlatRates().contains(rate.option())) {
        add(out, BudgetRule.FLAT_RATE_NOT_IN_CALL, "flatRates[" + j + "]",
            "Utlysningen tillåter inte schablonen " + rate.label(Language.SV) + "; tillåtna: "
                + allowed(call, Language.SV) + ".",
            "The call does not allow the flat rate " + rate.label(Language.EN) + "; allowed: "
                + allowed(call, Language.EN) + ".");
      }
    }
    return out.build();
  }

  private static String allowed(Call call, Language l) {
    if (call.allowedFlatRates().isEmpty()) {
      return l.pick("inga", "none");
    }
    StringBuilder b = new StringBuilder();
    for (FlatRateOption o : FlatRateOption.values()) {
      if (call.allowedFlatRates().contains(o)) {
        b.append(b.length() == 0 ? "" : "; ").append(o.label(l));
      }
    }
    return b.toString();
  }

  /** Every violation, with an optional requirement. */
  public static ValidationResult validate(@Nullable Budget budget, Optional<CoFinancingRequirement> requirement) {
    Objects.requireNonNull(requirement, "requirement");
    ValidationResult.Builder out = ValidationResult.builder();
    if (budget == null) {
      add(out, BudgetRule.MISSING, "budget", "Budget saknas.", "The budget is missing.");
      return out.build();
    }
    // a number out of range is reported once and kept out of every other rule and of all arithmetic
    List<String> outOfRange = BudgetCalculator.outOfRange(budget);
    Set<String> bad = new HashSet<>(outOfRange);
    outOfRange.forEach(path -> outOfRange(out, path));
    Optional<CoFinancingRequirement> req = requirement == null ? Optional.empty() : requirement;
    boolean requirementInRange = req.map(r -> BudgetCalculator.isInRange(r.percent())).orElse(true);
    if (!requirementInRange) {
      outOfRange(out, "requirement.percent");
    }
    lines(budget, bad, out);
    contributions(budget, bad, out);
    flatRates(budget, bad, out);
    if (!bad.isEmpty()) {
      return out.build();
    }
    BudgetCalculator.Computation c = BudgetCalculator.compute(budget);
    indirectCosts(budget, c, out);
    budget.printedTotals().ifPresent(p -> printed(p, c, out));
    if (req.isPresent() && requirementInRange) {
      requirement(req.get(), c, out);
    }
    return out.build();
  }

  private static void outOfRange(ValidationResult.Builder out, String path) {
    add(out, BudgetRule.NUMBER_OUT_OF_RANGE, path,
        "Talet är orimligt (mer än " + BudgetCalculator.MAX_INTEGER_DIGITS + " siffror före eller "
            + BudgetCalculator.MAX_DECIMALS + " decimaler efter decimaltecknet) och räknas inte med; summor, "
            + "andelar och kravet på medfinansiering kontrolleras inte.",
        "The number is out of range (more than " + BudgetCalculator.MAX_INTEGER_DIGITS + " integer digits or "
            + BudgetCalculator.MAX_DECIMALS + " decimals) and is not computed with; totals, shares and the "
            + "co-financing requirement are not checked.");
  }

  private static boolean hasBadNumber(Set<String> bad, String path) {
    for (String b : bad) {
      if (b.startsWith(path + ".")) {
        return true;
      }
    }
    return false;
  }

  private static void lines(Budget budget, Set<String> bad, ValidationResult.Builder out) {
    List<BudgetLine> lines = budget.costLines();
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine line = lines.get(i);
      String path = "costLines[" + i + "]";
      if (hasBadNumber(bad, path)) {
        continue;
      }
      String what = "'" + line.description() + "' (" + line.category().label(Language.SV) + ")";
      String whatEn = "'" + line.description() + "' (" + line.category().label(Language.EN) + ")";
      line.amount().ifPresent(a -> amountRules(a, path + ".amount", what, whatEn, true, out));
      // a unit price may have öre; the line total is checked for whole kronor below
      line.unitPrice().ifPresent(a -> amountRules(a, path + ".unitPrice", what, whatEn, false, out));
      line.units().filter(u -> u.signum() < 0).ifPresent(u -> add(out, BudgetRule.NEGATIVE_AMOUNT, path + ".units",
          "Budgetraden " + what + " har ett negativt antal enheter: " + u.toPlainString() + ".",
          "Budget line " + whatEn + " has a negative number of units: " + u.toPlainString() + "."));
      if (line.units().isPresent()) {
        BigDecimal total = Amounts.number(line.total());
        if (total.stripTrailingZeros().scale() > 0) {
          add(out, BudgetRule.FRACTIONAL_KRONOR, path,
              "Budgetraden " + what + " blir " + AmountFormat.amount(line.total(), Language.SV)
                  + "; formuläret anger hela kronor.",
              "Budget line " + whatEn + " comes to " + AmountFormat.amount(line.total(), Language.EN)
                  + "; the form holds whole kronor.");
        }
      }
      if (line.section().isErdf() && budget.programmePeriod() != ProgrammePeriod.ESF_2014_2020) {
        add(out, BudgetRule.ERDF_IN_ESF_PLUS, path + ".section",
            "Budgetraden " + what + " står bland kostnader av regionalfondskaraktär, som en ESF+-budget inte har.",
            "Budget line " + whatEn + " is among ERDF-type costs, which an ESF+ budget does not have.");
      }
      if (!line.category().isAllowedIn(line.section())) {
        add(out, BudgetRule.CATEGORY_NOT_IN_SECTION, path + ".category",
            "Kostnadsslaget " + line.category().label(Language.SV) + " finns inte under "
                + line.section().label(Language.SV) + ".",
            "Cost category " + line.category().label(Language.EN) + " does not exist under "
                + line.section().label(Language.EN) + ".");
      }
    }
  }

  private static void amountRules(
      MonetaryAmount amount,
      String path,
      String what,
      String whatEn,
      boolean wholeKronor,
      ValidationResult.Builder out) {
    if (!Sek.isSek(amount)) {
      add(out, BudgetRule.CURRENCY_NOT_SEK, path,
          "Beloppet för " + what + " är i " + amount.getCurrency().getCurrencyCode()
              + "; budgeten ska vara i SEK.",
          "The amount of " + whatEn + " is in " + amount.getCurrency().getCurrencyCode()
              + "; the budget must be in SEK.");
    }
    if (amount.isNegative()) {
      add(out, BudgetRule.NEGATIVE_AMOUNT, path,
          "Beloppet för " + what + " är negativt: " + AmountFormat.amount(amount, Language.SV)
              + ". Intäkter anges som positiva belopp.",
          "The amount of " + whatEn + " is negative: " + AmountFormat.amount(amount, Language.EN)
              + ". Revenue is entered as a positive amount.");
    }
    if (wholeKronor && Sek.isSek(amount) && Amounts.number(amount).stripTrailingZeros().scale() > 0) {
      add(out, BudgetRule.FRACTIONAL_KRONOR, path,
          "Beloppet för " + what + " har ören (" + AmountFormat.amount(amount, Language.SV)
              + "); formuläret anger hela kronor.",
          "The amount of " + whatEn + " has öre (" + AmountFormat.amount(amount, Language.EN)
              + "); the form holds whole kronor.");
    }
  }

  private static void contributions(Budget budget, Set<String> bad, ValidationResult.Builder out) {
    List<Contribution> list = budget.contributions();
    Optional<CoFinancier> owner = budget.projectOwner();
    owner.ifPresent(o -> identifiers(o, "projectOwner", out));
    Set<String> checked = new HashSet<>();
    owner.ifPresent(o -> checked.add(o.key()));
    // the owner's own cash (egeninsats), by amount: the same amount again from the owner is counted twice
    List<BigDecimal> ownCash = new java.util.ArrayList<>();
    for (Contribution c : list) {
      if (owner.isPresent() && owner.get().isSameOrganisation(c.contributor()) && c.category().isFromOwner()) {
        ownCash.add(Amounts.number(c.amount()));
      }
    }
    for (int i = 0; i < list.size(); i++) {
      Contribution c = list.get(i);
      String path = "contributions[" + i + "]";
      if (hasBadNumber(bad, path)) {
        continue;
      }
      String what = c.category().label(Language.SV) + " från " + c.contributor();
      String whatEn = c.category().label(Language.EN) + " from " + c.contributor();
      amountRules(c.amount(), path + ".amount", what, whatEn, true, out);
      if (checked.add(c.contributor().key())) {
        identifiers(c.contributor(), path + ".contributor", out);
      }
      if (!c.category().subLines().contains(c.subLine())) {
        add(out, BudgetRule.CO_FINANCING_SUB_LINE, path + ".subLine",
            "Raden " + c.subLine().label(Language.SV) + " finns inte under " + c.category().label(Language.SV) + ".",
            "Sub-line " + c.subLine().label(Language.EN) + " does not exist under "
                + c.category().label(Language.EN) + ".");
      }
      if (owner.isEmpty()) {
        continue;
      }
      boolean byOwner = owner.get().isSameOrganisation(c.contributor());
      if (byOwner && c.category().isInKind()) {
        add(out, BudgetRule.OWNER_IN_KIND, path,
            "Projektägaren " + owner.get() + " kan inte medfinansiera i annat än pengar ("
                + AmountFormat.amount(c.amount(), Language.SV) + " under " + c.category().label(Language.SV)
                + "); projektägarens egeninsats är kontant.",
            "The project owner " + owner.get() + " cannot co-finance in kind ("
                + AmountFormat.amount(c.amount(), Language.EN) + " under " + c.category().label(Language.EN)
                + "); the owner's own contribution is cash.");
      } else if (byOwner && c.category().form() == CoFinancingCategory.Form.CASH_THIRD_PARTY
          && ownCash.stream().anyMatch(a -> a.compareTo(Amounts.number(c.amount())) == 0)) {
        add(out, BudgetRule.OWNER_DOUBLE_COUNTED, path,
            "Projektägarens insats " + AmountFormat.amount(c.amount(), Language.SV) + " räknas två gånger: under "
                + c.category().label(Language.SV) + " och som egeninsats från projektägaren.",
            "The owner's contribution of " + AmountFormat.amount(c.amount(), Language.EN) + " is counted twice: under "
                + c.category().label(Language.EN) + " and as the owner's own cash.");
      } else if (byOwner && c.category().form() == CoFinancingCategory.Form.CASH_THIRD_PARTY) {
        add(out, BudgetRule.OWNER_CASH_CATEGORY, path,
            "Projektägarens kontanta medel ska stå under \"från projektägaren\", inte under "
                + c.category().label(Language.SV) + ".",
            "The owner's cash belongs under \"from the project owner\", not under "
                + c.category().label(Language.EN) + ".");
      } else if (!byOwner && c.category().isFromOwner()) {
        add(out, BudgetRule.OWNER_CASH_CATEGORY, path,
            c.contributor() + " är inte projektägaren men står under " + c.category().label(Language.SV) + ".",
            c.contributor() + " is not the project owner but is listed under " + c.category().label(Language.EN)
                + ".");
      }
    }
  }

  /** The organisation and CFAR numbers of a co-financier, reported once per co-financier. */
  private static void identifiers(CoFinancier who, String path, ValidationResult.Builder out) {
    out.addAll(Organisationsnummer.check(who.organisationsnummerAsPrinted(), path + ".organisationsnummer"));
    who.cfarAsPrinted().ifPresent(c -> out.addAll(CfarNumber.check(c, path + ".cfar")));
  }

  private static void flatRates(Budget budget, Set<String> bad, ValidationResult.Builder out) {
    List<FlatRate> rates = budget.flatRates();
    for (int j = 0; j < rates.size(); j++) {
      FlatRate rate = rates.get(j);
      String path = "flatRates[" + j + "]";
      if (!hasBadNumber(bad, path) && (rate.ratePercent().signum() < 0 || rate.ratePercent().compareTo(rate.option().maxPercent()) > 0)) {
        add(out, BudgetRule.FLAT_RATE_ABOVE_CAP, path + ".ratePercent",
            "Schablonen " + rate.label(Language.SV) + " har satsen "
                + AmountFormat.percent(rate.ratePercent(), Language.SV) + "; tillåtet är 0 till "
                + AmountFormat.percent(rate.option().maxPercent(), Language.SV) + " (" + rate.option().legalBasis() + ").",
            "Flat rate " + rate.label(Language.EN) + " is set to "
                + AmountFormat.percent(rate.ratePercent(), Language.EN) + "; allowed is 0 to "
                + AmountFormat.percent(rate.option().maxPercent(), Language.EN) + " (" + rate.option().legalBasis() + ").");
      }
      if (!rate.option().isAvailableIn(budget.programmePeriod())) {
        add(out, BudgetRule.FLAT_RATE_PERIOD, path,
            "Schablonen " + rate.label(Language.SV) + " finns inte i programperioden "
                + budget.programmePeriod().code() + " (" + rate.option().legalBasis() + ").",
            "Flat rate " + rate.label(Language.EN) + " does not exist in programme period "
                + budget.programmePeriod().code() + " (" + rate.option().legalBasis() + ").");
      }
      if (rate.option().isJustificationRequired() && rate.justification().map(String::isBlank).orElse(true)) {
        add(out, BudgetRule.FLAT_RATE_JUSTIFICATION, path + ".justification",
            "Schablonen " + rate.label(Language.SV) + " kräver en beräkning som motiverar satsen ("
                + rate.option().legalBasis() + ").",
            "Flat rate " + rate.label(Language.EN) + " needs a calculation that justifies the rate ("
                + rate.option().legalBasis() + ").");
      }
      for (int i = 0; i < j; i++) {
        Optional<String[]> reason = forbidden(rates.get(i), rate);
        if (reason.isPresent()) {
          add(out, BudgetRule.FLAT_RATE_COMBINATION, path,
              "Schablonerna " + rates.get(i).label(Language.SV) + " och " + rate.label(Language.SV)
                  + " får inte kombineras: " + reason.get()[0] + ".",
              "Flat rates " + rates.get(i).label(Language.EN) + " and " + rate.label(Language.EN)
                  + " may not be combined: " + reason.get()[1] + ".");
          break;
        }
      }
    }
    List<BudgetLine> lines = budget.costLines();
    for (int i = 0; i < lines.size(); i++) {
      BudgetLine line = lines.get(i);
      if (!line.section().isPhase()) {
        continue;
      }
      for (FlatRate rate : rates) {
        boolean indirectTarget = line.category() == CostCategory.INDIRECT_COSTS
            && rate.target() == CostCategory.INDIRECT_COSTS;
        if (rate.covers(line.category()) && !indirectTarget) {
          add(out, BudgetRule.FLAT_RATE_COVERED_COST, "costLines[" + i + "]",
              "Kostnaden '" + line.description() + "' (" + line.category().label(Language.SV)
                  + ") ingår redan i schablonen " + rate.label(Language.SV) + ".",
              "Cost '" + line.description() + "' (" + line.category().label(Language.EN)
                  + ") is already covered by the flat rate " + rate.label(Language.EN) + ".");
          break;
        }
      }
    }
  }

  private static Optional<String[]> forbidden(FlatRate a, FlatRate b) {
    if (a.option() == b.option()) {
      return Optional.of(new String[] {"samma schablon två gånger", "the same flat rate twice"});
    }
    if (a.option() == FlatRateOption.OTHER_COSTS_40_OF_STAFF || b.option() == FlatRateOption.OTHER_COSTS_40_OF_STAFF) {
      return Optional.of(new String[] {
          "40 % på personalkostnaderna täcker alla övriga kostnader och utesluter andra schabloner",
          "40 % of staff costs covers all other costs and excludes every other flat rate"});
    }
    if (a.coversIndirectCosts() && b.coversIndirectCosts()) {
      return Optional.of(new String[] {
          "högst en schablon för indirekta kostnader", "at most one flat rate for indirect costs"});
    }
    return Optional.empty();
  }

  private static void indirectCosts(Budget budget, BudgetCalculator.Computation c, ValidationResult.Builder out) {
    boolean indirectRate = budget.flatRates().stream()
        .anyMatch(r -> r.target() == CostCategory.INDIRECT_COSTS);
    // the 40 % option also pays indirect costs; a declared line is then reported as a covered cost
    boolean coveredByRate = budget.flatRates().stream().anyMatch(r -> r.coversIndirectCosts());
    for (CostSection section : CostSection.values()) {
      if (!section.isPhase()) {
        continue;
      }
      BigDecimal declared = c.declared.get(section).get(CostCategory.INDIRECT_COSTS);
      if (declared == null) {
        continue;
      }
      String path = "costTables[" + section + "].INDIRECT_COSTS";
      if (!coveredByRate) {
        add(out, BudgetRule.INDIRECT_COSTS_WITHOUT_FLAT_RATE, path,
            "Indirekta kostnader (" + AmountFormat.number(declared, scale(declared), Language.SV)
                + " kr) i " + section.label(Language.SV) + " utan schablon; formuläret beräknar dem som 15 % av "
                + "personalkostnaderna.",
            "Indirect costs (" + AmountFormat.number(declared, scale(declared), Language.EN) + " SEK) in "
                + section.label(Language.EN) + " without a flat rate; the form computes them as 15 % of staff costs.");
        continue;
      }
      BigDecimal derived = c.rows.get(section).get(CostCategory.INDIRECT_COSTS);
      if (indirectRate && declared.compareTo(derived) != 0) {
        add(out, BudgetRule.INDIRECT_COSTS_FLAT_RATE, path,
            "Indirekta kostnader i " + section.label(Language.SV) + " är "
                + AmountFormat.number(declared, scale(declared), Language.SV) + " kr men schablonen ger "
                + AmountFormat.number(derived, scale(derived), Language.SV) + " kr.",
            "Indirect costs in " + section.label(Language.EN) + " are "
                + AmountFormat.number(declared, scale(declared), Language.EN) + " SEK but the flat rate gives "
                + AmountFormat.number(derived, scale(derived), Language.EN) + " SEK.");
      }
    }
  }

  private static void printed(PrintedTotals printed, BudgetCalculator.Computation c, ValidationResult.Builder out) {
    for (Map.Entry<CostSection, Money> e : printed.sectionTotals().entrySet()) {
      compareAmount("printedTotals.sectionTotals[" + e.getKey() + "]", e.getKey().label(Language.SV),
          e.getKey().label(Language.EN), e.getValue(), c.totals.get(e.getKey()), out);
    }
    for (Map.Entry<OverviewRow, Money> e : printed.amounts().entrySet()) {
      OverviewRow row = e.getKey();
      String path = "printedTotals.amounts[" + row + "]";
      if (row.isPercent()) {
        add(out, BudgetRule.PRINTED_ROW_KIND, path,
            "Raden " + row.label(Language.SV) + " är en procentsats, inte ett belopp.",
            "Row " + row.label(Language.EN) + " is a percentage, not an amount.");
        continue;
      }
      compareAmount(path, row.label(Language.SV), row.label(Language.EN), e.getValue(), amount(row, c), out);
    }
    for (Map.Entry<OverviewRow, BigDecimal> e : printed.percents().entrySet()) {
      OverviewRow row = e.getKey();
      String path = "printedTotals.percents[" + row + "]";
      if (row != OverviewRow.ESF_GRANT_SHARE && row != OverviewRow.CO_FINANCING_SHARE) {
        add(out, BudgetRule.PRINTED_ROW_KIND, path,
            "Raden " + row.label(Language.SV) + " är ingen beräknad procentsats.",
            "Row " + row.label(Language.EN) + " is not a computed percentage.");
        continue;
      }
      BigDecimal actual = RoundingPolicy.PERCENT_DISPLAY.percentOf(
          row == OverviewRow.ESF_GRANT_SHARE ? c.esfShare() : c.coFinancingShare());
      if (actual.compareTo(e.getValue()) != 0) {
        add(out, BudgetRule.SHARE_MISMATCH, path,
            row.label(Language.SV) + " anges till " + AmountFormat.percent(e.getValue(), Language.SV)
                + " men blir " + AmountFormat.percent(actual, Language.SV) + ".",
            row.label(Language.EN) + " is printed as " + AmountFormat.percent(e.getValue(), Language.EN)
                + " but comes to " + AmountFormat.percent(actual, Language.EN) + ".");
      }
    }
  }

  private static BigDecimal amount(OverviewRow row, BudgetCalculator.Computation c) {
    Optional<CoFinancingCategory> category = row.coFinancingCategory();
    if (category.isPresent()) {
      return c.category(category.get());
    }
    switch (row) {
      case ESF_COSTS:
        return c.esfCosts();
      case ERDF_COSTS:
        return c.erdfCosts();
      case TOTAL_COSTS:
        return c.totalCosts();
      case LESS_CASH_CO_FINANCING:
        return c.cashCoFinancing();
      case ESF_GRANT:
        return c.esfGrant();
      case TOTAL_CO_FINANCING:
        return c.totalCoFinancing();
      default:
        return c.totalFinancing();
    }
  }

  private static void compareAmount(
      String path, String sv, String en, Money printed, BigDecimal actual, ValidationResult.Builder out) {
    if (!Sek.isSek(printed)) {
      add(out, BudgetRule.CURRENCY_NOT_SEK, path,
          "Den angivna summan för " + sv + " är i " + printed.getCurrency().getCurrencyCode() + ".",
          "The printed total of " + en + " is in " + printed.getCurrency().getCurrencyCode() + ".");
      return;
    }
    BigDecimal p = Amounts.number(printed);
    if (p.compareTo(actual) != 0) {
      add(out, BudgetRule.TOTAL_MISMATCH, path,
          sv + " anges till " + AmountFormat.number(p, scale(p), Language.SV) + " kr men summerar till "
              + AmountFormat.number(actual, scale(actual), Language.SV) + " kr (skillnad "
              + AmountFormat.number(p.subtract(actual), scale(p.subtract(actual)), Language.SV) + " kr).",
          en + " is printed as " + AmountFormat.number(p, scale(p), Language.EN) + " SEK but adds up to "
              + AmountFormat.number(actual, scale(actual), Language.EN) + " SEK (difference "
              + AmountFormat.number(p.subtract(actual), scale(p.subtract(actual)), Language.EN) + " SEK).");
    }
  }

  private static void requirement(CoFinancingRequirement req, BudgetCalculator.Computation c, ValidationResult.Builder out) {
    Share share = c.coFinancingShare();
    if (req.isMetBy(share)) {
      return;
    }
    Optional<Shortfall> shortfall = Optional.of(Shortfall.of(req.percent(), c.esfGrant(), c.totalCoFinancing()));
    BigDecimal shown = belowRequirement(share, req.percent());
    BigDecimal atTotal = Amounts.number(shortfall.get().atFixedTotalFinancing());
    String call = req.callLabel().map(l -> " (" + l + ")").orElse("")
        + req.callNumber().map(n -> " dnr " + n).orElse("");
    String callEn = req.callLabel().map(l -> " (" + l + ")").orElse("")
        + req.callNumber().map(n -> " reg. no. " + n).orElse("");
    String grantSv = shortfall.get().atFixedEsfGrant()
        .map(m -> "; med oförändrat ESF-stöd behövs " + AmountFormat.number(Amounts.number(m), 2, Language.SV)
            + " kr mer medfinansiering").orElse("");
    String grantEn = shortfall.get().atFixedEsfGrant()
        .map(m -> "; with the ESF grant unchanged, " + AmountFormat.number(Amounts.number(m), 2, Language.EN)
            + " SEK more co-financing is needed").orElse("");
    add(out, BudgetRule.CO_FINANCING_BELOW_REQUIREMENT, "overview.CO_FINANCING_SHARE",
        "Budgeterad medfinansiering " + AmountFormat.percent(shown, Language.SV) + " ("
            + AmountFormat.number(c.totalCoFinancing(), scale(c.totalCoFinancing()), Language.SV) + " kr av "
            + AmountFormat.number(c.totalFinancing(), scale(c.totalFinancing()), Language.SV)
            + " kr) understiger kravet " + AmountFormat.percent(req.percent(), Language.SV) + " enligt utlysningen"
            + call + "; med oförändrad total finansiering saknas " + AmountFormat.number(atTotal, 2, Language.SV)
            + " kr" + grantSv + ".",
        "Budgeted co-financing of " + AmountFormat.percent(shown, Language.EN) + " ("
            + AmountFormat.number(c.totalCoFinancing(), scale(c.totalCoFinancing()), Language.EN) + " SEK of "
            + AmountFormat.number(c.totalFinancing(), scale(c.totalFinancing()), Language.EN)
            + " SEK) is below the call's requirement of " + AmountFormat.percent(req.percent(), Language.EN)
            + callEn + "; at unchanged total financing " + AmountFormat.number(atTotal, 2, Language.EN)
            + " SEK short" + grantEn + ".");
  }

  /**
   * The share truncated to as many decimals (at least four) as it takes to show it below the requirement:
   * 52.9972 for 52.9972… against 53.
   */
  static BigDecimal belowRequirement(Share share, BigDecimal required) {
    BigDecimal shown = share.percent(4, RoundingMode.DOWN).orElse(BigDecimal.ZERO);
    for (int scale = 5; scale <= 20 && shown.compareTo(required) >= 0; scale++) {
      shown = share.percent(scale, RoundingMode.DOWN).orElse(BigDecimal.ZERO);
    }
    return shown;
  }

  private static int scale(BigDecimal value) {
    return Math.max(0, value.stripTrailingZeros().scale());
  }

  private static void add(ValidationResult.Builder out, BudgetRule rule, String path, String sv, String en) {
    out.add(Violation.of(rule.id(), rule.severity(), path, sv, en));
  }
}
