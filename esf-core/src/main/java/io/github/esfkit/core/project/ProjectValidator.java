package io.github.esfkit.core.project;

import io.github.esfkit.core.id.Organisationsnummer;
import io.github.esfkit.core.organisation.OrganisationRole;
import io.github.esfkit.core.programme.Call;
import io.github.esfkit.core.programme.ProgrammeArea;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.core.programme.Region;
import io.github.esfkit.core.validation.ValidationResult;
import io.github.esfkit.core.validation.Violation;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * The checks behind {@link Project#validate()}: a project as a whole, with every violation: phases
 * ({@link PhaseValidator}), identifiers of the owner and of every organisation row ({@code ORGNR-*}, {@code CFAR-*};
 * the owner may be listed among the co-financiers), the call in itself ({@code Call.validate()}) and
 * against the project, and the planned participants.
 *
 * <p>Rule ids added here: {@code PROJECT-CALL-PERIOD} (error; stated period differs from the call's),
 * {@code PROJECT-CALL-REGION} (error; the project's region is not one of the call's), {@code
 * PROJECT-ELIGIBILITY} (warning; project period outside the programme's eligibility period), {@code
 * PLANNED-SUM} (error; total ≠ women + men + non-binary), {@code PLANNED-NON-BINARY} (error; non-binary
 * persons planned in 2014–2020), {@code PLANNED-SUBPROJECT-SUM} (error; the sub-projects' plans do not add
 * up to the total), {@code SUBPROJECT-NO-PLAN} (warning; some sub-projects have a planned number, this one
 * has none), {@code SUBPROJECT-DUPLICATE} (error), {@code TARGET-GROUP-AREA} (warning; an area-1
 * category ticked outside area 1), {@code VALIDATOR-FAILURE} (error; an unexpected internal failure,
 * reported instead of thrown; the exception is kept in {@link ValidationResult#failures()}). Never throws. Stateless and thread-safe.
 */
final class ProjectValidator {

  private static final String P = "project";

  private ProjectValidator() {}

  /** Validates the project; paths start with {@code project}. */
  public static ValidationResult validate(@Nullable Project project) {
    ValidationResult.Builder b = ValidationResult.builder();
    if (project == null) {
      return b.error("PROJECT-MISSING", P, "Projekt saknas.", "Project is missing.").build();
    }
    return guarded(b, project, ProjectValidator::validateInto);
  }

  /**
   * Runs {@code checks}; a RuntimeException they throw becomes a {@code VALIDATOR-FAILURE} beside the
   * findings so far, and the exception itself is kept in {@link ValidationResult#failures()} for the caller.
   */
  static ValidationResult guarded(ValidationResult.Builder b, Project project,
      BiConsumer<ValidationResult.Builder, Project> checks) {
    try {
      checks.accept(b, project);
    } catch (RuntimeException e) {
      // A validator reports; it never throws. The exception's message may carry data: the violation names
      // only its type and where it was thrown; the exception goes to the caller through failures().
      String where = where(e);
      b.failure("VALIDATOR-FAILURE", P, e,
          "Internt fel i valideringen (" + e.getClass().getSimpleName() + where + "); undantaget finns i failures().",
          "Internal failure in validation (" + e.getClass().getSimpleName() + where + "); the exception is in failures().");
    }
    return b.build();
  }

  /** " at Class.method:line" of the frame that threw, or "" when the stack trace is empty. */
  private static String where(RuntimeException e) {
    StackTraceElement[] st = e.getStackTrace();
    if (st.length == 0) {
      return "";
    }
    String cls = st[0].getClassName();
    return " at " + cls.substring(cls.lastIndexOf('.') + 1) + "." + st[0].getMethodName()
        + (st[0].getLineNumber() > 0 ? ":" + st[0].getLineNumber() : "");
  }

  private static void validateInto(ValidationResult.Builder b, Project project) {
    b.addAll(PhaseValidator.validate(project.period(), project.phases(), P + ".phases"));
    under(b, P + ".owner", "organisation", project.owner().validate());
    project.ownerWorkplace().ifPresent(w -> under(b, P + ".ownerWorkplace", "workplace", w.validate()));
    List<OrganisationRole> rows = project.organisations();
    for (int i = 0; i < rows.size(); i++) {
      under(b, P + ".organisations[" + i + "]", "organisationRole", rows.get(i).validate());
    }
    project.call().ifPresent(call -> {
      under(b, P + ".call", "call", call.validate());
      checkAgainstCall(b, project, call);
    });
    checkEligibility(b, project);
    project.plannedParticipants().ifPresent(pp -> checkPlanned(b, project, pp));
    checkSubProjects(b, project);
    checkTargetGroups(b, project);
  }

  /** Adds the findings of a part's own {@code validate()}, their paths moved from {@code root} to {@code path}. */
  private static void under(ValidationResult.Builder b, String path, String root, ValidationResult part) {
    for (Violation v : part.violations()) {
      b.add(v.path().startsWith(root) ? v.withPath(path + v.path().substring(root.length())) : v);
    }
  }

  private static void checkAgainstCall(ValidationResult.Builder b, Project project, Call call) {
    Optional<ProgrammePeriod> stated = project.programmePeriod();
    if (stated.isPresent() && stated.get() != call.programmePeriod()) {
      b.error("PROJECT-CALL-PERIOD", P + ".programmePeriod",
          "Projektet anger programperioden " + stated.get().code() + " men utlysningen " + call.diarienummer()
              + " hör till " + call.programmePeriod().code() + ".",
          "The project states programme period " + stated.get().code() + " but call " + call.diarienummer()
              + " belongs to " + call.programmePeriod().code() + ".");
    }
    if (project.region().isPresent() && !call.isNational() && !call.regions().contains(project.region().get())) {
      Region r = project.region().get();
      b.error("PROJECT-CALL-REGION", P + ".region",
          "Projektet bedrivs i " + r.officialName() + " men utlysningen " + call.diarienummer() + " gäller "
              + regionNames(call.regions()) + ".",
          "The project runs in " + r.officialName() + " but call " + call.diarienummer() + " is for "
              + regionNames(call.regions()) + ".");
    }
  }

  private static String regionNames(Set<Region> regions) {
    StringBuilder s = new StringBuilder();
    for (Region r : regions) {
      s.append(s.length() == 0 ? "" : ", ").append(r.officialName());
    }
    return s.toString();
  }

  private static void checkEligibility(ValidationResult.Builder b, Project project) {
    Optional<ProgrammePeriod> period = project.effectiveProgrammePeriod();
    if (period.isPresent() && !period.get().eligibility().encloses(project.period())) {
      b.warning("PROJECT-ELIGIBILITY", P + ".period",
          "Projektperioden " + project.firstDay() + " – " + project.lastDay() + " ligger utanför "
              + period.get().fund() + " " + period.get().code() + ":s stödberättigandeperiod.",
          "The project period " + project.firstDay() + " – " + project.lastDay() + " lies outside the eligibility "
              + "period of " + period.get().fund() + " " + period.get().code() + ".");
    }
  }

  private static void checkPlanned(ValidationResult.Builder b, Project project, PlannedParticipants pp) {
    String path = P + ".plannedParticipants";
    if (pp.women().isPresent() && pp.men().isPresent()) {
      long sum = (long) pp.women().getAsInt() + pp.men().getAsInt() + pp.nonBinary().orElse(0);
      if (sum != pp.total()) {
        String parts = pp.women().getAsInt() + " + " + pp.men().getAsInt()
            + (pp.nonBinary().isPresent() ? " + " + pp.nonBinary().getAsInt() : "");
        b.error("PLANNED-SUM", path,
            "Planerat antal deltagare " + pp.total() + " är inte summan per kön: " + parts + " = " + sum + ".",
            "Planned participants " + pp.total() + " is not the sum by gender: " + parts + " = " + sum + ".");
      }
    }
    Optional<ProgrammePeriod> period = project.effectiveProgrammePeriod();
    if (pp.nonBinary().orElse(0) > 0 && period.isPresent() && !period.get().hasNonBinaryGender()) {
      b.error("PLANNED-NON-BINARY", path + ".nonBinary",
          "Programperioden " + period.get().code() + " redovisar bara kvinnor och män.",
          "Programme period " + period.get().code() + " records women and men only.");
    }
    List<SubProject> subs = project.subProjects();
    boolean anyPlanned = subs.stream().anyMatch(s -> s.plannedParticipants().isPresent());
    if (anyPlanned) {
      for (int i = 0; i < subs.size(); i++) {
        SubProject s = subs.get(i);
        if (s.plannedParticipants().isEmpty()) {
          b.warning("SUBPROJECT-NO-PLAN", P + ".subProjects[" + i + "]",
              "Delprojektet '" + s.name() + "' saknar rad i deltagarplanen.",
              "Sub-project '" + s.name() + "' has no row in the participant plan.");
        }
      }
      long sum = subs.stream().mapToLong(s -> s.plannedParticipants().orElse(0)).sum();
      if (sum != pp.total()) {
        b.error("PLANNED-SUBPROJECT-SUM", path,
            "Delprojektens planerade deltagare summerar till " + sum + ", inte " + pp.total() + ".",
            "The sub-projects' planned participants add up to " + sum + ", not " + pp.total() + ".");
      }
    }
  }

  private static void checkSubProjects(ValidationResult.Builder b, Project project) {
    Set<String> seen = new HashSet<>();
    List<SubProject> subs = project.subProjects();
    for (int i = 0; i < subs.size(); i++) {
      SubProject s = subs.get(i);
      if (!seen.add(s.name().strip().toLowerCase(Locale.ROOT))) {
        b.error("SUBPROJECT-DUPLICATE", P + ".subProjects[" + i + "]",
            "Delprojektet '" + s.name() + "' finns flera gånger.",
            "Sub-project '" + s.name() + "' is listed more than once.");
      }
    }
    for (int i = 0; i < subs.size(); i++) {
      int index = i;
      subs.get(i).organisation().flatMap(o -> o.organisationsnummerAsPrinted()).ifPresent(n -> b.addAll(
          Organisationsnummer.check(n, P + ".subProjects[" + index + "].organisation.organisationsnummer")));
    }
  }

  private static void checkTargetGroups(ValidationResult.Builder b, Project project) {
    Optional<ProgrammeArea> area = project.call().map(Call::programmeArea);
    if (area.isEmpty() || area.get() == ProgrammeArea.ESF_1) {
      return;
    }
    for (TargetGroup g : project.targetGroups()) {
      if (g.isAreaOneCategory()) {
        b.warning("TARGET-GROUP-AREA", P + ".targetGroups",
            "Kategorin '" + g.formLabel() + "' hör till programområde 1, men utlysningen gäller programområde "
                + area.get().code() + ".",
            "Category '" + g.formLabel() + "' belongs to programme area 1, but the call is for programme area "
                + area.get().code() + ".");
      }
    }
  }
}
