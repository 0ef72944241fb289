package io.github.esfkit.io.json;

import io.github.esfkit.budget.Budget;
import io.github.esfkit.budget.CoFinancier;
import io.github.esfkit.budget.CoFinancingCategory;
import io.github.esfkit.budget.CoFinancingSubLine;
import io.github.esfkit.budget.Contribution;
import io.github.esfkit.budget.FinancingSummary;
import io.github.esfkit.budget.RoundingPolicy;
import io.github.esfkit.budget.Sek;
import io.github.esfkit.budget.application.Application;
import io.github.esfkit.core.Redaction;
import io.github.esfkit.core.id.Diarienummer;
import io.github.esfkit.core.organisation.Organisation;
import io.github.esfkit.core.organisation.OrganisationKind;
import io.github.esfkit.core.organisation.OrganisationRole;
import io.github.esfkit.core.organisation.Role;
import io.github.esfkit.core.organisation.Workplace;
import io.github.esfkit.core.programme.Call;
import io.github.esfkit.core.programme.FlatRateOption;
import io.github.esfkit.core.programme.ProgrammeArea;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.core.programme.Region;
import io.github.esfkit.core.programme.SpecificObjective;
import io.github.esfkit.core.project.FigureKind;
import io.github.esfkit.core.project.Phase;
import io.github.esfkit.core.project.PhaseKind;
import io.github.esfkit.core.project.PlannedParticipants;
import io.github.esfkit.core.project.Project;
import io.github.esfkit.core.project.SubProject;
import io.github.esfkit.indicators.targets.model.GoalTable;
import io.github.esfkit.io.InputErrors;
import io.github.esfkit.io.InvalidInputException;
import io.github.esfkit.core.Redaction;
import io.github.esfkit.indicators.targets.model.GoalTable;
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
import org.threeten.extra.LocalDateRange;

/**
 * The application JSON format, version 1 ({@code esfkit-application-1}): a whole application as data —
 * the call, the project with its phases, the organisations with their numbers and roles, sub-projects with
 * planned participants and their own budgets, the budget whose co-financing lines name their organisation
 * by organisation number + CFAR number, and optionally the goal table (an embedded {@code
 * esfkit-targets-1} document). Documented in {@code docs/application-format.md} with the JSON Schema
 * {@code docs/schemas/esfkit-application-1.schema.json}.
 *
 * <p>Only input that cannot be read is refused ({@link InvalidInputException}): syntax, wrong types,
 * unknown codes, amounts that are not whole kronor, a co-financing line naming no organisation of the file.
 * Identifiers are kept as printed: a wrong check digit or a placeholder CFAR number is a finding of the
 * {@link io.github.esfkit.budget.application.Application#validate()}, not bad input. An {@code
 * esfkit-budget-1} file is read as an application with only a budget. Stateless.
 */
public final class ApplicationJson {

  /** The value of the {@code format} key. */
  public static final String FORMAT = "esfkit-application-1";

  /** An application file: the application and, when the file has one, the goal table. */
  public static final class ApplicationFile {
    private final Application application;
    private final Optional<GoalTable> goalTable;

    ApplicationFile(Application application, Optional<GoalTable> goalTable) {
      this.application = application;
      this.goalTable = goalTable;
    }

    /** The application. */
    public Application application() {
      return application;
    }

    /** The goal table, when the file has one. */
    public Optional<GoalTable> goalTable() {
      return goalTable;
    }
  }

  private ApplicationJson() {}

  /** Reads an application file (or a budget file, as an application with only a budget). */
  public static ApplicationFile read(Path path, int maxErrors) throws InvalidInputException {
    return map(path.toString(), JsonInput.read(path), maxErrors);
  }

  /** Reads application JSON text. */
  public static ApplicationFile read(String name, String json) throws InvalidInputException {
    return map(name, JsonInput.read(name, json), InputErrors.DEFAULT_LIMIT);
  }

  /**
   * Reads application JSON from a stream of at most 16 MiB (bytes are counted while read),
   * named {@code name} in messages (a resource, a pipe, an upload).
   */
  public static ApplicationFile read(String name, InputStream in, int maxErrors) throws InvalidInputException, IOException {
    return map(name, JsonInput.read(name, in), maxErrors);
  }

