package io.github.esfkit.budget.application;

import io.github.esfkit.budget.Budget;
import io.github.esfkit.budget.CoFinancier;
import io.github.esfkit.budget.CoFinancingRequirement;
import io.github.esfkit.budget.Contribution;
import io.github.esfkit.budget.FinancingSummary;
import io.github.esfkit.budget.internal.AmountFormat;
import io.github.esfkit.core.Language;
import io.github.esfkit.core.id.CfarNumber;
import io.github.esfkit.core.id.Organisationsnummer;
import io.github.esfkit.core.organisation.OrganisationRole;
import io.github.esfkit.core.programme.SpecificObjective;
import io.github.esfkit.core.project.Project;
import io.github.esfkit.core.project.SubProject;
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.core.validation.Violation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Checks a whole {@link Application} and returns every finding: the project's ({@code Project.validate()}:
 * phases, identifiers of every organisation, the call against the project, planned participants), each
 * budget's against the call ({@code Budget.validate(call)}: requirement, programme period, allowed flat rates),
 * and the rules that need the whole application:
 *
 * <ul>
 *   <li>{@code APPLICATION-COFINANCIER-NOT-LISTED} (warning): a co-financing line names an organisation
 *       number + CFAR number that is neither the owner nor a row of the organisation lists;
 *   <li>{@code APPLICATION-STATED-FINANCING} (error): the two figures the application states differ from
 *       those its budgets add up to;
 *   <li>{@code APPLICATION-BELOW-REQUIREMENT} (error): the regional and local budgets together, or the
 *       stated financing, fall short of the call's requirement;
 *   <li>{@code APPLICATION-REQUIREMENT-UNKNOWN} (information): no call is named, so the requirement cannot
 *       be checked;
 *   <li>{@code SUBPROJECT-PLANNED-GENDER} (error): a sub-project's women and men do not add up to its
 *       planned total; {@code SUBPROJECT-COFINANCING-PARTICIPANTS} (error): more co-financing participants
 *       than participants;
 *   <li>{@code OBJECTIVE-TITLE} (information): the specific objective's title as printed differs from the
 *       programme's; the objective is matched on its code.
 * </ul>
 *
 * <p>Identifiers of co-financiers are checked once, on the organisation rows they come from (paths {@code
 * project.organisations[i]…}). Never throws. Stateless and thread-safe.
 */
final class ApplicationValidator {

  private ApplicationValidator() {}

  /** Every finding of the application. */
  public static ValidationResult validate(@Nullable Application application) {
    ValidationResult.Builder out = ValidationResult.builder();
    if (application == null) {
      return out.error("APPLICATION-MISSING", "application", "Ansökan saknas.", "The application is missing.").build();
    }
    try {
      check(application, out);
    } catch (RuntimeException e) {
      out.error("VALIDATOR-FAILURE", "application", "Internt fel i valideringen (" + e.getClass().getSimpleName() + ").",
          "Internal error in validation (" + e.getClass().getSimpleName() + ").");
    }
    return out.build();
  }

  private static void check(Application a, ValidationResult.Builder out) {
    a.project().ifPresent(p -> out.addAll(p.validate()));
    boolean local = !a.subProjectBudgets().isEmpty();
    a.budget().ifPresent(b -> budget(a, b, "budget", local, out));
    a.subProjectBudgets().forEach((name, b) -> budget(a, b, "subProjects[" + name + "].budget", true, out));
    a.project().ifPresent(p -> subProjects(p.subProjects(), out));
    financing(a, local, out);
    objectiveTitle(a, out);
  }

  private static void budget(Application a, Budget b, String path, boolean partOfWhole, ValidationResult.Builder out) {
    ValidationResult r = a.call().map(b::validate)
        .orElseGet(() -> a.requirement().map(b::validate).orElseGet(b::validate));
    boolean rows = a.project().isPresent();
    for (Violation v : r.violations()) {
      // identifiers are checked on the organisation rows; a part's requirement is checked on the whole
      if ((rows && (v.ruleId().startsWith("ORGNR-") || v.ruleId().startsWith("CFAR-")))
          || (partOfWhole && v.ruleId().equals("BUDGET-COFINANCING-BELOW-REQUIREMENT"))) {
        continue;
      }
      out.add(v.withPath(path + "." + v.path()));
    }
    if (!rows) {
      return;
    }
    List<Contribution> contributions = b.contributions();
    for (int i = 0; i < contributions.size(); i++) {
      CoFinancier who = contributions.get(i).contributor();
      if (!listed(a.project().get(), who)) {
        String p = path + ".contributions[" + i + "].contributor";
        out.warning("APPLICATION-COFINANCIER-NOT-LISTED", p,
            "Medfinansiären " + who + " finns inte bland ansökans organisationer (organisationsnummer + CFAR-nummer).",
            "Co-financier " + who + " is not among the application's organisations (organisation number + CFAR number).");
        out.addAll(Organisationsnummer.check(who.organisationsnummerAsPrinted(),
            p + ".organisationsnummer"));
        who.cfarAsPrinted().ifPresent(c -> out.addAll(CfarNumber.check(c, p + ".cfar")));
      }
    }
  }

  /** True when the co-financier is the owner's workplace or a row of the organisation lists. */
  static boolean listed(Project project, CoFinancier who) {
    String orgnr = digits(who.organisationsnummerAsPrinted());
    String cfar = who.cfarAsPrinted().map(ApplicationValidator::digits).orElse("");
    if (orgnr.equals(project.owner().organisationsnummerAsPrinted().map(ApplicationValidator::digits).orElse(""))
        && cfar.equals(project.ownerWorkplace().map(w -> digits(w.cfarAsPrinted())).orElse(""))) {
      return true;
    }
    for (OrganisationRole row : project.organisations()) {
      if (orgnr.equals(row.organisation().organisationsnummerAsPrinted().map(ApplicationValidator::digits).orElse(""))
          && cfar.equals(row.workplace().map(w -> digits(w.cfarAsPrinted())).orElse(""))) {
        return true;
      }
    }
    return false;
  }

