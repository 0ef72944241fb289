package io.github.esfkit.core.project;

import io.github.esfkit.core.id.Diarienummer;
import io.github.esfkit.core.internal.EsfStyle;
import io.github.esfkit.core.organisation.Organisation;
import io.github.esfkit.core.organisation.OrganisationRole;
import io.github.esfkit.core.organisation.Role;
import io.github.esfkit.core.organisation.Workplace;
import io.github.esfkit.core.programme.Call;
import io.github.esfkit.core.programme.ProgrammePeriod;
import io.github.esfkit.core.programme.Region;
import io.github.esfkit.core.validation.ValidationResult;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * An ESF project (projekt) as an application, plan or report describes it: identity, owner, call,
 * period, phases, planned participants, target groups, age bands, sub-projects and the organisation lists.
 *
 * <p>The value only rejects what is inconsistent on its own (a blank name, an empty or unbounded period);
 * everything that needs context, such as phases against the period or the owner among the co-financiers,
 * is reported by {@link #validate()}. Immutable and thread-safe.
 */
@Value.Immutable
@EsfStyle
abstract class AbstractProject {

  /** The application's registration number (diarienummer), e.g. 2017/00083; not the call's. */
  public abstract Optional<Diarienummer> diarienummer();

  /** An opaque external project number, e.g. "144587"; not a diarienummer. */
  public abstract Optional<String> externalProjectNumber();

  /** The project's name, e.g. "All In". */
  public abstract String name();

  /** The project owner (projektägare, stödsökande). */
  public abstract Organisation owner();

  /** The owner's responsible unit with its CFAR number (arbetsställe som ansvarar för projektet). */
  public abstract Optional<Workplace> ownerWorkplace();

  /** The call the project answers, when known. */
  public abstract Optional<Call> call();

  /**
   * The programme period as stated or inferred; when empty, the call's period applies (see {@link
   * #effectiveProgrammePeriod()}).
   */
  public abstract Optional<ProgrammePeriod> programmePeriod();

  /** The project period, half-open: 2017-09-01 – 2020-05-31 is {@code ofClosed(2017-09-01, 2020-05-31)}. */
  public abstract LocalDateRange period();

  /** The region where the project mainly runs (huvudsakligen bedrivas i). */
  public abstract Optional<Region> region();

  /** The phases as the source lists them (may be empty: phases are optional in ESF+). */
  public abstract List<Phase> phases();

  /** The number of participants the application plans (planerat antal deltagare), when given. */
  public abstract Optional<PlannedParticipants> plannedParticipants();

  /** The target groups (målgrupper) the project addresses. */
  public abstract Set<TargetGroup> targetGroups();

  /** The age bands of the target group, as the application states them. */
  public abstract List<AgeBand> ageBands();

  /** The sub-projects (delprojekt), e.g. one per municipality; empty when there are none. */
  public abstract List<SubProject> subProjects();

  /** The organisation lists: co-financiers, cooperation partners and others, one row each. */
  public abstract List<OrganisationRole> organisations();

  /** The programme period stated, else the call's. */
  public Optional<ProgrammePeriod> effectiveProgrammePeriod() {
    return programmePeriod().or(() -> call().map(Call::programmePeriod));
  }

  /** The rows of one role, in order. */
  public List<OrganisationRole> organisationsIn(Role role) {
    java.util.Objects.requireNonNull(role, "role");
    return organisations().stream().filter(r -> r.role() == role).collect(Collectors.toUnmodifiableList());
  }

  /** The co-financiers (medfinansiärer), in order. */
  public List<OrganisationRole> coFinanciers() {
    return organisationsIn(Role.CO_FINANCIER);
  }

  /** The first day of the project. */
  public java.time.LocalDate firstDay() {
    return period().getStart();
  }

  /** The last day of the project, inclusive. */
  public java.time.LocalDate lastDay() {
    return period().getEndInclusive();
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("project name must not be blank");
    }
    if (period().isEmpty() || period().isUnboundedStart() || period().isUnboundedEnd()) {
      throw new IllegalArgumentException("project period must be bounded and not empty: " + period()
          + " (project " + io.github.esfkit.core.Redaction.scrub(name()) + ")");
    }
  }

  /** Name (through {@link io.github.esfkit.core.Redaction}), period, phases and sub-project count. */
  @Override
  public String toString() {
    return "Project{name=" + io.github.esfkit.core.Redaction.quote(name())
        + externalProjectNumber().map(n -> ", externalProjectNumber=" + io.github.esfkit.core.Redaction.quote(n))
            .orElse("")
        + diarienummer().map(d -> ", diarienummer=" + d).orElse("")
        + ", owner=" + owner() + ", period=" + period() + ", phases=" + phases()
        + ", subProjects=" + subProjects().size() + "}";
  }

  /**
   * Checks the project as a whole and returns every finding, with paths starting at {@code project}: its phases
   * against its period, the identifiers of its owner and organisation rows, its call in itself and against the
   * project, its planned participants, sub-projects and target groups (rule ids in esf-core's README). Never throws:
   * an unexpected internal failure is a {@code VALIDATOR-FAILURE}, its exception kept in
   * {@link ValidationResult#failures()}.
   */
  public ValidationResult validate() {
    return ProjectValidator.validate((Project) this);
  }
}