  /** Maps a parsed document. */
  static ApplicationFile map(String name, Node root, int maxErrors) throws InvalidInputException {
    Node format = root.kind() == Node.Kind.OBJECT ? root.fields().get("format") : null;
    if (format != null && format.kind() == Node.Kind.STRING && BudgetJson.FORMAT.equals(format.text())) {
      BudgetJson.BudgetFile b = BudgetJson.map(name, root, maxErrors);
      Application.Builder a = Application.builder().budget(b.budget());
      b.requirement().ifPresent(a::statedRequirement);
      return new ApplicationFile(a.build(), Optional.empty());
    }
    InputErrors errors = new InputErrors(maxErrors);
    Fields f = new Fields(name, errors);
    if (!f.object(root, "format", "source", "call", "project", "organisations", "subProjects", "budget",
        "statedFinancing", "targets")) {
      throw new InvalidInputException(errors);
    }
    f.format(root, FORMAT, BudgetJson.FORMAT);
    Application.Builder app = Application.builder();
    Optional<Call> call = f.member(root, "call", false).flatMap(n -> call(f, n, app));
    List<Org> orgs = new ArrayList<>();
    for (Node o : f.array(root, "organisations", true)) {
      org(f, o).ifPresent(orgs::add);
    }
    List<Org> owners = orgs.stream().filter(o -> o.roles.contains(Role.PROJECT_OWNER)).toList();
    if (owners.size() != 1 && errors.isEmpty()) {
      f.error(root.fields().get("organisations"), "JSON-OWNER",
          "exakt en organisation ska ha rollen project_owner, inte " + owners.size(),
          "exactly one organisation must have the role project_owner, not " + owners.size());
    }
    Map<String, Budget> local = new LinkedHashMap<>();
    List<SubProject> subs = new ArrayList<>();
    for (Node s : f.array(root, "subProjects", false)) {
      subProject(f, s, orgs, local).ifPresent(subs::add);
    }
    f.member(root, "budget", false).flatMap(n -> budget(f, n, orgs)).ifPresent(app::budget);
    app.putAllSubProjectBudgets(local);
    f.member(root, "statedFinancing", false).flatMap(n -> stated(f, n)).ifPresent(app::statedFinancing);
    Optional<GoalTable> goals = Optional.empty();
    Node targets = root.kind() == Node.Kind.OBJECT ? root.fields().get("targets") : null;
    if (targets != null) {
      try {
        goals = Optional.of(TargetsJson.map(name, targets, maxErrors).table());
      } catch (InvalidInputException e) {
        e.errors().kept().forEach(errors::add);
      }
    }
    Optional<Node> projectNode = f.member(root, "project", true);
    if (!errors.isEmpty() || projectNode.isEmpty() || owners.size() != 1) {
      throw new InvalidInputException(errors);
    }
    try {
      Optional<Project> project = project(f, projectNode.get(), call, owners.get(0), orgs, subs);
      if (!errors.isEmpty() || project.isEmpty()) {
        throw new InvalidInputException(errors);
      }
      app.project(project.get());
      return new ApplicationFile(app.build(), goals);
    } catch (IllegalArgumentException | IllegalStateException e) {
      String msg = Redaction.scrub(e.getMessage());
      f.error(root, "JSON-INVALID", msg, msg);
      throw new InvalidInputException(errors);
    }
  }

  /** One organisation row of the file: an organisation at a workplace, with its roles. */
  private static final class Org {
    final Organisation organisation;
    final Optional<String> cfar;
    final List<Role> roles;

    Org(Organisation organisation, Optional<String> cfar, List<Role> roles) {
      this.organisation = organisation;
      this.cfar = cfar;
      this.roles = roles;
    }

    boolean is(String orgnr, Optional<String> otherCfar) {
      return digits(organisation.organisationsnummerAsPrinted().orElse("")).equals(digits(orgnr))
          && cfar.map(ApplicationJson::digits).orElse("").equals(otherCfar.map(ApplicationJson::digits).orElse(""));
    }

    CoFinancier coFinancier() {
      return CoFinancier.ofPrinted(organisation.name(), organisation.organisationsnummerAsPrinted().orElse(""), cfar);
    }
  }