  private static String digits(String s) {
    return s.replaceAll("[^0-9]", "");
  }

  private static void subProjects(List<SubProject> subs, ValidationResult.Builder out) {
    for (int i = 0; i < subs.size(); i++) {
      SubProject s = subs.get(i);
      String path = "project.subProjects[" + i + "]";
      if (s.plannedParticipants().isPresent() && s.plannedWomen().isPresent() && s.plannedMen().isPresent()
          && s.plannedWomen().getAsInt() + s.plannedMen().getAsInt() != s.plannedParticipants().getAsInt()) {
        out.error("SUBPROJECT-PLANNED-GENDER", path,
            "Delprojektet " + s.name() + ": " + s.plannedWomen().getAsInt() + " kvinnor och " + s.plannedMen().getAsInt()
                + " män blir inte " + s.plannedParticipants().getAsInt() + " deltagare.",
            "Sub-project " + s.name() + ": " + s.plannedWomen().getAsInt() + " women and " + s.plannedMen().getAsInt()
                + " men do not add up to " + s.plannedParticipants().getAsInt() + " participants.");
      }
      if (s.plannedParticipants().isPresent() && s.plannedCoFinancingParticipants().isPresent()
          && s.plannedCoFinancingParticipants().getAsInt() > s.plannedParticipants().getAsInt()) {
        out.error("SUBPROJECT-COFINANCING-PARTICIPANTS", path,
            "Delprojektet " + s.name() + " har fler medfinansierande deltagare ("
                + s.plannedCoFinancingParticipants().getAsInt() + ") än deltagare (" + s.plannedParticipants().getAsInt() + ").",
            "Sub-project " + s.name() + " has more co-financing participants (" + s.plannedCoFinancingParticipants().getAsInt()
                + ") than participants (" + s.plannedParticipants().getAsInt() + ").");
      }
    }
  }

  private static void financing(Application a, boolean local, ValidationResult.Builder out) {
    Optional<FinancingSummary> combined = a.combinedFinancing();
    Optional<FinancingSummary> stated = a.statedFinancing();
    if (stated.isPresent() && combined.isPresent()
        && (!stated.get().totalFinancing().isEqualTo(combined.get().totalFinancing())
            || !stated.get().esfGrant().isEqualTo(combined.get().esfGrant()))) {
      out.error("APPLICATION-STATED-FINANCING", "statedFinancing",
          "Ansökan anger total finansiering " + kr(stated.get().totalFinancing()) + " och ESF-stöd "
              + kr(stated.get().esfGrant()) + ", men budgetarna ger " + kr(combined.get().totalFinancing()) + " och "
              + kr(combined.get().esfGrant()) + ".",
          "The application states total financing of " + en(stated.get().totalFinancing()) + " and an ESF grant of "
              + en(stated.get().esfGrant()) + ", but its budgets add up to " + en(combined.get().totalFinancing())
              + " and " + en(combined.get().esfGrant()) + ".");
    }
    Optional<CoFinancingRequirement> req = a.requirement();
    if (req.isEmpty()) {
      if (stated.isPresent() || combined.isPresent()) {
        out.info("APPLICATION-REQUIREMENT-UNKNOWN", "call",
            "Ingen utlysning anges; kravet på medfinansiering kan inte kontrolleras.",
            "No call is given; the co-financing requirement cannot be checked.");
      }
      return;
    }
    Optional<FinancingSummary> whole = local ? combined : a.budget().isPresent() ? Optional.empty() : stated;
    whole.filter(f -> !f.meets(req.get())).ifPresent(f -> out.error("APPLICATION-BELOW-REQUIREMENT",
        local ? "subProjects" : "statedFinancing",
        "Medfinansieringen " + kr(f.coFinancing()) + " av " + kr(f.totalFinancing()) + " understiger kravet "
            + AmountFormat.percent(req.get().percent(), Language.SV) + " enligt utlysningen.",
        "Co-financing of " + en(f.coFinancing()) + " of " + en(f.totalFinancing()) + " is below the call's requirement of "
            + AmountFormat.percent(req.get().percent(), Language.EN) + "."));
  }

  private static void objectiveTitle(Application a, ValidationResult.Builder out) {
    Optional<SpecificObjective> objective = a.call().flatMap(c -> c.specificObjective());
    if (objective.isEmpty() || a.statedObjectiveTitle().isEmpty()) {
      return;
    }
    String stated = a.statedObjectiveTitle().get();
    SpecificObjective o = objective.get();
    if (!normal(stated).equals(normal(o.title()))) {
      out.info("OBJECTIVE-TITLE", "call.specificObjective",
          "Specifikt mål " + o.code() + " har i ansökan rubriken '" + stated + "'; programmets rubrik är '" + o.title()
              + "'" + (o.titleVerified() ? "" : " (att verifiera)") + ". Målet matchas på koden.",
          "Specific objective " + o.code() + " is titled '" + stated + "' in the application; the programme's title is '"
              + o.title() + "'" + (o.titleVerified() ? "" : " (to verify)") + ". The objective is matched on its code.");
    }
  }

  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static String kr(org.javamoney.moneta.Money m) {
    return AmountFormat.amount(m, Language.SV);
  }

  private static String en(org.javamoney.moneta.Money m) {
    return AmountFormat.amount(m, Language.EN);
  }
}
