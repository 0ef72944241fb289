package io.github.esfkit.io.json;

import io.github.esfkit.budget.Budget;
import io.github.esfkit.budget.CoFinancier;
import io.github.esfkit.budget.CoFinancingCategory;
import io.github.esfkit.budget.CoFinancingRequirement;
import io.github.esfkit.budget.RoundingPolicy;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.budget.claim.Attribution;
import io.github.esfkit.budget.claim.ClaimSetup;
import io.github.esfkit.budget.claim.HourlyCostModel;
import io.github.esfkit.budget.claim.ParticipantRates;
import io.github.esfkit.core.attendance.AttendancePolicy;
import io.github.esfkit.core.id.CfarNumber;
import io.github.esfkit.core.id.Organisationsnummer;
import io.github.esfkit.core.organisation.Organisation;
import io.github.esfkit.core.organisation.OrganisationKind;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.core.project.AgeBand;
import io.github.esfkit.core.project.Phase;
import io.github.esfkit.core.project.PhaseKind;
import io.github.esfkit.core.project.Project;
import io.github.esfkit.io.InputErrors;
import io.github.esfkit.io.InvalidInputException;
import io.github.esfkit.core.Redaction;
import java.math.BigDecimal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.javamoney.moneta.Money;
import org.threeten.extra.LocalDateRange;

/**
 * Reads the set-up of a payment claim, format {@code esfkit-claim-setup-1} (docs/running-csv.md): the
 * project (owner, period, programme period, phases), the claim period, the co-financiers with CFAR, who pays
 * each sub-project's participant allowances, the staff valuation model with its table, the participant rate
 * table with its age groups, and the optional rules. Every error is reported with line and column. The
 * budget comes from its own file ({@link BudgetJson}). Stateless.
 */
public final class ClaimSetupJson {

  /** The format name. */
  public static final String FORMAT = "esfkit-claim-setup-1";

  /** A read set-up, waiting for its budget. */
  public static final class SetupFile {
    private final Project project;
    private final ProgrammePeriod programmePeriod;
    private final LocalDateRange period;
    private final CoFinancier owner;
    private final List<Attribution> coFinanciers;
    private final Map<String, Organisationsnummer> payers;
    private final HourlyCostModel staff;
    private final ParticipantRates rates;
    private final Optional<Integer> lateEntry;
    private final AttendancePolicy policy;
    private final Optional<Integer> startYear;

    SetupFile(Project project, ProgrammePeriod programmePeriod, LocalDateRange period, CoFinancier owner,
        List<Attribution> coFinanciers, Map<String, Organisationsnummer> payers, HourlyCostModel staff,
        ParticipantRates rates, Optional<Integer> lateEntry, AttendancePolicy policy, Optional<Integer> startYear) {
      this.project = project;
      this.programmePeriod = programmePeriod;
      this.period = period;
      this.owner = owner;
      this.coFinanciers = coFinanciers;
      this.payers = payers;
      this.staff = staff;
      this.rates = rates;
      this.lateEntry = lateEntry;
      this.policy = policy;
      this.startYear = startYear;
    }

    /** The project. */
    public Project project() {
      return project;
    }

    /** The claim set-up with its budget and the call's requirement. */
    public ClaimSetup setup(Budget budget, Optional<CoFinancingRequirement> requirement) {
      ClaimSetup.Builder b = ClaimSetup.builder().project(project).budget(budget).requirement(requirement)
          .programmePeriod(programmePeriod).period(period).owner(owner).addAllCoFinanciers(coFinanciers)
          .putAllAllowancePayers(payers).staffCosts(staff).participantRates(rates).attendancePolicy(policy);
      lateEntry.ifPresent(b::lateEntryBanMonths);
      startYear.ifPresent(b::startYear);
      return b.build();
    }
  }

  private ClaimSetupJson() {}

  /** Reads a set-up file. */
  public static SetupFile read(Path path, int maxErrors) throws InvalidInputException {
    return map(path.toString(), JsonInput.read(path), maxErrors);
  }

  /** Reads set-up JSON text. */
  public static SetupFile read(String name, String json) throws InvalidInputException {
    return map(name, JsonInput.read(name, json), InputErrors.DEFAULT_LIMIT);
  }

  /**
   * Reads set-up JSON from a stream of at most 16 MiB (bytes are counted while read),
   * named {@code name} in messages (a resource, a pipe, an upload).
   */
  public static SetupFile read(String name, InputStream in, int maxErrors) throws InvalidInputException, IOException {
    return map(name, JsonInput.read(name, in), maxErrors);
  }