  /** Builds a value; a value's own consistency check that fails is reported at the node. */
  private static <T> Optional<T> build(Fields f, Node n, java.util.function.Supplier<T> value) {
    try {
      return Optional.of(value.get());
    } catch (IllegalArgumentException | IllegalStateException e) {
      String msg = Redaction.scrub(e.getMessage());
      f.error(n, "JSON-INVALID", msg, msg);
      return Optional.empty();
    }
  }

  private static String digits(String s) {
    return s.replaceAll("[^0-9]", "");
  }

  private static Optional<Call> call(Fields f, Node n, Application.Builder app) {
    if (!f.object(n, "name", "diarienummer", "programmePeriod", "programmeArea", "specificObjective",
        "specificObjectiveTitle", "regions", "requiredCoFinancingPercent", "allowedFlatRates")) {
      return Optional.empty();
    }
    Call.Builder c = Call.builder();
    Optional<String> name = f.string(n, "name", true);
    name.ifPresent(c::name);
    Optional<Diarienummer> dnr = f.member(n, "diarienummer", true)
        .flatMap(x -> f.parse(x, "JSON-DIARIENUMMER", Diarienummer::parse));
    dnr.ifPresent(c::diarienummer);
    Optional<ProgrammePeriod> period = BudgetJson.programmePeriod(f, n, true);
    period.ifPresent(c::programmePeriod);
    Optional<ProgrammeArea> area = period.flatMap(p -> f.string(n, "programmeArea", true).flatMap(code -> {
      Optional<ProgrammeArea> a = ProgrammeArea.find(p, code);
      if (a.isEmpty()) {
        f.error(n.fields().get("programmeArea"), "JSON-CODE", "okänt programområde " + Redaction.quote(code),
            "unknown programme area " + Redaction.quote(code));
      }
      return a;
    }));
    area.ifPresent(c::programmeArea);
    period.ifPresent(p -> f.string(n, "specificObjective", false).ifPresent(code -> {
      Optional<SpecificObjective> o = SpecificObjective.find(p, code);
      if (o.isEmpty()) {
        f.error(n.fields().get("specificObjective"), "JSON-CODE", "okänt specifikt mål " + Redaction.quote(code),
            "unknown specific objective " + Redaction.quote(code));
      }
      o.ifPresent(c::specificObjective);
    }));
    f.string(n, "specificObjectiveTitle", false).ifPresent(app::statedObjectiveTitle);
    for (Node r : f.array(n, "regions", false)) {
      f.code(r, Region.class).ifPresent(c::addRegions);
    }
    Optional<BigDecimal> percent = f.number(n, "requiredCoFinancingPercent", true);
    percent.filter(p -> p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0).ifPresent(p ->
        f.error(n.fields().get("requiredCoFinancingPercent"), "JSON-PERCENT", "ska ligga mellan 0 och 100",
            "must be between 0 and 100"));
    percent.ifPresent(c::requiredCoFinancingPercent);
    for (Node r : f.array(n, "allowedFlatRates", false)) {
      f.code(r, FlatRateOption.class).ifPresent(c::addAllowedFlatRates);
    }
    if (name.isEmpty() || dnr.isEmpty() || period.isEmpty() || area.isEmpty() || percent.isEmpty()
        || !f.errors().isEmpty()) {
      return Optional.empty();
    }
    return build(f, n, () -> c.build());
  }

  private static Optional<Org> org(Fields f, Node n) {
    if (!f.object(n, "name", "organisationsnummer", "cfar", "kind", "roles", "workplace")) {
      return Optional.empty();
    }
    Optional<String> name = f.name(n);
    Optional<String> orgnr = f.string(n, "organisationsnummer", false);
    Optional<String> cfar = f.string(n, "cfar", false);
    Optional<OrganisationKind> kind = f.code(n, "kind", OrganisationKind.class, true);
    f.string(n, "workplace", false);
    List<Role> roles = new ArrayList<>();
    for (Node r : f.array(n, "roles", true)) {
      f.code(r, Role.class).ifPresent(roles::add);
    }
    if (name.isEmpty() || kind.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Org(Organisation.of(name.get(), orgnr, kind.get()), cfar, roles));
  }

  private static Optional<SubProject> subProject(Fields f, Node n, List<Org> orgs, Map<String, Budget> local) {
    if (!f.object(n, "name", "municipality", "organisationsnummer", "cfar", "plannedParticipants", "budget")) {
      return Optional.empty();
    }
    Optional<String> name = f.string(n, "name", true);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    SubProject.Builder s = SubProject.builder().name(name.get());
    f.string(n, "municipality", false).ifPresent(s::municipality);
    Optional<String> orgnr = f.string(n, "organisationsnummer", false);
    Optional<String> cfar = f.string(n, "cfar", false);
    orgnr.ifPresent(o -> {
      Optional<Org> org = orgs.stream().filter(x -> x.is(o, cfar)).findFirst();
      if (org.isEmpty()) {
        f.error(n.fields().get("organisationsnummer"), "JSON-REFERENCE",
            "ingen organisation i filen har detta organisationsnummer och CFAR-nummer",
            "no organisation of the file has this organisation number and CFAR number");
      }
      org.ifPresent(x -> s.organisation(x.organisation));
    });
    f.member(n, "plannedParticipants", false).ifPresent(p -> {
      if (f.object(p, "total", "women", "men", "coFinancing")) {
        integer(f, p, "total").ifPresent(s::plannedParticipants);
        integer(f, p, "women").ifPresent(s::plannedWomen);
        integer(f, p, "men").ifPresent(s::plannedMen);
        integer(f, p, "coFinancing").ifPresent(s::plannedCoFinancingParticipants);
      }
    });
    f.member(n, "budget", false).flatMap(b -> budget(f, b, orgs)).ifPresent(b -> {
      if (local.putIfAbsent(name.get(), b) != null) {
        f.error(n.fields().get("name"), "JSON-DUPLICATE-ID", "delprojektet finns redan", "the sub-project is given twice");
      }
    });
    return build(f, n, () -> s.build());
  }

  private static Optional<Integer> integer(Fields f, Node object, String key) {
    return f.number(object, key, false).flatMap(v -> {
      if (v.signum() < 0 || v.stripTrailingZeros().scale() > 0 || v.compareTo(BigDecimal.valueOf(100_000_000)) > 0) {
        f.error(object.fields().get(key), "JSON-COUNT", "ska vara ett heltal från 0 till 100 000 000",
            "must be a whole number from 0 to 100 000 000");
        return Optional.empty();
      }
      return Optional.of(v.intValueExact());
    });
  }

  private static Optional<Budget> budget(Fields f, Node n, List<Org> orgs) {
    if (!f.object(n, "title", "programmePeriod", "flatRates", "flatRateRounding", "costs", "coFinancing", "printed")) {
      return Optional.empty();
    }
    Budget.Builder b = Budget.builder();
    f.string(n, "title", false).ifPresent(b::title);
    BudgetJson.programmePeriod(f, n, false).ifPresent(b::programmePeriod);
    orgs.stream().filter(o -> o.roles.contains(Role.PROJECT_OWNER)).findFirst()
        .ifPresent(o -> b.projectOwner(o.coFinancier()));
    BudgetJson.flatRates(f, n, b);
    f.code(n, "flatRateRounding", RoundingPolicy.class, false).ifPresent(b::flatRateRounding);
    for (Node line : f.array(n, "costs", true)) {
      BudgetJson.costLine(f, line).ifPresent(b::addCostLines);
    }
    for (Node c : f.array(n, "coFinancing", true)) {
      contribution(f, c, orgs).ifPresent(b::addContributions);
    }
    f.member(n, "printed", false).flatMap(p -> BudgetJson.printed(f, p)).ifPresent(b::printedTotals);
    return build(f, n, () -> b.build());
  }

  private static Optional<Contribution> contribution(Fields f, Node n, List<Org> orgs) {
    if (!f.object(n, "category", "subLine", "amount", "organisationsnummer", "cfar", "description")) {
      return Optional.empty();
    }
    Optional<CoFinancingCategory> category = f.code(n, "category", CoFinancingCategory.class, true);
    Optional<CoFinancingSubLine> subLine = f.code(n, "subLine", CoFinancingSubLine.class, false);
    Optional<BigDecimal> amount = f.kronor(n, "amount", true);
    Optional<String> orgnr = f.string(n, "organisationsnummer", true);
    Optional<String> cfar = f.string(n, "cfar", false);
    Optional<Org> who = orgnr.flatMap(o -> orgs.stream().filter(x -> x.is(o, cfar)).findFirst());
    if (orgnr.isPresent() && who.isEmpty()) {
      f.error(n.fields().get("organisationsnummer"), "JSON-REFERENCE",
          "ingen organisation i filen har detta organisationsnummer och CFAR-nummer",
          "no organisation of the file has this organisation number and CFAR number");
    }
    if (!BudgetJson.subLineOf(f, n, category, subLine) || category.isEmpty() || amount.isEmpty() || who.isEmpty()) {
      return Optional.empty();
    }
    Contribution.Builder c = Contribution.builder().category(category.get())
        .subLine(subLine.orElse(category.get().defaultSubLine())).contributor(who.get().coFinancier())
        .amount(Sek.of(amount.get()));
    f.string(n, "description", false).ifPresent(c::description);
    return Optional.of(c.build());
  }