  /** Maps a parsed document. */
  static SetupFile map(String name, Node root, int maxErrors) throws InvalidInputException {
    InputErrors errors = new InputErrors(maxErrors);
    Fields f = new Fields(name, errors);
    if (!f.object(root, "format", "project", "period", "coFinanciers", "allowancePayers", "staffCosts",
        "participantRates", "lateEntryBanMonths", "attendance", "startYear", "note")) {
      throw new InvalidInputException(errors);
    }
    f.format(root, FORMAT);
    Optional<Node> pn = f.member(root, "project", true);
    Optional<Project> project = Optional.empty();
    Optional<ProgrammePeriod> programme = Optional.empty();
    Optional<CoFinancier> owner = Optional.empty();
    if (pn.isPresent() && f.object(pn.get(), "name", "owner", "programmePeriod", "first", "last", "phases")) {
      Node p = pn.get();
      Optional<String> pname = f.string(p, "name", true);
      owner = f.member(p, "owner", true).flatMap(o -> coFinancier(f, o));
      programme = BudgetJson.programmePeriod(f, p, true);
      Optional<LocalDateRange> dates = f.range(p);
      List<Phase> phases = new ArrayList<>();
      for (Node ph : f.array(p, "phases", false)) {
        if (f.object(ph, "kind", "first", "last")) {
          Optional<PhaseKind> kind = f.code(ph, "kind", PhaseKind.class, true);
          Optional<LocalDateRange> r = f.range(ph);
          if (kind.isPresent() && r.isPresent()) {
            phases.add(Phase.of(kind.get(), r.get()));
          }
        }
      }
      if (pname.isPresent() && owner.isPresent() && dates.isPresent()) {
        project = Optional.of(Project.builder().name(pname.get())
            .owner(Organisation.of(owner.get().name(), owner.get().organisationsnummerAsPrinted(),
                OrganisationKind.MUNICIPALITY))
            .programmePeriod(programme.orElse(ProgrammePeriod.ESF_2014_2020)).period(dates.get()).addAllPhases(phases)
            .build());
      }
    }
    Optional<LocalDateRange> period = f.member(root, "period", true)
        .filter(n -> f.object(n, "first", "last")).flatMap(n -> f.range(n));
    List<Attribution> coFinanciers = new ArrayList<>();
    for (Node c : f.array(root, "coFinanciers", false)) {
      if (f.object(c, "organisationsnummer", "name", "cfar", "inKind")) {
        Optional<Organisationsnummer> nr = f.member(c, "organisationsnummer", true)
            .flatMap(x -> f.parse(x, "JSON-ORGNR", Organisationsnummer::parse));
        Optional<String> cname = f.string(c, "name", true);
        Optional<CfarNumber> cfar = f.member(c, "cfar", false).flatMap(x -> f.parse(x, "JSON-CFAR", CfarNumber::parse));
        Optional<CoFinancingCategory> inKind = f.code(c, "inKind", CoFinancingCategory.class, false,
            CoFinancingCategory::isInKind);
        if (nr.isPresent() && cname.isPresent()) {
          Attribution.Builder a = Attribution.builder().organisationsnummer(nr.get()).name(cname.get());
          cfar.ifPresent(a::cfar);
          inKind.ifPresent(a::inKindCategory);
          coFinanciers.add(a.build());
        }
      }
    }
    Map<String, Organisationsnummer> payers = new LinkedHashMap<>();
    f.member(root, "allowancePayers", false).filter(f::isObject)
        .ifPresent(n -> n.fields().forEach((k, v) ->
            f.parse(v, "JSON-ORGNR", Organisationsnummer::parse).ifPresent(o -> payers.put(k, o))));
    Optional<Integer> startYear = f.number(root, "startYear", false).flatMap(y -> year(f, root, y));
    int tableYear = startYear.orElse(project.map(p -> p.period().getStart().getYear()).orElse(0));
    Optional<HourlyCostModel> staff = f.member(root, "staffCosts", true).flatMap(n -> staff(f, n, tableYear));
    Optional<ParticipantRates> rates = f.member(root, "participantRates", true).flatMap(n -> rates(f, n));
    Optional<Integer> late = f.number(root, "lateEntryBanMonths", false).flatMap(n -> {
      if (n.stripTrailingZeros().scale() > 0 || n.signum() <= 0 || n.compareTo(BigDecimal.valueOf(60)) > 0) {
        f.error(root.fields().get("lateEntryBanMonths"), "JSON-RANGE", "ska vara ett heltal 1–60",
            "must be a whole number 1-60");
        return Optional.empty();
      }
      return Optional.of(n.intValue());
    });
    AttendancePolicy policy = AttendancePolicy.standard();
    Optional<Node> att = f.member(root, "attendance", false);
    if (att.isPresent() && f.object(att.get(), "hoursPerWeekday", "decimals")) {
      Optional<BigDecimal> h = f.number(att.get(), "hoursPerWeekday", false);
      Optional<BigDecimal> d = f.number(att.get(), "decimals", false);
      try {
        policy = AttendancePolicy.of(h.orElse(new BigDecimal(8)), d.orElse(BigDecimal.valueOf(2)).intValueExact());
      } catch (IllegalArgumentException | ArithmeticException e) {
        f.error(att.get(), "JSON-RANGE", "hoursPerWeekday ska vara (0, 24] och decimals 0–6",
            "hoursPerWeekday must be within (0, 24] and decimals within 0-6");
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new SetupFile(project.orElseThrow(), programme.orElseThrow(), period.orElseThrow(), owner.orElseThrow(),
        coFinanciers, payers, staff.orElseThrow(), rates.orElseThrow(), late, policy, startYear);
  }

  private static Optional<Integer> year(Fields f, Node at, BigDecimal y) {
    if (y.stripTrailingZeros().scale() > 0 || y.compareTo(BigDecimal.valueOf(2000)) < 0
        || y.compareTo(BigDecimal.valueOf(2100)) > 0) {
      f.error(at, "JSON-RANGE", "startåret ska vara ett år 2000–2100", "the start year must be a year 2000-2100");
      return Optional.empty();
    }
    return Optional.of(y.intValue());
  }

  private static Optional<CoFinancier> coFinancier(Fields f, Node n) {
    if (!f.object(n, "organisationsnummer", "name")) {
      return Optional.empty();
    }
    Optional<Organisationsnummer> nr = f.member(n, "organisationsnummer", true)
        .flatMap(x -> f.parse(x, "JSON-ORGNR", Organisationsnummer::parse));
    Optional<String> name = f.name(n);
    return nr.isPresent() && name.isPresent() ? Optional.of(CoFinancier.of(name.get(), nr.get())) : Optional.empty();
  }

  private static Map<String, Money> amounts(Fields f, Node n, String key) {
    Map<String, Money> m = new LinkedHashMap<>();
    f.member(n, key, true).filter(f::isObject)
        .ifPresent(x -> x.fields().forEach((k, v) -> f.number(v).ifPresent(a -> {
          if (a.signum() < 0 || a.precision() - a.scale() > 12) {
            f.error(v, "JSON-RANGE", "beloppet ska vara 0–999 999 999 999 kr", "the amount must be 0-999 999 999 999 kr");
          } else {
            m.put(k, Sek.of(a));
          }
        })));
    return m;
  }

  private static Optional<HourlyCostModel> staff(Fields f, Node n, int startYear) {
    if (!f.object(n, "model", "rounding", "perHourByFunction", "annualByPerson", "monthlyByPerson")) {
      return Optional.empty();
    }
    Optional<String> model = f.string(n, "model", true);
    RoundingPolicy rounding = f.code(n, "rounding", RoundingPolicy.class, false).orElse(RoundingPolicy.CENT_HALF_UP);
    if (model.isEmpty()) {
      return Optional.empty();
    }
    switch (model.get()) {
      case "unit_cost_per_hour":
        return Optional.of(HourlyCostModel.unitCosts(startYear, amounts(f, n, "perHourByFunction")));
      case "annual_gross_cost":
        return Optional.of(HourlyCostModel.annualGrossCost(amounts(f, n, "annualByPerson"), rounding));
      case "monthly_salary":
        return Optional.of(HourlyCostModel.monthlySalary(amounts(f, n, "monthlyByPerson"), rounding));
      default:
        f.error(n.fields().get("model"), "JSON-CODE", Redaction.quote(model.get())
                + " är inte tillåtet; tillåtet: unit_cost_per_hour, annual_gross_cost, monthly_salary",
            Redaction.quote(model.get()) + " is not allowed; allowed: unit_cost_per_hour, annual_gross_cost, monthly_salary");
        return Optional.empty();
    }
  }

  private static Optional<ParticipantRates> rates(Fields f, Node n) {
    if (!f.object(n, "ageGroups", "rates")) {
      return Optional.empty();
    }
    ParticipantRates.Builder b = ParticipantRates.builder();
    for (Node g : f.array(n, "ageGroups", false)) {
      f.parse(g, "JSON-AGE-GROUP", AgeBand::parse).ifPresent(b::ageGroup);
    }
    for (Node r : f.array(n, "rates", true)) {
      if (f.object(r, "startYear", "group", "perHour")) {
        Optional<Integer> year = f.number(r, "startYear", true).flatMap(y -> year(f, r, y));
        Optional<String> group = f.string(r, "group", true);
        Optional<BigDecimal> perHour = f.number(r, "perHour", true);
        if (perHour.isPresent() && (perHour.get().signum() < 0 || perHour.get().precision() - perHour.get().scale() > 9)) {
          f.error(r, "JSON-RANGE", "perHour ska vara 0–999 999 999 kr", "perHour must be 0-999 999 999 kr");
        } else if (year.isPresent() && group.isPresent() && perHour.isPresent()) {
          b.rate(year.get(), group.get(), Sek.of(perHour.get()));
        }
      }
    }
    return Optional.of(b.build());
  }
}