  private static Optional<FinancingSummary> stated(Fields f, Node n) {
    if (!f.object(n, "totalFinancing", "esfGrant")) {
      return Optional.empty();
    }
    Optional<BigDecimal> total = f.kronor(n, "totalFinancing", true);
    Optional<BigDecimal> grant = f.kronor(n, "esfGrant", true);
    if (total.isEmpty() || grant.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(FinancingSummary.of(Sek.of(total.get()), Sek.of(grant.get())));
  }

  private static Optional<Project> project(Fields f, Node n, Optional<Call> call, Org owner, List<Org> orgs,
      List<SubProject> subs) {
    if (!f.object(n, "name", "diarienummer", "projectNumber", "programmePeriod", "period", "region", "phases",
        "plannedParticipants")) {
      return Optional.empty();
    }
    Project.Builder p = Project.builder();
    f.string(n, "name", true).ifPresent(p::name);
    f.member(n, "diarienummer", false).flatMap(x -> f.parse(x, "JSON-DIARIENUMMER", Diarienummer::parse))
        .ifPresent(p::diarienummer);
    f.string(n, "projectNumber", false).ifPresent(p::externalProjectNumber);
    BudgetJson.programmePeriod(f, n, false).ifPresent(p::programmePeriod);
    call.ifPresent(p::call);
    Optional<LocalDateRange> period = f.member(n, "period", true).flatMap(x -> f.range(x));
    period.ifPresent(p::period);
    f.code(n, "region", Region.class, false).ifPresent(p::region);
    for (Node ph : f.array(n, "phases", false)) {
      if (!f.object(ph, "kind", "first", "last", "statedMonths")) {
        continue;
      }
      Optional<PhaseKind> kind = f.code(ph, "kind", PhaseKind.class, true);
      Optional<LocalDateRange> dates = f.range(ph);
      Optional<Integer> months = integer(f, ph, "statedMonths").filter(m -> m <= 1200);
      if (kind.isPresent() && dates.isPresent()) {
        Phase phase = Phase.of(kind.get(), dates.get());
        p.addPhases(months.map(phase::withStatedMonths).orElse(phase));
      }
    }
    f.member(n, "plannedParticipants", false).ifPresent(pp -> {
      if (f.object(pp, "total", "women", "men", "nonBinary", "kind")) {
        Optional<Integer> total = integer(f, pp, "total");
        Optional<FigureKind> kind = f.code(pp, "kind", FigureKind.class, true);
        if (total.isPresent() && kind.isPresent()) {
          PlannedParticipants planned = PlannedParticipants.of(total.get(), kind.get());
          Optional<Integer> w = integer(f, pp, "women");
          Optional<Integer> m = integer(f, pp, "men");
          Optional<Integer> x = integer(f, pp, "nonBinary");
          planned = w.map(planned::withWomen).orElse(planned);
          planned = m.map(planned::withMen).orElse(planned);
          planned = x.map(planned::withNonBinary).orElse(planned);
          p.plannedParticipants(planned);
        }
      }
    });
    p.owner(owner.organisation);
    owner.cfar.ifPresent(c -> p.ownerWorkplace(Workplace.of(c)));
    for (Org o : orgs) {
      for (Role r : o.roles) {
        if (r == Role.PROJECT_OWNER) {
          continue;
        }
        OrganisationRole row = OrganisationRole.of(o.organisation, r);
        p.addOrganisations(o.cfar.map(c -> row.withWorkplace(Workplace.of(c))).orElse(row));
      }
    }
    p.addAllSubProjects(subs);
    if (period.isEmpty() || !f.errors().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(p.build());
  }

}
